package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static slant.testing.FrameTestDocs.sentence;

import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.Sentence;
import slant.voice.VoiceAttributor.Mood;

class MoodDetectorTest {

  private static final MoodDetector MOODS = new MoodDetector(Rules.bundled());

  @Test
  void konjunktivIByFormAndTag() {
    Sentence s = sentence(0, 0, "Das/PRON", "seien/NOUN", "Lügen/NOUN", ",/PUNCT", "er/PRON", "bedeute/VERB",
        "Habe/VERB", "seine/DET", "gehe/VERB", "lie/VERB");
    assertTrue(MOODS.isKonjunktivI(s, 1), "seien is Konjunktiv I whatever its tag");
    assertTrue(MOODS.isKonjunktivI(s, 5), "listed t-stem");
    assertFalse(MOODS.isKonjunktivI(s, 6), "capitalised mid-sentence");
    assertFalse(MOODS.isKonjunktivI(s, 7), "a determiner");
    assertTrue(MOODS.isKonjunktivI(s, 8));
    assertFalse(MOODS.isKonjunktivI(s, 9), "-ie");
    Sentence ich = sentence(0, 0, "Das/PRON", "sei/AUX", ",/PUNCT", "sage/VERB", "ich/PRON");
    assertFalse(MOODS.isKonjunktivI(ich, 3), "'ich' within three tokens");
    assertTrue(MOODS.isKonjunktivI(ich, 1), "'ich' three tokens after 'sei' is out of reach");
  }

  /**
   * Until 2026-12-07 an irreal comparison ("Trump trat auf, als sei er der Sieger") made its sentence reported speech
   * with no speaker, the outlet's own words quoted. Its Konjunktiv I is no mark of reported speech.
   */
  @Test
  void anIrrealComparisonIsNoReportedSpeech() {
    assertEquals(Mood.INDICATIVE, MOODS.mood(sentence(0, 0, "Trump/PROPN", "trat/VERB", "auf/ADP", ",/PUNCT",
        "als/SCONJ", "sei/AUX", "er/PRON", "der/DET", "Sieger/NOUN", "./PUNCT")));
    assertEquals(Mood.INDICATIVE, MOODS.mood(sentence(0, 0, "Er/PRON", "redete/VERB", ",/PUNCT", "als/SCONJ",
        "ob/SCONJ", "er/PRON", "der/DET", "Chef/NOUN", "sei/AUX", "./PUNCT")));
    assertEquals(Mood.KONJ1, MOODS.mood(sentence(0, 0, "Er/PRON", "sagte/VERB", ",/PUNCT", "als/SCONJ", "Chef/NOUN",
        "sei/AUX", "er/PRON", "zufrieden/ADJ", "./PUNCT")), "\"als Chef sei er zufrieden\": reported");
    assertEquals(Mood.INDICATIVE, MOODS.mood(sentence(0, 0, "Es/PRON", "scheint/VERB", ",/PUNCT", "Stronach/PROPN",
        "habe/AUX", "Regie/NOUN", "geführt/VERB", "./PUNCT")), "the outlet's conjecture");
    assertEquals(Mood.KONJ1, MOODS.mood(sentence(0, 0, "Er/PRON", "scheint/VERB", "zu/PART", "glauben/VERB",
        ",/PUNCT", "Stronach/PROPN", "habe/AUX", "Regie/NOUN", "geführt/VERB", "./PUNCT")), "not impersonal");
  }

  @Test
  void moodOfASentence() {
    assertEquals(Mood.KONJ1, MOODS.mood(sentence(0, 0, "Er/PRON", "wäre/AUX", "und/CCONJ", "sei/AUX")));
    assertEquals(Mood.KONJ2, MOODS.mood(sentence(0, 0, "Er/PRON", "hätte/AUX", "gewonnen/VERB")));
    assertEquals(Mood.INDICATIVE, MOODS.mood(sentence(0, 0, "Er/PRON", "sagte/VERB", "nichts/PRON")));
  }
}
