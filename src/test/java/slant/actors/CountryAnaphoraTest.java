package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slant.testing.Docs;

class CountryAnaphoraTest {

  private static String links(String... sentences) {
    CountryAnaphora anaphora = new CountryAnaphora(Steps.RULES, Steps.SEATS, Steps.MENTIONS);
    return Steps.links(Steps.run(Docs.doc("de", sentences), "2024-06-18", Steps.phrases(), anaphora));
  }

  @Test
  void theOneCountryActingBeforeItInThisSentence() {
    // Seit Russlands Invasion in der Ukraine ist das Land geächtet: Ukraine is a place, Russia acts
    assertEquals("Russlands=Q159/NAME Ukraine=Q212/NAME das Land=Q159/ANAPHOR", links("Seit/ADP/3/case "
        + "Russlands/PROPN/3/nmod Invasion/NOUN/10/obl in/ADP/6/case der/DET/6/det Ukraine/PROPN/3/nmod "
        + "ist/AUX/10/aux:pass das/DET/9/det Land/NOUN/10/nsubj:pass geächtet/VERB/0/root"));
  }

  @Test
  void theOneCountryOfThePreviousSentenceButNeverAGuess() {
    assertEquals("Nordkorea=Q423/NAME Das Land=Q423/ANAPHOR",
        links("Nordkorea/PROPN/2/nsubj droht/VERB/0/root", "Das/DET/2/det Land/NOUN/3/nsubj schweigt/VERB/0/root"));
    assertEquals("Russland=Q159/NAME Nordkorea=Q423/NAME", links("Russland/PROPN/4/nsubj und/CCONJ/3/cc "
        + "Nordkorea/PROPN/1/conj drohen/VERB/0/root", "Das/DET/2/det Land/NOUN/3/nsubj schweigt/VERB/0/root"),
        "two candidates: no mention");
    assertEquals("", links("Ein/DET/2/det Land/NOUN/3/nsubj schweigt/VERB/0/root"), "no determiner of the list");
  }

  /**
   * Until 2026-12-07 an adjective between determiner and noun hid the anaphor: "Das Militär des international
   * isolierten Landes drohte" after Nordkorea linked nobody, and "isolierten" judged no one.
   */
  @Test
  void adjectivesBetweenDeterminerAndNounButNotAnotherCountrys() {
    assertEquals("Nordkorea=Q423/NAME Landes=Q423/ANAPHOR", links("Nordkorea/PROPN/2/nsubj droht/VERB/0/root",
        "Das/DET/2/det Militär/NOUN/7/nsubj des/DET/6/det international/ADV/5/advmod isolierten/ADJ/6/amod "
        + "Landes/NOUN/2/nmod drohte/VERB/0/root"));
    assertEquals("Nordkorea=Q423/NAME", links("Nordkorea/PROPN/2/nsubj droht/VERB/0/root",
        "Das/DET/3/det benachbarte/ADJ/3/amod Land/NOUN/4/nsubj schweigt/VERB/0/root"), "another country");
    assertEquals("Nordkorea=Q423/NAME", links("Nordkorea/PROPN/2/nsubj droht/VERB/0/root",
        "Das/DET/3/det auch/ADV/3/advmod Land/NOUN/4/nsubj schweigt/VERB/0/root"), "no adjective before the noun");
    assertEquals("Nordkorea=Q423/NAME", links("Nordkorea/PROPN/2/nsubj droht/VERB/0/root",
        "Die/DET/2/det Mehrheit/NOUN/6/nsubj der/DET/5/det europäischen/ADJ/5/amod Länder/NOUN/2/nmod "
        + "schweigt/VERB/0/root"), "a plural");
    assertEquals("Nordkorea=Q423/NAME", links("Nordkorea/PROPN/2/nsubj droht/VERB/0/root",
        "Es/PRON/2/nsubj ist/AUX/0/root nicht/PART/5/advmod das/DET/5/det einzige/ADJ/5/amod Land/NOUN/2/nsubj"),
        "any country of a class");
  }

  @Test
  void aCountryNamedOnlyAsAPlaceWhenNoOtherIsThere() {
    assertEquals("Ukraine=Q212/NAME das Land=Q212/ANAPHOR",
        links("Nach/ADP Protesten/NOUN in/ADP der/DET Ukraine/PROPN hat/AUX das/DET Land/NOUN reagiert/VERB"));
  }

  /**
   * Until 2026-12-07 a sentence whose only actor was a country anaphor stayed unparsed (parse: candidates), so "Das
   * Land hat zumindest einen Teilerfolg errungen" lost the country's narrated success.
   */
  @Test
  void aSentenceWithACountryAnaphorIsAParseCandidate() {
    var doc = Docs.doc("de", "Das/DET Land/NOUN hat/AUX einen/DET Teilerfolg/NOUN errungen/VERB ./PUNCT",
        "Das/DET kleine/ADJ Land/NOUN schweigt/VERB ./PUNCT", "Ein/DET Land/NOUN schweigt/VERB ./PUNCT",
        "Im/ADP ganzen/ADJ Land/NOUN regnet/VERB es/PRON ./PUNCT");
    ActorResolver on = new ActorResolver(ActorResolverTest.CATALOGUE, Steps.RULES, true, true, false);
    assertEquals(true, on.isCandidate(doc.sentences().get(0), "de"));
    assertEquals(true, on.isCandidate(doc.sentences().get(1), "de"), "an adjective between");
    assertEquals(false, on.isCandidate(doc.sentences().get(2), "de"), "no determiner of the list");
    assertEquals(false, on.isCandidate(doc.sentences().get(3), "de"), "no determiner of the list");
    assertEquals(false, new ActorResolver(ActorResolverTest.CATALOGUE, Steps.RULES, true, false, false)
        .isCandidate(doc.sentences().get(0), "de"), "anaphora off");
  }
}
