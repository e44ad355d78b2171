package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.actors.ActorIndex.Target;
import slant.lang.WordNormalizer;
import slant.model.MentionKind;
import slant.testing.Docs;

class ActorIndexTest {

  private final ActorIndex index = Steps.INDEX;

  @Test
  void namesInEveryLanguageMetonymsAndDemonymsInTheirOwn() {
    assertEquals(List.of(new Target("Q7747", MentionKind.NAME, null, "Wladimir Putin")),
        index.phrases("de").get("wladimir putin"));
    assertEquals(List.of(new Target("Q7747", MentionKind.NAME, null, "Vladimir Putin")),
        index.phrases("de").get("vladimir putin"), "English names are matched in German text too");
    assertEquals(List.of(new Target("Q159", MentionKind.METONYM, null, "Kreml")), index.phrases("de").get("kreml"));
    assertNull(index.phrases("en").get("kreml"), "metonyms only in their language");
    assertEquals("Q159", index.demonyms("de").get("russisch"));
    assertNull(index.demonyms("en").get("russisch"));
  }

  /** Since 2026-12-05 (before, the stemmer's key was enough: "Contest" was Giuseppe Conte). */
  @Test
  void aSurnameIsWrittenAsTheSurnameOrItsGenitive() {
    assertTrue(index.writesSurname("Q7747", "Putin"));
    assertTrue(index.writesSurname("Q7747", "Putins"));
    assertTrue(index.writesSurname("Q7747", "PUTIN"));
    assertFalse(index.writesSurname("Q7747", "Putine"));
    assertFalse(index.writesSurname("Q23685", "Putin"), "another person's surname");
    assertEquals("erdogan", ActorIndex.folded("Erdoğan"));
  }

  /** Since 2026-12-05: whether a full name in the text is someone else than the catalogue person of that surname. */
  @Test
  void aFullNameWithAnotherFirstNameIsAnotherPerson() {
    WordNormalizer norm = WordNormalizer.forLanguage("de");
    assertTrue(index.namesAnotherPerson("Q7747", "Igor Putin", "de", norm, java.util.Set.of()));
    assertFalse(index.namesAnotherPerson("Q7747", "Wladimir Putin", "de", norm, java.util.Set.of()));
    assertFalse(index.namesAnotherPerson("Q7747", "Waldimir Putin", "de", norm, java.util.Set.of()),
        "a misspelling keeps the initial");
    assertTrue(index.namesAnotherPerson("Q23685", "Doris Medwedew", "de", norm, java.util.Set.of()),
        "the same initial as Dmitri, a first name of the other gender");
    assertFalse(index.namesAnotherPerson("Q7747", "Medwedew Putin", "de", norm, java.util.Set.of()),
        "a catalogue surname glued before the name");
    assertFalse(index.namesAnotherPerson("Q7747", "Epstein Putin", "de", norm, java.util.Set.of("epstein")),
        "the surname of another person the document names, glued before the name");
    assertFalse(index.namesAnotherPerson("Q7747", "brIgor Putin", "de", norm, java.util.Set.of()),
        "a word not written as a name");
    assertFalse(index.namesAnotherPerson("Q7747", "Putin", "de", norm, java.util.Set.of()), "no first name");
  }

  @Test
  void surnamesAndFirstTokensOfMultiWordPersonNames() {
    assertEquals(List.of("Q7747"), index.surnames("de").get("putin"));
    assertEquals(List.of("Q56226"), index.surnames("de").get("jong un"), "a hyphenated surname keys as two units");
    assertEquals(List.of("Q56226"), index.firstTokens("de").get("kim"));
    assertNull(index.surnames("de").get("russland"), "countries have no surname");
  }

  @Test
  void acronymsMustBeWrittenInCapitalsAndCapitalisedFormsCapitalised() {
    Target un = index.phrases("de").get("un").get(0);
    assertEquals("Q1065", un.actorId());
    assertTrue(un.acronym());
    Target full = index.phrases("de").get("vereint nation").get(0);
    assertFalse(full.acronym());
    assertTrue(full.capitalised());
  }

  @Test
  void aRoleIsHeldOnlyBetweenItsDates() {
    List<Target> kremlchef = index.phrases("de").get(WordNormalizer.forLanguage("de").key("Kremlchef"));
    assertEquals(List.of("Q7747", "Q23685"), kremlchef.stream().map(Target::actorId).toList());
    assertTrue(index.holds("Q7747", "Kremlchef", "de", LocalDate.parse("2024-06-18")));
    assertFalse(index.holds("Q23685", "Kremlchef", "de", LocalDate.parse("2024-06-18")));
    assertTrue(index.holds("Q23685", "Kremlchef", "de", LocalDate.parse("2010-01-01")));
    assertFalse(index.holds("Q7747", "Kremlchef", "en", LocalDate.parse("2024-06-18")), "no English title");
  }

  @Test
  void aSentenceMayHoldAMentionWhenAPhraseSurnameOrDemonymOccurs() {
    WordNormalizer de = WordNormalizer.forLanguage("de");
    assertTrue(index.mayHold(WordUnit.of(Docs.doc("de", "Der/DET Kreml/PROPN schweigt/VERB").sentences().get(0), de),
        "de"));
    assertTrue(index.mayHold(WordUnit.of(Docs.doc("de", "Putins/PROPN Besuch/NOUN").sentences().get(0), de), "de"));
    assertTrue(index.mayHold(WordUnit.of(Docs.doc("de", "russische/ADJ Truppen/NOUN").sentences().get(0), de), "de"));
    assertFalse(index.mayHold(WordUnit.of(Docs.doc("de", "Das/DET Wetter/NOUN ist/AUX schön/ADJ").sentences().get(0),
        de), "de"));
  }

  @Test
  void everyLanguageButEnglishUsesTheGermanIndex() {
    assertEquals("en", ActorIndex.lang("en"));
    assertEquals("de", ActorIndex.lang("de"));
    assertEquals("de", ActorIndex.lang("fr"));
    assertEquals("de", ActorIndex.lang(null));
  }
}
