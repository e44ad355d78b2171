package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.next;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.voices;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;

class AttributedContentTest {

  @Test
  void quotesTheContentWithSpeakerAndRule() {
    Sentence s0 = sentence(0, 0, "Das/PRON", "stimmt/VERB", ",/PUNCT", "sagte/VERB", "Merz/PROPN");
    Sentence s1 = sentence(1, next(s0), "Es/PRON", "regnet/VERB");
    AnnotatedDoc d = doc("de", s0, s1);
    Speaker merz = new Speaker("auto:merz", "Merz");
    Attribution[] found = {new Attribution("verb:sagte", merz, new boolean[] {true, true, false, false, false}), null};
    VoiceMarks marks = new VoiceMarks(d);
    new AttributedContent().apply(VoiceContext.of(d, List.of()), found, marks);
    VoiceMap vm = marks.toVoiceMap();
    assertEquals("QQOOO", voices(vm, s0));
    assertEquals("OO", voices(vm, s1));
    assertEquals("auto:merz", vm.speakerId(0, 1));
    assertEquals("Merz", vm.speakerName(0, 0));
    assertEquals("verb:sagte", vm.rule(0, 0));
    assertNull(vm.rule(0, 3));
  }
}
