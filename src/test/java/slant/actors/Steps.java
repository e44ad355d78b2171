package slant.actors;

import java.time.LocalDate;
import java.util.List;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Mention;

/** Builds the resolver's steps over {@link ActorResolverTest#CATALOGUE} and runs a chosen few of them in order. */
final class Steps {

  static final Rules RULES = Rules.bundled();
  static final ActorIndex INDEX = new ActorIndex(ActorResolverTest.CATALOGUE);
  static final TitleLabels TITLES = new TitleLabels(RULES.list("title-endings.tsv"));
  static final MentionFactory MENTIONS = new MentionFactory(ActorResolverTest.CATALOGUE, TITLES);
  static final SeatOfPower SEATS = new SeatOfPower(RULES);

  private Steps() {}

  static PhraseMatcher phrases() {
    return new PhraseMatcher(INDEX, SEATS, MENTIONS, TITLES, RULES.words("domestic-titles.tsv"),
        new RoleContext(INDEX, ActorResolverTest.CATALOGUE, RULES.words("former-title-words.tsv"),
            RULES.words("class-quantifiers.tsv"), RULES.words("domestic-titles.tsv"),
            RULES.words("shared-office-nouns.tsv"),
            RULES.words("de/indefinite-articles.tsv", "en/indefinite-articles.tsv"),
            RULES.words("predicative-marks.tsv")));
  }

  static SingleWordMatcher singleWords() {
    return new SingleWordMatcher(INDEX, MENTIONS, RULES.words("de/word-surnames.tsv"), RULES.list("title-endings.tsv"));
  }

  /** The mentions the steps find in the document, sentence by sentence, as {@link ActorResolver#resolve} runs them. */
  static List<Mention> run(AnnotatedDoc doc, String date, SentenceStep... steps) {
    return state(doc, date, steps).resolved();
  }

  /** The document state after running the steps over all sentences. */
  static DocState state(AnnotatedDoc doc, String date, SentenceStep... steps) {
    DocState d = DocState.start(doc, LocalDate.parse(date));
    for (var s : doc.sentences()) {
      SentenceState st = SentenceState.start(d, s);
      for (SentenceStep step : steps) {
        step.apply(st);
      }
      d.resolved().addAll(st.mentions());
    }
    return d;
  }

  /** "surface=actorId/KIND" per mention, space-separated: one readable literal per expectation. */
  static String links(List<Mention> ms) {
    return String.join(" ", ms.stream().map(m -> m.surface() + "=" + m.actorId() + "/" + m.kind()).toList());
  }
}
