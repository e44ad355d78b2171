package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.Mention;
import slant.testing.Docs;

class PairEpithetsTest {

  private static List<Mention> run(String... sentences) {
    return Steps.run(Docs.doc("de", sentences), "2024-06-18", Steps.phrases(), new PairEpithets(Steps.RULES));
  }

  @Test
  void theTwoActorsOfOneTypeJustNamedBothGetTheEpithet() {
    List<Mention> m = run("Wladimir/PROPN Putin/PROPN und/CCONJ Kim/PROPN Jong-un/PROPN trafen/VERB sich/PRON",
        "Die/DET beiden/ADJ Populisten/NOUN lachten/VERB");
    assertEquals("Wladimir Putin=Q7747/NAME Kim Jong-un=Q56226/NAME beiden=Q7747/ANAPHOR beiden=Q56226/ANAPHOR",
        Steps.links(m));
    assertEquals(List.of("Populisten"), m.get(2).labels());
    assertEquals(2, m.get(3).headToken(), "the epithet noun is the head");
  }

  @Test
  void noEpithetForActorsOfTwoTypesOrThree() {
    assertEquals("Wladimir Putin=Q7747/NAME Russland=Q159/NAME",
        Steps.links(run("Wladimir/PROPN Putin/PROPN und/CCONJ Russland/PROPN", "Die/DET beiden/ADJ sind/AUX")));
    assertEquals("Wladimir Putin=Q7747/NAME Russland=Q159/NAME", Steps.links(run(
        "Wladimir/PROPN Putin/PROPN und/CCONJ Russland/PROPN", "Die/DET beiden/ADJ Partner/NOUN lachten/VERB")),
        "a person and a country");
    assertEquals(3, run("Wladimir/PROPN Putin/PROPN ,/PUNCT Kim/PROPN Jong-un/PROPN und/CCONJ Dmitri/PROPN "
        + "Medwedew/PROPN redeten/VERB", "Die/DET beiden/ADJ Populisten/NOUN lachten/VERB").size());
  }

  @Test
  void onlyANounThatCanStandForTheTwoActorsRefersToThem() {
    assertEquals("Wladimir Putin=Q7747/NAME Kim Jong-un=Q56226/NAME", Steps.links(run(
        "Wladimir/PROPN Putin/PROPN und/CCONJ Kim/PROPN Jong-un/PROPN trafen/VERB sich/PRON",
        "In/ADP beiden/ADJ Gesprächen/NOUN ging/VERB es/PRON um/ADP Waffen/NOUN")), "talks are not the two men");
    assertEquals("Russland=Q159/NAME Nordkorea=Q423/NAME beiden=Q159/ANAPHOR beiden=Q423/ANAPHOR", Steps.links(run(
        "Russland/PROPN und/CCONJ Nordkorea/PROPN unterzeichneten/VERB", "Die/DET beiden/ADJ Länder/NOUN lachten/VERB")));
  }

  @Test
  void aTitleNounNamesPersonsAndAPairNounTheirCountriesNotTheReverse() {
    assertEquals("Russland=Q159/NAME Nordkorea=Q423/NAME", Steps.links(run(
        "Russland/PROPN und/CCONJ Nordkorea/PROPN unterzeichneten/VERB",
        "Die/DET beiden/ADJ Staatsführer/NOUN lachten/VERB")), "the leaders are not the countries");
    assertEquals("Wladimir Putin=Q7747/NAME Kim Jong-un=Q56226/NAME", Steps.links(run(
        "Wladimir/PROPN Putin/PROPN und/CCONJ Kim/PROPN Jong-un/PROPN unterzeichneten/VERB",
        "Beide/DET Staaten/NOUN helfen/VERB")), "the states are not the two men");
  }
}
