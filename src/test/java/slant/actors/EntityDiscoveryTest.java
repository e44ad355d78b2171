package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.testing.Docs;

class EntityDiscoveryTest {

  private static final String DATE = "2024-06-18";

  private static EntityDiscovery discovery() {
    return new EntityDiscovery(Steps.TITLES, Steps.RULES.words("group-heads.tsv"),
        Steps.RULES.words("weather-system-nouns.tsv"), Steps.RULES.words("non-actor-names.tsv"),
        slant.lang.GermanNounGender.of(Steps.RULES));
  }

  /** The state after discovery over a German document of these sentences. */
  private static DocState discovered(String... sentences) {
    return Steps.state(Docs.doc("de", sentences), DATE, discovery());
  }

  @Test
  void aPersonOutsideTheCatalogueAndHisSurnameLater() {
    AnnotatedDoc doc = Docs.doc("de",
        "Laut/ADP James/PROPN/-/-/PERSON Brown/PROPN/-/-/PERSON lacht/VERB",
        "so/ADV Brown/PROPN ./PUNCT");
    DocState d = Steps.state(doc, DATE, discovery());
    assertEquals("James Brown=auto:james-brown/DISCOVERED Brown=auto:james-brown/PARTIAL_NAME",
        Steps.links(d.resolved()));
    assertEquals("person", d.resolved().get(1).actorType());
    assertEquals("James Brown", d.resolved().get(1).actorName());
    assertEquals(Map.of("auto:james-brown", "James Brown"), d.discoveredNames());
    assertEquals(Map.of("brown", "auto:james-brown"), d.discoveredSurnames());
  }

  /**
   * Until 2026-12-06 a lone surname NER tagged as an organisation or a place became an actor of its own beside the
   * person ("Palla/ORGANIZATION folgt auf Richard Lutz" after "Evelyn Palla"), as did a hyphenated surname.
   */
  @Test
  void aSurnameTaggedAsAnOrganisationOrAPlaceIsThePersons() {
    DocState d = discovered(
        "Evelyn/PROPN/-/-/PERSON Palla/PROPN/-/-/PERSON lacht/VERB",
        "Palla/PROPN/-/-/ORGANIZATION folgt/VERB ./PUNCT",
        "Frauke/PROPN/-/-/PERSON Brosius/PROPN/-/-/PERSON ~-/PUNCT/-/-/PERSON ~Gersdorf/PROPN/-/-/PERSON kam/VERB",
        "Brosius/PROPN/-/-/ORGANIZATION ~-/PUNCT/-/-/ORGANIZATION ~Gersdorf/PROPN/-/-/ORGANIZATION sprach/VERB");
    assertEquals("Evelyn Palla=auto:evelyn-palla/DISCOVERED Palla=auto:evelyn-palla/PARTIAL_NAME "
        + "Frauke Brosius-Gersdorf=auto:frauke-brosius-gersdorf/DISCOVERED "
        + "Brosius-Gersdorf=auto:frauke-brosius-gersdorf/PARTIAL_NAME", Steps.links(d.resolved()));
    assertEquals("person", d.resolved().get(1).actorType());
    assertEquals("person", d.resolved().get(3).actorType());
    // an organisation whose name is another word is no surname: "Gersdorf" alone is not "Brosius-Gersdorf"
    assertFalse(EntityDiscovery.surnameOf("Gersdorf", "Frauke Brosius-Gersdorf"));
    assertFalse(EntityDiscovery.surnameOf("Palla Bau", "Evelyn Palla"));
  }

  /**
   * Until 2026-12-08 "der Südtiroler Sinner" (tagged as an organisation) after "Jannik Sinner" was an actor of its own,
   * "Südtiroler Sinner": a place's "-er" attribute the parser hangs on the surname is no first name. An
   * organisation's name keeps its place word ("der Hamburger SV").
   */
  @Test
  void aPlacesAttributeBeforeASurnameIsNoFirstName() {
    DocState d = discovered(
        "Jannik/PROPN/2/nsubj/PERSON Sinner/PROPN/1/flat/PERSON gewann/VERB/0/root",
        "der/DET/3/det Südtiroler/PROPN/3/amod/ORGANIZATION Sinner/PROPN/4/nsubj/ORGANIZATION siegte/VERB/0/root",
        "der/DET/3/det Hamburger/PROPN/3/amod/ORGANIZATION SV/PROPN/4/nsubj/ORGANIZATION siegte/VERB/0/root");
    assertEquals("Jannik Sinner=auto:jannik-sinner/DISCOVERED Sinner=auto:jannik-sinner/PARTIAL_NAME "
        + "Hamburger SV=auto:hamburger-sv/DISCOVERED", Steps.links(d.resolved()));
  }

