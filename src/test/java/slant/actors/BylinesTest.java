package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slant.testing.Docs;

/** Until 2026-12-04 the tagesschau author of a report was a discovered person and the ARD studio's city a country. */
class BylinesTest {

  private static final String DATE = "2025-06-01";

  private static String links(String items) {
    return Steps.links(Steps.run(Docs.doc("de", items), DATE, new Bylines(Steps.RULES), Steps.phrases(),
        new EntityDiscovery(Steps.TITLES, Steps.RULES.words("group-heads.tsv"),
        Steps.RULES.words("weather-system-nouns.tsv"), Steps.RULES.words("non-actor-names.tsv"),
        slant.lang.GermanNounGender.of(Steps.RULES))));
  }

  @Test
  void anAuthorsBylineHoldsNoActor() {
    assertEquals("", links("Von/ADP Anna/PROPN/-/-/PERSON Giordano/PROPN/-/-/PERSON ,/PUNCT ARD/PROPN -/PUNCT "
        + "Studio/PROPN Rom/PROPN/-/-/LOCATION ./PUNCT"));
    assertEquals("", links("Eine/DET Analyse/NOUN von/ADP Jan/PROPN/-/-/PERSON Zimmermann/PROPN/-/-/PERSON ,/PUNCT "
        + "ARD-Hauptstadtstudio/PROPN ./PUNCT"));
  }

  @Test
  void aNameAfterVonWithoutABylineOutletStaysAnActor() {
    assertEquals("Maria Keller=auto:maria-keller/DISCOVERED", links("Von/ADP Maria/PROPN/-/-/PERSON "
        + "Keller/PROPN/-/-/PERSON ,/PUNCT CDU-Chefin/NOUN ,/PUNCT kam/VERB keine/DET Antwort/NOUN"));
  }

  @Test
  void aSentenceOfOnlyVonAndNamesIsABylineWithoutAnOutlet() {
    // what the annotator separates from "Von Christian BaslEin gemeinsames Selfie …" (since 2026-12-06)
    assertEquals("", links("Von/ADP Christian/PROPN/-/-/PERSON Basl/PROPN/-/-/PERSON"));
    assertEquals("", links("Von/ADP Laura/PROPN/-/-/PERSON Bisch/PROPN/-/-/PERSON und/CCONJ "
        + "Fabian/PROPN/-/-/PERSON Siegel/PROPN/-/-/PERSON ./PUNCT"));
    // "von" not first, one name alone, or a sentence that goes on is no byline
    assertEquals("Merz=auto:merz/DISCOVERED", links("Von/ADP Merz/PROPN/-/-/PERSON"));
    assertEquals("Maria Keller=auto:maria-keller/DISCOVERED", links("Von/ADP Maria/PROPN/-/-/PERSON "
        + "Keller/PROPN/-/-/PERSON kam/VERB keine/DET Antwort/NOUN"));
  }

  @Test
  void aClosingAgencyCreditHoldsNoActor() {
    assertEquals("", links("(/PUNCT APA/PROPN/-/-/ORGANIZATION ,/PUNCT Reuters/PROPN/-/-/ORGANIZATION ,/PUNCT "
        + "2.8.2015/NUM )/PUNCT"));
    assertEquals("Reuters=auto:reuters/DISCOVERED", links("laut/ADP (/PUNCT Reuters/PROPN/-/-/ORGANIZATION "
        + "Angaben/NOUN )/PUNCT"), "parentheses with other words are no credit");
  }
}
