package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.flags;
import static slant.voice.VoiceTestDocs.view;

import org.junit.jupiter.api.Test;
import slant.model.Sentence;

class SoPhraseTest {

  private static final SoPhrase RULE = new SoPhrase();

  @Test
  void sentenceFinalSoAfterAClosingQuote() {
    Sentence s = sentence(0, 0, "„/PUNCT", "Wir/PRON", "siegen/VERB", "“/PUNCT", ",/PUNCT", "so/ADV", "der/DET",
        "Kanzler/NOUN", "./PUNCT");
    Attribution a = RULE.find(view(s));
    assertEquals("so", a.rule());
    assertEquals("QQQQOOOOO", flags(a.content()));
    assertEquals(Speaker.UNKNOWN, a.speaker(), "a common noun is no name");
  }

  @Test
  void commaClosedSoPhraseQuotesBothSides() {
    Sentence s = sentence(0, 0, "Das/PRON", ",/PUNCT", "so/ADV", "Merz/PROPN", ",/PUNCT", "sei/AUX", "falsch/ADJ",
        "./PUNCT");
    Attribution a = RULE.find(view(s));
    assertEquals("QOOOOQQO", flags(a.content()));
    assertEquals(new Speaker("auto:merz", "Merz"), a.speaker());
  }

  @Test
  void soAsAnAdverbIsNoAttribution() {
    assertNull(RULE.find(view(sentence(0, 0, "Es/PRON", "ist/AUX", ",/PUNCT", "so/ADV", "Merz/PROPN", "sagt/VERB",
        "./PUNCT"))), "a finite verb after the name");
    assertNull(RULE.find(view(sentence(0, 0, "Das/PRON", ",/PUNCT", "so/ADV", "schlimm/ADJ", "./PUNCT"))),
        "lower-case after so");
    assertNull(RULE.find(view(sentence(0, 0, "Das/PRON", "ist/AUX", "so/ADV", "Merz/PROPN", "./PUNCT"))),
        "no comma before so");
  }
}
