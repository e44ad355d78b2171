package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordNormalizerTest {

  @Test
  void germanInflectionsShareTheirKey() {
    WordNormalizer de = WordNormalizer.forLanguage("de");
    assertEquals(de.key("Russland"), de.key("Russlands"));
    assertEquals(de.key("Putin"), de.key("Putins"));
    assertEquals(de.key("Präsident"), de.key("Präsidenten"));
    assertEquals(de.key("Ukraine"), de.key("Ukraine"));
    assertEquals("russisch prasident", de.phraseKey("russischer Präsident"));
  }

  @Test
  void englishPluralsAndPossessives() {
    WordNormalizer en = WordNormalizer.forLanguage("en");
    assertEquals(en.key("dictator"), en.key("dictators"));
    assertEquals(en.key("Russia"), en.key("Russia's"));
  }
}
