package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.testing.Docs;

/**
 * Until 2026-12-05 "das Außenministerium" was the German Foreign Office in every outlet and every report: "das
 * israelische Außenministerium", "das US-Außenministerium", the Austrian ministry in derStandard
 * (data/rules/domestic-titles.tsv).
 */
class DomesticInstitutionsTest {

  private static final Catalogue CATALOGUE = Catalogue.of(List.of(
      new ActorEntry("Q183", "country", Map.of("de", "Deutschland", "en", "Germany"), null, null, null, null, null),
      new ActorEntry("Q40", "country", Map.of("de", "Österreich", "en", "Austria"), null, null, null, null, null),
      new ActorEntry("Q801", "country", Map.of("de", "Israel", "en", "Israel"), null, null,
          Map.of("de", List.of("israelisch")), null, null),
      new ActorEntry("Q30", "country", Map.of("de", "USA", "en", "United States"),
          Map.of("de", List.of("US")), null, null, null, null),
      new ActorEntry("aa", "organisation", Map.of("de", "Auswärtiges Amt", "en", "Federal Foreign Office"),
          Map.of("de", List.of("Außenministerium")), null, null, "Q183", null),
      new ActorEntry("bureg", "organisation", Map.of("de", "Bundesregierung", "en", "Federal Government"),
          null, null, null, "Q183", null)));

  private final ActorResolver resolver = new ActorResolver(CATALOGUE, Rules.bundled(), false, false);

  private List<String> ids(String outlet, String... sentences) {
    AnnotatedDoc doc = Docs.doc("de", sentences);
    return resolver.resolve(doc, LocalDate.parse("2025-06-18"), OutletCountry.of(outlet)).stream()
        .map(Mention::actorId).toList();
  }

  @Test
  void anUnqualifiedInstitutionIsTheOutletCountrysOnly() {
    String bare = "Das/DET Außenministerium/NOUN teilte/VERB mit/ADP";
    assertEquals(List.of("aa"), ids("tagesschau.de", bare));
    assertEquals(List.of(), ids("derstandard.at", bare), "in Austria it is the Austrian ministry");
    assertEquals(List.of("bureg"), ids("tagesschau.de", "Die/DET Bundesregierung/NOUN entschied/VERB"));
    assertEquals(List.of(), ids("derstandard.at", "Die/DET Bundesregierung/NOUN entschied/VERB"));
  }

  /** A report on Germany in an Austrian paper that never names Austria: "die Bundesregierung" is the German one. */
  @Test
  void inAReportOnAnotherCountryItsInstitutionsCountAsTheOutletCountrys() {
    String[] report = {"Deutschland/PROPN wählt/VERB", "Deutschland/PROPN streitet/VERB",
        "Deutschland/PROPN zögert/VERB", "Die/DET Bundesregierung/NOUN entschied/VERB"};
    assertEquals(List.of("Q183", "Q183", "Q183", "bureg"), ids("derstandard.at", report));
    String[] twice = {"Deutschland/PROPN wählt/VERB", "Deutschland/PROPN streitet/VERB",
        "Die/DET Bundesregierung/NOUN entschied/VERB"};
    assertEquals(List.of("Q183", "Q183"), ids("derstandard.at", twice), "named fewer than three times");
    String[] both = {"Deutschland/PROPN wählt/VERB", "Deutschland/PROPN streitet/VERB",
        "Deutschland/PROPN zögert/VERB", "Österreich/PROPN wartet/VERB", "Die/DET Bundesregierung/NOUN entschied/VERB"};
    assertEquals(List.of("Q183", "Q183", "Q183", "Q40"), ids("derstandard.at", both), "the outlet's country named");
  }

  @Test
  void anotherCountrysMinistryIsNotTheOutletCountrys() {
    assertEquals(List.of("Q801"), ids("tagesschau.de", "Das/DET israelische/ADJ Außenministerium/NOUN teilte/VERB "
        + "mit/ADP"), "a demonym before it");
    assertEquals(List.of("Q30"), ids("tagesschau.de", "Das/DET US-Außenministerium/NOUN teilte/VERB mit/ADP"),
        "another country in the compound");
    assertEquals(List.of(), ids("tagesschau.de", "Das/DET NRW-Außenministerium/NOUN teilte/VERB mit/ADP"),
        "a state's or a place's, not a catalogue actor");
    // a report on another country that never names Germany: its ministry is that country's; the Bundesregierung
    // stays the German government
    String[] report = {"Israel/PROPN wählt/VERB", "Israel/PROPN streitet/VERB", "Israel/PROPN zögert/VERB",
        "Das/DET Außenministerium/NOUN teilte/VERB mit/ADP", "Die/DET Bundesregierung/NOUN schwieg/VERB"};
    assertEquals(List.of("Q801", "Q801", "Q801", "bureg"), ids("tagesschau.de", report));
  }
}
