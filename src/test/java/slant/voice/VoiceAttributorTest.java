package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.mention;
import static slant.testing.FrameTestDocs.next;
import static slant.testing.FrameTestDocs.sentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

class VoiceAttributorTest {

  private static final VoiceAttributor DE = new VoiceAttributor("de", Rules.bundled());
  private static final VoiceAttributor EN = new VoiceAttributor("en", Rules.bundled());

  private static String voices(VoiceMap vm, Sentence s) {
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < s.size(); t++) {
      sb.append(vm.quoted(s.index(), t) ? 'Q' : 'O');
    }
    return sb.toString();
  }

  @Test
  void konjunktivIByForm() {
    Sentence s = sentence(0, 0, "Putin/PROPN", "sei/AUX", "krank/ADJ", "und/CCONJ", "rauche/VERB", ",/PUNCT",
        "er/PRON", "verbinde/VERB", "sagte/VERB", "hat/AUX", "wurde/AUX", "gelte/VERB", "große/ADJ", "würde/AUX");
    assertTrue(DE.isKonjunktivI(s, 1));
    assertTrue(DE.isKonjunktivI(s, 4));
    assertTrue(DE.isKonjunktivI(s, 7));
    assertFalse(DE.isKonjunktivI(s, 8), "preterite -te");
    assertFalse(DE.isKonjunktivI(s, 9));
    assertFalse(DE.isKonjunktivI(s, 10), "wurde is preterite");
    assertTrue(DE.isKonjunktivI(s, 11), "t-stem listed");
    assertFalse(DE.isKonjunktivI(s, 12), "adjectives are not verbs");
    assertFalse(DE.isKonjunktivI(s, 13), "Konjunktiv II");
    Sentence ich = sentence(0, 0, "Ich/PRON", "habe/AUX", "das/PRON", "gesagt/VERB");
    assertFalse(DE.isKonjunktivI(ich, 1), "first person indicative");
    assertEquals(VoiceAttributor.Mood.KONJ1, DE.mood(s));
    assertEquals(VoiceAttributor.Mood.KONJ2, DE.mood(sentence(0, 0, "Das/PRON", "wäre/AUX", "gut/ADJ")));
    assertEquals(VoiceAttributor.Mood.INDICATIVE, DE.mood(sentence(0, 0, "Das/PRON", "ist/AUX", "gut/ADJ")));
  }

  @Test
  void lautMakesTheRestQuotedWithANamedSpeaker() {
    Sentence s = sentence(0, 0, "Laut/ADP", "James/PROPN", "Brown/PROPN", "verbinde/VERB", "die/DET", "beiden/PRON", "eine/DET",
        "Zweckgemeinschaft/NOUN", "./PUNCT");
    AnnotatedDoc d = doc("de", s);
    VoiceMap vm = DE.attribute(d, List.of());
    assertEquals("OOOQQQQQQ", voices(vm, s));
    assertEquals("auto:james-brown", vm.speakerId(0, 4));
    assertEquals("laut", vm.rule(0, 4));
    assertNull(vm.speakerId(0, 1));
  }

  @Test
  void lautWithTheParseUsesTheOblSubtreeAndTheMention() {
    Sentence s = sentence(0, 0, "Laut/ADP/1/case", "James/PROPN/6/obl", "Brown/PROPN/1/flat", "von/ADP/4/case",
        "Temple/PROPN/1/nmod", "verbinde/VERB/6/dep", "sie/PRON/-1/root", "./PUNCT/6/punct");
    // deliberately odd root; the phrase is the subtree of "James": tokens 1..4
    Mention brown = mention(s, "auto:james-brown", "James Brown", 1, 3, 1, MentionKind.DISCOVERED);
    VoiceMap vm = DE.attribute(doc("de", s), List.of(brown));
    assertEquals("OOOOOQQQ", voices(vm, s));
    assertEquals("auto:james-brown", vm.speakerId(0, 5));
    assertEquals(VoiceMap.OUTLET, vm.voiceOf(brown));
  }

  @Test
  void soAtTheEndOfTheSentence() {
    Sentence s = sentence(0, 0, "Freunde/NOUN", "seien/AUX", "sie/PRON", "nicht/PART", ",/PUNCT", "so/ADV",
        "Brown/PROPN", "gegenüber/ADP", "tagesschau.de/PROPN", "./PUNCT");
    Mention brown = mention(s, "auto:james-brown", "James Brown", 6, 7, 6, MentionKind.PARTIAL_NAME);
    VoiceMap vm = DE.attribute(doc("de", s), List.of(brown));
    assertEquals("QQQQOOOOOO", voices(vm, s));
    assertEquals("auto:james-brown", vm.speakerId(0, 0));
    assertEquals("so", vm.rule(0, 0));
  }

  @Test
  void soInTheMiddle() {
    Sentence s = sentence(0, 0, "Der/DET", "Westen/NOUN", ",/PUNCT", "so/ADV", "Putin/PROPN", ",/PUNCT", "wolle/VERB",
        "Russland/PROPN", "zerstören/VERB", "./PUNCT");
    Mention putin = mention(s, "Q7747", "Wladimir Putin", 4, 5, 4, MentionKind.PARTIAL_NAME);
    VoiceMap vm = DE.attribute(doc("de", s), List.of(putin));
    assertEquals("QQOOOOQQQO", voices(vm, s));
    assertEquals("Q7747", vm.speakerId(0, 7));
  }

  @Test
  void zufolgeAndNotSoAsAnAdverb() {
    Sentence s = sentence(0, 0, "Biden/PROPN", "zufolge/ADP", "ist/AUX", "Putin/PROPN", "ein/DET",
        "Kriegsverbrecher/NOUN", "./PUNCT");
    Mention biden = mention(s, "Q6279", "Joe Biden", 0, 1, 0, MentionKind.PARTIAL_NAME);
    VoiceMap vm = DE.attribute(doc("de", s), List.of(biden));
    assertEquals("OOQQQQQ", voices(vm, s));
    assertEquals("Q6279", vm.speakerId(0, 3));
    assertEquals("zufolge", vm.rule(0, 3));
    Sentence adv = sentence(0, 0, "Russland/PROPN", "und/CCONJ", "Nordkorea/PROPN", "seien/AUX", "nicht/PART",
        "so/ADV", "eng/ADJ", "./PUNCT");
    assertEquals("QQQQQQQQ", voices(DE.attribute(doc("de", adv), List.of()), adv), "orphan Konjunktiv I");
    assertNull(DE.attribute(doc("de", adv), List.of()).speakerId(0, 0));
  }

  @Test
  void theVerbsOfSayingComeFromTheRules(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("de"));
    Files.writeString(tmp.resolve("de/say-verbs.tsv"), "# test\nverb\tirregular_forms\nerklären\n");
    VoiceAttributor own = new VoiceAttributor("de", Rules.load(tmp.toString()));
    Sentence m = sentence(0, 0, "Scholz/PROPN", "sagte/VERB", ",/PUNCT", "die/DET", "Lage/NOUN", "sei/AUX", "ernst/ADJ",
        "./PUNCT");
    Mention scholz = mention(m, "Q61053", "Olaf Scholz", 0, 1, 0, MentionKind.PARTIAL_NAME);
    assertEquals("verb:sagte", DE.attribute(doc("de", m), List.of(scholz)).rule(0, 4));
    VoiceMap vm = own.attribute(doc("de", m), List.of(scholz));
    assertEquals("QQQQQQQQ", voices(vm, m), "'sagen' not listed: only the Konjunktiv I quotes, the whole sentence");
    assertEquals("konjunktiv", vm.rule(0, 4));
    assertNull(vm.speakerId(0, 4));
  }

  @Test
  void verbOfSayingMatrixAndParenthetical() {
    Sentence m = sentence(0, 0, "Scholz/PROPN", "sagte/VERB", ",/PUNCT", "die/DET", "Lage/NOUN", "sei/AUX", "ernst/ADJ",
        "./PUNCT");
    Mention scholz = mention(m, "Q61053", "Olaf Scholz", 0, 1, 0, MentionKind.PARTIAL_NAME);
    VoiceMap vm = DE.attribute(doc("de", m), List.of(scholz));
    assertEquals("OOOQQQQO", voices(vm, m));
    assertEquals("Q61053", vm.speakerId(0, 4));
    assertEquals("verb:sagte", vm.rule(0, 4));

    Sentence p = sentence(0, 0, "Putin/PROPN", "habe/AUX", "gebilligt/VERB", ",/PUNCT", "teilte/VERB", "der/DET",
        "Kreml/PROPN", "mit/ADP", "./PUNCT");
    Mention kreml = mention(p, "Q159", "Russland", 6, 7, 6, MentionKind.METONYM);
    VoiceMap vp = DE.attribute(doc("de", p), List.of(kreml));
    assertEquals("QQQOOOOOO", voices(vp, p));
    assertEquals("Q159", vp.speakerId(0, 0));

    Sentence none = sentence(0, 0, "Putin/PROPN", "kritisierte/VERB", "die/DET", "Pläne/NOUN", "./PUNCT");
    assertEquals("OOOOO", voices(DE.attribute(doc("de", none), List.of()), none));
  }

  @Test
  void wieXSagte() {
    Sentence s = sentence(0, 0, "Wie/SCONJ", "Peskow/PROPN", "mitteilte/VERB", ",/PUNCT", "trifft/VERB", "Putin/PROPN",
        "Kim/PROPN", "./PUNCT");
    VoiceMap vm = DE.attribute(doc("de", s), List.of());
    assertEquals("OOOOQQQQ", voices(vm, s));
    assertEquals("auto:peskow", vm.speakerId(0, 4));
  }

  @Test
  void konjunktivContinuationAndItsEnd() {
    Sentence s0 = sentence(0, 0, "Laut/ADP", "Brown/PROPN", "verbinde/VERB", "sie/PRON", "wenig/ADV", "./PUNCT");
    Sentence s1 = sentence(1, next(s0), "Putin/PROPN", "sei/AUX", "gesund/ADJ", "./PUNCT");
    Sentence s2 = sentence(2, next(s1), "Kim/PROPN", "rauche/VERB", "Kette/NOUN", "./PUNCT");
    Sentence s3 = sentence(3, next(s2), "Das/PRON", "wäre/AUX", "neu/ADJ", "./PUNCT");
    Sentence s4 = sentence(4, next(s3), "Am/ADP", "Abend/NOUN", "reiste/VERB", "Putin/PROPN", "ab/ADP", "./PUNCT");
    Sentence s5 = sentence(5, next(s4), "Kim/PROPN", "sei/AUX", "müde/ADJ", "./PUNCT");
    VoiceMap vm = DE.attribute(doc("de", s0, s1, s2, s3, s4, s5), List.of());
    assertEquals("auto:brown", vm.speakerId(1, 0));
    assertEquals("konjunktiv", vm.rule(1, 0));
    assertEquals("auto:brown", vm.speakerId(2, 2));
    assertEquals("auto:brown", vm.speakerId(3, 0), "Konjunktiv II continues a running chain");
    assertEquals("OOOOOO", voices(vm, s4), "indicative without attribution ends the chain");
    assertTrue(vm.quoted(5, 0), "a later Konjunktiv I sentence is still reported speech");
    assertNull(vm.speakerId(5, 0), "but its speaker is unknown");
  }

  @Test
  void orphanKonjunktivTakesTheSpeakerOfTheNextSentence() {
    Sentence s0 = sentence(0, 0, "Die/DET", "Lage/NOUN", "sei/AUX", "ernst/ADJ", "./PUNCT");
    Sentence s1 = sentence(1, next(s0), "Man/PRON", "müsse/AUX", "handeln/VERB", ",/PUNCT", "so/ADV", "Brown/PROPN",
        "./PUNCT");
    VoiceMap vm = DE.attribute(doc("de", s0, s1), List.of());
    assertEquals("auto:brown", vm.speakerId(0, 1));
    assertEquals("auto:brown", vm.speakerId(1, 0));
  }

  @Test
  void quotationSpans() {
    Sentence s0 = sentence(0, 0, "„/PUNCT", "Wir/PRON", "siegen/VERB", "“/PUNCT", ",/PUNCT", "sagte/VERB", "Putin/PROPN",
        "./PUNCT");
    Sentence s1 = sentence(1, next(s0), "Er/PRON", "nannte/VERB", "das/PRON", "„/PUNCT", "Unsinn/NOUN", "“/PUNCT",
        "./PUNCT");
    Mention putin = mention(s0, "Q7747", "Wladimir Putin", 6, 7, 6, MentionKind.PARTIAL_NAME);
    VoiceMap vm = DE.attribute(doc("de", s0, s1), List.of(putin));
    assertEquals("QQQQOOOO", voices(vm, s0));
    assertEquals("Q7747", vm.speakerId(0, 1));
    assertEquals("OOOQQQO", voices(vm, s1));
    assertEquals("quote", vm.rule(1, 4));
    assertNull(vm.speakerId(1, 4));
    assertEquals(2, vm.spans().size());
  }

  @Test
  void englishAccordingToAndSaid() {
    Sentence s = sentence(0, 0, "According/VERB", "to/ADP", "Brown/PROPN", ",/PUNCT", "Putin/PROPN", "is/AUX",
        "desperate/ADJ", "./PUNCT");
    VoiceMap vm = EN.attribute(doc("en", s), List.of());
    assertEquals("OOOOQQQQ", voices(vm, s));
    assertEquals("auto:brown", vm.speakerId(0, 4));
    Sentence t = sentence(0, 0, "Putin/PROPN", "is/AUX", "weak/ADJ", ",/PUNCT", "Biden/PROPN", "said/VERB", "./PUNCT");
    VoiceMap vt = EN.attribute(doc("en", t), List.of());
    assertEquals("QQQOOOO", voices(vt, t));
    assertEquals("auto:biden", vt.speakerId(0, 0));
  }

  @Test
  void slugFollowsTheResolverRule() {
    assertEquals("james-brown", slant.actors.ActorResolver.slug("James Brown"));
    assertEquals("kim-jong-un", slant.actors.ActorResolver.slug("Kim Jong-un"));
    assertEquals("sergej-lawrow", slant.actors.ActorResolver.slug("Sergéj Lawrow"));
  }
}
