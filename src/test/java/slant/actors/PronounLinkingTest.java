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

  /**
   * Until 2026-12-06 two compatible actors in the window left a pronoun unlinked. A subject pronoun now continues the
   * previous sentence's main-clause subject when that is a person not named again in the pronoun's sentence.
   */
  @Test
  void aSubjectPronounContinuesThePreviousSubjectAmongSeveralCandidates() {
    String met = "Putin/PROPN/2/nsubj traf/VERB/0/root Medwedew/PROPN/2/obj ./PUNCT/2/punct";
    assertEquals("Putin=Q7747/PARTIAL_NAME Medwedew=Q23685/PARTIAL_NAME Er=Q7747/PRONOUN",
        links("de", met, "Er/PRON/2/nsubj lachte/VERB/0/root ./PUNCT/2/punct"));
    // the subject named again in the pronoun's sentence cannot be the pronoun's referent: nothing is guessed
    assertEquals("Putin=Q7747/PARTIAL_NAME Medwedew=Q23685/PARTIAL_NAME Putin=Q7747/PARTIAL_NAME",
        links("de", met, "Er/PRON/2/nsubj sprach/VERB/0/root mit/ADP/4/case Putin/PROPN/2/obl ./PUNCT/2/punct"));
    // an object pronoun and a possessive are not continued subjects
    assertEquals("Putin=Q7747/PARTIAL_NAME Medwedew=Q23685/PARTIAL_NAME",
        links("de", met, "Man/PRON/2/nsubj lobte/VERB/0/root ihn/PRON/2/obj ./PUNCT/2/punct"));
  }

  /** German and, since 2026-12-06, English documents; no other language's pronouns are read. */
  @Test
  void germanAndEnglishDocumentsOnly() {
    assertEquals("Putin=Q7747/PARTIAL_NAME He=Q7747/PRONOUN", links("en",
        "Putin/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct",
        "He/PRON/2/nsubj laughed/VERB/0/root ./PUNCT/2/punct"));
    assertEquals("Putin=Q7747/PARTIAL_NAME", links("fr", "Putin/PROPN/2/nsubj parla/VERB/0/root ./PUNCT/2/punct",
        "Il/PRON/2/nsubj rit/VERB/0/root ./PUNCT/2/punct"));
  }
}
