package slant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Regular inflected forms of an English verb, for lexicon matching: third person -s/-es, past -ed/-d and -ing, with a
 * final e dropped and a short consonant-vowel-consonant stem doubled ("beg" → begs, begged, begging). Irregular verbs'
 * forms are not generated.
 */
public final class EnglishVerbForms {

  private EnglishVerbForms() {}

  /**
   * Regular English verb forms: -s/-es, -ed/-d, -ing (final e dropped, short CVC doubled), lower case; a new list each
   * call.
   */
  public static List<String> forms(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    boolean endsE = v.endsWith("e");
    boolean sibilant = v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh");
    boolean consY = v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
    out.add(consY ? v.substring(0, v.length() - 1) + "ies" : sibilant ? v + "es" : v + "s");
    String stem = v;
    if (v.length() <= 4 && v.length() >= 3 && "aeiou".indexOf(v.charAt(v.length() - 2)) >= 0
        && "aeiou".indexOf(v.charAt(v.length() - 3)) < 0 && "aeiouwxy".indexOf(v.charAt(v.length() - 1)) < 0) {
      stem = v + v.charAt(v.length() - 1);
    }
    out.add(consY ? v.substring(0, v.length() - 1) + "ied" : endsE ? v + "d" : stem + "ed");
    out.add(endsE && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : stem + "ing");
    return out;
  }
}
