package slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.testing.Docs;

public class SentimentScorerTest {

  private static final String POLARITY = "lemma\tpos\tweight\nbrutal\tADJ\t-0.8\nDiktator\tNOUN\t-0.9\n"
      + "erfolgreich\tADJ\t0.6\nkritisieren\tVERB\t-0.5\nloben\tVERB\t0.6\n";
  private final SentimentScorer scorer = new SentimentScorer(
      Lexicon.fromTsv("de", "t", POLARITY, LexiconTest.MODIFIERS), 4);

  /** A person mention for hand-built docs; public for the article analyzer's tests ({@code slant.analysis}). */
  public static Mention mention(AnnotatedDoc doc, String id, int sentence, int start, int end, int head) {
    var s = doc.sentences().get(sentence);
    return new Mention(id, id, "person", doc.text().substring(s.token(start).begin(), s.token(end - 1).end()),
        sentence, start, end, head, s.token(start).begin(), s.token(end - 1).end(), MentionKind.NAME, List.of());
  }

  @Test
  void cuesAboutAnotherActorDoNotLeak() {
    // Putin empfing Kim, den brutalen Diktator.
    AnnotatedDoc doc = Docs.doc("de", "Putin/PROPN/2/nsubj empfing/VERB/0/root Kim/PROPN/2/obj ,/PUNCT/7/punct "
        + "den/DET/7/det brutalen/ADJ/7/amod Diktator/NOUN/3/appos ./PUNCT/2/punct");
    Mention putin = mention(doc, "putin", 0, 0, 1, 0);
    Mention kim = mention(doc, "kim", 0, 2, 3, 2);
    List<List<Cue>> cues = scorer.score(doc, List.of(putin, kim));
    assertTrue(cues.get(0).isEmpty(), "Putin gets nothing: " + cues.get(0));
    assertEquals(2, cues.get(1).size());
    assertTrue(SentimentScorer.aggregate(cues.get(1)) < -0.5);
    assertEquals("modifier:appos", cues.get(1).get(1).rule());
  }

  /** The German parser at times cuts a title off its name; the title still labels it (TitleLabels). */
  @Test
  void aTitleTheParseCutOffStillCarriesTheActorsLabelAndModifiers() {
    // Trump hat die brutale Ministerin Noem abberufen. — parsed as if "die brutale Ministerin" were the subject and
    // "Noem" the object
    AnnotatedDoc doc = Docs.doc("de", "Trump/PROPN/7/obj hat/AUX/7/aux die/DET/5/det brutale/ADJ/5/amod "
        + "Ministerin/NOUN/7/nsubj Noem/PROPN/7/obj abberufen/VERB/0/root ./PUNCT/7/punct");
    var sentence = doc.sentences().get(0);
    Mention noem = new Mention("noem", "Noem", "person", "Noem", 0, 5, 6, 5, sentence.token(5).begin(),
        sentence.token(5).end(), MentionKind.NAME, List.of("Ministerin"));
    List<Cue> cues = scorer.score(doc, List.of(noem)).get(0);
    Cue contested = cues.stream().filter(c -> c.text().equals("brutale")).findFirst().orElseThrow();
    assertEquals("modifier:amod", contested.rule());
    assertEquals("evaluation", contested.relation());
    Mention unlabelled = mention(doc, "noem", 0, 5, 6, 5);
    assertTrue(scorer.score(doc, List.of(unlabelled)).get(0).stream()
        .noneMatch(c -> c.text().equals("brutale") && c.relation().equals("evaluation")),
        "without the label the title is someone else's");
  }