  /**
   * Until 2026-12-07 events, wars, diseases and things the recogniser tagged as names became actors of their own
   * ("Fußball-WM", "Gazakrieg", "KI", "Olympische Spiele", "Hass" in "gegen Hass und Hetze"), with rows in every
   * table. A person's surname that is such a word ("Amira Hass") stays a person, as does a one-word name equal to a
   * listed ending ("Krieg"); organisations the list does not name stay.
   */
  @Test
  void eventsWarsAndThingsAreNoActors() {
    DocState d = discovered(
        "Die/DET Fußball/PROPN/-/-/ORGANIZATION ~-/PUNCT/-/-/ORGANIZATION ~WM/PROPN/-/-/ORGANIZATION beginnt/VERB",
        "Der/DET Gazakrieg/PROPN/-/-/ORGANIZATION und/CCONJ KI/PROPN/-/-/ORGANIZATION prägen/VERB die/DET "
            + "Olympischen/ADJ/-/-/LOCATION Spiele/NOUN/-/-/LOCATION",
        "Proteste/NOUN gegen/ADP Hass/NOUN/-/-/ORGANIZATION und/CCONJ Hetze/NOUN",
        "Amira/PROPN/-/-/PERSON Hass/PROPN/-/-/PERSON schreibt/VERB für/ADP Haaretz/PROPN/-/-/ORGANIZATION",
        "Krieg/PROPN/-/-/PERSON lacht/VERB");
    assertEquals("Amira Hass=auto:amira-hass/DISCOVERED Haaretz=auto:haaretz/DISCOVERED Krieg=auto:krieg/DISCOVERED",
        Steps.links(d.resolved()));
    assertTrue(EntityDiscovery.namesNoActor("Ukraine-Krieg", false, Steps.RULES.words("non-actor-names.tsv")));
    assertTrue(EntityDiscovery.namesNoActor("Tour de France", false, Steps.RULES.words("non-actor-names.tsv")));
    assertFalse(EntityDiscovery.namesNoActor("Stefan Krieg", true, Steps.RULES.words("non-actor-names.tsv")));
    // a place's abbreviation after its name ("Washington, D. C."), also with a no-break space: since 2026-12-07
    assertTrue(EntityDiscovery.namesNoActor("D. C.", false, Steps.RULES.words("non-actor-names.tsv")));
    assertTrue(EntityDiscovery.namesNoActor("D.\u00a0C.", false, Steps.RULES.words("non-actor-names.tsv")));
    // packages, prizes, a whale, the planet (since 2026-12-07); "Thomas Preis" is a person, "Preis" alone no ending
    assertTrue(EntityDiscovery.namesNoActor("Sanktionspaket", false, Steps.RULES.words("non-actor-names.tsv")));
    assertTrue(EntityDiscovery.namesNoActor("Nobelpreis", false, Steps.RULES.words("non-actor-names.tsv")));
    assertTrue(EntityDiscovery.namesNoActor("Buckelwal", false, Steps.RULES.words("non-actor-names.tsv")));
    assertFalse(EntityDiscovery.namesNoActor("Thomas Preis", true, Steps.RULES.words("non-actor-names.tsv")));
    assertFalse(EntityDiscovery.namesNoActor("Preis", true, Steps.RULES.words("non-actor-names.tsv")));
  }

