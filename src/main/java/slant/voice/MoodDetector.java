package slant.voice;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import slant.lang.Rules;
import slant.model.Sentence;
import slant.model.Token;
import slant.voice.VoiceAttributor.Mood;

/**
 * German mood by form (the German tagger gives no morphology), from the Konjunktiv lists
 * ({@code de/konjunktiv1-te.tsv}, {@code de/konjunktiv1-always.tsv}, {@code de/konjunktiv2.tsv},
 * {@code de/not-konjunktiv1.tsv}; data/rules/README.md).
 */
final class MoodDetector implements Serializable {

  /** Konjunktiv I forms ending in -te (t-stems) — other -te words are taken as preterite ("sagte"). */
  private final Set<String> konj1Te;
  private final Set<String> konj1AnyPos;
  private final Set<String> konj2;
  private final Set<String> notKonj1;

  MoodDetector(Rules rules) {
    this.konj1Te = rules.words("de/konjunktiv1-te.tsv");
    this.konj1AnyPos = rules.words("de/konjunktiv1-always.tsv");
    this.konj2 = rules.words("de/konjunktiv2.tsv");
    this.notKonj1 = rules.words("de/not-konjunktiv1.tsv");
  }

  /** KONJ1 if any finite verb is Konjunktiv I; KONJ2 if only Konjunktiv II forms are seen; else INDICATIVE. */
  Mood mood(Sentence s) {
    boolean k2 = false;
    for (int t = 0; t < s.size(); t++) {
      if (isKonjunktivI(s, t)) {
        return Mood.KONJ1;
      }
      k2 |= konj2.contains(s.token(t).word().toLowerCase(Locale.ROOT));
    }
    return k2 ? Mood.KONJ2 : Mood.INDICATIVE;
  }

  /** Relations by which a clause hangs below another: a Konjunktiv I there is that clause's, not the sentence's. */
  private static final Set<String> SUBORDINATE = Set.of("ccomp", "advcl", "acl", "csubj", "parataxis", "conj");

  /**
   * The tokens a Konjunktiv I sentence reports: all of them, unless its parse shows an indicative main clause with
   * every Konjunktiv I in a clause below it ("Er bekam zweieinhalb Jahre, weil der Senat zur Ansicht gekommen war, dass
   * Hochegger als Mastermind fungiert habe": the outlet states the sentence, the court's view is reported); then those
   * clauses alone (the subtree of each Konjunktiv I verb's clause head). Unparsed sentences are reported whole.
   */
  boolean[] reported(Sentence s) {
    boolean[] all = new boolean[s.size()];
    java.util.Arrays.fill(all, true);
    if (!s.parsed()) {
      return all;
    }
    slant.model.DependencyTree tree = s.tree();
    boolean[] clauses = new boolean[s.size()];
    boolean any = false;
    for (int t = 0; t < s.size(); t++) {
      if (!isKonjunktivI(s, t)) {
        continue;
      }
      int clause = t;
      String rel = relation(tree, t);
      if ((rel.equals("aux") || rel.equals("cop")) && tree.head(t) >= 0) {
        clause = tree.head(t); // "fungiert habe": the clause is the participle's
      }
      if (tree.head(clause) < 0 || !SUBORDINATE.contains(relation(tree, clause))) {
        return all; // the main clause is in Konjunktiv I
      }
      for (int u : tree.subtree(clause)) {
        clauses[u] = true;
      }
      any = true;
    }
    return any ? clauses : all;
  }

  /** The token's relation without its subtype, lower case; "" for none. */
  private static String relation(slant.model.DependencyTree tree, int t) {
    String r = tree.relation(t);
    if (r == null) {
      return "";
    }
    int colon = r.indexOf(':');
    return (colon < 0 ? r : r.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether token t is a German Konjunktiv I finite verb: sei, seien (any tag); otherwise a VERB/AUX ending in -e —
   * the 3rd person singular whose indicative ends in -t (verbinde/verbindet, habe/hat, müsse/muss, rauche/raucht) —
   * except -te forms, which are preterite ("sagte") unless a t-stem listed in de/konjunktiv1-te.tsv ("gelte",
   * "bedeute"), and except a first person ("ich habe").
   */
  boolean isKonjunktivI(Sentence s, int t) {
    if (irrealComparison(s, t)) {
      return false;
    }
    Token tok = s.token(t);
    String w = tok.word().toLowerCase(Locale.ROOT);
    if (konj1AnyPos.contains(w)) {
      return !firstPerson(s, t);
    }
    if (!"VERB".equals(tok.pos()) && !"AUX".equals(tok.pos())) {
      return false;
    }
    if (w.length() < 3 || !w.endsWith("e") || w.endsWith("ie") || notKonj1.contains(w) || konj2.contains(w)) {
      return false;
    }
    if (!w.chars().allMatch(Character::isLetter) || Character.isUpperCase(tok.word().codePointAt(0)) && t > 0) {
      return false;
    }
    if (w.endsWith("te") && !konj1Te.contains(w)) {
      return false;
    }
    return !firstPerson(s, t);
  }

  /**
   * Whether the verb at {@code t} is the verb of an irreal comparison, which is no reported speech: right after "als"
   * ("Trump trat auf, als sei er der Sieger", "Es wirkte, als habe Trump die Nato im Griff"), or in a clause opened by
   * "als ob" or "als wenn" ("…, als ob er der Sieger sei"), or after an impersonal "es scheint" ({@link
   * #seemingBefore}). The outlet says it; until 2026-12-07 the whole sentence was quoted with an unknown speaker.
   */
  private static boolean irrealComparison(Sentence s, int t) {
    if (t > 0 && s.token(t - 1).word().equalsIgnoreCase("als") || seemingBefore(s, t)) {
      return true;
    }
    int start = t;
    while (start > 0 && !s.token(start - 1).word().equals(",")) {
      start--;
    }
    return start + 1 < t && s.token(start).word().equalsIgnoreCase("als")
        && (s.token(start + 1).word().equalsIgnoreCase("ob") || s.token(start + 1).word().equalsIgnoreCase("wenn"));
  }

  /** Forms of the impersonal "es scheint" that a Konjunktiv I clause may follow. */
  private static final Set<String> SEEMING = Set.of("scheint", "schien", "erscheint", "erschien");

  /**
   * Whether an impersonal "es scheint" (or "schien", "erscheint") stands before the verb, with "es" next to it: "Es
   * scheint auf den ersten Blick, Frank Stronach habe … Regie geführt" is the outlet's conjecture, not a report.
   */
  private static boolean seemingBefore(Sentence s, int t) {
    for (int u = 0; u < t; u++) {
      if (SEEMING.contains(s.token(u).word().toLowerCase(Locale.ROOT))
          && (u > 0 && s.token(u - 1).word().equalsIgnoreCase("es")
              || u + 1 < s.size() && s.token(u + 1).word().equalsIgnoreCase("es"))) {
        return true;
      }
    }
    return false;
  }

  /** "ich" within three tokens either side: "ich habe" is indicative. */
  private static boolean firstPerson(Sentence s, int t) {
    for (int u = Math.max(0, t - 3); u < Math.min(s.size(), t + 3); u++) {
      if (s.token(u).word().equalsIgnoreCase("ich")) {
        return true;
      }
    }
    return false;
  }
}
