package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GluedHeadlinesTest {

  private static final Set<String> NAMES = Rules.bundled().words("camel-case-names.tsv");

  /**
   * Until 2026-12-07 a liveblog's headline list glued without spaces ("widerspricht TrumpFeuer im Hafen") kept Trump
   * and the next headline in one word: neither the actor nor the next headline's sentence was found.
   */
  @Test
  void headlinesOfAListGluedToEachOtherAreSeparated() {
    String text = "Tusk widerspricht TrumpFeuer im Hafen PrimorskRöwekamp fordert Abschuss von Drohnen";
    assertEquals(List.of(23, 46), GluedHeadlines.glues(text, NAMES));
    assertEquals("Tusk widerspricht Trump\n\nFeuer im Hafen Primorsk\n\nRöwekamp fordert Abschuss von Drohnen",
        GluedParagraphs.separate(text, Set.of(), NAMES).text());
  }

  @Test
  void aNameWrittenInCamelCaseOrOneGlueAloneIsLeft() {
    assertEquals(List.of(), GluedHeadlines.glues("Laut ARD-DeutschlandTrend und CityLine-Streik TrumpFeuer", NAMES),
        "listed names, and the one glue left is alone");
    assertEquals(List.of(), GluedHeadlines.glues("Der Streik trifft die Kernmarke und CityLine stark", NAMES));
    assertEquals(List.of(), GluedHeadlines.glues("OnePlus und YouTube, WhatsApp und PayPal", NAMES),
        "fewer than three lower-case letters before or after the capital");
    assertEquals(List.of(), GluedHeadlines.glues("Siehe https://example.org/TrumpFeuer/PutinRede", NAMES));
    assertEquals(List.of(), GluedHeadlines.glues("TransCanada klagt. Die TransCanada-Klage läuft", NAMES),
        "one name written twice");
    assertEquals(List.of(), GluedHeadlines.glues("Die BewohnerInnen und MitbürgerInnen", NAMES), "gender forms");
  }
  /**
   * Until 2026-12-07 a two-letter word glued to the next headline stayed glued ("Rakete aus Jemen abWadephul
   * fordert"): Wadephul was no mention. In a list of glues it is split; alone it stays ("OnePlus", "eBay").
   */
  @Test
  void aTwoLetterWordGluedToTheNextHeadlineIsSplitInAListOfGlues() {
    String text = "Rakete aus Jemen abWadephul fordert Waffenruhe TrumpFeuer im Hafen PrimorskRöwekamp fordert";
    assertEquals(List.of(19, 52, 75), GluedHeadlines.glues(text, NAMES));
    assertEquals(List.of(), GluedHeadlines.glues("Rakete aus Jemen abWadephul fordert Waffenruhe TrumpFeuer", NAMES),
        "one glue of three letters: no list");
    assertEquals(List.of(), GluedHeadlines.glues("Rakete abWadephul und zuTrump", NAMES),
        "two-letter words alone make no list");
    String names = "Laut iPhone und zuDPA und TrumpFeuer im Hafen PrimorskRöwekamp fordert";
    assertEquals(List.of(names.indexOf("Feuer"), names.indexOf("Röwekamp")), GluedHeadlines.glues(names, NAMES),
        "one lower-case letter, or a capital without three lower-case letters after it");
  }
}
