package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.sentence;

import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.Sentence;

class SayVerbsTest {

  private static final SayVerbs DE = new SayVerbs("de", Rules.bundled());
  private static final SayVerbs EN = new SayVerbs("en", Rules.bundled());

  @Test
  void germanFormsAndSeparatedParticles() {
    Sentence s = sentence(0, 0, "Scholz/PROPN", "sagte/VERB", "und/CCONJ", "teilte/VERB", "mit/ADP", ",/PUNCT",
        "schrieb/VERB", "Sagen/NOUN", "sprach/VERB");
    assertEquals("sagen", DE.lemma(s, 1));
    assertEquals("mitteilen", DE.lemma(s, 3), "the particle follows");
    assertEquals("schreiben", DE.lemma(s, 6), "irregular form from the file");
    assertNull(DE.lemma(s, 7), "not a verb");
    assertNull(DE.lemma(s, 8), "sprechen is never a matrix verb of saying");
    assertNull(DE.lemma(s, 0));
    Sentence noParticle = sentence(0, 0, "Er/PRON", "teilte/VERB", "das/DET", "Brot/NOUN");
    assertNull(DE.lemma(noParticle, 1), "'teilte' without 'mit' is not 'mitteilen'");
    Sentence joined = sentence(0, 0, "Er/PRON", "hat/AUX", "mitgeteilt/VERB");
    assertEquals("mitteilen", DE.lemma(joined, 2));
  }

  @Test
  void englishFormsIncludingTaggedX() {
    Sentence s = sentence(0, 0, "Biden/PROPN", "said/VERB", "and/CCONJ", "told/X", "says/NOUN", "stated/VERB");
    assertEquals("say", EN.lemma(s, 1));
    assertEquals("tell", EN.lemma(s, 3), "an X-tagged verb counts in English");
    assertNull(EN.lemma(s, 4));
    assertEquals("state", EN.lemma(s, 5), "regular -ed form");
  }
}
