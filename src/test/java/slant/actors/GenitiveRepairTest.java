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
    return GenitiveRepair.apply(doc, List.of(mentions)).doc().sentences().get(0).tree();
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
    assertSame(hamas, GenitiveRepair.apply(hamas, List.of(mention(hamas, "Hamas", 0, 1, 0, MentionKind.NAME))).doc());
    // already the noun's possessor
    AnnotatedDoc parsed = Docs.doc("de", "Trumps/PROPN/2/nmod/PERSON Drohungen/NOUN/3/nsubj wirken/VERB/0/root");
    assertSame(parsed, GenitiveRepair.apply(parsed,
        List.of(mention(parsed, "Donald Trump", 0, 1, 0, MentionKind.PARTIAL_NAME))).doc());
    // a word the tagger calls part of a person's name is no noun the genitive owns
    AnnotatedDoc named = Docs.doc("de", "Merkels/PROPN/3/nsubj/PERSON Sohn/PROPN/1/flat/PERSON kam/VERB/0/root");
    assertSame(named, GenitiveRepair.apply(named,
        List.of(mention(named, "Angela Merkel", 0, 1, 0, MentionKind.PARTIAL_NAME))).doc());
    // the title of another actor's name, parsed as usual: "Ungarns/dep Wahlsieger Magyar/appos" stays as parsed
    AnnotatedDoc title = Docs.doc("de", "Ungarns/PROPN/2/dep/LOCATION Wahlsieger/NOUN/4/nsubj "
        + "Magyar/PROPN/2/appos/PERSON kündigt/VERB/0/root");
    Mention hungary = mention(title, "Ungarn", 0, 1, 0, MentionKind.NAME);
    Mention magyar = mention(title, "Péter Magyar", 2, 3, 1, MentionKind.PARTIAL_NAME);
    GenitiveRepair.Repaired unchanged = GenitiveRepair.apply(title, List.of(hungary, magyar));
    assertSame(title, unchanged.doc());
    assertEquals(List.of(hungary, magyar), unchanged.mentions());
    // a pronoun or demonym is no name in the genitive
    AnnotatedDoc demonym = Docs.doc("de", "Russlands/PROPN/2/dep Zensur/NOUN/3/nsubj wirkt/VERB/0/root");
    assertSame(demonym, GenitiveRepair.apply(demonym,
        List.of(mention(demonym, "Russland", 0, 1, 0, MentionKind.DEMONYM))).doc());
    // English documents are left as the English parser made them
    AnnotatedDoc english = Docs.doc("en", "Chinas/PROPN/2/dep Censorship/NOUN/3/nsubj works/VERB/0/root");
    assertSame(english, GenitiveRepair.apply(english,
        List.of(mention(english, "China", 0, 1, 0, MentionKind.NAME))).doc());
  }

  /**
   * After the repair the title (token {@code title}) is the subject of {@code verb} in the first name's place, the
   * first name hangs under it by {@link GenitiveRepair#TITLE_OWNER}, the person's name under it, and the person's
   * mention has the title as its head; the tree, for further checks.
   */
  private static DependencyTree assertTitleTookThePlace(AnnotatedDoc doc, Mention first, Mention person, int title,
      int verb) {
    GenitiveRepair.Repaired repaired = GenitiveRepair.apply(doc, List.of(first, person));
    DependencyTree tree = repaired.doc().sentences().get(0).tree();
    assertEquals(verb, tree.head(title), "the title is the subject");
    assertEquals("nsubj", tree.relation(title));
    assertEquals(title, tree.head(first.headToken()), "the first name hangs under the title as in the usual parse");
    assertEquals(GenitiveRepair.TITLE_OWNER, tree.relation(first.headToken()));
    assertEquals(title, tree.head(person.startToken()), "the person's name hangs under the title");
    assertEquals(title, repaired.mentions().get(1).headToken(), "the person's head is now the title");
    assertEquals(first.headToken(), repaired.mentions().get(0).headToken(), "the first name's head stays");
    return tree;
  }

  @Test
  void aTitleAndNameParsedIntoTheGenitivesNameTakeItsPlace() {
    // Frankreichs Premier Bayrou verliert Vertrauensabstimmung: the parser makes the country the subject, with the
    // title and the person's name as its name parts; the resolver put Bayrou's head on the country's name
    AnnotatedDoc doc = Docs.doc("de", "Frankreichs/PROPN/4/nsubj/LOCATION Premier/NOUN/1/flat "
        + "Bayrou/PROPN/1/flat/PERSON verliert/VERB/0/root Vertrauensabstimmung/NOUN/4/obj");
    DependencyTree tree = assertTitleTookThePlace(doc, mention(doc, "Frankreich", 0, 1, 0, MentionKind.NAME),
        mention(doc, "François Bayrou", 2, 3, 0, MentionKind.PARTIAL_NAME), 1, 3);
    assertEquals(3, tree.head(4), "the verb's object stays");
  }

  @Test
  void aNameBeforeAHyphenatedTitleOfAnotherActorLeavesThePlaceToTheTitle() {
    // Trump-Anwalt Giuliani scheiterte: the parser makes Trump the subject, the title and the lawyer's name his parts
    AnnotatedDoc doc = Docs.doc("de", "Trump/PROPN/5/nsubj/PERSON -/PUNCT/3/punct Anwalt/NOUN/1/flat "
        + "Giuliani/PROPN/1/flat/PERSON scheiterte/VERB/0/root");
    assertTitleTookThePlace(doc, mention(doc, "Donald Trump", 0, 1, 0, MentionKind.COMPOUND),
        mention(doc, "Rudy Giuliani", 3, 4, 0, MentionKind.DISCOVERED), 2, 4);
    // a compound that is no title of another actor ("Die gescheiterte Merkel-Politik wird kritisiert") stays as parsed
    AnnotatedDoc policy = Docs.doc("de", "Die/DET/3/det gescheiterte/ADJ/3/amod Merkel/PROPN/7/nsubj:pass/PERSON "
        + "-/PUNCT/5/punct Politik/NOUN/3/flat wird/AUX/7/aux:pass kritisiert/VERB/0/root");
    assertSame(policy, GenitiveRepair.apply(policy,
        List.of(mention(policy, "Angela Merkel", 2, 3, 2, MentionKind.COMPOUND))).doc());
    // a noun before the name of a place or organisation names its kind, owned by the first name: "ARD-Studio Kiew
    // massiv beschädigt" stays as parsed
    AnnotatedDoc studio = Docs.doc("de", "ARD/PROPN/6/nsubj/ORGANIZATION -/PUNCT/3/punct Studio/NOUN/1/flat "
        + "Kiew/PROPN/1/flat/LOCATION massiv/ADV/6/advmod beschädigt/VERB/0/root");
    Mention kyiv = mention(studio, "Kiew", 3, 4, 0, MentionKind.NAME);
    kyiv = new Mention(kyiv.actorId(), kyiv.actorName(), "place", kyiv.surface(), 0, 3, 4, 0, kyiv.begin(), kyiv.end(),
        MentionKind.NAME, List.of());
    assertSame(studio, GenitiveRepair.apply(studio,
        List.of(mention(studio, "ARD", 0, 1, 0, MentionKind.COMPOUND), kyiv)).doc());
    // a name whose head the resolver put on a noun outside it ("holt das Gold, US-Star Lindsey Vonn": the name is the
    // apposition of "Gold") hands no place on: "Gold" stays the object
    AnnotatedDoc gold = Docs.doc("de", "Langenhan/PROPN/2/nsubj/PERSON holt/VERB/0/root Gold/NOUN/2/obj "
        + "US/PROPN/3/appos/LOCATION -/PUNCT/6/punct Star/PROPN/4/flat Vonn/PROPN/4/flat/PERSON");
    assertSame(gold, GenitiveRepair.apply(gold, List.of(mention(gold, "USA", 3, 4, 2, MentionKind.COMPOUND),
        mention(gold, "Lindsey Vonn", 6, 7, 2, MentionKind.DISCOVERED))).doc());
  }
}