  /**
   * Until 2026-12-07 each case of an organisation's name was an actor of its own ("des Deutschen Wetterdienstes",
   * "der Süddeutschen Zeitung", "laut Süddeutscher Zeitung", "dem Statistischen Bundesamt"). Its base form names it
   * now: the adjectives that open it take the head noun's nominative ending, the head loses its genitive ending after
   * "des"; a town's adjective ("Osnabrücker"), the words after the head ("für Wirtschaftsforschung") and an adjective
   * of a genitive attribute ("Bundesvereinigung Deutscher Apothekerverbände") stay as written.
   */
  @Test
  void theCasesOfAnOrganisationsNameAreOneActor() {
    DocState d = discovered(
        "laut/ADP des/DET Deutschen/ADJ/-/-/ORGANIZATION Wetterdienstes/NOUN/-/-/ORGANIZATION",
        "der/DET Deutsche/ADJ/-/-/ORGANIZATION Wetterdienst/NOUN/-/-/ORGANIZATION warnt/VERB",
        "laut/ADP Süddeutscher/ADJ/-/-/ORGANIZATION Zeitung/NOUN/-/-/ORGANIZATION",
        "dem/DET Statistischen/ADJ/-/-/ORGANIZATION Bundesamt/NOUN/-/-/ORGANIZATION zufolge/ADP",
        "der/DET Neuen/ADJ/-/-/ORGANIZATION Osnabrücker/ADJ/-/-/ORGANIZATION Zeitung/NOUN/-/-/ORGANIZATION",
        "des/DET Deutschen/ADJ/-/-/ORGANIZATION Instituts/NOUN/-/-/ORGANIZATION für/ADP/-/-/ORGANIZATION "
            + "Wirtschaftsforschung/NOUN/-/-/ORGANIZATION",
        "die/DET Bundesvereinigung/NOUN/-/-/ORGANIZATION Deutscher/ADJ/-/-/ORGANIZATION "
            + "Apothekerverbände/NOUN/-/-/ORGANIZATION");
    assertEquals("Deutschen Wetterdienstes=auto:deutscher-wetterdienst/DISCOVERED "
        + "Deutsche Wetterdienst=auto:deutscher-wetterdienst/DISCOVERED "
        + "Süddeutscher Zeitung=auto:suddeutsche-zeitung/DISCOVERED "
        + "Statistischen Bundesamt=auto:statistisches-bundesamt/DISCOVERED "
        + "Neuen Osnabrücker Zeitung=auto:neue-osnabrucker-zeitung/DISCOVERED "
        + "Deutschen Instituts für Wirtschaftsforschung=auto:deutsches-institut-fur-wirtschaftsforschung/DISCOVERED "
        + "Bundesvereinigung Deutscher Apothekerverbände=auto:bundesvereinigung-deutscher-apothekerverbande/DISCOVERED",
        Steps.links(d.resolved()));
    assertEquals("Deutscher Wetterdienst", d.resolved().get(0).actorName());
    assertEquals("Haus", EntityDiscovery.withoutGenitive("Hauses"));
    assertEquals("Verband", EntityDiscovery.withoutGenitive("Verbands"));
    assertEquals("Kongress", EntityDiscovery.withoutGenitive("Kongresses"));
    assertEquals("Gas", EntityDiscovery.withoutGenitive("Gas"), "an s after a vowel is no ending");
  }

  /**
   * Until 2026-12-07 the genitive of a discovered person's surname ("den Fleiß Schickhofers") was a person of its own,
   * "Schickhofers", and what the sentence said of it was lost to Schickhofer. The genitive (the surname plus "s") is
   * now the person's, whether named in full or by one word before, tagged by NER or not; its noun before is what it
   * owns, not its title. An organisation's one-word name is not a person's.
   */
  @Test
  void theGenitiveOfADiscoveredSurnameIsThePersons() {
    DocState full = discovered(
        "Ernst/PROPN/-/-/PERSON Swoboda/PROPN/-/-/PERSON berichtet/VERB",
        "die/DET/2/det Entgleisung/NOUN/0/root Swobodas/PROPN/2/appos/PERSON");
    assertEquals("Ernst Swoboda=auto:ernst-swoboda/DISCOVERED Swobodas=auto:ernst-swoboda/PARTIAL_NAME",
        Steps.links(full.resolved()));
    assertEquals(List.of(), full.resolved().get(1).labels());
    assertEquals(2, full.resolved().get(1).headToken(), "the genitive is its own head, not the noun's");
    DocState oneWord = discovered(
        "Schickhofer/PROPN/-/-/PERSON lacht/VERB",
        "den/DET Fleiß/NOUN Schickhofers/PROPN ./PUNCT");
    assertEquals("Schickhofer=auto:schickhofer/DISCOVERED Schickhofers=auto:schickhofer/PARTIAL_NAME",
        Steps.links(oneWord.resolved()));
    DocState organisation = discovered(
        "Magna/PROPN/-/-/ORGANIZATION wächst/VERB",
        "die/DET Bilanz/NOUN Magnas/PROPN/-/-/PERSON ./PUNCT");
    assertEquals("Magna=auto:magna/DISCOVERED Magnas=auto:magnas/DISCOVERED", Steps.links(organisation.resolved()));
  }

