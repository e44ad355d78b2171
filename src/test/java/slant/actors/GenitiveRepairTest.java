package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.testing.Docs;

/** A German name in the genitive before its noun is the noun's possessor, whatever the parser made of it. */
class GenitiveRepairTest {

  private static Mention mention(AnnotatedDoc doc, String name, int start, int end, int head, MentionKind kind) {
    var s = doc.sentences().get(0);
    return new Mention(name, name, "person", doc.text().substring(s.token(start).begin(), s.token(end - 1).end()), 0,
        start, end, head, s.token(start).begin(), s.token(end - 1).end(), kind, List.of());
  }

  /** The first sentence's tree after the repair. */
  private static DependencyTree repairedTree(AnnotatedDoc doc, Mention... mentions) {
    return GenitiveRepair.apply(doc, List.of(mentions)).sentences().get(0).tree();
  }

  @Test
  void aNounTheParserHungUnderTheNameTakesTheNamesPlace() {
    // Putins Plan für den Krieg ist fehlgeschlagen: the parser makes "Putins" the subject and "Plan" its name part
    AnnotatedDoc doc = Docs.doc("de", "Putins/PROPN/7/nsubj/PERSON Plan/PROPN/1/flat für/ADP/5/case den/DET/5/det "
        + "Krieg/NOUN/1/nmod ist/AUX/7/cop fehlgeschlagen/ADJ/0/root");
    Mention putin = mention(doc, "Wladimir Putin", 0, 1, 0, MentionKind.PARTIAL_NAME);
    DependencyTree tree = repairedTree(doc, putin);
    assertEquals(6, tree.head(1), "the plan is the subject");
    assertEquals("nsubj", tree.relation(1));
    assertEquals(1, tree.head(0), "Putin is the plan's possessor");
    assertEquals(GenitiveRepair.POSSESSOR, tree.relation(0));
    assertEquals(1, tree.head(4), "the name's dependent after the noun moves to the noun");
  }

  @Test
  void aGenitiveTheParserHungOnTheNameGoesWithTheNoun() {
    // Trumps Drohkulisse stärkt Maduros Regime: "Drohkulisse" is no dependent of Maduro
    AnnotatedDoc doc = Docs.doc("de", "Trumps/PROPN/2/nmod/PERSON Drohkulisse/NOUN/4/nmod stärkt/VERB/0/root "
        + "Maduros/PROPN/3/obj/PERSON Regime/NOUN/4/flat");
    Mention maduro = mention(doc, "Nicolás Maduro", 3, 4, 3, MentionKind.PARTIAL_NAME);
    DependencyTree tree = repairedTree(doc, maduro);
    assertEquals(2, tree.head(4), "the regime is the object");
    assertEquals("obj", tree.relation(4));
    assertEquals(4, tree.head(3));
    assertEquals(4, tree.head(1), "the other genitive hangs on the regime, not on Maduro");
  }

  @Test
  void aNameTheParserHungLooselyUnderTheNounBecomesItsPossessor() {
    // Chinas Zensur hat die Enthüllungen blockiert: "Chinas/dep"
    AnnotatedDoc doc = Docs.doc("de", "Chinas/PROPN/2/dep/LOCATION Zensur/NOUN/6/nsubj hat/AUX/6/aux "
        + "die/DET/5/det Enthüllungen/NOUN/6/obj blockiert/VERB/0/root");
    Mention china = mention(doc, "China", 0, 1, 0, MentionKind.NAME);
    DependencyTree tree = repairedTree(doc, china);
    assertEquals(1, tree.head(0));
    assertEquals(GenitiveRepair.POSSESSOR, tree.relation(0));
    assertEquals(5, tree.head(1), "the noun keeps its place");
  }

  @Test
  void otherNamesAndAttachmentsStayAsParsed() {
    // a name that is no genitive of the actor's name: "Hamas Führung" (the Hamas's genitive is "der Hamas")
    AnnotatedDoc hamas = Docs.doc("de", "Hamas/PROPN/2/dep/ORGANIZATION Führung/NOUN/3/nsubj tagte/VERB/0/root");
    assertSame(hamas, GenitiveRepair.apply(hamas, List.of(mention(hamas, "Hamas", 0, 1, 0, MentionKind.NAME))));
    // already the noun's possessor
    AnnotatedDoc parsed = Docs.doc("de", "Trumps/PROPN/2/nmod/PERSON Drohungen/NOUN/3/nsubj wirken/VERB/0/root");
    assertSame(parsed, GenitiveRepair.apply(parsed,
        List.of(mention(parsed, "Donald Trump", 0, 1, 0, MentionKind.PARTIAL_NAME))));
    // a word the tagger calls part of a person's name is no noun the genitive owns
    AnnotatedDoc named = Docs.doc("de", "Merkels/PROPN/3/nsubj/PERSON Sohn/PROPN/1/flat/PERSON kam/VERB/0/root");
    assertSame(named, GenitiveRepair.apply(named,
        List.of(mention(named, "Angela Merkel", 0, 1, 0, MentionKind.PARTIAL_NAME))));
    // the title of another actor's name: "Frankreichs Premier Bayrou" stays as parsed
    AnnotatedDoc title = Docs.doc("de", "Frankreichs/PROPN/4/nsubj/LOCATION Premier/NOUN/1/flat "
        + "Bayrou/PROPN/1/flat/PERSON verliert/VERB/0/root");
    Mention france = mention(title, "Frankreich", 0, 1, 0, MentionKind.NAME);
    Mention bayrou = mention(title, "François Bayrou", 2, 3, 2, MentionKind.PARTIAL_NAME);
    assertSame(title, GenitiveRepair.apply(title, List.of(france, bayrou)));
    // a pronoun or demonym is no name in the genitive
    AnnotatedDoc demonym = Docs.doc("de", "Russlands/PROPN/2/dep Zensur/NOUN/3/nsubj wirkt/VERB/0/root");
    assertSame(demonym, GenitiveRepair.apply(demonym,
        List.of(mention(demonym, "Russland", 0, 1, 0, MentionKind.DEMONYM))));
    // English documents are left as the English parser made them
    AnnotatedDoc english = Docs.doc("en", "Chinas/PROPN/2/dep Censorship/NOUN/3/nsubj works/VERB/0/root");
    assertSame(english, GenitiveRepair.apply(english, List.of(mention(english, "China", 0, 1, 0, MentionKind.NAME))));
  }
}
