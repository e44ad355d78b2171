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

  /**
   * Whether token t is a German Konjunktiv I finite verb: sei, seien (any tag); otherwise a VERB/AUX ending in -e —
   * the 3rd person singular whose indicative ends in -t (verbinde/verbindet, habe/hat, müsse/muss, rauche/raucht) —
   * except -te forms, which are preterite ("sagte") unless a t-stem listed in de/konjunktiv1-te.tsv ("gelte",
   * "bedeute"), and except a first person ("ich habe").
   */
  boolean isKonjunktivI(Sentence s, int t) {
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
