package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slant.testing.Docs;

class PronounLinkingTest {

  private static String links(String language, String... sentences) {
    PronounLinking pronouns = new PronounLinking(new PronounResolver(ActorResolverTest.CATALOGUE, Steps.RULES));
    return Steps.links(Steps.run(Docs.doc(language, sentences), "2024-06-18", Steps.phrases(), Steps.singleWords(),
        new TitleMerge(), pronouns));
  }

  @Test
  void aGermanPronounLinksToTheActorOfThePreviousSentence() {
    assertEquals("Putin=Q7747/PARTIAL_NAME Er=Q7747/PRONOUN",
        links("de", "Putin/PROPN/2/nsubj sprach/VERB/0/root ./PUNCT/2/punct",
            "Er/PRON/2/nsubj lachte/VERB/0/root ./PUNCT/2/punct"));
  }

  @Test
  void onlyGermanDocuments() {
    assertEquals("Putin=Q7747/PARTIAL_NAME", links("en", "Putin/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct",
        "He/PRON/2/nsubj laughed/VERB/0/root ./PUNCT/2/punct"));
  }
}
