package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.Sentence;
import slant.testing.Docs;

class TitleLabelsTest {

  private final TitleLabels titles = Steps.TITLES;
  private final List<String> endings = Steps.RULES.list("title-endings.tsv");

  private static Sentence sentence(String items) {
    return Docs.doc("de", items).sentences().get(0);
  }

  @Test
  void titleNounsByTheirFoldedEnding() {
    assertTrue(TitleLabels.isTitleNoun("Kremlchef", endings));
    assertTrue(TitleLabels.isTitleNoun("Präsidenten", endings), "inflected, umlaut folded");
    assertTrue(TitleLabels.isTitleNoun("Machthabers", endings));
    // "des Drogenbosses Joaquín Guzmán": a role noun in -boss is a title (since 2026-12-06)
    assertTrue(TitleLabels.isTitleNoun("Drogenbosses", endings));
    assertTrue(TitleLabels.isTitleNoun("Mafiabossin", endings));
    assertFalse(TitleLabels.isTitleNoun("Besuch", endings));
    assertFalse(TitleLabels.isTitleNoun("Modell", endings));
  }

  @Test
  void theHeadOfASpanClimbsNameAttachmentsToItsTitleNoun() {
    // Präsident Wladimir Putin: the name hangs on "Präsident" (appos), which stands for the span
    Sentence s = sentence("Präsident/NOUN/0/root Wladimir/PROPN/1/appos Putin/PROPN/2/flat");
    assertEquals(0, TitleLabels.headOf(s, 1, 3));
    // Putin empfing Kim: no attachment, the span's own head
    Sentence plain = sentence("Putin/PROPN/2/nsubj empfing/VERB/0/root Kim/PROPN/2/obj");
    assertEquals(0, TitleLabels.headOf(plain, 0, 1));
    assertEquals(2, TitleLabels.headOf(sentence("Der/DET Wladimir/PROPN Putin/PROPN"), 1, 3), "unparsed: last token");
  }

  /** Until 2026-12-06 "Trump" in "Trump lawyer Michael Cohen pleaded guilty" had Cohen as its head, and his outcome. */
  @Test
  void theHeadDoesNotClimbFromATitleNounToAnotherName() {
    Sentence cohen = Docs.doc("en", "Trump/PROPN/2/compound lawyer/NOUN/4/compound Michael/PROPN/4/compound "
        + "Cohen/PROPN/5/nsubj pleaded/VERB/0/root").sentences().get(0);
    assertEquals(1, TitleLabels.headOf(cohen, 0, 1), "Trump stops at the title noun");
    assertEquals(3, TitleLabels.headOf(cohen, 2, 4), "Cohen is his own head");
    // a name straight on a name is still climbed: "Putin" split from "Wladimir" by the parser
    Sentence split = sentence("Präsident/NOUN/0/root Wladimir/PROPN/1/appos Putin/PROPN/2/flat");
    assertEquals(0, TitleLabels.headOf(split, 2, 3));
  }

  @Test
  void labelsAreTheTitleGovernorsParsedOrTheTitleRightBeforeUnparsed() {
    Sentence parsed = sentence("Kritik/NOUN/0/root des/DET/4/det russischen/ADJ/4/amod Präsidenten/NOUN/1/nmod "
        + "Wladimir/PROPN/4/appos Putin/PROPN/5/flat");
    assertEquals(List.of("Präsident"), titles.labels(parsed, 4, 6));
    assertEquals(List.of(), titles.labels(parsed, 0, 1), "the root has no governor");
    Sentence unparsed = sentence("Russlands/PROPN Präsident/NOUN Wladimir/PROPN Putin/PROPN reist/VERB");
    assertEquals(List.of("Präsident"), titles.labels(unparsed, 2, 4));
    assertEquals(List.of(), titles.labels(sentence("Der/DET Besuch/NOUN Putins/PROPN"), 2, 3), "not a title");
  }

  @Test
  void aLabelInItsBaseForm() {
    assertEquals("Präsident", titles.labelLemma("Präsidenten"));
    assertEquals("Sprecherin", titles.labelLemma("Sprecherin"));
    assertEquals("Regierung", titles.labelLemma("Regierung"), "no title ending: as written");
  }
}
