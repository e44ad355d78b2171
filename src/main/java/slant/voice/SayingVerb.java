package slant.voice;

import static slant.lang.QuoteMarks.isQuoteMark;
import static slant.voice.VoiceTokens.isVerbish;

import java.util.Locale;
import java.util.Set;
import slant.model.DependencyTree;
import slant.model.Sentence;

/**
 * Rule {@code verb:<word>}: a verb of saying or opinion ({@link SayVerbs}) outside quotation marks.
 *
 * <ul>
 *   <li>Parenthetical order — "…, sagte X." / "„…“ sagte X" / "…, X sagte." (a short subject after the comma,
 *       nothing finite after the verb): what precedes the comma is X's, and so is a content clause after the verb
 *       as in matrix order ("…, sagte Merz, es komme aber zu spät"); the speaker is the mention or name after the
 *       comma.
 *   <li>Matrix order — "X sagte, dass …", "X schrieb: „…“": the verb's clausal complement (the {@code ccomp} /
 *       {@code parataxis} subtrees after it in the parse, plus quoted tokens after the verb), or, unparsed, what
 *       follows the first comma or colon after the verb when it opens a content clause (colon, quote, dass/ob/that,
 *       a German Konjunktiv I after it; English "said that"). The speaker is the verb's subject
 *       ({@link Speakers#subject}).
 *   <li>A verb without such a complement ("X kritisierte die Pläne") attributes nothing; the next verb is tried.
 * </ul>
 * Asked last: the phrase rules and "wie X sagte" are more specific.
 */
final class SayingVerb implements AttributionRule {

  private final String language;
  private final SayVerbs verbs;
  private final MoodDetector moods;

  /** @param language "de" or "en"; {@code moods} is read for German only */
  SayingVerb(String language, SayVerbs verbs, MoodDetector moods) {
    this.language = language;
    this.verbs = verbs;
    this.moods = moods;
  }

  @Override
  public Attribution find(SentenceView view) {
    Sentence s = view.sentence();
    boolean[] inQuote = view.inQuote();
    for (int v = 0; v < s.size(); v++) {
      if (inQuote[v] || verbs.lemma(s, v) == null) {
        continue;
      }
      String rule = "verb:" + s.token(v).word().toLowerCase(Locale.ROOT);
      int comma = parentheticalComma(s, v);
      if (comma > 0) {
        boolean[] content = new boolean[s.size()];
        for (int u = 0; u < comma; u++) {
          content[u] = true;
        }
        // the speaker's words may go on after the verb: "Befragt, sagte Trump vor Journalisten, Russland wolle den
        // Erfolg der Ukraine", "Das sei gut, sagte Merz, es komme aber zu spät"
        boolean[] after = complement(s, v, inQuote);
        for (int u = v + 1; after != null && u < s.size(); u++) {
          content[u] |= after[u];
        }
        Speaker speaker = pronounSubject(s, v)
            ? Speakers.speaker(s, view.mentions(), v + 1, v + 2, -1)
            : Speakers.speaker(s, view.mentions(), comma + 1, s.size(),
                Speakers.firstNameExcept(s, comma + 1, s.size(), v));
        return new Attribution(rule, speaker, content);
      }
      boolean[] content = complement(s, v, inQuote);
      if (content == null) {
        continue;
      }
      return new Attribution(rule, Speakers.subject(s, view.mentions(), v), content);
    }
    return null;
  }

  /** Third-person pronouns that, right after a parenthetical verb, are its subject ("…, schrieb er auf X"). */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie", "he", "she", "they");

  /**
   * Whether the parenthetical verb's subject is the personal pronoun right after it ("…, schrieb er auf der
   * Onlineplattform X", "…, sagte sie dem Sender CNN"): the speaker is then the pronoun's mention, or unknown when it
   * has none; until 2026-12-07 it was the first name after the comma, the platform or the broadcaster.
   */
  private static boolean pronounSubject(Sentence s, int v) {
    return v + 1 < s.size() && "PRON".equals(s.token(v + 1).pos())
        && SUBJECT_PRONOUNS.contains(s.token(v + 1).word().toLowerCase(Locale.ROOT));
  }

