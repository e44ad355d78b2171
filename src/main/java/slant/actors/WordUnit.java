package slant.actors;

import java.util.ArrayList;
import java.util.List;
import slant.lang.WordNormalizer;
import slant.model.Sentence;
import slant.model.Token;

/**
 * A word unit of a sentence, the input of the catalogue matchers: a token, or one part of a hyphenated token.
 *
 * @param key the part's {@link WordNormalizer} key (never empty)
 * @param altKey the key without a genitive "s" the stemmer keeps ("Chinas", "Selenskyjs", "Natos"), for
 *     capitalised words; null otherwise
 * @param token the index of the token the unit lies in
 * @param joinedLeft a hyphen joins the unit to the word before it without spaces ("Krieg" in "Ukraine-Krieg")
 * @param joinedRight a hyphen joins the unit to the word after it without spaces ("Ukraine" in "Ukraine-Krieg")
 * @param text the part as written ("Ukraine")
 */
record WordUnit(String key, String altKey, int token, boolean joinedLeft, boolean joinedRight, String text) {

  /**
   * The units of a sentence: hyphen-only tokens dropped, hyphenated tokens split into parts, words without a key
   * (punctuation) dropped; parts joined by a hyphen without spaces are flagged so that "Ukraine-Krieg" yields a
   * compound mention of Ukraine. The tokenizer may keep "Ukraine-Krieg" as one token or split it into three
   * ("Ukraine", "-", "Krieg"); both give the same units.
   */
  static List<WordUnit> of(Sentence s, WordNormalizer norm) {
    List<WordUnit> units = new ArrayList<>();
    List<Token> toks = s.tokens();
    for (int t = 0; t < toks.size(); t++) {
      Token tok = toks.get(t);
      if (isHyphen(tok.word())) {
        continue;
      }
      boolean joinedLeft = t >= 2 && isHyphen(toks.get(t - 1).word()) && toks.get(t - 1).begin() == toks.get(t - 2).end()
          && toks.get(t - 1).end() == tok.begin();
      boolean joinedRight = t + 2 < toks.size() && isHyphen(toks.get(t + 1).word()) && toks.get(t + 1).begin() == tok.end()
          && toks.get(t + 2).begin() == toks.get(t + 1).end();
      String w = tok.word();
      if (w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1) {
        String[] parts = w.split("-");
        for (int k = 0; k < parts.length; k++) {
          String key = norm.key(parts[k]);
          if (!key.isEmpty()) {
            units.add(new WordUnit(key, altKey(parts[k], norm), t, k > 0 || joinedLeft,
                k < parts.length - 1 || joinedRight, parts[k]));
          }
        }
      } else {
        String key = norm.key(w);
        if (!key.isEmpty()) {
          units.add(new WordUnit(key, altKey(w, norm), t, joinedLeft, joinedRight, w));
        }
      }
    }
    return units;
  }

  /** The key of a capitalised word without a genitive "s" ({@code altKey} above), or null. */
  static String altKey(String word, WordNormalizer norm) {
    if (word.length() > 3 && Character.isUpperCase(word.charAt(0)) && (word.endsWith("s") || word.endsWith("'s"))) {
      String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.substring(0, word.length() - 1);
      String k = norm.key(stem);
      return k.isEmpty() || k.equals(norm.key(word)) ? null : k;
    }
    return null;
  }

  private static boolean isHyphen(String w) {
    return w.equals("-") || w.equals("‐") || w.equals("–");
  }
}
