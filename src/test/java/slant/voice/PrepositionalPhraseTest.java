package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.mention;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.flags;
import static slant.voice.VoiceTestDocs.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

class PrepositionalPhraseTest {

  private static final PrepositionalPhrase DE = new PrepositionalPhrase("de");
  private static final PrepositionalPhrase EN = new PrepositionalPhrase("en");

  @Test
  void nachAngabenEndsAtTheComma() {
    Sentence s = sentence(0, 0, "Nach/ADP", "Angaben/NOUN", "der/DET", "Polizei/NOUN", ",/PUNCT", "starben/VERB",
        "zwei/NUM", "./PUNCT");
    Attribution a = DE.find(view(s));
    assertEquals("nach-angaben", a.rule());
    assertEquals("OOOOOQQQ", flags(a.content()), "the comma closing the phrase stays the outlet's");
    assertEquals(Speaker.UNKNOWN, a.speaker());
  }

  /** Until 2026-12-04 "nach palästinensischen Angaben" left the claim in the outlet's voice. */
  @Test
  void nachAngabenAlsoWithAdjectivesBeforeAngaben() {
    Sentence s = sentence(0, 0, "Die/DET", "Armee/NOUN", "erschoss/VERB", "nach/ADP", "palästinensischen/ADJ",
        "Angaben/NOUN", "einen/DET", "Mann/NOUN", "./PUNCT");
    Attribution a = DE.find(view(s));
    assertEquals("nach-angaben", a.rule());
    assertEquals("QQQOOOOOQ", flags(a.content()), "unparsed, the phrase runs up to the punctuation");
    assertEquals("nach-angaben", DE.find(view(sentence(0, 0, "Nach/ADP", "ersten/ADJ", "offiziellen/ADJ",
        "Angaben/NOUN", "starben/VERB", "zwei/NUM", "./PUNCT"))).rule());
    assertNull(DE.find(view(sentence(0, 0, "Nach/ADP", "dem/DET", "Treffen/NOUN", "gab/VERB", "es/PRON",
        "Angaben/NOUN", "./PUNCT"))), "not a phrase of Angaben");
  }

  @Test
  void zufolgeTakesTheNounPhraseBefore() {
    Sentence s = sentence(0, 0, "Es/PRON", "ist/AUX", "dem/DET", "Kreml/PROPN", "zufolge/ADP", "vorbei/ADV",
        "./PUNCT");
    Mention kreml = mention(s, "Q159", "Russland", 3, 4, 3, MentionKind.METONYM);
    Attribution a = DE.find(view(s, kreml));
    assertEquals("zufolge", a.rule());
    assertEquals("QQOOOQQ", flags(a.content()));
    assertEquals(new Speaker("Q159", "Russland"), a.speaker());
  }

  @Test
  void lautNeedsAPrepositionReading() {
    assertNull(DE.find(view(sentence(0, 0, "Es/PRON", "war/AUX", "laut/ADJ", "hier/ADV", "./PUNCT"))),
        "the adjective 'laut'");
    Sentence s = sentence(0, 0, "Es/PRON", "war/AUX", "laut/ADJ", "Merz/PROPN", "falsch/ADJ", "./PUNCT");
    assertEquals("QQOOOQ", flags(DE.find(view(s)).content()),
        "a capitalised name after it; unparsed, the phrase runs up to the punctuation");
  }

  @Test
  void accordingToIsEnglishOnly() {
    Sentence s = sentence(0, 0, "According/VERB", "to/ADP", "Reuters/PROPN", ",/PUNCT", "it/PRON", "ended/VERB",
        "./PUNCT");
    SentenceView en = VoiceContext.of(doc("en", s), List.of()).sentence(0);
    Attribution a = EN.find(en);
    assertEquals("according-to", a.rule());
    assertEquals("OOOOQQQ", flags(a.content()));
    assertEquals(new Speaker("auto:reuters", "Reuters"), a.speaker());
    assertNull(DE.find(en));
  }

  @Test
  void theParsedPhraseIsThePrepositionsHeadSubtree() {
    Sentence s = sentence(0, 0, "Laut/ADP/1/case", "Merz/PROPN/5/obl", "und/CCONJ/3/cc", "Söder/PROPN/1/conj",
        "ist/AUX/5/cop", "alles/PRON/-1/root", "./PUNCT/5/punct");
    assertEquals(4, PrepositionalPhrase.phraseEnd(s, 0, 1));
    assertEquals("OOOOQQQ", flags(DE.find(view(s)).content()));
  }
}
