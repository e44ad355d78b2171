package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import java.util.List;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.testing.Docs;

class EpithetAnaphoraTest {

  private static String links(String... sentences) {
    return Steps.links(Steps.run(Docs.doc("de", sentences), "2024-06-18", Steps.phrases(),
        new EpithetAnaphora(Steps.RULES)));
  }

  @Test
  void anEpithetStandsForTheOneFittingActorNamedJustBefore() {
    assertEquals("Kim Jong-un=Q56226/NAME Machthaber=Q56226/ANAPHOR",
        links("Kim/PROPN/3/nsubj Jong-un/PROPN/1/flat besuchte/VERB/0/root Wladiwostok/PROPN/3/obj",
            "Der/DET/2/det Machthaber/NOUN/3/nsubj schwieg/VERB/0/root"));
    // a country is no person: the only person counts, whatever else was named
    assertEquals("Russland=Q159/NAME Kim Jong-un=Q56226/NAME Machthaber=Q56226/ANAPHOR",
        links("Russland/PROPN/2/nsubj empfing/VERB/0/root Kim/PROPN/2/obj Jong-un/PROPN/3/flat",
            "Der/DET/2/det Machthaber/NOUN/3/nsubj schwieg/VERB/0/root"));
    assertEquals("Kim Jong-un=Q56226/NAME Diktator=Q56226/ANAPHOR",
        links("Kim/PROPN/3/nsubj Jong-un/PROPN/1/flat testete/VERB/0/root Raketen/NOUN/3/obj",
            "Der/DET/3/det nordkoreanische/ADJ/3/amod Diktator/NOUN/4/nsubj schweigt/VERB/0/root"));
    assertEquals("Hamas=Q38799/NAME Terrormiliz=Q38799/ANAPHOR",
        links("Hamas/PROPN/2/nsubj warnt/VERB/0/root",
            "Die/DET/2/det Terrormiliz/NOUN/3/nsubj bestreitet/VERB/0/root das/PRON/3/obj"));
  }

