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
 * quotation and quote the quotation a verb introduces. {@code bodyMarksQuotations}: whether a quotation span stands
 * in the article's body ({@link #bodyMarksQuotations(AnnotatedDoc, List)}).
 */
record VoiceContext(AnnotatedDoc doc, List<int[]> quoteSpans, SentenceView[] sentences,
    boolean bodyMarksQuotations) {

  /**
   * How many sentences from the start a dateline may close the head: the annotator splits one off within the first
   * {@link slant.lang.Dateline#OPENING_SENTENCES}, which adds a sentence before it.
   */
  private static final int HEAD_SENTENCES = slant.lang.Dateline.OPENING_SENTENCES + 1;

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
    return new VoiceContext(doc, spans, views, bodyMarksQuotations(doc, spans));
  }

  SentenceView sentence(int index) {
    return sentences[index];
  }

  /**
   * Whether the text marks quotations in its body ({@link #bodyBegin}). derStandard's texts in 10kGNAD keep the
   * quotation marks of their headline and teaser but lost those of the report ("„In Luxemburg kein System …
   * erfunden“ – … Straßburg – … Ich habe in Luxemburg kein System … erfunden, so Juncker"): 146 of its 1,028 test
   * articles have quotation marks, all but 5 only before the dateline. Their body's speech is read as a text without
   * any quotation mark is (rules {@code first-person}, and unmarked direct speech in the sentiment's reporter wording).
   */
  private static boolean bodyMarksQuotations(AnnotatedDoc doc, List<int[]> quoteSpans) {
    int begin = bodyBegin(doc);
    for (int[] span : quoteSpans) {
      if (span[0] >= begin) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where an article's body begins: after a dateline sentence among its first sentences ("Straßburg –", {@link
   * slant.lang.Dateline#isDatelineSentence}) the headline and teaser before it are the head; without one, at the start.
   */
  static int bodyBegin(AnnotatedDoc doc) {
    List<Sentence> ss = doc.sentences();
    for (int i = 0; i + 1 < ss.size() && i < HEAD_SENTENCES; i++) {
      List<String> words = ss.get(i).tokens().stream().map(Token::word).toList();
      if (slant.lang.Dateline.isDatelineSentence(words, ss.get(i + 1).token(0).word())) {
        return ss.get(i + 1).token(0).begin();
      }
    }
    return 0;
  }
}
