package slant.voice;

import static slant.voice.VoiceTokens.stopsPhrase;

import java.util.Locale;
import slant.model.Sentence;

/**
 * Rules {@code laut}, {@code nach-angaben}, {@code zufolge} (German) and {@code according-to} (English): "laut X",
 * "nach Angaben X" (also "nach palästinensischen Angaben"), "X zufolge", "according to X" — everything outside the
 * phrase is X's. The phrase after a
 * preposition is its noun's subtree in the parse when that holds no verb, else read linearly up to a verb, comma or
 * subordinator (at most 10 tokens); the phrase before "zufolge" at most 7 tokens back.
 */
final class PrepositionalPhrase implements AttributionRule {

  private final String language;

  /** @param language "de" or "en" */
  PrepositionalPhrase(String language) {
    this.language = language;
  }

  @Override
  public Attribution find(SentenceView view) {
    Sentence s = view.sentence();
    for (int t = 0; t < s.size() - 1; t++) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      String next = s.token(t + 1).word().toLowerCase(Locale.ROOT);
      int angaben = language.equals("de") && w.equals("nach") ? angabenAfter(s, t) : -1;
      int start;
      String rule;
      if (language.equals("de") && w.equals("laut") && ("ADP".equals(s.token(t).pos()) || t == 0
          || Character.isUpperCase(s.token(t + 1).word().codePointAt(0)) || "DET".equals(s.token(t + 1).pos()))) {
        start = t + 1;
        rule = "laut";
      } else if (angaben > t) {
        // "nach Angaben der Polizei", also with adjectives: "nach palästinensischen/ersten/eigenen Angaben"
        start = angaben + 1;
        rule = "nach-angaben";
      } else if (language.equals("en") && w.equals("according") && next.equals("to")) {
        start = t + 2;
        rule = "according-to";
      } else if (language.equals("de") && next.equals("zufolge")) {
        return zufolge(view, t);
      } else {
        continue;
      }
      if (start >= s.size()) {
        continue;
      }
      int end = phraseEnd(s, t, start);
      boolean[] content = new boolean[s.size()];
      for (int u = 0; u < s.size(); u++) {
        content[u] = u < t || u >= end;
      }
      Attribution.clearLeadingComma(s, content, end);
      Speaker speaker = Speakers.speaker(s, view.mentions(), start, end, Speakers.firstName(s, start, end));
      return new Attribution(rule, speaker, content);
    }
    return null;
  }

  /**
   * The token of "Angaben" in "nach [adjectives] Angaben" with "nach" at {@code t}: right after it, or after at most
   * {@link #MAX_ADJECTIVES_BEFORE_ANGABEN} adjectives ("nach palästinensischen Angaben", "nach ersten offiziellen
   * Angaben": the rest of the sentence is a source's claim, sourced or not); -1 otherwise.
   */
  private static int angabenAfter(Sentence s, int t) {
    for (int u = t + 1; u < s.size() && u <= t + 1 + MAX_ADJECTIVES_BEFORE_ANGABEN; u++) {
      if (s.token(u).word().equalsIgnoreCase("angaben")) {
        return u;
      }
      if (!"ADJ".equals(s.token(u).pos())) {
        return -1;
      }
    }
    return -1;
  }

  static final int MAX_ADJECTIVES_BEFORE_ANGABEN = 2;

  /** "X zufolge" with X ending at token t: the noun phrase before "zufolge". */
  private static Attribution zufolge(SentenceView view, int t) {
    Sentence s = view.sentence();
    int b = t;
    while (b > 0 && b > t - 8 && !stopsPhrase(s.token(b - 1))) {
      b--;
    }
    boolean[] content = new boolean[s.size()];
    for (int u = 0; u < s.size(); u++) {
      content[u] = u < b || u > t + 1;
    }
    Attribution.clearLeadingComma(s, content, t + 2);
    Speaker speaker = Speakers.speaker(s, view.mentions(), b, t + 1, Speakers.firstName(s, b, t + 1));
    return new Attribution("zufolge", speaker, content);
  }

  /** End (exclusive) of the noun phrase after a preposition: its subtree in the parse, else up to a verb or comma. */
  static int phraseEnd(Sentence s, int prep, int start) {
    int linear = start;
    while (linear < s.size() && linear < start + 10 && !stopsPhrase(s.token(linear))) {
      linear++;
    }
    if (s.parsed()) {
      int g = s.tree().head(prep);
      if (g >= start) {
        int[] phrase = s.tree().subtree(g);
        int end = phrase[phrase.length - 1] + 1;
        boolean clean = true;
        for (int u = start; u < end; u++) {
          clean &= !VoiceTokens.isVerbish(s.token(u));
        }
        if (clean && end > start) {
          return end;
        }
      }
    }
    return Math.max(linear, start + 1);
  }
}
