package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.next;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.voices;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;

/** The chain reads only the attributions it is given and the sentences' mood; the attributions here are hand-made. */
class KonjunktivChainTest {

  private static final KonjunktivChain CHAIN = new KonjunktivChain(new MoodDetector(Rules.bundled()));
  private static final Speaker MERZ = new Speaker("auto:merz", "Merz");

  private static VoiceMap run(AnnotatedDoc d, Attribution... found) {
    VoiceMarks marks = new VoiceMarks(d);
    CHAIN.apply(VoiceContext.of(d, List.of()), found, marks);
    return marks.toVoiceMap();
  }

  @Test
  void anUnknownSpeakerStillRunsAChainThroughKonjunktivII() {
    Sentence s0 = sentence(0, 0, "Er/PRON", "sagte/VERB", "das/PRON");
    Sentence s1 = sentence(1, next(s0), "Das/PRON", "wäre/AUX", "gut/ADJ");
    Sentence s2 = sentence(2, next(s1), "Es/PRON", "regnet/VERB");
    Sentence s3 = sentence(3, next(s2), "Das/PRON", "wäre/AUX", "gut/ADJ");
    VoiceMap vm = run(doc("de", s0, s1, s2, s3),
        new Attribution("verb:sagte", Speaker.UNKNOWN, new boolean[] {false, false, true}), null, null, null);
    assertEquals("OOO", voices(vm, s0), "the attribution's own content is not this step's");
    assertEquals("QQQ", voices(vm, s1));
    assertEquals("konjunktiv", vm.rule(1, 0));
    assertNull(vm.speakerId(1, 0));
    assertEquals("OO", voices(vm, s2));
    assertEquals("OOO", voices(vm, s3), "Konjunktiv II alone starts no chain");
  }

  @Test
  void orphansTakeOnlyAParentheticalSpeaker() {
    Sentence s0 = sentence(0, 0, "Die/DET", "Lage/NOUN", "sei/AUX", "ernst/ADJ");
    Sentence s1 = sentence(1, next(s0), "Merz/PROPN", "sagte/VERB", "das/PRON");
    Sentence s2 = sentence(2, next(s1), "Es/PRON", "gelte/VERB");
    Attribution matrix = new Attribution("verb:sagte", MERZ, new boolean[] {false, false, true});
    VoiceMap vm = run(doc("de", s0, s1, s2), null, matrix, null);
    assertEquals("QQQQ", voices(vm, s0));
    assertNull(vm.speakerId(0, 0), "a matrix attribution does not reach back");
    assertEquals("auto:merz", vm.speakerId(2, 1), "but it starts a chain");

    Attribution parenthetical = new Attribution("verb:sagte", MERZ, new boolean[] {true, false, false});
    VoiceMap back = run(doc("de", s0, s1, s2), null, parenthetical, null);
    assertEquals("auto:merz", back.speakerId(0, 3));
    assertEquals("Merz", back.speakerName(0, 3));
    assertEquals("konjunktiv", back.rule(0, 3));
  }

  /**
   * Until 2026-12-06 a sentence with a Konjunktiv I anywhere was reported as a whole, so an indicative main clause
   * ("Er bekam zweieinhalb Jahre, weil das Gericht fand, dass er Drahtzieher gewesen sei") lost the outlet's voice.
   * Outside a chain, only the Konjunktiv I clause is reported now; inside a chain, and with a Konjunktiv I main
   * clause, the whole sentence still is.
   */
  @Test
  void anIndicativeMainClauseStaysTheOutlets() {
    Sentence s = sentence(0, 0, "Er/PRON/1/nsubj", "bekam/VERB/-1/root", "Jahre/NOUN/1/obj", ",/PUNCT/6/punct",
        "dass/SCONJ/6/mark", "er/PRON/6/nsubj", "gelogen/VERB/1/ccomp", "habe/AUX/6/aux", "./PUNCT/1/punct");
    VoiceMap vm = run(doc("de", s), (Attribution) null);
    assertEquals("OOOQQQQQO", voices(vm, s));
    assertEquals("konjunktiv", vm.rule(0, 6));
    // a Konjunktiv I main clause: the whole sentence
    Sentence main = sentence(0, 0, "Er/PRON/1/nsubj", "habe/AUX/-1/root", "Jahre/NOUN/1/obj", ",/PUNCT/6/punct",
        "weil/SCONJ/6/mark", "er/PRON/6/nsubj", "log/VERB/1/advcl", "./PUNCT/1/punct");
    assertEquals("QQQQQQQQ", voices(run(doc("de", main), (Attribution) null), main));
    // inside a chain the indicative-looking main clause is the speaker's too
    Sentence s0 = sentence(0, 0, "Merz/PROPN", "sagte/VERB", "das/PRON");
    Sentence s1 = sentence(1, next(s0), "Er/PRON/1/nsubj", "bekam/VERB/-1/root", "Jahre/NOUN/1/obj",
        ",/PUNCT/6/punct", "dass/SCONJ/6/mark", "er/PRON/6/nsubj", "gelogen/VERB/1/ccomp", "habe/AUX/6/aux",
        "./PUNCT/1/punct");
    VoiceMap chained = run(doc("de", s0, s1), new Attribution("verb:sagte", MERZ, new boolean[] {false, false, true}),
        null);
    assertEquals("QQQQQQQQQ", voices(chained, s1));
  }
}
