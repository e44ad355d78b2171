package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.testing.Docs;

class PhraseMatcherTest {

  private static final String DATE = "2024-06-18";

  private static String links(String date, String... sentences) {
    return Steps.links(Steps.run(Docs.doc("de", sentences), date, Steps.phrases()));
  }

  @Test
  void theLongestCatalogueNameWinsAndCountsAsAFullName() {
    AnnotatedDoc doc = Docs.doc("de", "Wladimir/PROPN Putin/PROPN reist/VERB nach/ADP Nordkorea/PROPN");
    DocState d = Steps.state(doc, DATE, Steps.phrases());
    assertEquals("Wladimir Putin=Q7747/NAME Nordkorea=Q423/NAME", Steps.links(d.resolved()));
    assertEquals(Set.of("Q7747"), d.fullNamesSeen());
    assertEquals("", links(DATE, "Putins/PROPN Besuch/NOUN"), "a surname alone is the next step's");
  }

  @Test
  void aRoleTitleIsItsHolderOnTheArticleDateLabelledWithTheTitle() {
    List<Mention> now = Steps.run(Docs.doc("de", "Der/DET Kremlchef/NOUN drohte/VERB"), DATE, Steps.phrases());
    assertEquals("Kremlchef=Q7747/ROLE", Steps.links(now));
    assertEquals(List.of("Kremlchef"), now.get(0).labels());
    assertEquals("Kremlchef=Q23685/ROLE", links("2010-01-01", "Der/DET Kremlchef/NOUN drohte/VERB"));
    assertEquals("", links("2000-01-01", "Der/DET Kremlchef/NOUN drohte/VERB"), "no holder on that date");
  }

  /** Until 2026-12-05 "ein 30-jähriger Ukrainer" was a mention of Ukraine: the stemmer keys it like the name. */
  @Test
  void aNounForOnePersonOfTheCountryIsNotTheCountry() {
    assertEquals("", links(DATE, "Ein/DET 30-jähriger/ADJ Ukrainer/NOUN wurde/AUX festgenommen/VERB"));
    assertEquals("", links(DATE, "Der/DET Exil-Ukrainer/NOUN ist/AUX umstritten/ADJ"), "a kind of person");
    assertEquals("Ukrainer=Q212/NAME", links(DATE, "Die/DET Ukrainer/NOUN wählen/VERB"),
        "the people as a whole, as the team's annotators list them");
    assertEquals("Ukraine=Q212/NAME", links(DATE, "Ein/DET Land/NOUN wie/ADP die/DET Ukraine/PROPN"), "the name");
  }

  /**
   * Until 2026-12-05 counted persons ("zwei Ukrainer", "mit einigen Ukrainern") and any noun for a person of a
   * country in "-ien" ("Ein Belgier wurde … verurteilt": Belgium negative) were the state.
   */
  @Test
  void countedPersonsAndPersonsOfACountryInIenAreNotTheCountry() {
    assertEquals("", links(DATE, "mit/ADP einigen/DET Ukrainern/NOUN"));
    assertEquals("", links(DATE, "Zwei/NUM Ukrainer/NOUN wurden/AUX festgenommen/VERB"));
    assertEquals("", links(DATE, "Die/DET drei/NUM Ukrainer/NOUN schwiegen/VERB"));
    ActorResolver belgium = new ActorResolver(slant.actors.Catalogue.of(List.of(new ActorEntry("Q31", "country",
        java.util.Map.of("de", "Belgien", "en", "Belgium"), null, null, null, null, null))),
        slant.lang.Rules.bundled(), false, false);
    java.util.function.Function<String, String> resolve = text -> Steps.links(
        belgium.resolve(Docs.doc("de", text), java.time.LocalDate.parse(DATE)));
    assertEquals("", resolve.apply("Ein/DET Belgier/NOUN wurde/AUX verurteilt/VERB"));
    assertEquals("Belgier=Q31/NAME", resolve.apply("Die/DET Belgier/NOUN wählen/VERB"), "the people as a whole");
  }

  /**
   * Until 2026-12-05 a one-word name was matched by its stemmer key alone: "Hollande" was the Netherlands' alias
   * "Holland", "Poel" (an island) was Polen, "Greene" the English alias "Greens" of the German Greens.
   */
  @Test
  void aOneWordNameIsMatchedOnlyAsWrittenWithAGermanNamesEnding() {
    assertFalse(PhraseMatcher.writtenAsName("Hollande", "Holland", true));
    assertFalse(PhraseMatcher.writtenAsName("Poel", "Polen", true));
    assertFalse(PhraseMatcher.writtenAsName("Greene", "Greens", false));
    assertFalse(PhraseMatcher.writtenAsName("Emirat", "Emirate", true), "one emirate, not the Emirates: too short");
    assertFalse(PhraseMatcher.writtenAsName("Grün", "Grüne", false), "too short for a singular");
    assertTrue(PhraseMatcher.writtenAsName("Holland", "Holland", true));
    assertTrue(PhraseMatcher.writtenAsName("Hollands", "Holland", true), "the genitive");
    assertTrue(PhraseMatcher.writtenAsName("Bundestages", "Bundestag", false));
    assertTrue(PhraseMatcher.writtenAsName("Grünen", "Grüne", false), "an adjectival name's ending");
    assertTrue(PhraseMatcher.writtenAsName("Niederlanden", "Niederlande", true), "a plural's dative");
    assertTrue(PhraseMatcher.writtenAsName("Demokrat", "Demokraten", false), "a plural name's singular");
    assertTrue(PhraseMatcher.writtenAsName("Palästinensergebiets", "Palästinensergebiete", true),
        "… in the genitive");
    assertTrue(PhraseMatcher.writtenAsName("Ukrainer", "Ukraine", true), "the people");
    assertTrue(PhraseMatcher.writtenAsName("Belgier", "Belgien", true));
    assertTrue(PhraseMatcher.writtenAsName("Niederländer", "Niederlande", true), "umlauts aside");
    assertTrue(PhraseMatcher.writtenAsName("Iraner", "Iran", true));
    assertTrue(PhraseMatcher.writtenAsName("ERDOGAN", "Erdoğan", false), "case and diacritics aside");
    assertFalse(PhraseMatcher.writtenAsName("Federn", "Fed", false), "feathers: only a country has people");
    assertTrue(PhraseMatcher.writtenAsName("Feds", "Fed", false), "the genitive of any name");
  }