  @Test
  void coordinatedActorsShareThePredicateButNotTheFirstConjunctsModifiers() {
    // Der brutale Putin und Kim sind erfolgreich.
    AnnotatedDoc doc = Docs.doc("de", "Der/DET/3/det brutale/ADJ/3/amod Putin/PROPN/7/nsubj und/CCONJ/5/cc "
        + "Kim/PROPN/3/conj sind/AUX/7/cop erfolgreich/ADJ/0/root ./PUNCT/7/punct");
    Mention putin = mention(doc, "putin", 0, 2, 3, 2);
    Mention kim = mention(doc, "kim", 0, 4, 5, 4);
    List<List<Cue>> cues = scorer.score(doc, List.of(putin, kim));
    assertEquals(List.of("brutale", "erfolgreich"), cues.get(0).stream().map(Cue::text).toList());
    assertEquals(List.of("erfolgreich"), cues.get(1).stream().map(Cue::text).toList(), "brutale is Putin's alone");
    assertEquals("conjunct:predicate:nsubj", cues.get(1).get(0).rule());
    assertEquals(cues.get(0).get(1).weight(), cues.get(1).get(0).weight(), 1e-12, "same distance, same decay");
  }

  @Test
  void aPositiveWordInScareQuotesReadsAsIrony() {
    // Der „erfolgreiche“ Kanzler Scholz schweigt.
    AnnotatedDoc doc = Docs.doc("de", "Der/DET/5/det „/PUNCT/3/punct erfolgreiche/ADJ/5/amod “/PUNCT/3/punct "
        + "Kanzler/NOUN/7/nsubj Scholz/PROPN/5/flat schweigt/VERB/0/root ./PUNCT/7/punct");
    List<Cue> cues = scorer.score(doc, List.of(mention(doc, "scholz", 0, 4, 6, 4))).get(0);
    assertEquals(1, cues.size());
    assertEquals("\"erfolgreiche\"", cues.get(0).text());
    assertEquals(-0.3, cues.get(0).weight(), 1e-9);
  }

  @Test
  void aNegativeWordInQuotesAndAQuotedClauseStayAsTheyAre() {
    // Der „brutale“ Putin schweigt.
    AnnotatedDoc doc = Docs.doc("de", "Der/DET/5/det „/PUNCT/3/punct brutale/ADJ/5/amod “/PUNCT/3/punct "
        + "Putin/PROPN/6/nsubj schweigt/VERB/0/root");
    assertEquals(-0.8, scorer.score(doc, List.of(mention(doc, "p", 0, 4, 5, 4))).get(0).get(0).weight(), 1e-9);
    // Scholz sagte: „erfolgreich“ — introduced by a colon, the source's word
    AnnotatedDoc said = Docs.doc("de", "Scholz/PROPN/2/nsubj sagte/VERB/0/root :/PUNCT/2/punct „/PUNCT/5/punct "
        + "erfolgreich/ADJ/2/ccomp “/PUNCT/5/punct");
    assertEquals(0.462, scorer.score(said, List.of(mention(said, "s", 0, 0, 1, 0))).get(0).get(0).weight(), 1e-9,
        "positive, with the decay of distance 2");
    // „Wir sind erfolgreich“ is a quoted clause, not a scare quote
    AnnotatedDoc clause = Docs.doc("de", "„/PUNCT/4/punct Wir/PRON/4/nsubj sind/AUX/4/cop erfolgreich/ADJ/0/root "
        + "“/PUNCT/4/punct");
    assertEquals(List.of(false, false, false, false, false),
        asList(SentimentScorer.scareQuoted(clause.sentences().get(0))));
  }

