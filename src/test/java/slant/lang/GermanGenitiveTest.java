package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GermanGenitiveTest {

  @Test
  void aNameWithSOrEsAddedIsItsGenitive() {
    assertTrue(GermanGenitive.isGenitiveOf("Chinas", "China"));
    assertTrue(GermanGenitive.isGenitiveOf("Spahns", "Spahn"));
    assertTrue(GermanGenitive.isGenitiveOf("Bundes", "Bund"));
  }

  @Test
  void aNameAsWrittenOrEndingInAHissIsNot() {
    assertFalse(GermanGenitive.isGenitiveOf("China", "China"));
    assertFalse(GermanGenitive.isGenitiveOf("Hamas", "Hamas"));
    assertFalse(GermanGenitive.isGenitiveOf("Babiss", "Babis"), "a name in s takes no genitive s");
    assertFalse(GermanGenitive.isGenitiveOf("Chinesen", "China"));
  }

  @Test
  void theGenitiveOfAManyWordNameIsOfItsLastWord() {
    assertTrue(GermanGenitive.isGenitiveOfName("Spahns", "Jens Spahn"));
    assertFalse(GermanGenitive.isGenitiveOfName("Jens", "Jens Spahn"));
    assertFalse(GermanGenitive.isGenitiveOfName("Spahns", null));
  }

  @Test
  void theLastWordOfAName() {
    assertEquals("Spahn", GermanGenitive.lastWord("Jens Spahn"));
    assertEquals("Jong-un", GermanGenitive.lastWord("Kim Jong-un"));
    assertEquals("China", GermanGenitive.lastWord("China"));
  }
}
