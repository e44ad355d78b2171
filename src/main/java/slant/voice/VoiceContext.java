package slant.voice;

import java.util.ArrayList;
import java.util.List;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Sentence;
import slant.model.Token;

/**
 * The per-document input of the voice steps, built once: the quotation spans of the text
 * ({@link VoiceDetector#quoteSpans}, character offsets) and, per sentence (by its index), a {@link SentenceView}
 * with its mentions and the tokens inside a span. Built first because the rules of saying skip verbs inside a
 * quotation and quote the quotation a verb introduces.
 */
record VoiceContext(AnnotatedDoc doc, List<int[]> quoteSpans, SentenceView[] sentences) {

  static VoiceContext of(AnnotatedDoc doc, List<Mention> mentions) {
    List<int[]> spans = VoiceDetector.quoteSpans(doc.text(), doc.language());
    SentenceView[] views = new SentenceView[doc.sentences().size()];
    for (Sentence s : doc.sentences()) {
      boolean[] inQuote = new boolean[s.size()];
      for (Token t : s.tokens()) {
        inQuote[t.index()] = VoiceDetector.inside(spans, t.begin(), t.end());
      }
      List<Mention> ms = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.sentence() == s.index()) {
          ms.add(m);
        }
      }
      views[s.index()] = new SentenceView(s, ms, inQuote);
    }
    return new VoiceContext(doc, spans, views);
  }

  SentenceView sentence(int index) {
    return sentences[index];
  }
}
