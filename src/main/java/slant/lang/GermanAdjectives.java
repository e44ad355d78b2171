package slant.lang;

import java.util.List;

/** German adjective inflection, shared by the lexicon lookup, the role-title checks and the verb forms. */
public final class GermanAdjectives {

  /**
   * The endings of an inflected German adjective or participle ("nötig|e", "getötet|en", "früher|en"), longest
   * first, so that a caller stripping the first ending that matches strips "-en", not "-n" or "-e" alone. The
   * uninflected form has no ending; callers that accept it test it apart.
   */
  public static final List<String> ENDINGS = List.of("em", "en", "er", "es", "e");

  /** The shortest stem {@link #stem} leaves: "neu|en", not "ne|ue". */
  private static final int MIN_STEM = 3;

  private GermanAdjectives() {}

  /**
   * The word without its adjective ending ({@link #ENDINGS}, longest first: "weiß|en", "deutsch|es"), or null when it
   * has none or less than three letters would be left.
   */
  public static String stem(String word) {
    for (String ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return null;
  }
}
