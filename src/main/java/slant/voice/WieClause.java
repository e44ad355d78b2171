package slant.voice;

import slant.model.Sentence;

/**
 * Rule {@code wie} (German): "wie X sagte/erklärte/mitteilte …" — a verb of saying within 2–8 tokens after "wie", no
 * phrase break in between; the clause (with its trailing auxiliaries and the commas around it) stays in the outlet's
 * voice, the rest of the sentence is X's. Asked before the verb rule, which would otherwise take the verb as a matrix
 * verb.
 */
final class WieClause implements AttributionRule {

  private final SayVerbs verbs;

  WieClause(SayVerbs verbs) {
    this.verbs = verbs;
  }

  @Override
  public Attribution find(SentenceView view) {
    Sentence s = view.sentence();
    for (int t = 0; t < s.size(); t++) {
      if (!s.token(t).word().equalsIgnoreCase("wie")) {
        continue;
      }
      for (int v = t + 2; v < Math.min(s.size(), t + 9); v++) {
        if (VoiceTokens.stopsPhrase(s.token(v)) && !VoiceTokens.isVerbish(s.token(v))) {
          break;
        }
        if (verbs.lemma(s, v) == null) {
          continue;
        }
        int end = v + 1;
        while (end < s.size() && "AUX".equals(s.token(end).pos())) {
          end++;
        }
        boolean[] content = new boolean[s.size()];
        for (int u = 0; u < s.size(); u++) {
          content[u] = u < t || u >= end;
        }
        if (t > 0 && s.token(t - 1).word().equals(",")) {
          content[t - 1] = false;
        }
        Attribution.clearLeadingComma(s, content, end);
        Speaker speaker = Speakers.speaker(s, view.mentions(), t + 1, v, Speakers.firstName(s, t + 1, v));
        return new Attribution("wie", speaker, content);
      }
    }
    return null;
  }
}
