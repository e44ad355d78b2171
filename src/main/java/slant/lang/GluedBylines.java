package slant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An author's byline glued to the report's first word: "Von Dietrich Karl Mäurer, ARD-HauptstadtstudioEr gilt als
 * einer der profiliertesten Grünen-Politiker", "Von Stefanie Markert, ARD MoskauAn diesem 6. August …",
 * "Von Eckart Aretz, tagesschau.deWo treffen sich …" — the text of tagesschau.de articles in zeitgeist-de-news lost
 * the break between the byline and the first paragraph in 151 of 4,395 articles. Left glued, the tokenizer makes
 * one word of "ARD-HauptstadtstudioEr", so the report's first sentence, usually its lede, loses its subject ("Er" is
 * Habeck) and joins the byline in one sentence and one parse; a name that opens the paragraph becomes part of the
 * studio's city ("KölnWolodymyr Selenskyj").
 *
 * <p>A byline here is: at the start of the text or of a line, or after a sentence's end ({@code . ! ? :} or a closing
 * quotation mark, with or without a space), up to two capitalised words and "von"/"Von" ("Eine Analyse von"), one to
 * eight name words (capitalised, hyphenated, or "und" and name particles), a comma, then up to six words of which the
 * first starts with a byline outlet ({@code data/rules/byline-outlets.tsv}: "ARD", "ARD-Hauptstadtstudio",
 * "tagesschau.de"), the others a place or a note ("Moskau", ", zzt. Köln"). The glue is the first place in those
 * words where a lower-case letter or a full stop is followed by a capital and a lower-case letter ("…studio|Er",
 * "…Moskau|An", "….de|Wo"), or, since 2026-12-06 (annotation format 6), right after an outlet written in capitals
 * ("BR|Im Süden", "SWR|Prostitution ist …"); a capitalised word that ends a sentence ("ARD London.") ends the search.
 * Since then a byline without an outlet is found too when its last name is glued to the report's first word ("Von
 * Christian BaslEin gemeinsames Selfie …", "Von Laura Bisch und Fabian SiegelDas …"): the first name word capitalised
 * and no particle, the glue in the second or a later name word after at least three lower-case letters.
 *
 * <p>{@link GluedParagraphs#separate} puts a paragraph break at these glues and at those of {@link GluedParagraphs},
 * in a copy of the text the annotator analyses ({@link SeparatedText}, which maps every offset back to the original
 * text). Pure.
 */
public final class GluedBylines {

  private static final int MAX_LEADING_WORDS = 2;
  private static final int MAX_NAME_WORDS = 8;
  private static final int MAX_OUTLET_WORDS = 6;
  private static final Set<String> NAME_PARTICLES = Set.of("und", "von", "van", "de", "der", "den", "zu", "al", "el");
  /** Lower-case letters a name's glue must follow ({@link #nameGlue}). */
  private static final int NAME_GLUE_LOWER = 3;

  private GluedBylines() {}

  /** The offsets of the glues in {@code text}, ascending. */
  public static List<Integer> glues(String text, Set<String> outlets) {
    List<Integer> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int von = indexOfVon(text, from);
      if (von < 0) {
        return out;
      }
      int glue = glueAfter(text, von, outlets);
      if (glue > 0) {
        out.add(glue);
      }
      from = von + 3;
    }
  }

  private static int indexOfVon(String text, int from) {
    int a = text.indexOf("Von ", from);
    int b = text.indexOf("von ", from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** The glue of the byline whose "von" is at {@code von}, or -1. */
  private static int glueAfter(String text, int von, Set<String> outlets) {
    if (!bylineStart(text, von)) {
      return -1;
    }
    int p = von + 4;
    int names = 0;
    // the first name word capitalised and no particle: "Von der LeyenDie …" opens no byline without an outlet
    boolean firstIsName = false;
    while (names < MAX_NAME_WORDS) {
      int end = wordEnd(text, p);
      String w = text.substring(p, end);
      boolean comma = w.endsWith(",");
      String name = comma ? w.substring(0, w.length() - 1) : w;
      if (name.isEmpty() || !(capitalised(name) || NAME_PARTICLES.contains(name))) {
        return -1;
      }
      names++;
      if (comma) {
        return outletGlue(text, skipSpaces(text, end), outlets);
      }
      if (names == 1) {
        firstIsName = capitalised(name) && !NAME_PARTICLES.contains(name.toLowerCase(Locale.ROOT));
      }
      int glue = names >= 2 && firstIsName ? nameGlue(text, p, end) : -1;
      if (glue > 0) {
        return glue; // "Von Christian BaslEin gemeinsames Selfie …": a byline without an outlet, glued to its name
      }
      if (name.length() > 2 && name.endsWith(".")) {
        return -1; // "Von Claudia Müller. Im ARD-DeutschlandTrend …": the byline's sentence has ended unglued
      }
      if (end >= text.length() || text.charAt(end) != ' ') {
        return -1;
      }
      p = end + 1;
    }
    return -1;
  }

  /**
   * In a name word of a byline without an outlet, the glue to the report's first word, or -1: a capital followed by a
   * lower-case letter after at least {@link #NAME_GLUE_LOWER} lower-case letters ("Basl|Ein", "Müller|Der",
   * "Riesewieck|Selten"; not "Mc|Donald", "De|Santis", "Mac|Gregor").
   */
  private static int nameGlue(String text, int p, int end) {
    for (int i = p + NAME_GLUE_LOWER + 1; i + 1 < end; i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1))
          && text.substring(i - NAME_GLUE_LOWER, i).chars().allMatch(Character::isLowerCase)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether "von" at {@code von} opens a byline: a sentence's or line's start, after up to two capitalised words. */
  private static boolean bylineStart(String text, int von) {
    int p = von;
    for (int words = 0; ; words++) {
      if (anchored(text, p)) {
        return words > 0 || text.charAt(von) == 'V';
      }
      if (words == MAX_LEADING_WORDS || p < 2 || text.charAt(p - 1) != ' ') {
        return false;
      }
      int start = p - 1;
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && !endsSentence(text.charAt(start - 1))) {
        start--;
      }
      if (!capitalised(text.substring(start, p - 1))) {
        return false;
      }
      p = start;
    }
  }

  /** Whether a word at {@code p} starts the text, a line or a sentence (after its end mark, with or without a space). */
  private static boolean anchored(String text, int p) {
    if (p == 0 || text.charAt(p - 1) == '\n' || endsSentence(text.charAt(p - 1))) {
      return true;
    }
    return p >= 2 && text.charAt(p - 1) == ' ' && (endsSentence(text.charAt(p - 2)) || text.charAt(p - 2) == '\n');
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '”' || c == '«';
  }

  /** In the words after the byline's comma (the first an outlet), the first glue, or -1. */
  private static int outletGlue(String text, int p, Set<String> outlets) {
    for (int words = 0; words < MAX_OUTLET_WORDS && p < text.length(); words++) {
      int end = wordEnd(text, p);
      String w = text.substring(p, end);
      if (words == 0 && !isOutlet(w, outlets)) {
        int glued = gluedOutlet(w, outlets);
        return glued > 0 ? p + glued : -1; // "Von Lorenz Storch, BRIm Süden …"
      }
      for (int i = p + 1; i + 1 < end; i++) {
        char before = text.charAt(i - 1);
        if ((Character.isLowerCase(before) || before == '.') && Character.isUpperCase(text.charAt(i))
            && Character.isLowerCase(text.charAt(i + 1))) {
          return i;
        }
      }
      // "ARD London. Die britische Zeitung iPaper …": a capitalised word with a full stop ends the byline's sentence
      // ("zzt." is an abbreviation inside it)
      boolean sentenceEnd = endsSentence(text.charAt(end - 1)) && capitalised(w);
      if (sentenceEnd || end >= text.length() || text.charAt(end) != ' ') {
        return -1;
      }
      p = skipSpaces(text, end);
    }
    return -1;
  }

  /**
   * The length of the upper-case byline outlet a word starts with when the report's first word is glued to it ("BR|Im",
   * "SWR|Prostitution", "HR|Ein": the outlet written in capitals, then a capital and a lower-case letter), or -1.
   */
  static int gluedOutlet(String word, Set<String> outlets) {
    int best = -1;
    for (String o : outlets) {
      int n = o.length();
      if (word.length() > n + 1 && word.substring(0, n).equals(o.toUpperCase(Locale.ROOT))
          && Character.isUpperCase(word.charAt(n)) && Character.isLowerCase(word.charAt(n + 1))) {
        best = Math.max(best, n);
      }
    }
    return best;
  }

  /**
   * Whether a word starts with a byline outlet: the outlet itself, or followed by "-", "." or a digit ("ARD-Studio",
   * "tagesschau.de", "BR24"); also what {@code slant.actors.Bylines} reads.
   */
  public static boolean isOutlet(String word, Set<String> outlets) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String o : outlets) {
      if (lower.equals(o) || lower.startsWith(o) && lower.length() > o.length()
          && (lower.charAt(o.length()) == '-' || lower.charAt(o.length()) == '.'
              || Character.isDigit(lower.charAt(o.length())))) {
        return true;
      }
    }
    return false;
  }

  /** The offset of the first white space at or after {@code p} (the text's length if none). */
  static int wordEnd(String text, int p) {
    int e = p;
    while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e;
  }

  private static int skipSpaces(String text, int p) {
    int q = p;
    while (q < text.length() && text.charAt(q) == ' ') {
      q++;
    }
    return q;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
