package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.testing.Docs;

/** Until 2026-12-04 "der Bundespräsident" in derStandard was the German president of the article's date. */
class OutletCountryTest {

  private static final Catalogue CATALOGUE = Catalogue.of(List.of(
      new ActorEntry("Q183", "country", Map.of("de", "Deutschland", "en", "Germany"), null, null, null, null, null),
      new ActorEntry("Q40", "country", Map.of("de", "Österreich", "en", "Austria"), null, null, null, null, null),
      new ActorEntry("gauck", "person", Map.of("de", "Joachim Gauck", "en", "Joachim Gauck"), null, null, null,
          "Q183", List.of(new ActorEntry.Role(Map.of("de", List.of("Bundespräsident", "deutscher Bundespräsident")),
              "2012-03-18", "2017-03-18"))),
      new ActorEntry("putin", "person", Map.of("de", "Wladimir Putin", "en", "Vladimir Putin"), null, null, null,
          "Q159x", List.of(new ActorEntry.Role(Map.of("de", List.of("Kremlchef")), "2012-05-07", null)))));

  private final ActorResolver resolver = new ActorResolver(CATALOGUE, Rules.bundled(), false, false);

  private List<String> ids(String items, String outlet) {
    AnnotatedDoc doc = Docs.doc("de", items);
    return resolver.resolve(doc, LocalDate.parse("2016-01-15"), OutletCountry.of(outlet)).stream()
        .map(Mention::actorId).toList();
  }

  @Test
  void theCountryComesFromTheOutletsDomain() {
    assertEquals("Q40", OutletCountry.of("derstandard.at"));
    assertEquals("Q183", OutletCountry.of("www.tagesschau.de"));
    assertEquals("Q39", OutletCountry.of("NZZ.ch"));
    assertNull(OutletCountry.of("example-news"));
    assertNull(OutletCountry.of("bbc.co.uk"));
  }

  @Test
  void anUnqualifiedNationalTitleNamesOnlyAHolderOfTheOutletsCountry() {
    String bare = "Der/DET Bundespräsident/NOUN sprach/VERB";
    assertEquals(List.of(), ids(bare, "derstandard.at"), "in Austria it is the Austrian president");
    assertEquals(List.of("gauck"), ids(bare, "tagesschau.de"));
    assertEquals(List.of("gauck"), ids(bare, "example-news"), "no known country: as before");
    assertEquals(List.of("gauck"), ids("Der/DET deutsche/ADJ Bundespräsident/NOUN sprach/VERB", "derstandard.at"),
        "a title that says whose office it is");
    assertEquals(List.of("putin"), ids("Der/DET Kremlchef/NOUN sprach/VERB", "derstandard.at"));
  }
}