  /** Until 2026-12-06 "ihre Federn" (feathers) was the alias "Fed" of the US central bank, as "Iraner" is Iran. */
  @Test
  void onlyACountrysNameHasANounForItsPeople() {
    ActorResolver fed = new ActorResolver(slant.actors.Catalogue.of(List.of(new ActorEntry("slant:federal-reserve",
        "organisation", java.util.Map.of("de", "US-Notenbank Fed", "en", "Federal Reserve"),
        java.util.Map.of("de", List.of("Fed")), null, null, null, null))), slant.lang.Rules.bundled(), false, false);
    java.util.function.Function<String, String> resolve = text -> Steps.links(
        fed.resolve(Docs.doc("de", text), java.time.LocalDate.parse(DATE)));
    assertEquals("", resolve.apply("ihre/DET Federn/NOUN leuchten/VERB rosa/ADJ"));
    assertEquals("Fed=slant:federal-reserve/NAME", resolve.apply("Die/DET Fed/PROPN senkt/VERB"));
  }

  @Test
  void compoundsAndAcronymsAsWritten() {
    assertEquals("Ukraine-Krieg=Q212/COMPOUND UN-Sanktionen=Q1065/COMPOUND",
        links(DATE, "Der/DET Ukraine-Krieg/NOUN und/CCONJ UN-Sanktionen/NOUN"));
    assertEquals("Kim Jong-un=Q56226/NAME", links(DATE, "Kim/PROPN Jong-un/PROPN"), "the 'un' is no acronym");
    assertEquals("", links(DATE, "ukraine/X"), "a capitalised name needs a capital");
  }

  @Test
  void aSeatOfPowerActsUnlessItIsOnlyAPlace() {
    assertEquals("Kreml=Q159/METONYM", links(DATE, "Der/DET/2/det Kreml/PROPN/3/nsubj teilte/VERB/0/root "
        + "in/ADP/5/case Moskau/PROPN/3/obl mit/ADP/3/compound:prt"));
    List<Mention> regime = Steps.run(Docs.doc("de",
        "das/DET/2/det Regime/NOUN/0/root in/ADP/4/case Pjöngjang/PROPN/2/nmod"), DATE, Steps.phrases());
    assertEquals("Pjöngjang=Q423/METONYM", Steps.links(regime));
    assertEquals(1, regime.get(0).headToken(), "the government noun stands for the mention");
    assertEquals(List.of("Regime"), regime.get(0).labels());
    assertEquals("", links(DATE, "Moskau/PROPN/4/dep –/PUNCT/1/punct Die/DET/4/det Regierung/NOUN/5/nsubj "
        + "erklärte/VERB/0/root"), "a dateline");
  }

  /** The word units of tokens [start, end) of a one-sentence German document. */
  private static List<WordUnit> span(String parse, int start, int end) {
    return WordUnit.of(Docs.doc("de", parse).sentences().get(0), WordNormalizer.forLanguage("de")).stream()
        .filter(u -> u.token() >= start && u.token() < end).toList();
  }

  /** Until 2026-12-07 "Das erste Mal seit neun Jahren" was the ARD: its alias "Das Erste" matched in any case. */
  @Test
  void aNameOfSeveralWordsIsWrittenWithItsCapitals() {
    assertFalse(PhraseMatcher.capitalisedAsWritten(span("Das/DET erste/ADJ Mal/NOUN", 0, 2), "Das Erste"));
    assertTrue(PhraseMatcher.capitalisedAsWritten(span("Das/DET Erste/PROPN zeigt/VERB", 0, 2), "Das Erste"));
    assertTrue(PhraseMatcher.capitalisedAsWritten(span("im/ADP das/DET Erste/PROPN", 1, 3), "Das Erste"),
        "the first word may be written in lower case");
    assertTrue(PhraseMatcher.capitalisedAsWritten(span("Fridays/PROPN for/ADP Future/PROPN", 0, 3),
        "Fridays for Future"), "lower case where the name has it");
    assertTrue(PhraseMatcher.capitalisedAsWritten(span("laut/ADP Spiegel/PROPN online/ADV", 1, 3), "Spiegel Online"),
        "a name without an article keeps a match written in lower case");
    assertEquals("Vereinte Nationen=Q1065/NAME", links(DATE, "Die/DET Vereinte/ADJ Nationen/NOUN tagen/VERB"));
  }
}
