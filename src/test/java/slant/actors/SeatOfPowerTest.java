package slant.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import slant.lang.WordNormalizer;
import slant.model.Sentence;
import slant.testing.Docs;

class SeatOfPowerTest {

  private static final WordNormalizer DE = WordNormalizer.forLanguage("de");
  private final SeatOfPower seats = Steps.SEATS;

  private static Sentence sentence(String items) {
    return Docs.doc("de", items).sentences().get(0);
  }

  @Test
  void aPlaceIsGovernedByAPlacePreposition() {
    // Der Kreml teilte in Moskau mit.
    Sentence parsed = sentence("Der/DET/2/det Kreml/PROPN/3/nsubj teilte/VERB/0/root in/ADP/5/case "
        + "Moskau/PROPN/3/obl mit/ADP/3/compound:prt");
    assertTrue(seats.isPlace(parsed, 4, 4, DE));
    assertFalse(seats.isPlace(parsed, 1, 1, DE));
    // unparsed: the preposition at most three tokens before, only determiners and adjectives between
    assertTrue(seats.isPlace(sentence("Proteste/NOUN in/ADP der/DET Ukraine/PROPN"), 3, 3, DE));
    assertFalse(seats.isPlace(sentence("Moskau/PROPN droht/VERB"), 0, 0, DE));
    assertFalse(seats.isPlace(sentence("in/ADP Kiew/PROPN und/CCONJ Moskau/PROPN"), 3, 3, DE));
  }

  /** Until 2026-12-04 "Washington – …" opening a derStandard report was a mention of the USA. */
  @Test
  void aDatelineIsThePlaceTheReportWasFiledFrom() {
    assertTrue(SeatOfPower.isDateline(sentence("Moskau/PROPN –/PUNCT Die/DET Regierung/NOUN erklärte/VERB"), 0, 0));
    assertTrue(SeatOfPower.isDateline(sentence("Moskau/PROPN (/PUNCT dpa/PROPN )/PUNCT -/PUNCT Die/DET "
        + "Regierung/NOUN erklärte/VERB"), 0, 0), "with an agency credit");
    assertFalse(SeatOfPower.isDateline(sentence("Moskau/PROPN droht/VERB –/PUNCT wieder/ADV"), 0, 0));
    assertFalse(SeatOfPower.isDateline(sentence("Nur/ADV Moskau/PROPN –/PUNCT nicht/PART Kiew/PROPN"), 1, 1),
        "not at the start of its sentence");
    assertTrue(seats.isMerePlace(sentence("Moskau/PROPN –/PUNCT Die/DET Regierung/NOUN erklärte/VERB"), 0, 0, DE));
  }

  @Test
  void aSeatOfPowerAfterAusReportsInAnImpersonalReportOrAfterAStatementNoun() {
    assertTrue(seats.reportsFrom(sentence("Aus/ADP dem/DET Kreml/PROPN hieß/VERB es/PRON"), 2, 2));
    assertTrue(seats.reportsFrom(sentence("Nach/ADP Angaben/NOUN aus/ADP Kiew/PROPN wurden/AUX drei/NUM "
        + "Drohnen/NOUN abgeschossen/VERB"), 3, 3));
    assertFalse(seats.reportsFrom(sentence("Sie/PRON kam/VERB aus/ADP Moskau/PROPN zurück/ADP"), 3, 3));
    assertFalse(seats.reportsFrom(sentence("In/ADP Moskau/PROPN hieß/VERB es/PRON"), 1, 1), "only after aus");
  }

  @Test
  void aGovernmentNounMakesThePlaceTheGovernment() {
    Sentence parsed = sentence("das/DET/2/det Regime/NOUN/0/root in/ADP/4/case Pjöngjang/PROPN/2/nmod");
    assertTrue(seats.underGovernmentNoun(parsed, 3, DE));
    assertFalse(seats.isMerePlace(parsed, 3, 3, DE));
    assertTrue(seats.underGovernmentNoun(sentence("das/DET Regime/NOUN in/ADP Pjöngjang/PROPN"), 3, DE),
        "unparsed: two tokens before");
    Sentence place = sentence("Sie/PRON/2/nsubj kam/VERB/0/root aus/ADP/4/case Moskau/PROPN/2/obl "
        + "zurück/ADP/2/compound:prt");
    assertTrue(seats.isMerePlace(place, 3, 3, DE));
  }

