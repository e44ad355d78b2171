package slant.voice;

import java.util.ArrayList;
import java.util.List;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Step 4 of {@link VoiceAttributor}, the last: the tokens inside a quotation span ({@link VoiceContext#quoteSpans}) not
 * quoted yet are quoted, rule {@code quote}. Their speaker is the attribution of the last sentence the span touches
 * that has one, else unknown. A quoted name inside an attribution phrase ("so Brown gegenüber „tagesschau.de“") stays
 * in the outlet's voice. Runs last so that the speaker and rule the earlier steps gave a token win.
 */
final class QuotationVoices implements VoiceStep {

  @Override
  public void apply(VoiceContext ctx, Attribution[] attributions, VoiceMarks marks) {
    List<Sentence> sentences = ctx.doc().sentences();
    for (int[] span : ctx.quoteSpans()) {
      Speaker speaker = Speaker.UNKNOWN;
      List<int[]> toks = new ArrayList<>();
      for (Sentence s : sentences) {
        if (s.end() <= span[0] || s.begin() >= span[1]) {
          continue;
        }
        Attribution a = attributions[s.index()];
        if (a != null) {
          speaker = a.speaker();
        }
        for (Token t : s.tokens()) {
          if (t.begin() >= span[0] && t.end() <= span[1]) {
            toks.add(new int[] {s.index(), t.index()});
          }
        }
      }
      for (int[] st : toks) {
        if (marks.quoted(st[0], st[1])) {
          continue; // already quoted with its speaker
        }
        Attribution a = attributions[st[0]];
        if (a != null && !a.content()[st[1]] && a.phraseRule()) {
          continue; // a quoted name inside the attribution phrase
        }
        marks.quote(st[0], st[1], speaker, "quote");
      }
    }
  }
}