  private static List<Boolean> asList(boolean[] b) {
    List<Boolean> out = new java.util.ArrayList<>();
    for (boolean x : b) {
      out.add(x);
    }
    return out;
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
  void aCyclicParseEndsInsteadOfHanging() {
    // a malformed parse: Kanzler and Scholz head each other
    AnnotatedDoc doc = Docs.doc("de", "Der/DET/3/det erfolgreiche/ADJ/3/amod Kanzler/NOUN/4/nsubj "
        + "Scholz/PROPN/3/flat schweigt/VERB/0/root");
    List<Cue> cues = scorer.score(doc, List.of(mention(doc, "scholz", 0, 2, 4, 2))).get(0);
    assertEquals(List.of("erfolgreiche"), cues.stream().map(Cue::text).toList());
  }

  @Test
  void negationFlipsAndDamps() {
    // Scholz ist nicht erfolgreich.
    AnnotatedDoc doc = Docs.doc("de", "Scholz/PROPN/4/nsubj ist/AUX/4/cop nicht/PART/4/advmod "
        + "erfolgreich/ADJ/0/root ./PUNCT/4/punct");
    List<Cue> cues = scorer.score(doc, List.of(mention(doc, "scholz", 0, 0, 1, 0))).get(0);
    assertEquals(1, cues.size());
    assertEquals("nicht erfolgreich", cues.get(0).text());
    assertEquals(-0.48, cues.get(0).weight(), 1e-9);
    assertEquals("predicate:nsubj", cues.get(0).rule());
  }

  /**
   * Until 2026-12-07 "kaum" and "wenig" only weakened the word they modify: "Scholz ist wenig erfolgreich" praised
   * Scholz at half weight. Before a positive word they deny it, as a negator does; before a negative word, and after
   * an indefinite article ("ein wenig"), they weaken it.
   */
  @Test
  void litotesDeniesAPositiveWordAndWeakensANegativeOne() {
    SentimentScorer litotes = new SentimentScorer(Lexicon.fromTsv("de", "t", POLARITY,
        LexiconTest.MODIFIERS + "wenig\tlitotes\t0.5\nkaum\tlitotes\t0.3\n"), 4);
    AnnotatedDoc denied = Docs.doc("de", "Scholz/PROPN/4/nsubj ist/AUX/4/cop wenig/ADV/4/advmod "
        + "erfolgreich/ADJ/0/root");
    Cue unsuccessful = litotes.score(denied, List.of(mention(denied, "s", 0, 0, 1, 0))).get(0).get(0);
    assertEquals("wenig erfolgreich", unsuccessful.text());
    assertEquals(-0.48, unsuccessful.weight(), 1e-9); // as "nicht erfolgreich"
    AnnotatedDoc weakened = Docs.doc("de", "Scholz/PROPN/4/nsubj ist/AUX/4/cop kaum/ADV/4/advmod "
        + "brutal/ADJ/0/root");
    assertEquals(-0.24, litotes.score(weakened, List.of(mention(weakened, "s", 0, 0, 1, 0))).get(0).get(0).weight(),
        1e-9);
    AnnotatedDoc aLittle = Docs.doc("de", "Scholz/PROPN/5/nsubj ist/AUX/5/cop ein/DET/4/det wenig/ADV/5/advmod "
        + "erfolgreich/ADJ/0/root");
    assertEquals(0.3, litotes.score(aLittle, List.of(mention(aLittle, "s", 0, 0, 1, 0))).get(0).get(0).weight(),
        1e-9);
  }

  @Test
  void intensifierMultiplies() {
    AnnotatedDoc doc = Docs.doc("de", "Scholz/PROPN/4/nsubj ist/AUX/4/cop sehr/ADV/4/advmod "
        + "erfolgreich/ADJ/0/root");
    assertEquals(0.9, scorer.score(doc, List.of(mention(doc, "s", 0, 0, 1, 0))).get(0).get(0).weight(), 1e-9);
  }

  @Test
  void aVerbsPolarityGoesToItsObjectNotItsSubject() {
    // Baerbock kritisierte Putin.
    AnnotatedDoc doc = Docs.doc("de", "Baerbock/PROPN/2/nsubj kritisierte/VERB/0/root Putin/PROPN/2/obj");
    List<List<Cue>> cues = scorer.score(doc, List.of(mention(doc, "baerbock", 0, 0, 1, 0),
        mention(doc, "putin", 0, 2, 3, 2)));
    assertTrue(cues.get(0).isEmpty());
    assertEquals(-0.5, cues.get(1).get(0).weight(), 1e-9);
  }

  @Test
  void unparsedSentencesUseAWindow() {
    AnnotatedDoc doc = Docs.doc("de", "Der/DET brutale/ADJ Diktator/NOUN Kim/PROPN sprach/VERB lange/ADV "
        + "über/ADP das/DET erfolgreiche/ADJ Treffen/NOUN");
    List<Cue> cues = scorer.score(doc, List.of(mention(doc, "kim", 0, 3, 4, 3))).get(0);
    assertEquals(List.of("brutale", "Diktator"), cues.stream().map(Cue::text).toList());
    assertTrue(cues.stream().allMatch(c -> c.rule().equals("window")));
  }
}
