package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.lang.WordNormalizer;
import slant.model.Sentence;
import slant.model.Token;
import slant.testing.Docs;

class WordUnitTest {

  private static final WordNormalizer DE = WordNormalizer.forLanguage("de");

  private static List<WordUnit> units(String sentence) {
    return WordUnit.of(Docs.doc("de", sentence).sentences().get(0), DE);
  }

  @Test
  void aHyphenatedTokenSplitsIntoPartsJoinedToEachOther() {
    assertEquals(List.of(new WordUnit("der", null, 0, false, false, "Der"), new WordUnit("ukrain", null, 1, false, true, "Ukraine"),
        new WordUnit("krieg", null, 1, true, false, "Krieg")), units("Der/DET Ukraine-Krieg/NOUN"));
  }

  @Test
  void aHyphenTokenJoinsItsNeighboursOnlyWithoutSpaces() {
    // "Ukraine-Krieg" tokenised as three tokens, no spaces between
    Sentence joined = new Sentence(0, 0, 13, List.of(new Token(0, "Ukraine", 0, 7, "PROPN", "O"),
        new Token(1, "-", 7, 8, "PUNCT", "O"), new Token(2, "Krieg", 8, 13, "NOUN", "O")), List.of(), List.of(), false);
    assertEquals(List.of(new WordUnit("ukrain", null, 0, false, true, "Ukraine"), new WordUnit("krieg", null, 2, true, false, "Krieg")),
        WordUnit.of(joined, DE));
    // "Ukraine - Krieg": a dash between words joins nothing
    assertEquals(List.of(new WordUnit("ukrain", null, 0, false, false, "Ukraine"), new WordUnit("krieg", null, 2, false, false, "Krieg")),
        units("Ukraine/PROPN -/PUNCT Krieg/NOUN"));
  }

  @Test
  void aCapitalisedWordInSKeepsItsGenitiveLessKeyAndPunctuationHasNoUnit() {
    assertEquals(List.of(new WordUnit("chinas", "china", 0, false, false, "Chinas"), new WordUnit("putin", null, 1, false, false, "Putin")),
        units("Chinas/PROPN Putin/PROPN ,/PUNCT"));
    // the stemmer already removes the s of "Putins": no second key
    assertEquals(List.of(new WordUnit("putin", null, 0, false, false, "Putins")), units("Putins/PROPN"));
  }
}
