package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import slant.model.Dependency;
import slant.model.Sentence;
import slant.testing.Docs;

class GermanArgumentOrderTest {

  private static final GermanArgumentOrder ORDER = GermanArgumentOrder.bundled();

  /** The relations of the sentence after the repair, "word/relation" joined by spaces. */
  private static String repaired(String parse) {
    Sentence s = Docs.doc("de", parse).sentences().get(0);
    List<Dependency> deps = ORDER.repair(s.tokens(), s.dependencies());
    String[] rel = new String[s.size()];
    for (Dependency d : deps) {
      rel[d.dependent()] = d.relation();
    }
    return java.util.stream.IntStream.range(0, s.size()).mapToObj(i -> s.token(i).word() + "/" + rel[i])
        .collect(Collectors.joining(" "));
  }

  /**
   * Until 2026-12-07 (annotation format 8) CoreNLP's roles of two names in the perfect stood as parsed: "Russland hat
   * die Ukraine angegriffen" made Russia the object and Ukraine the attacker.
   */
  @Test
  void twoNamesInThePerfectAreSubjectAndObjectInTheirOrder() {
    assertEquals("Russland/nsubj hat/aux die/det Ukraine/obj angegriffen/root",
        repaired("Russland/PROPN/5/obj hat/AUX/5/aux die/DET/4/det Ukraine/PROPN/5/nsubj angegriffen/VERB/0/root"));
    // two subjects, and an obl:arg with a passive subject after a fronted adverbial
    assertEquals("Die/det Ukraine/nsubj hat/aux Russland/obj angegriffen/root",
        repaired("Die/DET/2/det Ukraine/PROPN/5/nsubj hat/AUX/5/aux Russland/PROPN/5/nsubj angegriffen/VERB/0/root"));
    assertEquals("Gestern/advmod hat/aux Russland/nsubj die/det Ukraine/obj angegriffen/root",
        repaired("Gestern/ADV/6/advmod hat/AUX/6/aux Russland/PROPN/6/obl:arg die/DET/5/det "
            + "Ukraine/PROPN/6/nsubj:pass angegriffen/VERB/0/root"));
  }

  @Test
  void markedCaseCommonNounsPassivesAndOtherTensesKeepTheParse() {
    // a fronted object marked by its article; a subject marked by its article
    String fronted = "Den/DET/2/det Iran/PROPN/5/obj hat/AUX/5/aux Israel/PROPN/5/nsubj angegriffen/VERB/0/root";
    assertEquals("Den/det Iran/obj hat/aux Israel/nsubj angegriffen/root", repaired(fronted));
    assertEquals("Israel/obj hat/aux der/det Iran/nsubj angegriffen/root",
        repaired("Israel/PROPN/5/obj hat/AUX/5/aux der/DET/4/det Iran/PROPN/5/nsubj angegriffen/VERB/0/root"));
    // a common noun: "Diese Forderung hat die SPD abgelehnt" is a fronted object
    assertEquals("Diese/det Forderung/obj hat/aux die/det SPD/nsubj abgelehnt/root",
        repaired("Diese/DET/2/det Forderung/NOUN/6/obj hat/AUX/6/aux die/DET/5/det SPD/PROPN/6/nsubj "
            + "abgelehnt/VERB/0/root"));
    // a passive: "Israel ist von der Hamas angegriffen worden" has one name without a preposition
    assertEquals("Israel/nsubj:pass wurde/aux:pass Hamas/obj angegriffen/root",
        repaired("Israel/PROPN/4/nsubj:pass wurde/AUX/4/aux:pass Hamas/PROPN/4/obj angegriffen/VERB/0/root"));
    // a title before a name, split at its hyphen, is one phrase: "hat NATO-Generalsekretär Rutte … gewarnt"
    assertEquals("hat/aux NATO/obj -/punct Generalsekretär/flat Rutte/nsubj:pass gewarnt/root",
        repaired("hat/AUX/6/aux NATO/PROPN/6/obj -/PUNCT/4/punct Generalsekretär/NOUN/2/flat Rutte/PROPN/6/nsubj:pass "
            + "gewarnt/VERB/0/root"));
    // not the perfect: the parser's reading of "Russland greift die Ukraine an" stands
    assertEquals("Russland/obj greift/root die/det Ukraine/nsubj",
        repaired("Russland/PROPN/2/obj greift/VERB/0/root die/DET/4/det Ukraine/PROPN/2/nsubj"));
  }
}
