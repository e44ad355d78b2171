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

  /**
   * Until 2026-12-07 a teaser's opening pronoun ("Er war Vizekanzler …: Nun zieht sich Robert Habeck zurück") had no
   * antecedent. It now points forward to the first compatible person after the colon or dash of its sentence, when
   * the document names no one before it and no compatible person stands between it and the colon.
   */
  @Test
  void aTeasersOpeningPronounPointsForwardToThePersonNamedAfterTheColon() {
    assertEquals("Er=Q7747/PRONOUN Putin=Q7747/PARTIAL_NAME", links("de",
        "Er/PRON/3/nsubj war/AUX/3/cop Präsident/NOUN/0/root :/PUNCT/3/punct Nun/ADV/6/advmod spricht/VERB/3/parataxis "
            + "Putin/PROPN/6/nsubj ./PUNCT/3/punct"));
    // a person before the colon may be the one meant: nothing is guessed
    assertEquals("Medwedew=Q23685/PARTIAL_NAME Putin=Q7747/PARTIAL_NAME", links("de",
        "Er/PRON/2/nsubj lobte/VERB/0/root Medwedew/PROPN/2/obj :/PUNCT/2/punct Nun/ADV/6/advmod "
            + "spricht/VERB/2/parataxis Putin/PROPN/6/nsubj ./PUNCT/2/punct"));
    // without a colon or dash the pronoun is no teaser's
    assertEquals("Putin=Q7747/PARTIAL_NAME", links("de",
        "Er/PRON/2/nsubj sagte/VERB/0/root ,/PUNCT/4/punct Putin/PROPN/5/nsubj lüge/VERB/2/ccomp ./PUNCT/2/punct"));
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