  /**
   * Until 2026-12-05 a hyphenated compound the entity recogniser tagged as a person had a surname: "Crans-Montana" made
   * every later "Montana" its partial name, "Schwarz-Rot" every "Rot".
   */
  @Test
  void aHyphenatedCompoundHasNoSurname() {
    DocState d = discovered(
        "in/ADP Crans/PROPN/-/-/PERSON ~-/PUNCT/-/-/PERSON ~Montana/PROPN/-/-/PERSON brannte/VERB",
        "in/ADP Montana/PROPN/-/-/PERSON ./PUNCT");
    assertEquals("Crans-Montana=auto:crans-montana/DISCOVERED Montana=auto:montana/DISCOVERED",
        Steps.links(d.resolved()));
    assertEquals(Map.of(), d.discoveredSurnames());
  }

  /** Until 2026-12-04 an NER span that began lower case was dropped, and a group noun before the name kept in it. */
  @Test
  void theNameInAnNerSpanStartsAfterLowerCaseWordsAndAGroupNoun() {
    List<Mention> lider = Steps.run(Docs.doc("de", "der/DET rechtspopulistischen/PROPN/-/-/ORGANIZATION "
        + "Partei/PROPN/-/-/ORGANIZATION Lider/PROPN/-/-/ORGANIZATION"), DATE, discovery());
    assertEquals("Lider=auto:lider/DISCOVERED", Steps.links(lider));
    assertEquals(3, lider.get(0).startToken());
    assertEquals("Ansar Dine=auto:ansar-dine/DISCOVERED", Steps.links(Steps.run(Docs.doc("de",
        "von/ADP der/DET Islamistengruppe/PROPN/-/-/ORGANIZATION Ansar/PROPN/-/-/ORGANIZATION "
            + "Dine/PROPN/-/-/ORGANIZATION"), DATE, discovery())));
    assertEquals("Grüne Partei=auto:grune-partei/DISCOVERED", Steps.links(Steps.run(Docs.doc("de",
        "Grüne/PROPN/-/-/ORGANIZATION Partei/PROPN/-/-/ORGANIZATION"), DATE, discovery())),
        "a group noun after the name is part of it");
  }

  /**
   * Until 2026-12-06 a group compound the tokenizer split at its hyphen stayed in the discovered name ("Neonazi-Partei
   * Goldene Morgenröte" beside "Goldene Morgenröte": two actors); the name now starts after it, and the mention keeps
   * it as the actor's label. A group noun NER ended a person's span on is no surname of that person.
   */
  @Test
  void aSplitGroupCompoundLabelsTheNameAfterIt() {
    List<Mention> party = Steps.run(Docs.doc("de", "der/DET Neonazi/PROPN/-/-/ORGANIZATION "
        + "~-/PUNCT/-/-/ORGANIZATION ~Partei/PROPN/-/-/ORGANIZATION Goldene/PROPN/-/-/ORGANIZATION "
        + "Morgenröte/PROPN/-/-/ORGANIZATION"), DATE, discovery());
    assertEquals("Neonazi-Partei Goldene Morgenröte=auto:goldene-morgenrote/DISCOVERED", Steps.links(party));
    assertEquals("Goldene Morgenröte", party.get(0).actorName());
    assertEquals(1, party.get(0).startToken());
    assertEquals(5, party.get(0).headToken(), "the name's head, not the label's");
    List<Mention> tsipras = Steps.run(Docs.doc("de",
        "Tsipras/PROPN/-/-/PERSON Syriza/PROPN/-/-/PERSON ~-/PUNCT/-/-/PERSON ~Partei/PROPN/-/-/PERSON stimmte/VERB",
        "Die/DET Partei/PROPN stimmte/VERB"), DATE, discovery());
    assertEquals("Tsipras Syriza-Partei=auto:tsipras-syriza-partei/DISCOVERED", Steps.links(tsipras));
  }

  /** Until 2026-12-04 a lower-case adjective inside an NER span stayed in the discovered name. */
  @Test
  void theNameStartsAfterAnAdjectiveInsideTheSpan() {
    List<Mention> schelling = Steps.run(Docs.doc("de", "der/DET im/ADP St./PROPN/-/-/PERSON Pöltener/PROPN/-/-/PERSON "
        + "Landhaus/PROPN/-/-/PERSON unbeliebte/ADJ/-/-/PERSON Hans/PROPN/-/-/PERSON Jörg/PROPN/-/-/PERSON "
        + "Schelling/PROPN/-/-/PERSON"), DATE, discovery());
    assertEquals("Hans Jörg Schelling=auto:hans-jorg-schelling/DISCOVERED", Steps.links(schelling));
    assertEquals("Ludwig van Beethoven=auto:ludwig-van-beethoven/DISCOVERED", Steps.links(Steps.run(Docs.doc("de",
        "Ludwig/PROPN/-/-/PERSON van/PROPN/-/-/PERSON Beethoven/PROPN/-/-/PERSON"), DATE, discovery())),
        "a name particle is no adjective");
  }

