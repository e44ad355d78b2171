package slant.lang;

import java.util.Locale;

/**
 * The German genitive of a name written after or before a noun ("die Blockade Ungarns", "Putins Krieg"): the name's
 * last word with "s" (or "es") added. Such a name is the noun's possessor, not its apposition, even where the parser
 * attaches it as one ("die Währungsabschwächung/nmod Chinas/appos"); a title before a name in apposition ("Präsident
 * Putin", "der Terrororganisation Hamas") keeps the name's own form.
 */
public final class GermanGenitive {

  private GermanGenitive() {}

  /**
   * Whether {@code written} (the last word of a mention as it stands in the text) is the genitive of a name whose last
   * word is {@code nameWord}: the name word plus "s" or "es", the name word not itself ending in s, x, z or ß (whose
   * genitive German writes with an apostrophe or not at all: "Hamas", "Paris", "Strauß'"). Case-sensitive start,
   * as names are capitalised; the rest compared in lower case.
   */
  public static boolean isGenitiveOf(String written, String nameWord) {
    if (written == null || nameWord == null || nameWord.length() < 2 || written.length() <= nameWord.length()) {
      return false;
    }
    String w = written.toLowerCase(Locale.ROOT);
    String n = nameWord.toLowerCase(Locale.ROOT);
    if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ß")) {
      return false;
    }
    return w.equals(n + "s") || w.equals(n + "es");
  }

  /**
   * Whether {@code written} (the last word of a mention as it stands in the text) is the genitive of the actor's name
   * {@code name}: of its last word ({@link #isGenitiveOf}), so "Spahns" of "Jens Spahn".
   */
  public static boolean isGenitiveOfName(String written, String name) {
    return name != null && isGenitiveOf(written, lastWord(name));
  }

  /** The last word of a multi-word name or surface ("Jens Spahn" → "Spahn"; a hyphenated last word whole). */
  public static String lastWord(String name) {
    String t = name.strip();
    int cut = t.lastIndexOf(' ');
    return cut < 0 ? t : t.substring(cut + 1);
  }
}
