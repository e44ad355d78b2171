package slant.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.Rules;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Step 5b (when anaphora is on), "Trump … , so der Präsident", "Newsom … Der Gouverneur kündigte an": a German title
 * noun ({@code title-endings.tsv}) with a definite determiner right before it and no name of its own refers back to
 * the one person of the window ({@link EpithetAnaphora}'s: this sentence before it and the previous one, else the two
 * before) whom the article has so far labelled with that title, as written ("Präsident") or as the head of a longer
 * one ("US-Präsident", "Bundeskanzler" for "der Kanzler"). The title then stands for that person (kind ANAPHOR) as
 * "Präsident Trump" does, and the phrase's verbs and adjectives reach the person.
 *
 * <p>Precision over recall; no link for:
 * <ul>
 *   <li>an evaluative epithet ({@code epithet-anaphors.tsv}: "der Machthaber"), which {@link EpithetAnaphora}
 *       reads;</li>
 *   <li>any word between the determiner and the noun ("dem polnischen Umweltminister" is another's title, "der frühere
 *       Präsident" may be another), or a hyphenated first part ("der CSU-Chef");</li>
 *   <li>a plural or a form that may be one ({@link EpithetAnaphora#oneAfter}: "mit den Ministern", "der Nacht der
 *       Umweltminister");</li>
 *   <li>a name of its own after it, also after the comma that ends its phrase ("der Präsident der Regierung im
 *       Kanton Wallis, Mathias Reynard"), or as its genitive or apposition;</li>
 *   <li>a longer title whose extra part makes it another office ("Vizepräsident" Vance is not "der Präsident" he
 *       speaks of: {@code title-anaphor-prefixes.tsv});</li>
 *   <li>an office rather than its holder: the genitive after a noun of {@code de/office-nouns.tsv} ("das Amt des
 *       Premierministers", "die Wahl des Präsidenten"), or the goal of an election ("zum Parteichef gewählt");</li>
 *   <li>two persons of the window labelled with the title.</li>
 * </ul>
 * German documents only. Since 2026-12-07.
 */
final class TitleAnaphora implements SentenceStep {

  private final TitleLabels titles;
  private final List<String> titleEndings;
  private final Set<String> epithets;
  private final Set<String> officeNouns;
  /** Folded first parts of a longer title that make it another office ("vize", "ex", "stellvertretend"). */
  private final List<String> otherOfficePrefixes;
  /** Definite determiners a title anaphor follows ({@code de/title-anaphor-determiners.tsv}). */
  private final Set<String> determiners;

  TitleAnaphora(Rules rules) {
    this.titleEndings = rules.list("title-endings.tsv");
    this.titles = new TitleLabels(titleEndings);
    this.epithets = rules.words("epithet-anaphors.tsv");
    this.officeNouns = rules.words("de/office-nouns.tsv");
    this.otherOfficePrefixes = rules.list("de/title-anaphor-prefixes.tsv");
    this.determiners = determiners(rules);
  }

  /** The definite determiners a title anaphor follows, lower case. */
  static Set<String> determiners(Rules rules) {
    return rules.words("de/title-anaphor-determiners.tsv");
  }

  @Override
  public void apply(SentenceState st) {
    DocState d = st.doc();
    if (!"de".equals(d.lang())) {
      return;
    }
    Sentence s = st.sentence();
    for (int t = 1; t < s.size(); t++) {
      Token tok = s.token(t);
      if (st.taken()[t] || !titleAfterDeterminer(s, t, titleEndings, determiners)
          || epithets.contains(d.norm().key(tok.word()))) {
        continue;
      }
      String det = s.token(t - 1).word().toLowerCase(Locale.ROOT);
      boolean one = EpithetAnaphora.oneAfter(det, tok.word(), EpithetAnaphora.subject(s, t));
      if (!"DET".equals(s.token(t - 1).pos()) || !one || hasOwnName(st, t) || namesOffice(s, t, det)) {
        continue;
      }
      String title = titles.labelLemma(tok.word());
      Mention antecedent = antecedent(st, t, title);
      if (antecedent != null) {
        st.take(new Mention(antecedent.actorId(), antecedent.actorName(), antecedent.actorType(), tok.word(),
            s.index(), t, t + 1, t, tok.begin(), tok.end(), MentionKind.ANAPHOR, List.of(title)));
      }
    }
  }

  /**
   * Whether a tagged sentence may hold a title anaphor: a capitalised title noun right after a definite determiner.
   * Such a sentence is parsed ({@link ActorResolver#isCandidate}), as "der" counts only for a subject and the title's
   * predicates need the parse.
   */
  static boolean mayHold(Sentence s, List<String> titleEndings, Set<String> determiners) {
    for (int t = 1; t < s.size(); t++) {
      if (titleAfterDeterminer(s, t, titleEndings, determiners)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token is a capitalised title noun right after a definite determiner (as written). */
  private static boolean titleAfterDeterminer(Sentence s, int t, List<String> titleEndings,
      Set<String> determiners) {
    Token tok = s.token(t);
    return "NOUN".equals(tok.pos()) && Character.isUpperCase(tok.word().codePointAt(0))
        && determiners.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))
        && TitleLabels.isTitleNoun(tok.word(), titleEndings);
  }

  /** Word classes of a noun phrase's attributes, read up to the comma before an apposition. */
  private static final Set<String> PHRASE_POS = Set.of("DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM");

  /**
   * Whether the noun names its person itself: as an epithet does ({@link EpithetAnaphora#hasOwnName}: a name right
   * after it, or a mention or name hanging from it), or by a name after the comma that ends its phrase ("der
   * Präsident der Regierung im Kanton Wallis, Mathias Reynard").
   */
  private static boolean hasOwnName(SentenceState st, int t) {
    if (EpithetAnaphora.hasOwnName(st, t)) {
      return true;
    }
    Sentence s = st.sentence();
    int end = t + 1;
    while (end < s.size() && PHRASE_POS.contains(s.token(end).pos())) {
      end++;
    }
    return end + 1 < s.size() && ",".equals(s.token(end).word())
        && (st.taken()[end + 1] || "PROPN".equals(s.token(end + 1).pos()));
  }

  /**
   * Whether the noun names an office rather than its holder: the genitive of an office noun ("das Amt des
   * Premierministers", "die Wahl des Präsidenten"), or the goal of an election or appointment ("zum Parteichef
   * gewählt", "zur Ministerin ernannt": "zu" before the determiner, the tokenizer's split of "zum", "zur").
   */
  private boolean namesOffice(Sentence s, int t, String det) {
    if (t < 2) {
      return false;
    }
    String before = s.token(t - 2).word().toLowerCase(Locale.ROOT);
    if (before.equals("zu")) {
      return true;
    }
    return (det.equals("des") || det.equals("der")) && "NOUN".equals(s.token(t - 2).pos())
        && officeNouns.contains(before);
  }

  /** The one person of the window labelled with the title, or null. */
  private Mention antecedent(SentenceState st, int t, String title) {
    int here = st.sentence().index();
    Map<String, List<String>> labelsByActor = new LinkedHashMap<>();
    List<Mention> context = new ArrayList<>(st.doc().resolved());
    context.addAll(st.mentions());
    for (Mention m : context) {
      if (m.sentence() < here || m.startToken() < t) {
        labelsByActor.computeIfAbsent(m.actorId(), k -> new ArrayList<>()).addAll(m.labels());
      }
    }
    Map<String, Mention> chosen = EpithetAnaphora.windowActors(st, t, m -> "person".equals(m.actorType())
        && labelledWith(labelsByActor.getOrDefault(m.actorId(), List.of()), title));
    return chosen.size() == 1 ? chosen.values().iterator().next() : null;
  }

  /**
   * Whether one of the labels is the title or ends with it ("US-Präsident", "Bundeskanzler" for "Kanzler"), and the
   * longer label's first part does not make it another office ("Vizepräsident").
   */
  boolean labelledWith(List<String> labels, String title) {
    String wanted = fold(title);
    for (String label : labels) {
      String l = fold(label);
      if (!l.endsWith(wanted)) {
        continue;
      }
      // the parts before the title: "us-" of "US-Präsident" (a state or party), "bundes" of "Bundeskanzler",
      // "us-vize" of "US-Vizepräsident" (another office)
      boolean otherOffice = false;
      for (String part : l.substring(0, l.length() - wanted.length()).split("-")) {
        otherOffice |= !part.isEmpty() && otherOfficePrefixes.stream().anyMatch(part::startsWith);
      }
      if (!otherOffice) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String w) {
    return w.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
  }
}
