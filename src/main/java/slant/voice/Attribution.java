package slant.voice;

import slant.model.Sentence;

/**
 * An attribution found in one sentence by an {@link AttributionRule}: the rule's name (the {@link VoiceMap} rule), the
 * speaker, and which tokens are the speaker's words ({@code content}, one flag per token; the attribution phrase
 * itself stays in the outlet's voice).
 */
record Attribution(String rule, Speaker speaker, boolean[] content) {

  /**
   * Whether the attribution follows what it attributes ("…, so X." / "…, sagte X."): then it also names the speaker
   * of a preceding Konjunktiv I sentence that had none ({@link KonjunktivChain}).
   */
  boolean parenthetical() {
    return rule.equals("so") || content.length > 0 && content[0];
  }

  /**
   * Whether the rule is a phrase ("laut X", "so X", "X zufolge", "nach Angaben X", "according to X") whose
   * quoted names stay in the outlet's voice ("so Brown gegenüber „tagesschau.de“"; {@link QuotationVoices}).
   */
  boolean phraseRule() {
    return rule.equals("so") || rule.equals("laut") || rule.equals("zufolge") || rule.equals("according-to")
        || rule.equals("nach-angaben");
  }

  /** Unmarks the comma or colon that opens the content and the sentence-final . ! ? */
  static void trimPunct(Sentence s, boolean[] content) {
    for (int u = 0; u < s.size(); u++) {
      if (content[u]) {
        String w = s.token(u).word();
        if (w.equals(",") || w.equals(":")) {
          content[u] = false; // the comma or colon that introduces the content
        }
        break;
      }
    }
    int last = s.size() - 1;
    if (last >= 0 && content[last] && s.token(last).word().matches("[.!?]")) {
      content[last] = false;
    }
  }

  /** Unmarks a comma at {@code at}, the one closing an attribution phrase. */
  static void clearLeadingComma(Sentence s, boolean[] content, int at) {
    if (at < s.size() && s.token(at).word().equals(",")) {
      content[at] = false;
    }
  }
}
