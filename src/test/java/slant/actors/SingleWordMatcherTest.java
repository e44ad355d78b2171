package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slant.testing.Docs;

class SingleWordMatcherTest {

  private static final String DATE = "2024-06-18";

  private static String alone(String... sentences) {
    return Steps.links(Steps.run(Docs.doc("de", sentences), DATE, Steps.singleWords()));
  }

  private static String afterPhrases(String... sentences) {
    return Steps.links(Steps.run(Docs.doc("de", sentences), DATE, Steps.phrases(), Steps.singleWords()));
  }

  @Test
  void aSurnameThatReadsAsAName() {
    assertEquals("Putins=Q7747/PARTIAL_NAME", alone("Putins/PROPN Besuch/NOUN dauert/VERB"));
    assertEquals("", alone("Der/DET Putin/PROPN kam/VERB"), "after an article: no name");
    assertEquals("", alone("Peter/PROPN/-/-/PERSON Putin/PROPN/-/-/PERSON kam/VERB"), "someone else's first name");
  }

  @Test
  void aFirstNameOnlyAfterTheFullName() {
    assertEquals("", alone("Kim/PROPN winkt/VERB"));
    assertEquals("Kim Jong-un=Q56226/NAME Kim=Q56226/PARTIAL_NAME",
        afterPhrases("Kim/PROPN Jong-un/PROPN lacht/VERB", "Kim/PROPN winkt/VERB"));
  }

  @Test
  void aDemonymAdjectiveUnlessCapitalisedInsideAName() {
    assertEquals("russische=Q159/DEMONYM", alone("Die/DET russische/ADJ Armee/NOUN"));
    assertEquals("Russische=Q159/DEMONYM", alone("Russische/ADJ Truppen/NOUN"), "capital at sentence start");
    assertEquals("", alone("die/DET Russische/ADJ Föderation/PROPN"));
    assertEquals("", alone("Russisch/NOUN ist/AUX schwer/ADJ"), "a noun, not an adjective");
  }
}