  /**
   * Until 2026-12-07 "sagte der Republikaner" after a person counted for the Republican Party (the party's alias
   * "Republikaner" is also the singular member noun). A singular member noun after a definite determiner is now the
   * one catalogued person named just before; a plural or a genitive plural stays the party's.
   */
  @Test
  void aSingularPartyMemberNounIsThePersonNamedJustBefore() {
    String spoke = "Wladimir/PROPN/3/nsubj Putin/PROPN/1/flat sprach/VERB/0/root";
    assertEquals("Wladimir Putin=Q7747/NAME Republikaner=Q7747/ANAPHOR", links(spoke,
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Republikaner/NOUN/2/nsubj"));
    assertEquals("Wladimir Putin=Q7747/NAME Republikaner=Q29468/NAME", links(spoke,
        "Vertreter/NOUN/2/nsubj widersprachen/VERB/0/root der/DET/4/det Republikaner/NOUN/1/nmod"),
        "a genitive plural is the party");
    assertEquals("Wladimir Putin=Q7747/NAME Republikaner=Q29468/NAME", links(spoke,
        "Die/DET/2/det Republikaner/NOUN/3/nsubj widersprachen/VERB/0/root"), "a plural is the party");
    assertEquals("Republikaner=Q29468/NAME", links(
        "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det Republikaner/NOUN/2/nsubj"), "no person named before");
  }

  /**
   * Until 2026-12-07 "sagte der AfD-Politiker" after a person was the party's only. A party's compound with a role
   * noun (de/party-role-nouns.tsv), one person after a definite determiner and with no name of its own, now also
   * mentions the one catalogued person named just before, over the role noun and with the compound's head.
   */
  @Test
  void aPartysRoleCompoundIsAlsoThePersonNamedJustBefore() {
    String spoke = "Wladimir/PROPN/3/nsubj Putin/PROPN/1/flat sprach/VERB/0/root";
    AnnotatedDoc doc = Docs.doc("de", spoke, "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det AfD/PROPN/2/nsubj "
        + "~-/PUNCT/6/punct ~Politiker/NOUN/4/flat");
    List<Mention> m = Steps.run(doc, "2024-06-18", Steps.phrases(), new EpithetAnaphora(Steps.RULES));
    assertEquals("Wladimir Putin=Q7747/NAME AfD=Q9630/COMPOUND Politiker=Q7747/ANAPHOR", Steps.links(m));
    assertEquals(m.get(1).headToken(), m.get(2).headToken(), "the person shares the compound's head");
    // several: "die AfD-Politiker"; its own name: "der AfD-Politiker Höcke"; no hyphen glued: a dash
    assertEquals("Wladimir Putin=Q7747/NAME AfD=Q9630/COMPOUND", links(spoke, "Das/PRON/2/obj sagten/VERB/0/root "
        + "die/DET/4/det AfD/PROPN/2/nsubj ~-/PUNCT/6/punct ~Politiker/NOUN/4/flat"));
    assertEquals("Wladimir Putin=Q7747/NAME AfD=Q9630/COMPOUND", links(spoke, "Das/PRON/2/obj sagte/VERB/0/root "
        + "der/DET/4/det AfD/PROPN/2/nsubj ~-/PUNCT/6/punct ~Politiker/NOUN/4/flat Höcke/PROPN/6/flat"));
    // a person the recogniser tagged in full counts too, one tagged by one word does not
    String said = "Das/PRON/2/obj sagte/VERB/0/root der/DET/4/det AfD/PROPN/2/nsubj ~-/PUNCT/6/punct "
        + "~Politiker/NOUN/4/flat";
    EntityDiscovery discovery = new EntityDiscovery(Steps.TITLES, Steps.RULES.words("group-heads.tsv"),
        Steps.RULES.words("weather-system-nouns.tsv"), Steps.RULES.words("non-actor-names.tsv"),
        slant.lang.GermanNounGender.of(Steps.RULES));
    assertEquals("Björn Höcke=auto:bjorn-hocke/DISCOVERED AfD=Q9630/COMPOUND Politiker=auto:bjorn-hocke/ANAPHOR",
        Steps.links(Steps.run(Docs.doc("de", "Björn/PROPN/3/nsubj/PERSON Höcke/PROPN/1/flat/PERSON "
            + "sprach/VERB/0/root", said), "2024-06-18", Steps.phrases(), discovery, new EpithetAnaphora(Steps.RULES))));
    assertEquals("Höcke=auto:hocke/DISCOVERED AfD=Q9630/COMPOUND",
        Steps.links(Steps.run(Docs.doc("de", "Höcke/PROPN/2/nsubj/PERSON sprach/VERB/0/root", said), "2024-06-18",
            Steps.phrases(), discovery, new EpithetAnaphora(Steps.RULES))));
  }

  /**
   * Since 2026-12-07 one rule says whether a person noun after a definite determiner is one person, for member nouns,
   * role compounds and title nouns alike; before, a role compound's feminine after "der" ("Lob von der
   * SPD-Politikerin", a dative singular) counted only as a subject.
   */
  @Test
  void onePersonAfterADefiniteDeterminerByItsForm() {
    assertEquals(true, EpithetAnaphora.oneAfter("dem", "Präsidenten", false));
    assertEquals(true, EpithetAnaphora.oneAfter("des", "Ministers", false));
    assertEquals(true, EpithetAnaphora.oneAfter("die", "Ministerin", false));
    assertEquals(false, EpithetAnaphora.oneAfter("die", "Minister", true), "several");
    assertEquals(true, EpithetAnaphora.oneAfter("den", "Minister", false));
    assertEquals(false, EpithetAnaphora.oneAfter("den", "Präsidenten", false), "accusative singular or dative plural");
    assertEquals(true, EpithetAnaphora.oneAfter("der", "Politikerin", false), "a feminine genitive or dative");
    assertEquals(true, EpithetAnaphora.oneAfter("Der", "Republikaner", true));
    assertEquals(false, EpithetAnaphora.oneAfter("der", "Republikaner", false), "a genitive plural");
    assertEquals(false, EpithetAnaphora.oneAfter("der", "Demokraten", true), "a plural in -en");
    assertEquals(false, EpithetAnaphora.oneAfter("ein", "Minister", true), "not a definite determiner");
    EntityDiscovery discovery = new EntityDiscovery(Steps.TITLES, Steps.RULES.words("group-heads.tsv"),
        Steps.RULES.words("weather-system-nouns.tsv"), Steps.RULES.words("non-actor-names.tsv"),
        slant.lang.GermanNounGender.of(Steps.RULES));
    assertEquals("Alice Weidel=auto:alice-weidel/DISCOVERED AfD=Q9630/COMPOUND Politikerin=auto:alice-weidel/ANAPHOR",
        Steps.links(Steps.run(Docs.doc("de", "Alice/PROPN/3/nsubj/PERSON Weidel/PROPN/1/flat/PERSON "
            + "sprach/VERB/0/root", "Lob/NOUN/2/nsubj kam/VERB/0/root von/ADP/5/case der/DET/5/det AfD/PROPN/2/obl "
            + "~-/PUNCT/7/punct ~Politikerin/NOUN/5/flat"), "2024-06-18", Steps.phrases(), discovery,
            new EpithetAnaphora(Steps.RULES))), "\"Lob von der AfD-Politikerin\": a dative singular");
  }

  @Test
  void twoFittingActorsOrAnUnlistedNounOrADeterminerOutsideTheListLinkNothing() {
    assertEquals("Wladimir Putin=Q7747/NAME Kim Jong-un=Q56226/NAME", links("Wladimir/PROPN/4/nsubj "
        + "Putin/PROPN/1/flat empfing/VERB/0/root Kim/PROPN/3/obj Jong-un/PROPN/4/flat",
        "Der/DET/2/det Machthaber/NOUN/3/nsubj schweigt/VERB/0/root"), "two persons: no guess");
    assertEquals("Kim Jong-un=Q56226/NAME", links("Kim/PROPN/3/nsubj Jong-un/PROPN/1/flat droht/VERB/0/root",
        "Ein/DET/2/det Diktator/NOUN/3/nsubj schweigt/VERB/0/root"), "an indefinite noun is a new referent");
    assertEquals("Kim Jong-un=Q56226/NAME", links("Kim/PROPN/3/nsubj Jong-un/PROPN/1/flat droht/VERB/0/root",
        "Der/DET/2/det Politiker/NOUN/3/nsubj schweigt/VERB/0/root"), "not an epithet of the list");
    assertEquals("Nordkorea=Q423/NAME", links("Nordkorea/PROPN/2/nsubj droht/VERB/0/root",
        "Die/DET/2/det Terrormiliz/NOUN/3/nsubj schweigt/VERB/0/root"), "a country is no group");
  }

  /** "Die Achse der Autokraten rückt zusammen" after Putin: several autocrats, not Putin. */
  @Test
  void aPersonNounInThePluralStandsForNoOne() {
    assertEquals("Wladimir Putin=Q7747/NAME", links("Wladimir/PROPN/2/nsubj Putin/PROPN/1/flat reist/VERB/0/root",
        "Die/DET/2/det Achse/NOUN/5/nsubj der/DET/4/det Autokraten/NOUN/2/nmod rückt/VERB/0/root"));
    assertEquals("Wladimir Putin=Q7747/NAME", links("Wladimir/PROPN/2/nsubj Putin/PROPN/1/flat reist/VERB/0/root",
        "Die/DET/2/det Machthaber/NOUN/3/nsubj schweigen/VERB/0/root"));
    assertEquals("Wladimir Putin=Q7747/NAME Autokraten=Q7747/ANAPHOR", links("Wladimir/PROPN/2/nsubj "
        + "Putin/PROPN/1/flat reist/VERB/0/root", "Man/PRON/2/nsubj traut/VERB/0/root dem/DET/4/det "
        + "Autokraten/NOUN/2/iobj nicht/PART/2/advmod"), "a dative singular");
  }

  /** A discovered name is as often a tagging error: "Kims Müllballons: Der Diktator zeigt sein wahres Gesicht". */
  @Test
  void aDiscoveredPersonIsNoReferent() {
    AnnotatedDoc doc = Docs.doc("de", "Kims/PROPN/2/nmod:poss/PERSON Müllballons/PROPN/0/root/PERSON",
        "Der/DET/2/det Diktator/NOUN/3/nsubj droht/VERB/0/root");
    List<Mention> ms = new ActorResolver(ActorResolverTest.CATALOGUE, Steps.RULES, true, true)
        .resolve(doc, java.time.LocalDate.parse("2024-06-18"));
    assertEquals("Kims Müllballons=auto:kims-mullballons/DISCOVERED", Steps.links(ms));
  }

  @Test
  void anOrganisationIsNeverTheReferentButCompetesWithTheGroup() {
    assertEquals("Hamas=Q38799/NAME Vereinte Nationen=Q1065/NAME", links("Hamas/PROPN/2/nsubj warnt/VERB/0/root "
        + "Vereinte/ADJ/4/amod Nationen/PROPN/2/obj",
        "Die/DET/2/det Terrormiliz/NOUN/3/nsubj schweigt/VERB/0/root"), "a second group-like actor: no guess");
  }

  @Test
  void aNounWithANameOfItsOwnIsThatNamesLabel() {
    // "der Machthaber in Moskau": the noun's own dependent names the actor, so it is no anaphor of the one before
    assertEquals("Kim Jong-un=Q56226/NAME Moskau=Q159/METONYM",
        links("Kim/PROPN/3/nsubj Jong-un/PROPN/1/flat droht/VERB/0/root",
            "Der/DET/2/det Machthaber/NOUN/5/nsubj in/ADP/4/case Moskau/PROPN/2/nmod schweigt/VERB/0/root"));
  }

  @Test
  void aPluralPersonNounStandsForAGroupOnlyAsAPlural() {
    assertEquals("Hamas=Q38799/NAME Islamisten=Q38799/ANAPHOR",
        links("Hamas/PROPN/2/nsubj warnt/VERB/0/root",
            "Die/DET/3/det radikalen/ADJ/3/amod Islamisten/NOUN/4/nsubj schweigen/VERB/0/root"));
    assertEquals("Hamas=Q38799/NAME", links("Hamas/PROPN/2/nsubj warnt/VERB/0/root",
        "Der/DET/2/det Islamist/NOUN/3/nsubj schweigt/VERB/0/root"), "one Islamist is a person, not the group");
    assertEquals("Vereinte Nationen=Q1065/NAME", links("Vereinte/ADJ/2/amod Nationen/PROPN/3/nsubj warnen/VERB/0/root",
        "Die/DET/2/det Islamisten/NOUN/3/nsubj schweigen/VERB/0/root"), "an organisation is no armed group");
  }
}
