package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.next;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.voices;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;

/**
 * Until 2026-12-06 a speaker's words that ran on after the attributing sentence, in a text that lost its quotation
 * marks, were the outlet's: "Wir werden das nicht hinnehmen, sagte Kurz. Unsere Geduld ist am Ende." The attributions
 * here are hand-made, as the finder would give them.
 */
class FirstPersonChainTest {

  private static final Speaker KURZ = new Speaker("auto:kurz", "Kurz");

  private static VoiceMap run(AnnotatedDoc d, Attribution... found) {
    return run(slant.lang.Rules.bundled().words("de/first-person-words.tsv"), d, found);
  }

  private static VoiceMap run(java.util.Set<String> firstPerson, AnnotatedDoc d, Attribution... found) {
    VoiceMarks marks = new VoiceMarks(d);
    new FirstPersonChain(firstPerson).apply(VoiceContext.of(d, List.of()), found, marks);
    return marks.toVoiceMap();
  }

  @Test
  void firstPersonSentencesAfterAnAttributionAreTheSpeakersUntilOneIsNot() {
    Sentence said = sentence(0, 0, "Das/PRON", "geht/VERB", "nicht/PART", ",/PUNCT", "sagte/VERB", "Kurz/PROPN");
    Sentence ours = sentence(1, next(said), "Unsere/DET", "Geduld/NOUN", "endet/VERB");
    Sentence we = sentence(2, next(ours), "Wir/PRON", "handeln/VERB");
    Sentence report = sentence(3, next(we), "Die/DET", "Regierung/NOUN", "tagte/VERB");
    Sentence later = sentence(4, next(report), "Wir/PRON", "warten/VERB");
    Attribution a = new Attribution("verb:sagte", KURZ, new boolean[] {true, true, true, false, false, false});
    VoiceMap vm = run(doc("de", said, ours, we, report, later), a, null, null, null, null);
    assertEquals("OOOOOO", voices(vm, said), "the attribution's own content is not this step's");
    assertEquals("QQQ", voices(vm, ours));
    assertEquals("first-person", vm.rule(1, 0));
    assertEquals("auto:kurz", vm.speakerId(1, 0));
    assertEquals("QQ", voices(vm, we));
    assertEquals("OOO", voices(vm, report), "a sentence without the first person ends the run");
    assertEquals("OO", voices(vm, later), "and no attribution starts another");
    // the words are data (de/first-person-words.tsv, since 2026-12-06): a word the list lacks chains none
    assertEquals("OOO", voices(run(java.util.Set.of("ich", "wir"), doc("de", said, ours), a, null), ours));
  }

