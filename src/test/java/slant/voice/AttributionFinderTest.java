package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.next;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.Sentence;

class AttributionFinderTest {

  private static final SayVerbs VERBS = new SayVerbs("de", Rules.bundled());
  private static final SayingVerb SAYING = new SayingVerb("de", VERBS, new MoodDetector(Rules.bundled()));

  @Test
  void theFirstRuleThatFindsOneWins() {
    Sentence s = sentence(0, 0, "Laut/ADP", "Merz/PROPN", "sagte/VERB", "Söder/PROPN", ",/PUNCT", "dass/SCONJ",
        "es/PRON", "regnet/VERB", "./PUNCT");
    assertEquals("laut", new AttributionFinder(List.of(new PrepositionalPhrase("de"), SAYING)).find(view(s)).rule());
    assertEquals("verb:sagte",
        new AttributionFinder(List.of(SAYING, new PrepositionalPhrase("de"))).find(view(s)).rule());
  }

  @Test
  void onePerSentenceNullWhereNone() {
    Sentence s0 = sentence(0, 0, "Es/PRON", "regnet/VERB", "./PUNCT");
    Sentence s1 = sentence(1, next(s0), "Merz/PROPN", "zufolge/ADP", "regnet/VERB", "es/PRON", "./PUNCT");
    AttributionFinder finder = new AttributionFinder(List.of(new SoPhrase(), new PrepositionalPhrase("de"),
        new WieClause(VERBS), SAYING));
    Attribution[] found = finder.find(VoiceContext.of(doc("de", s0, s1), List.of()));
    assertEquals(2, found.length);
    assertNull(found[0]);
    assertEquals("zufolge", found[1].rule());
    assertEquals(new Speaker("auto:merz", "Merz"), found[1].speaker());
  }
}
