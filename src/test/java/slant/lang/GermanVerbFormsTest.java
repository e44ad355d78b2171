package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GermanVerbFormsTest {

  @Test
  void theRegularParticipleKeepsParticleAndPrefixRules() {
    assertEquals("getötet", GermanVerbForms.regularParticiple("töten"));
    assertEquals("entführt", GermanVerbForms.regularParticiple("entführen"), "an inseparable prefix takes no ge-");
    assertEquals("abgewählt", GermanVerbForms.regularParticiple("abwählen"));
    assertEquals("kritisiert", GermanVerbForms.regularParticiple("kritisieren"));
  }

  @Test
  void anAttributivePastParticipleHasAnAdjectiveEnding() {
    assertTrue(GermanVerbForms.isAttributivePastParticiple("getöteten", "töten"));
    assertTrue(GermanVerbForms.isAttributivePastParticiple("entführte", "entführen"));
    assertTrue(GermanVerbForms.isAttributivePastParticiple("abgewählten", "abwählen"));
    assertTrue(GermanVerbForms.isAttributivePastParticiple("angegriffenen", "angreifen"), "a strong participle");
    assertTrue(GermanVerbForms.isAttributivePastParticiple("getroffenen", "treffen"));
    assertFalse(GermanVerbForms.isAttributivePastParticiple("getötet", "töten"), "a predicate has no ending");
    assertFalse(GermanVerbForms.isAttributivePastParticiple("töteten", "töten"), "the finite past");
    assertFalse(GermanVerbForms.isAttributivePastParticiple("drohende", "drohen"), "a present participle");
    assertFalse(GermanVerbForms.isAttributivePastParticiple("treffen", "treffen"));
  }

  @Test
  void aBarePastParticipleIsTheRegularOrTheStrongForm() {
    assertTrue(GermanVerbForms.isPastParticiple("getötet", "töten"));
    assertTrue(GermanVerbForms.isPastParticiple("erschossen", "erschießen"), "an inseparable prefix, no ge-");
    assertTrue(GermanVerbForms.isPastParticiple("festgenommen", "festnehmen"), "ge- after the particle");
    assertFalse(GermanVerbForms.isPastParticiple("getöteten", "töten"), "an attribute's ending");
    assertFalse(GermanVerbForms.isPastParticiple("erschießen", "erschießen"), "the infinitive");
    assertFalse(GermanVerbForms.isPastParticiple("tötet", "töten"), "the present");
  }

  @Test
  void aRegularPastParticipleIsThatVerbsFormOnly() {
    assertTrue(GermanVerbForms.isRegularPastParticiple("angeklagt", "anklagen"));
    assertTrue(GermanVerbForms.isRegularPastParticiple("angeklagte", "anklagen"));
    assertTrue(GermanVerbForms.isRegularPastParticiple("Beschuldigten", "beschuldigen"));
    assertFalse(GermanVerbForms.isRegularPastParticiple("geltenden", "beschuldigen"), "another verb's form");
    assertFalse(GermanVerbForms.isRegularPastParticiple("anklagte", "anklagen"), "the finite past");
    assertFalse(GermanVerbForms.isRegularPastParticiple("angeklagtes-", "anklagen"));
  }

  /**
   * Until 2026-12-07 "herunter", "hinunter", "klein", "schön" and "schlecht" were no particles, so "kleinreden" was
   * read as one stem: its participle was "gekleinredet", and "kleingeredet", "kleinzureden" were no forms of it.
   */
  @Test
  void adjectiveAndDirectionalParticlesAreSeparable() {
    assertEquals("kleingeredet", GermanVerbForms.regularParticiple("kleinreden"));
    assertEquals("heruntergespielt", GermanVerbForms.regularParticiple("herunterspielen"));
    assertEquals("schöngerechnet", GermanVerbForms.regularParticiple("schönrechnen"));
    assertTrue(GermanVerbForms.forms("kleinreden").contains("kleinzureden"));
    assertTrue(GermanVerbForms.forms("schlechtreden").contains("schlechtredet"), "the particle joined to the finite form");
    assertEquals("herunter", GermanVerbForms.separableParticle("herunterspielen"), "not 'her'");
    assertEquals("", GermanVerbForms.separableParticle("schönen"), "too short a rest to be a particle verb");
  }
}
