package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.flags;
import static slant.voice.VoiceTestDocs.view;

import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.Sentence;

class WieClauseTest {

  private static final WieClause RULE = new WieClause(new SayVerbs("de", Rules.bundled()));

  @Test
  void midSentenceWieClauseWithAuxiliary() {
    Sentence s = sentence(0, 0, "Putin/PROPN", "reist/VERB", ",/PUNCT", "wie/SCONJ", "Peskow/PROPN", "erklärt/VERB",
        "hat/AUX", ",/PUNCT", "ab/ADP", "./PUNCT");
    Attribution a = RULE.find(view(s));
    assertEquals("wie", a.rule());
    assertEquals("QQOOOOOOQQ", flags(a.content()), "both commas around the clause stay the outlet's");
    assertEquals(new Speaker("auto:peskow", "Peskow"), a.speaker());
  }

  @Test
  void wieWithoutAVerbOfSayingIsNoAttribution() {
    assertNull(RULE.find(view(sentence(0, 0, "Wie/SCONJ", "Peskow/PROPN", "reiste/VERB", ",/PUNCT", "reiste/VERB",
        "Putin/PROPN", "./PUNCT"))));
    assertNull(RULE.find(view(sentence(0, 0, "Wie/SCONJ", "erwartet/VERB", ",/PUNCT", "sagte/VERB", "er/PRON",
        "nichts/PRON", "./PUNCT"))), "the comma ends the search before 'sagte'");
  }
}
