package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected keys are literals: comparing two computed keys would also pass if both came out wrong (e.g. empty). */
class WordNormalizerTest {

  @Test
  void germanInflectionsShareTheirKey() {
    WordNormalizer de = WordNormalizer.forLanguage("de");
    assertEquals("russland", de.key("Russland"));
    assertEquals("russland", de.key("Russlands"));
    assertEquals("putin", de.key("Putin"));
    assertEquals("putin", de.key("Putins"));
    assertEquals("prasident", de.key("Präsident"));
    assertEquals("prasident", de.key("Präsidenten"));
    assertEquals("ukrain", de.key("Ukraine"));
    assertEquals("ukrain", de.key("Ukraines"));
    assertEquals("russisch prasident", de.phraseKey("russischer Präsident"));
  }

  @Test
  void englishPluralsAndPossessives() {
    WordNormalizer en = WordNormalizer.forLanguage("en");
    assertEquals("dictator", en.key("dictator"));
    assertEquals("dictator", en.key("dictators"));
    assertEquals("russia", en.key("Russia"));
    assertEquals("russia", en.key("Russia's"));
  }

  @Test
  void wordsWithoutContentHaveTheEmptyKey() {
    WordNormalizer de = WordNormalizer.forLanguage("de");
    assertEquals("", de.key(""));
    assertEquals("", de.key("   "));
    assertEquals("", de.key("—"));
    assertEquals("", de.key("„"));
    assertEquals("", WordNormalizer.forLanguage("en").key("--"));
    assertEquals("g7", de.key("G7"));
    assertEquals("russisch prasident", de.phraseKey("russischer — Präsident"));
    assertEquals("russisch prasident", de.phraseKey("  russischer   Präsident "));
  }
}
