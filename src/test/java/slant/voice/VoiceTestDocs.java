package slant.voice;

import static slant.testing.FrameTestDocs.doc;

import java.util.List;
import slant.model.Mention;
import slant.model.Sentence;

/** Helpers for the voice step tests: a sentence as the rules see it, and flags written as Q/O strings. */
final class VoiceTestDocs {

  private VoiceTestDocs() {}

  /** The German single-sentence document's {@link SentenceView}, quotation spans found in its text. */
  static SentenceView view(Sentence s, Mention... mentions) {
    return VoiceContext.of(doc("de", s), List.of(mentions)).sentence(s.index());
  }

  /** Q for a set flag, O for a clear one. */
  static String flags(boolean[] content) {
    StringBuilder sb = new StringBuilder();
    for (boolean b : content) {
      sb.append(b ? 'Q' : 'O');
    }
    return sb.toString();
  }

  /** Q for a quoted token of the sentence, O for the outlet's voice. */
  static String voices(VoiceMap vm, Sentence s) {
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < s.size(); t++) {
      sb.append(vm.quoted(s.index(), t) ? 'Q' : 'O');
    }
    return sb.toString();
  }
}
