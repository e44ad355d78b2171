package slant.lang;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The dateline that opens an agency-style report ("Washington – Angesichts massiver Rückschläge legen die USA …",
 * "Hanoi / Phnom Penh – Die Erwartungen …", "Moskau (dpa) – …"), found on a sentence's words before tagging. A
 * dateline is not part of the sentence's grammar: left in it, CoreNLP's German tagger and parser read the place as the
 * subject and the dash as a name ("Washington/PROPN –/PROPN Angesichts/NOUN", with "Rückschläge" as subject and "die
 * USA" as object), so the first sentence of most derStandard reports was misparsed. The annotator makes the dateline a
 * sentence of its own; {@code slant.actors.SeatOfPower#isDateline} still recognises it as the place filed from.
 *
 * <p>Pure: words in, a position out.
 */
public final class Dateline {

  /**
   * Datelines are looked for in this many sentences from the start of a text (the headline, a subtitle, the lede):
   * the annotator splits them off there, and the voice rules take what stands before one as the article's head.
   */
  public static final int OPENING_SENTENCES = 3;

  /** Dashes that end a dateline. */
  private static final Set<String> DASHES = Set.of("–", "—", "-");

  /** Whether a word is a dash that can end a dateline ("–", "—", "-"). */
  public static boolean isDash(String word) {
    return DASHES.contains(word);
  }

  /** Lower-case words that may stand inside a place name ("Santiago de Chile", "Frankfurt am Main"). */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "da", "do", "dos", "la", "le", "el", "am",
      "an", "im", "upon", "on", "sur", "en", "of", "bei", "ob");

  /** The longest dateline before the dash, in words ("Santiago de Chile", "Hanoi / Phnom Penh", "Moskau ( dpa )"). */
  static final int MAX_WORDS = 6;

  private Dateline() {}

  /**
   * The position of the dash that ends a dateline at the start of these words, or -1: one to {@value #MAX_WORDS}
   * words before a dash, the first capitalised, the rest capitalised, name particles, slashes, commas, full stops or
   * an agency credit in parentheses, and a capitalised word, a digit or an opening quotation mark after the dash (the
   * report's first sentence). The dash must stand alone, with white space on both sides in the text
   * ({@code standsAlone}): the tokenizer splits "Grünen-Chefin" into "Grünen", "-", "Chefin". "Trump – der Präsident …"
   * (lower case after the dash) and "Benfica mit Abwehrsorgen –" are no datelines.
   *
   * @param standsAlone whether the word at a position has white space (or the text's edge) on both sides
   */
  public static int dashIndex(List<String> words, IntPredicate standsAlone) {
    if (words.size() < 3 || !capitalised(words.get(0))) {
      return -1;
    }
    boolean inParentheses = false;
    for (int i = 1; i < words.size() && i <= MAX_WORDS; i++) {
      String w = words.get(i);
      if (!inParentheses && isDash(w)) {
        if (!standsAlone.test(i)) {
          return -1;
        }
        String before = words.get(i - 1);
        return i + 1 < words.size() && (capitalised(before) || before.equals(")")) && opensReport(words.get(i + 1))
            ? i : -1;
      }
      if (w.equals("(")) {
        inParentheses = true;
      } else if (w.equals(")")) {
        inParentheses = false;
      } else if (!inParentheses && !capitalised(w) && !NAME_PARTICLES.contains(w)
          && !w.equals("/") && !w.equals(",") && !w.equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a sentence is a dateline of its own, as the annotator splits it off ({@link #dashIndex}): its words end
   * with the dateline's dash, and the next sentence's first word opens the report. The dash's spacing was checked when
   * the sentence was split, so it is not checked again.
   *
   * @param nextWord the first word of the following sentence, or null at the end of the text
   */
  public static boolean isDatelineSentence(List<String> words, String nextWord) {
    if (nextWord == null || words.size() < 2 || !isDash(words.get(words.size() - 1))) {
      return false;
    }
    List<String> joined = new java.util.ArrayList<>(words);
    joined.add(nextWord);
    return dashIndex(joined, i -> true) == words.size() - 1;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static boolean opensReport(String w) {
    if (w.isEmpty()) {
      return false;
    }
    int c = w.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "„\"»«“‚'".indexOf(c) >= 0;
  }
}
