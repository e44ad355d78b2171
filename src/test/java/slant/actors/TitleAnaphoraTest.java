package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slant.testing.Docs;

/**
 * Until 2026-12-07 a title noun without a name ("so der Präsident", "der Minister sagte") was no mention. It now
 * refers back to the one person of the window the article labelled with that title, with the guards of
 * {@link TitleAnaphora}.
 */
class TitleAnaphoraTest {

  private static final String PUTIN_PRESIDENT =
      "Präsident/NOUN/4/nsubj Wladimir/PROPN/1/appos Putin/PROPN/2/flat sprach/VERB/0/root";
  private static final String KIM_PRESIDENT =
      "Präsident/NOUN/4/nsubj Kim/PROPN/1/appos Jong-un/PROPN/2/flat schwieg/VERB/0/root";

  private static String links(String... sentences) {
    return Steps.links(Steps.run(Docs.doc("de", sentences), "2024-06-18", Steps.phrases(),
        new TitleAnaphora(Steps.RULES)));
  }

  @Test
  void aTitleNounStandsForThePersonTheArticleLabelledWithIt() {
    assertEquals("Wladimir Putin=Q7747/NAME Präsident=Q7747/ANAPHOR", links(PUTIN_PRESIDENT,
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj"));
    assertEquals("Wladimir Putin=Q7747/NAME Präsidenten=Q7747/ANAPHOR", links(PUTIN_PRESIDENT,
        "Die/DET/2/det Rede/NOUN/4/nsubj des/DET/4/det Präsidenten/NOUN/2/nmod war/AUX/0/root kurz/ADJ/5/advmod"),
        "a genitive singular");
    // a longer title ending in the noun: "Staatspräsident Putin" is "der Präsident"
    assertEquals("Wladimir Putin=Q7747/NAME Präsident=Q7747/ANAPHOR", links(
        "Staatspräsident/NOUN/4/nsubj Wladimir/PROPN/1/appos Putin/PROPN/2/flat sprach/VERB/0/root",
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj"));
  }

  @Test
  void anotherOfficeAPluralOrATitleWithItsOwnNameLinksNothing() {
    assertEquals("Wladimir Putin=Q7747/NAME", links(
        "Vizepräsident/NOUN/4/nsubj Wladimir/PROPN/1/appos Putin/PROPN/2/flat sprach/VERB/0/root",
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj"), "a vice-president");
    assertEquals("Wladimir Putin=Q7747/NAME", links(PUTIN_PRESIDENT,
        "Die/DET/2/det Präsidenten/NOUN/3/nsubj schwiegen/VERB/0/root"), "a plural");
    assertEquals("Wladimir Putin=Q7747/NAME", links(PUTIN_PRESIDENT,
        "Die/DET/2/det Nacht/NOUN/5/nsubj der/DET/4/det Präsident/NOUN/2/nmod endete/VERB/0/root"),
        "\"der\" not as the subject may be a genitive plural");
    assertEquals("Wladimir Putin=Q7747/NAME", links(PUTIN_PRESIDENT,
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/5/det russische/ADJ/5/amod Präsident/NOUN/2/nsubj"),
        "a word between: \"dem polnischen Präsidenten\" may be another's");
    assertEquals("Wladimir Putin=Q7747/NAME", links(PUTIN_PRESIDENT,
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj ,/PUNCT/6/punct "
            + "Lukaschenko/PROPN/4/appos"), "a name after a comma");
    assertEquals("Wladimir Putin=Q7747/NAME", links(PUTIN_PRESIDENT,
        "Das/DET/2/det Amt/NOUN/5/nsubj des/DET/4/det Präsidenten/NOUN/2/nmod ist/AUX/0/root hoch/ADJ/5/advmod"),
        "an office, not its holder");
    assertEquals("Wladimir Putin=Q7747/NAME", links(PUTIN_PRESIDENT,
        "Man/PRON/2/nsubj wählte/VERB/0/root ihn/PRON/2/obj zu/ADP/5/case dem/DET/5/det Präsidenten/NOUN/2/obl"),
        "the goal of an election (\"zum Präsidenten gewählt\")");
    assertEquals("Wladimir Putin=Q7747/NAME", links(PUTIN_PRESIDENT,
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj der/DET/6/det Regierung/NOUN/4/nmod "
            + ",/PUNCT/8/punct Lukaschenko/PROPN/4/appos"), "a name after the comma that ends its phrase");
  }

  @Test
  void twoPersonsLabelledWithTheTitleLinkNothing() {
    assertEquals("Wladimir Putin=Q7747/NAME Kim Jong-un=Q56226/NAME", links("Präsident/NOUN/4/nsubj "
        + "Wladimir/PROPN/1/appos Putin/PROPN/2/flat empfing/VERB/0/root Präsident/NOUN/4/obj Kim/PROPN/5/appos "
        + "Jong-un/PROPN/6/flat", "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj"));
    // the window reads the sentence before first, as for epithets: the president named there is meant
    assertEquals("Wladimir Putin=Q7747/NAME Kim Jong-un=Q56226/NAME Präsident=Q56226/ANAPHOR", links(PUTIN_PRESIDENT,
        KIM_PRESIDENT, "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj"));
    // a person without the title does not compete
    assertEquals("Wladimir Putin=Q7747/NAME Kim Jong-un=Q56226/NAME Präsident=Q7747/ANAPHOR", links(PUTIN_PRESIDENT,
        "Kim/PROPN/3/nsubj Jong-un/PROPN/1/flat schwieg/VERB/0/root",
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Präsident/NOUN/2/nsubj"));
  }

  @Test
  void aLabelMatchesByItsLastPartUnlessItsFirstPartMakesItAnotherOffice() {
    TitleAnaphora a = new TitleAnaphora(Steps.RULES);
    assertEquals(true, a.labelledWith(java.util.List.of("US-Präsident"), "Präsident"));
    assertEquals(true, a.labelledWith(java.util.List.of("Bundeskanzler"), "Kanzler"));
    assertEquals(false, a.labelledWith(java.util.List.of("Ex-Kanzler"), "Kanzler"));
    assertEquals(false, a.labelledWith(java.util.List.of("US-Vizepräsident"), "Präsident"));
    assertEquals(false, a.labelledWith(java.util.List.of("Altkanzler"), "Kanzler"));
    assertEquals(false, a.labelledWith(java.util.List.of("Ministerpräsident"), "Präsident"));
    assertEquals(false, a.labelledWith(java.util.List.of("Ministerin"), "Minister"), "a woman's title");
  }
}
