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
 * Until 2026-12-05 every "Außenminister" in a German outlet was the German foreign minister of the article's date,
 * also "Irans Außenminister", "der dänische Außenminister", "die Außenminister der EU" and "der frühere Außenminister"
 * (docs/validation-actors.md, "Role titles that name someone else").
 */
class RoleContextTest {

  private static final Catalogue CATALOGUE = Catalogue.of(List.of(
      new ActorEntry("Q183", "country", Map.of("de", "Deutschland", "en", "Germany"), null, null,
          Map.of("de", List.of("deutsch")), null, null),
      new ActorEntry("Q794", "country", Map.of("de", "Iran", "en", "Iran"), null, null,
          Map.of("de", List.of("iranisch")), null, null),
      new ActorEntry("Q35", "country", Map.of("de", "Dänemark", "en", "Denmark"), null, null,
          Map.of("de", List.of("dänisch")), null, null),
      new ActorEntry("Q30", "country", Map.of("de", "USA", "en", "United States"), null, null, null, null, null),
      new ActorEntry("Q211", "country", Map.of("de", "Lettland", "en", "Latvia"), null, null,
          Map.of("de", List.of("lettisch")), null, null),
      new ActorEntry("wadephul", "person", Map.of("de", "Johann Wadephul", "en", "Johann Wadephul"), null, null, null,
          "Q183", List.of(new ActorEntry.Role(Map.of("de", List.of("Außenminister"), "en",
              List.of("Foreign Minister")), "2025-05-06", null))),
      new ActorEntry("merz", "person", Map.of("de", "Friedrich Merz", "en", "Friedrich Merz"), null, null, null,
          "Q183", List.of(new ActorEntry.Role(Map.of("de", List.of("Kanzler", "Vizekanzler")), "2025-05-06", null))),
      new ActorEntry("bas", "person", Map.of("de", "Bärbel Bas", "en", "Bärbel Bas"), null, null, null,
          "Q183", List.of(new ActorEntry.Role(Map.of("de", List.of("SPD-Vorsitzende")), "2025-06-27", null))),
      new ActorEntry("radovan", "person", Map.of("de", "Reem Alabali-Radovan", "en", "Reem Alabali-Radovan"), null,
          null, null, "Q183", List.of(new ActorEntry.Role(Map.of("de", List.of("Entwicklungsministerin")),
              "2025-05-06", null)))));

  private final ActorResolver resolver = new ActorResolver(CATALOGUE, Rules.bundled(), false, false);

  private List<String> ids(String... sentences) {
    AnnotatedDoc doc = Docs.doc("de", sentences);
    return resolver.resolve(doc, LocalDate.parse("2025-10-01"), OutletCountry.of("tagesschau.de")).stream()
        .map(Mention::actorId).toList();
  }

  @Test
  void aBareSingularTitleStillNamesThePresentHolder() {
    assertEquals(List.of("wadephul"), ids("Der/DET Außenminister/NOUN reist/VERB nach/ADP Kiew/PROPN"));
    assertEquals(List.of("Q183", "wadephul"), ids("Der/DET deutsche/ADJ Außenminister/NOUN reist/VERB"),
        "a demonym of the holder's country");
    assertEquals(List.of("Q183", "wadephul"), ids("Deutschlands/PROPN Außenminister/NOUN reist/VERB"));
    assertEquals(List.of("wadephul"), ids("Außenminister/NOUN Wadephul/PROPN/-/-/PERSON reist/VERB"),
        "the holder's own name after the title");
    assertEquals(List.of("radovan"), ids("Entwicklungsministerin/NOUN Radovan/PROPN/-/-/PERSON reist/VERB"),
        "a word of the holder's name");
  }

  @Test
  void anotherCountrysOfficeIsNotTheHolders() {
    assertEquals(List.of("Q794"), ids("Irans/PROPN Außenminister/NOUN reist/VERB"));
    assertEquals(List.of("Q35"), ids("Der/DET dänische/ADJ Außenminister/NOUN erklärte/VERB"));
    assertEquals(List.of("Q30"), ids("Der/DET Außenminister/NOUN der/DET USA/PROPN sprach/VERB"));
    assertEquals(List.of(), ids("Außenminister/NOUN Rubio/PROPN/-/-/PERSON reist/VERB"), "another person's name");
    // a newspaper the title speaks to is no country: "sagte der Vizekanzler der Süddeutschen Zeitung"
    assertEquals(List.of("merz"), ids("sagte/VERB der/DET Vizekanzler/NOUN der/DET Süddeutschen/PROPN/-/-/"
        + "ORGANIZATION Zeitung/PROPN/-/-/ORGANIZATION"));
  }