  @Test
  void aSeatOfPowerMatchesOnlyAsWritten() {
    assertTrue(SeatOfPower.metonymWritten(sentence("Moskaus/PROPN Antwort/NOUN"), 0, 1, "Moskau", false));
    assertFalse(SeatOfPower.metonymWritten(sentence("Pariser/ADJ Mode/NOUN"), 0, 1, "Paris", false));
    assertFalse(SeatOfPower.metonymWritten(sentence("Sofia/PROPN/-/-/PERSON Lindqvist/PROPN/-/-/PERSON"), 0, 1,
        "Sofia", false), "a first name");
    assertTrue(SeatOfPower.metonymWritten(sentence("Kreml-Sprecher/NOUN"), 0, 1, "Kreml", true));
  }

  /**
   * Until 2026-12-07 "am Weißen Haus" (tokenized "an dem") and "das Gelände des Weißen Hauses" were the US government:
   * a building's place and its part's genitive are places; "an das Weiße Haus" still addresses the government.
   */
  @Test
  void aBuildingsPlaceAndItsPartsAreNoGovernment() {
    assertTrue(seats.isPlace(sentence("Ballsaal/NOUN an/ADP dem/DET Weißen/ADJ Haus/NOUN"), 3, 4, DE));
    assertFalse(seats.isPlace(sentence("Brief/NOUN an/ADP das/DET Weiße/ADJ Haus/NOUN"), 3, 4, DE));
    assertTrue(seats.isPlace(sentence("auf/ADP dem/DET Gelände/NOUN des/DET Weißen/ADJ Hauses/NOUN"), 4, 5, DE));
    assertTrue(seats.isPlace(sentence("im/ADP Garten/NOUN des/DET Kanzleramts/NOUN"), 3, 3, DE));
    assertFalse(seats.isPlace(sentence("ein/DET Sprecher/NOUN des/DET Weißen/ADJ Hauses/NOUN"), 3, 4, DE));
    // parsed: the span's head is the building part's nmod
    Sentence parsed = sentence("der/DET/2/det Ostflügel/NOUN/0/root des/DET/5/det Weißen/ADJ/5/amod "
        + "Hauses/NOUN/2/nmod");
    assertTrue(seats.isPlace(parsed, 3, 4, DE));
    Sentence speaker = sentence("der/DET/2/det Sprecher/NOUN/0/root des/DET/5/det Weißen/ADJ/5/amod "
        + "Hauses/NOUN/2/nmod");
    assertFalse(seats.isPlace(speaker, 3, 4, DE));
  }

  /**
   * Until 2026-12-07 "das Weiße Haus" and "des Weißen Hauses" were not the catalogue's "Weißes Haus": the name's
   * adjective is declined after an article, and the noun takes a genitive ending.
   */
  @Test
  void aNameOfSeveralWordsMayBeDeclined() {
    assertTrue(whiteHouse("Weiße/ADJ Haus/NOUN erklärte/VERB"));
    assertTrue(whiteHouse("Weißen/ADJ Hauses/NOUN"));
    assertTrue(whiteHouse("Weißem/ADJ Haus/NOUN"));
    assertFalse(whiteHouse("Weißes/ADJ Häuschen/NOUN"));
    assertFalse(whiteHouse("Weiß/ADJ Haus/NOUN"), "an adjective keeps an ending");
    assertFalse(SeatOfPower.metonymWritten(sentence("Den/DET Haager/ADJ"), 0, 2, "Den Haag", false),
        "a word without an adjective's ending is written as listed");
  }

  /** Whether the first two tokens of {@code items} are written as the catalogue's "Weißes Haus". */
  private static boolean whiteHouse(String items) {
    return SeatOfPower.metonymWritten(sentence(items), 0, 2, "Weißes Haus", false);
  }
}