  @Test
  void aDatelineIsNoActor() {
    assertEquals("", Steps.links(Steps.run(Docs.doc("de",
        "Washington/PROPN/-/-/PERSON –/PUNCT Der/DET Senat/NOUN tagte/VERB"), DATE, discovery())));
    assertEquals("Washington=auto:washington/DISCOVERED", Steps.links(Steps.run(Docs.doc("de",
        "Washington/PROPN/-/-/PERSON tagte/VERB"), DATE, discovery())), "a name that starts a clause still counts");
  }

  /** Until 2026-12-06 "Hurrikan Melissa trifft Jamaika" made the storm a person. */
  @Test
  void aStormsNameIsNoPerson() {
    assertEquals("", Steps.links(Steps.run(Docs.doc("de",
        "Hurrikan/NOUN Melissa/PROPN/-/-/PERSON trifft/VERB Jamaika/PROPN"), DATE, discovery())));
    assertEquals("", Steps.links(Steps.run(Docs.doc("de",
        "Das/DET Sturmtief/NOUN Elli/PROPN/-/-/PERSON zieht/VERB"), DATE, discovery())));
    assertEquals("Melissa=auto:melissa/DISCOVERED", Steps.links(Steps.run(Docs.doc("de",
        "Sängerin/NOUN Melissa/PROPN/-/-/PERSON singt/VERB"), DATE, discovery())), "a person after another noun is one");
    // a compound's head ("Wintersturm"), and the name alone later in the document
    assertEquals("", Steps.links(Steps.run(Docs.doc("de",
        "Wintersturm/NOUN Elli/PROPN/-/-/PERSON legt/VERB den/DET Verkehr/NOUN lahm/ADJ",
        "Elli/PROPN/-/-/PERSON zieht/VERB weiter/ADV"), DATE, discovery())));
    // a storm's name the recogniser did not tag there is still remembered
    assertEquals("", Steps.links(Steps.run(Docs.doc("de", "Der/DET Hurrikan/NOUN Melissa/PROPN trifft/VERB Kuba/PROPN",
        "Melissa/PROPN/-/-/PERSON zieht/VERB weiter/ADV"), DATE, discovery())));
    // the name in quotation marks
    assertEquals("", Steps.links(Steps.run(Docs.doc("de",
        "Der/DET Hurrikan/NOUN „/PUNCT Melissa/PROPN/-/-/PERSON “/PUNCT zieht/VERB"), DATE, discovery())));
  }

  @Test
  void aLocationOnlyWhenItActs() {
    List<Mention> acting = Steps.run(Docs.doc("de",
        "Charkiw/PROPN/2/nsubj/LOCATION meldete/VERB/0/root Angriffe/NOUN/2/obj"), DATE, discovery());
    assertEquals("Charkiw=auto:charkiw/DISCOVERED", Steps.links(acting));
    assertEquals("location", acting.get(0).actorType());
    assertEquals("", Steps.links(Steps.run(Docs.doc("de",
        "Es/PRON/2/nsubj regnet/VERB/0/root in/ADP/4/case Charkiw/PROPN/2/obl/LOCATION"), DATE, discovery())));
  }

  @Test
  void catalogueMatchesAndLowerCaseTagsWin() {
    // NER tags "Wladimir Putin" as a person, but the catalogue step took it first
    assertEquals("Wladimir Putin=Q7747/NAME", Steps.links(Steps.run(Docs.doc("de",
        "Wladimir/PROPN/-/-/PERSON Putin/PROPN/-/-/PERSON lacht/VERB"), DATE, Steps.phrases(), discovery())));
    assertEquals("", Steps.links(Steps.run(Docs.doc("de", "vom/ADP Typ/NOUN her/ADV/-/-/ORGANIZATION"), DATE,
        discovery())), "names are capitalised");
    assertEquals("Vereinigte Linke=auto:vereinigte-linke/DISCOVERED", Steps.links(Steps.run(Docs.doc("de",
        "Die/DET Vereinigte/ADJ/-/-/ORGANIZATION Linke/NOUN/-/-/ORGANIZATION tagt/VERB"), DATE, discovery())));
  }

  @Test
  void slugsAreAsciiHyphenJoinedKeys() {
    assertEquals("sergej-lawrow", EntityDiscovery.slug("Sergéj Lawrow"));
    assertEquals("strasse-der-einheit", EntityDiscovery.slug("Straße der Einheit"));
    assertEquals("", EntityDiscovery.slug("—"));
  }
}