  @Test
  void aPluralOrGenericTitleNamesAClassOfHolders() {
    assertEquals(List.of(), ids("Die/DET Außenminister/NOUN einigten/VERB sich/PRON"));
    assertEquals(List.of(), ids("Das/DET Treffen/NOUN der/DET Außenminister/NOUN begann/VERB"), "genitive plural");
    assertEquals(List.of(), ids("mit/ADP den/DET Außenministern/NOUN"), "dative plural");
    assertEquals(List.of(), ids("neben/ADP ihr/PRON mehrere/DET Außenminister/NOUN"));
    assertEquals(List.of(), ids("das/PRON jeden/DET Kanzler/NOUN ins/ADP Schwitzen/NOUN bringt/VERB"));
    assertEquals(List.of(), ids("Außenministerinnen/NOUN und/CCONJ Außenminister/NOUN berieten/VERB"));
    // "die" is singular before a feminine title and a nominalised adjective
    assertEquals(List.of("bas"), ids("sagt/VERB die/DET SPD-Vorsitzende/NOUN"));
    // a sentence-initial verb the tagger calls a noun is no genitive's head: "Will der Kanzler …?"
    assertEquals(List.of("merz"), ids("Will/NOUN der/DET Kanzler/NOUN die/DET Rente/NOUN kürzen/VERB"));
    // in a compound the article is the head's: "die Kanzler-Rede"
    assertEquals(List.of("merz"), ids("die/DET Kanzler-Rede/NOUN begann/VERB"));
  }

  @Test
  void aFormerHolderOrAPredicateIsNotThePresentHolder() {
    assertEquals(List.of(), ids("Der/DET frühere/ADJ Außenminister/NOUN warnt/VERB"));
    assertEquals(List.of(), ids("Der/DET designierte/ADJ Kanzler/NOUN warnt/VERB"));
    assertEquals(List.of(), ids("Castro/PROPN/3/nsubj/PERSON war/AUX/3/cop Außenminister/NOUN/0/root"));
    // after "als" with no article: what the subject is or was ("Merz gilt als schlechter Kanzler" made the present
    // chancellor negative until 2026-12-08); with an article a comparison can name the holder
    assertEquals(List.of(), ids("Castro/PROPN/-/-/PERSON gilt/VERB als/ADP schlechter/ADJ Außenminister/NOUN"));
    assertEquals(List.of(), ids("Castro/PROPN/-/-/PERSON setzte/VERB als/ADP Außenminister/NOUN viel/PRON "
        + "durch/ADP"));
    assertEquals(List.of("wadephul"), ids("Castro/PROPN/-/-/PERSON ist/AUX beliebter/ADJ als/ADP der/DET "
        + "Außenminister/NOUN"));
    // a misparse with a dative article is no predicate: "… waren dem Kanzler zufolge eine Lösung"
    assertEquals(List.of("merz"), ids("Themen/NOUN/3/nsubj waren/AUX/3/cop dem/DET/3/det Kanzler/NOUN/0/root "
        + "zufolge/ADP/3/case"));
  }

  /** Until 2026-12-05 the bundled catalogue made every "Parteichef" Xi Jinping. */
  @Test
  void theBundledCatalogueHasNoBarePartyLeaderTitle() {
    ActorResolver bundled = new ActorResolver(Catalogue.load(null, List.of()), Rules.bundled(), false, false);
    AnnotatedDoc doc = Docs.doc("de", "Jan/PROPN/-/-/PERSON van/PROPN/-/-/PERSON Aken/PROPN/-/-/PERSON will/AUX "
        + "nicht/PART als/ADP Parteichef/NOUN kandidieren/VERB");
    List<String> ids = bundled.resolve(doc, LocalDate.parse("2025-10-01"), "Q183").stream()
        .map(Mention::actorId).toList();
    assertEquals(false, ids.contains("Q15031"), ids.toString());
    AnnotatedDoc xi = Docs.doc("de", "Chinas/PROPN Staats-_und_Parteichef/NOUN Xi/PROPN/-/-/PERSON reist/VERB");
    assertEquals(true, bundled.resolve(xi, LocalDate.parse("2025-10-01"), "Q183").stream()
        .anyMatch(m -> m.actorId().equals("Q15031")), "his own title before his name");
  }

  /**
   * Until 2026-12-05 "Der Außenminister trat zurück" in a report on Latvia that never names Germany or the German
   * minister was the German minister ({@link ActorResolver#foreignReportHolders}).
   */
  @Test
  void aBareTitleInAReportOnAnotherCountryIsThatCountrysOffice() {
    String latvia = "Lettland/PROPN hat/AUX eine/DET neue/ADJ Regierung/NOUN";
    String resigned = "Der/DET Außenminister/NOUN trat/VERB zurück/ADP";
    assertEquals(List.of("Q211", "Q211", "Q211"), ids(latvia, "Die/DET lettische/ADJ Koalition/NOUN zerbrach/VERB",
        "In/ADP Lettland/PROPN wird/AUX gewählt/VERB", resigned), "three mentions of Latvia, none of Germany");
    assertEquals(List.of("Q211", "Q211", "wadephul"), ids(latvia, "Die/DET lettische/ADJ Koalition/NOUN "
        + "zerbrach/VERB", resigned), "twice is not yet a report on Latvia");
    assertEquals(List.of("Q211", "Q211", "Q211", "Q183", "wadephul"), ids(latvia, "Die/DET lettische/ADJ "
        + "Koalition/NOUN zerbrach/VERB", "In/ADP Lettland/PROPN wird/AUX gewählt/VERB",
        "Deutschland/PROPN hilft/VERB", resigned), "the holder's country is named too");
  }
}
