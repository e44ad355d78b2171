package slant.voice;

import static slant.lang.QuoteMarks.isQuoteMark;

import slant.model.Sentence;
import slant.model.Token;

/**
 * Rule {@code so} (German): ", so X" after what X said, with nothing finite in the phrase — sentence-final ("…, so
 * Brown gegenüber „tagesschau.de“.") or closed by a comma ("Der Westen, so Putin, wolle …"). X starts capitalised right
 * after "so" (after one determiner). The rest of the sentence is X's; "so" as an adverb ("nicht so eng", "so ist es")
 * is no attribution. Asked first: its phrase holds names and verbs the other rules would misread.
 */
final class SoPhrase implements AttributionRule {

  @Override
  public Attribution find(SentenceView view) {
    Sentence s = view.sentence();
    for (int t = 1; t < s.size() - 1; t++) {
      if (!s.token(t).word().equals("so")) {
        continue;
      }
      int before = t - 1;
      while (before > 0 && isQuoteMark(s.token(before).word())) {
        before--;
      }
      if (!s.token(before).word().equals(",")) {
        continue;
      }
      boolean finite = false;
      int close = -1;
      for (int u = t + 1; u < s.size(); u++) {
        String p = s.token(u).pos();
        if (s.token(u).word().equals(",") && close < 0 && !finite) {
          close = u; // mid-sentence ", so X," — the phrase ends at the next comma
        }
        if (close < 0) {
          finite |= ("VERB".equals(p) || "AUX".equals(p)) && !isQuoteMark(s.token(u).word());
        }
      }
      if (finite || close == t + 1) {
        continue;
      }
      int first = t + 1;
      if ("DET".equals(s.token(first).pos()) && first + 1 < s.size()) {
        first++;
      }
      Token f = s.token(first);
      if (!Character.isUpperCase(f.word().codePointAt(0))) {
        continue;
      }
      int phraseEnd = close < 0 ? s.size() : close + 1;
      Speaker speaker = Speakers.speaker(s, view.mentions(), first, phraseEnd, first);
      boolean[] content = new boolean[s.size()];
      for (int u = 0; u < s.size(); u++) {
        content[u] = u < before || u >= phraseEnd;
      }
      Attribution.trimPunct(s, content);
      return new Attribution("so", speaker, content);
    }
    return null;
  }
}
