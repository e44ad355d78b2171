package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A dateline at the start of a sentence's words, found before tagging (tier: unit). */
class DatelineTest {

  private static int dash(String tokens) {
    return Dateline.dashIndex(List.of(tokens.split(" ")), t -> true);
  }

  @Test
  void aPlaceAndADashBeforeACapitalisedWordAreADateline() {
    assertEquals(1, dash("Washington – Angesichts massiver Rückschläge legen die USA die Ausbildung auf Eis ."));
    assertEquals(4, dash("Hanoi / Phnom Penh – Die Erwartungen waren hoch ."));
    assertEquals(3, dash("Santiago de Chile – Wegen seiner Provokation hat er Ärger ."));
    assertEquals(4, dash("Moskau ( dpa ) – Der Kreml hat reagiert ."));
    assertEquals(1, dash("Wien - Eines steht fest ."));
  }

  @Test
  void aDashInsideASentenceOrAHeadlineIsNoDateline() {
    assertEquals(-1, dash("Trump – der Präsident – sagte nichts ."));
    assertEquals(-1, dash("Benfica mit Abwehrsorgen – Die Reise nach St. Petersburg ."));
    assertEquals(-1, dash("Die Regierung – so heißt es – bleibt ."));
    assertEquals(-1, dash("Fünf Tote in Gaza – Israel greift an ."));
    assertEquals(-1, dash("Wien –"));
    assertEquals(-1, dash("Eins Zwei Drei Vier Fünf Sechs Sieben – Die Zahl ."));
  }

  @Test
  void aHyphenInsideAWordIsNoDateline() {
    List<String> words = List.of("Die", "Grünen", "-", "Chefin", "über", "Versagen");
    assertEquals(-1, Dateline.dashIndex(words, t -> t != 2));
    assertEquals(2, Dateline.dashIndex(words, t -> true));
  }

  @Test
  void aSentenceOfPlaceAndDashBeforeTheReportIsADatelineSentence() {
    assertEquals(true, Dateline.isDatelineSentence(List.of("Straßburg", "–"), "In"));
    assertEquals(true, Dateline.isDatelineSentence(List.of("Moskau", "(", "dpa", ")", "–"), "Die"));
    assertEquals(false, Dateline.isDatelineSentence(List.of("Straßburg", "–"), "in"), "lower case after the dash");
    assertEquals(false, Dateline.isDatelineSentence(List.of("Straßburg", "–"), null), "the text's end");
    assertEquals(false, Dateline.isDatelineSentence(List.of("Die", "Regierung", "tagte", "."), "Sie"));
    assertEquals(false, Dateline.isDatelineSentence(List.of("Benfica", "mit", "Abwehrsorgen", "–"), "Der"));
  }
}
