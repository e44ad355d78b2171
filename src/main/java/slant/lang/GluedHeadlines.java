package slant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headlines of a list glued to each other without a space: the liveblog summaries of tagesschau.de in
 * zeitgeist-de-news lost the breaks between their headlines ("Tusk widerspricht TrumpFeuer im Hafen PrimorskRöwekamp
 * fordert …"), in about 150 of 4,395 articles. The tokenizer keeps "TrumpFeuer" as one word, so neither Trump nor the
 * next headline's sentence is found. A glue here is a place inside a word (between white space) where at least three
 * lower-case letters end and a capital with at least three lower-case letters begins ("Trump|Feuer", "ein|Selenskyj";
 * not "One|Plus"), not in a web or mail address, not
 * in a word of {@code data/rules/camel-case-names.tsv} ("DeutschlandTrend", "CityLine"), not before the gender
 * form "Innen" ("BewohnerInnen"). Only a text with two such glued words or more has them, told apart by their letters:
 * one alone, or one name written twice ("TransCanada"), is as likely a name. In such a text, a word of two lower-case
 * letters glued to a capital with three or more lower-case letters is split too ("Rakete aus Jemen abWadephul fordert",
 * "zuTrump"; since 2026-12-07: 30 such words in 26 of the 4,152 articles, all glues). Pure.
 */
public final class GluedHeadlines {

  /** How many different glued words make a text a list of glued headlines. */
  static final int MIN_GLUES = 2;
  private static final int MIN_LOWER_BEFORE = 3;
  private static final int MIN_LOWER_AFTER = 3;
  /** A two-letter word glued to the next headline ("ab|Wadephul", "zu|Trump"): taken only in a list of glues. */
  private static final int SHORT_WORD = 2;

  private GluedHeadlines() {}

  /** The offsets of the glued headlines' first characters in {@code text}, ascending; empty for fewer than two. */
  public static List<Integer> glues(String text, Set<String> camelCaseNames) {
    List<Integer> out = new ArrayList<>();
    List<Integer> afterShortWords = new ArrayList<>();
    Set<String> words = new java.util.HashSet<>();
    int start = 0;
    while (start < text.length()) {
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(start, end);
      if (!word.contains("://") && !word.contains("www.") && !word.contains("@")) {
        int shortGlue = start + SHORT_WORD;
        if (shortGlue + MIN_LOWER_AFTER < end && gluedAt(text, shortGlue, SHORT_WORD)
            && !camelCaseNames.contains(letters(text, shortGlue).toLowerCase(Locale.ROOT))) {
          afterShortWords.add(shortGlue);
        }
        for (int g = start + MIN_LOWER_BEFORE; g + MIN_LOWER_AFTER < end; g++) {
          String glued = letters(text, g);
          if (gluedAt(text, g) && !text.startsWith("Innen", g)
              && !camelCaseNames.contains(glued.toLowerCase(Locale.ROOT))) {
            out.add(g);
            words.add(glued);
          }
        }
      }
      start = end;
    }
    if (words.size() < MIN_GLUES) {
      return List.of();
    }
    out.addAll(afterShortWords);
    out.sort(null);
    return out;
  }

  private static boolean gluedAt(String text, int g) {
    return gluedAt(text, g, MIN_LOWER_BEFORE);
  }

  private static boolean gluedAt(String text, int g, int lowerBefore) {
    for (int i = g - lowerBefore; i < g; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    if (!Character.isUpperCase(text.charAt(g))) {
      return false;
    }
    for (int i = g + 1; i <= g + MIN_LOWER_AFTER; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The run of letters around {@code g}: the camel-case word a glue would split ("DeutschlandTrend"). */
  private static String letters(String text, int g) {
    int a = g;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) {
      a--;
    }
    int b = g;
    while (b < text.length() && Character.isLetter(text.charAt(b))) {
      b++;
    }
    return text.substring(a, b);
  }
}
