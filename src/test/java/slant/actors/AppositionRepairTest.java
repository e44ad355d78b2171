package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.DependencyTree;
import slant.testing.Docs;

class AppositionRepairTest {

  private static final AppositionRepair REPAIR = new AppositionRepair(List.of("chef", "sprecher", "leiter"));

  @Test
  void aPersonsNameAfterACommaNamesTheHeadOfThePhraseNotThePartyInIt() {
    // der Chef der prokurdischen HDP, Selahattin Demirtas: the parser hangs the name on "HDP"
    AnnotatedDoc doc = Docs.doc("de", "der/DET/2/det Chef/NOUN/0/root der/DET/5/det prokurdischen/ADJ/5/amod "
        + "HDP/PROPN/2/nmod/ORGANIZATION ,/PUNCT/7/punct Selahattin/PROPN/5/appos/PERSON "
        + "Demirtas/PROPN/7/flat/PERSON");
    DependencyTree tree = REPAIR.apply(doc).sentences().get(0).tree();
    assertEquals(1, tree.head(6), "the name is the apposition of Chef");
    assertEquals("appos", tree.relation(6));
    assertEquals(6, tree.head(7), "the rest of the name stays with its first part");
    assertEquals(1, tree.head(4), "HDP stays the genitive of Chef");
  }

  @Test
  void theNameStandsForTheNearestTitleUpAChainOfGenitives() {
    // den Sprecher des militärischen Arms der Hamas, Abu Obeida: the spokesman, not the wing
    AnnotatedDoc doc = Docs.doc("de", "den/DET/2/det Sprecher/NOUN/0/root des/DET/5/det militärischen/ADJ/5/amod "
        + "Arms/NOUN/2/nmod der/DET/7/det Hamas/PROPN/5/nmod/ORGANIZATION ,/PUNCT/9/punct Abu/PROPN/7/appos/PERSON "
        + "Obeida/PROPN/9/flat/PERSON");
    assertEquals(1, REPAIR.apply(doc).sentences().get(0).tree().head(8));
    // der Anwärter auf die US-Präsidentschaft, Donald Trump: no title in the chain, the first noun
    AnnotatedDoc noTitle = Docs.doc("de", "der/DET/2/det Anwärter/NOUN/0/root auf/ADP/4/case US/PROPN/2/nmod "
        + ",/PUNCT/6/punct Donald/PROPN/4/appos/PERSON");
    assertEquals(1, REPAIR.apply(noTitle).sentences().get(0).tree().head(5));
  }

  @Test
  void otherAttachmentsStayAsParsed() {
    // eine Analyse von Jan Zimmermann, ARD: the name's governor is no place or organisation
    assertUnrepaired("de", "eine/DET/2/det Analyse/NOUN/0/root von/ADP/4/case "
        + "Jan/PROPN/2/nmod/PERSON Zimmermann/PROPN/4/flat/PERSON ,/PUNCT/7/punct ARD/PROPN/4/appos/ORGANIZATION");
    // des Chefredakteurs von Bugün TV, Tarik Toros: already the apposition of a noun
    assertUnrepaired("de", "Angaben/NOUN/0/root des/DET/3/det Chefredakteurs/NOUN/1/nmod "
        + ",/PUNCT/5/punct Tarik/PROPN/3/appos/PERSON Toros/PROPN/5/flat/PERSON");
    // no comma before the name: "der Chef der HDP Demirtas" is left to the parse
    assertUnrepaired("de", "der/DET/2/det Chef/NOUN/0/root der/DET/4/det "
        + "HDP/PROPN/2/nmod/ORGANIZATION Demirtas/PROPN/4/appos/PERSON");
    // English documents are left as the English parser made them
    assertUnrepaired("en", "the/DET/2/det head/NOUN/0/root of/ADP/4/case "
        + "HDP/PROPN/2/nmod/ORGANIZATION ,/PUNCT/6/punct Demirtas/PROPN/4/appos/PERSON");
  }

  /** The repair returns the very document it was given: nothing to re-attach. */
  private static void assertUnrepaired(String language, String parse) {
    AnnotatedDoc doc = Docs.doc(language, parse);
    assertSame(doc, REPAIR.apply(doc));
  }
}