  /**
   * Until 2026-12-07 a reported sentence before the first-person sentence ended the run or started none: "Eine Aussage
   * ließ sich Faymann nicht entlocken. Man werde das im Jänner entscheiden. Nur so viel: Ich bleibe bei meiner Aussage,
   * dass Hundstorfer ein hervorragender Kandidat wäre" left the praise in the outlet's voice.
   */
  @Test
  void aSentenceTheKonjunktivChainQuotedWithAKnownSpeakerCarriesTheRunOn() {
    Sentence said = sentence(0, 0, "Das/PRON", "geht/VERB", "nicht/PART", ",/PUNCT", "sagte/VERB", "Kurz/PROPN");
    Sentence reported = sentence(1, next(said), "Man/PRON", "werde/AUX", "entscheiden/VERB");
    Sentence mine = sentence(2, next(reported), "Ich/PRON", "bleibe/VERB", "dabei/ADV");
    Attribution a = new Attribution("verb:sagte", KURZ, new boolean[] {true, true, true, false, false, false});
    AnnotatedDoc d = doc("de", said, reported, mine);
    VoiceMarks marks = new VoiceMarks(d);
    for (int t = 0; t < reported.size(); t++) {
      marks.quote(1, t, KURZ, "konjunktiv");
    }
    new FirstPersonChain(slant.lang.Rules.bundled().words("de/first-person-words.tsv"))
        .apply(VoiceContext.of(d, List.of()), new Attribution[] {a, null, null}, marks);
    VoiceMap vm = marks.toVoiceMap();
    assertEquals("QQQ", voices(vm, mine));
    assertEquals("first-person", vm.rule(2, 0));
    assertEquals("auto:kurz", vm.speakerId(2, 0));
    // an orphan of the chain (speaker unknown) carries the run on with its unknown speaker
    VoiceMarks orphan = new VoiceMarks(d);
    for (int t = 0; t < reported.size(); t++) {
      orphan.quote(1, t, Speaker.UNKNOWN, "konjunktiv");
    }
    new FirstPersonChain(slant.lang.Rules.bundled().words("de/first-person-words.tsv"))
        .apply(VoiceContext.of(d, List.of()), new Attribution[] {null, null, null}, orphan);
    VoiceMap orphanVoices = orphan.toVoiceMap();
    assertEquals("QQQ", voices(orphanVoices, mine));
    assertEquals(null, orphanVoices.speakerId(2, 0));
    // a reported sentence only partly quoted (its indicative main clause the outlet's) carries nothing
    VoiceMarks partly = new VoiceMarks(d);
    partly.quote(1, 1, Speaker.UNKNOWN, "konjunktiv");
    new FirstPersonChain(slant.lang.Rules.bundled().words("de/first-person-words.tsv"))
        .apply(VoiceContext.of(d, List.of()), new Attribution[] {null, null, null}, partly);
    assertEquals("OOO", voices(partly.toVoiceMap(), mine));
  }

  @Test
  void aTextWithQuotationMarksIsLeftToItsMarks() {
    Sentence said = sentence(0, 0, "„/PUNCT", "Nein/PART", "“/PUNCT", ",/PUNCT", "sagte/VERB", "Kurz/PROPN");
    Sentence ours = sentence(1, next(said), "Unsere/DET", "Geduld/NOUN", "endet/VERB");
    Attribution a = new Attribution("verb:sagte", KURZ, new boolean[] {true, true, true, false, false, false});
    assertEquals("OOO", voices(run(doc("de", said, ours), a, null), ours));
  }

  /**
   * derStandard's texts keep the quotation marks of the headline, before the dateline, and lost those of the report:
   * until 2026-12-06 a quoted headline left the whole report's speech to marks it does not have.
   */
  @Test
  void quotationMarksOnlyInTheHeadlineBeforeTheDatelineDoNotMarkTheBody() {
    Sentence head = sentence(0, 0, "„/PUNCT", "Nein/PART", "“/PUNCT");
    Sentence dateline = sentence(1, next(head), "Wien/PROPN", "–/PUNCT");
    Sentence said = sentence(2, next(dateline), "Das/PRON", "geht/VERB", "nicht/PART", ",/PUNCT", "sagte/VERB",
        "Kurz/PROPN");
    Sentence ours = sentence(3, next(said), "Unsere/DET", "Geduld/NOUN", "endet/VERB");
    Attribution a = new Attribution("verb:sagte", KURZ, new boolean[] {true, true, true, false, false, false});
    VoiceMap vm = run(doc("de", head, dateline, said, ours), null, null, a, null);
    assertEquals("QQQ", voices(vm, ours));
    assertEquals(false, vm.marksQuotations());
    // without the dateline the headline's marks are the text's own: no chain
    Sentence said2 = sentence(1, next(head), "Das/PRON", "geht/VERB", "nicht/PART", ",/PUNCT", "sagte/VERB",
        "Kurz/PROPN");
    Sentence ours2 = sentence(2, next(said2), "Unsere/DET", "Geduld/NOUN", "endet/VERB");
    VoiceMap marked = run(doc("de", head, said2, ours2), null, a, null);
    assertEquals("OOO", voices(marked, ours2));
    assertEquals(true, marked.marksQuotations());
  }
}