  /** The comma (or the token before a closing quote) ending the reported words of a parenthetical verb, or -1. */
  private int parentheticalComma(Sentence s, int v) {
    int before = v - 1;
    while (before > 0 && isQuoteMark(s.token(before).word())) {
      before--;
    }
    boolean commaAfter = v + 1 < s.size() && (s.token(v + 1).word().equals(",") || s.token(v + 1).word().equals(":"));
    if (commaAfter) {
      return -1;
    }
    if (before > 0 && (s.token(before).word().equals(",") || isQuoteMark(s.token(v - 1).word()) && before < v - 1)) {
      if (before == v - 1 && closesSubject(s, v, before)) {
        return -1; // "Der Gouverneur des Bundesstaates, Tim Walz, schrieb, …": matrix order
      }
      return before; // "…, sagte X." / "„…“ sagte X"
    }
    // "…, X sagte." / "…, Biden said.": a short subject between the comma and the verb, nothing finite after
    for (int u = v - 1; u > 0 && u >= v - 5; u--) {
      if (isVerbish(s.token(u)) || "SCONJ".equals(s.token(u).pos()) || "PRON".equals(s.token(u).pos())
          && language.equals("de")) {
        break;
      }
      if (s.token(u).word().equals(",")) {
        boolean finiteAfter = false;
        for (int x = v + 1; x < s.size(); x++) {
          finiteAfter |= isVerbish(s.token(x));
        }
        return finiteAfter ? -1 : u;
      }
    }
    return -1;
  }

  /**
   * Whether the comma right before verb {@code v} closes the verb's own subject, parsed as its active subject before
   * the comma: a noun phrase without a verb, with an apposition after a comma, reaching up to it — the end of the
   * apposition ("Der Gouverneur des Bundesstaates
   * Minnesota, Tim Walz, schrieb auf der Plattform X, …"), not the end of reported words. Until 2026-12-07 such a
   * subject phrase was read as the reported words and the platform after the verb as the speaker.
   */
  private static boolean closesSubject(Sentence s, int v, int comma) {
    if (!s.parsed()) {
      return false;
    }
    DependencyTree tree = s.tree();
    for (int c : tree.children(v)) {
      String rel = tree.relation(c);
      if (c < comma && Speakers.activeSubject(rel)) {
        int[] subject = tree.subtree(c);
        boolean apposition = false;
        for (int u : subject) {
          if (isVerbish(s.token(u))) {
            return false; // a clause, not a noun phrase: "Grund seien die Käufe, erklärte das Weiße Haus"
          }
          apposition |= Speakers.commaApposition(s, u);
        }
        return apposition && subject[subject.length - 1] >= comma - 1;
      }
    }
    return false;
  }

  /** The content clause of a matrix verb of saying, or null when it has none. */
  private boolean[] complement(Sentence s, int v, boolean[] inQuote) {
    boolean[] content = new boolean[s.size()];
    if (s.parsed()) {
      DependencyTree tree = s.tree();
      boolean any = false;
      for (int c : tree.children(v)) {
        String rel = tree.relation(c);
        if (c > v && rel != null && (rel.startsWith("ccomp") || rel.startsWith("parataxis"))) {
          for (int u : tree.subtree(c)) {
            content[u] = true;
          }
          any = true;
        }
      }
      if (any) {
        for (int u = v + 1; u < s.size(); u++) {
          content[u] |= inQuote[u];
        }
        Attribution.trimPunct(s, content);
        return content;
      }
    }
    // linear: after the first comma or colon following the verb, if it opens a content clause
    for (int u = v + 1; u < s.size() - 1; u++) {
      String w = s.token(u).word();
      boolean colon = w.equals(":");
      if (!colon && !w.equals(",")) {
        if (language.equals("en") && u == v + 1 && w.equalsIgnoreCase("that")) {
          colon = true;
        } else {
          continue;
        }
      }
      String next = s.token(u + 1).word().toLowerCase(Locale.ROOT);
      boolean opens = colon || inQuote[u + 1] || isQuoteMark(next) || next.equals("dass") || next.equals("ob")
          || next.equals("that");
      if (!opens && language.equals("de")) {
        for (int x = u + 1; x < s.size() && !opens; x++) {
          opens = moods.isKonjunktivI(s, x);
        }
      }
      if (!opens) {
        return null;
      }
      for (int x = u + 1; x < s.size(); x++) {
        content[x] = true;
      }
      Attribution.trimPunct(s, content);
      return content;
    }
    return null;
  }
}
