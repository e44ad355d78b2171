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

class QuotationVoicesTest {

  private static final Speaker MERZ = new Speaker("auto:merz", "Merz");

  @Test
  void aSpanAcrossSentencesTakesTheAttributionOfOneItTouches() {
    Sentence s0 = sentence(0, 0, "„/PUNCT", "Nie/ADV", "./PUNCT");
    Sentence s1 = sentence(1, next(s0), "Niemals/ADV", "“/PUNCT", ",/PUNCT", "sagte/VERB", "Merz/PROPN");
    Sentence s2 = sentence(2, next(s1), "Er/PRON", "ging/VERB");
    AnnotatedDoc d = doc("de", s0, s1, s2);
    Attribution[] found = {null, new Attribution("verb:sagte", MERZ, new boolean[] {true, true, false, false, false}),
        null};
    VoiceMarks marks = new VoiceMarks(d);
    marks.quote(1, 0, Speaker.UNKNOWN, "konjunktiv");
    new QuotationVoices().apply(VoiceContext.of(d, List.of()), found, marks);
    VoiceMap vm = marks.toVoiceMap();
    assertEquals("QQQ", voices(vm, s0));
    assertEquals("auto:merz", vm.speakerId(0, 1));
    assertEquals("quote", vm.rule(0, 1));
    assertEquals("QQOOO", voices(vm, s1));
    assertEquals("konjunktiv", vm.rule(1, 0), "a token already quoted keeps its rule");
    assertNull(vm.speakerId(1, 0), "and its speaker");
    assertEquals("quote", vm.rule(1, 1));
    assertEquals("OO", voices(vm, s2));
  }

  @Test
  void aQuotedNameInsideAnAttributionPhraseStaysTheOutlets() {
    Sentence s = sentence(0, 0, "Ja/ADV", ",/PUNCT", "so/ADV", "Merz/PROPN", "zu/ADP", "„/PUNCT", "Bild/PROPN",
        "“/PUNCT");
    AnnotatedDoc d = doc("de", s);
    boolean[] content = {true, false, false, false, false, false, false, false};
    VoiceMarks marks = new VoiceMarks(d);
    new QuotationVoices().apply(VoiceContext.of(d, List.of()), new Attribution[] {new Attribution("so", MERZ, content)},
        marks);
    assertEquals("OOOOOOOO", voices(marks.toVoiceMap(), s));
    VoiceMarks verb = new VoiceMarks(d);
    new QuotationVoices().apply(VoiceContext.of(d, List.of()),
        new Attribution[] {new Attribution("verb:sagte", MERZ, content)}, verb);
    assertEquals("OOOOOQQQ", voices(verb.toVoiceMap(), s), "a verb of saying is no phrase rule");
  }
}
