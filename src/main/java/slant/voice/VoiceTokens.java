package slant.voice;

import static slant.lang.QuoteMarks.isQuoteMark;

import slant.model.Sentence;
import slant.model.Token;

/** Word classes the attribution rules share, by tag and form. */
final class VoiceTokens {

  private VoiceTokens() {}

  static boolean isVerbish(Token t) {
    return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
  }

  /** A token that ends a noun phrase read linearly: a verb, a subordinator, punctuation other than "-" and quotes. */
  static boolean stopsPhrase(Token t) {
    String p = t.pos();
    return "VERB".equals(p) || "AUX".equals(p) || "SCONJ".equals(p)
        || "PUNCT".equals(p) && !t.word().equals("-") && !isQuoteMark(t.word());
  }

  /** The index of the sentence's first token after opening quotation marks (its size when there is none). */
  static int firstWord(Sentence s) {
    int start = 0;
    while (start < s.size() && isQuoteMark(s.token(start).word())) {
      start++;
    }
    return start;
  }
}
