package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quotation spans of a text, by its marks. */
class VoiceDetectorTest {

  /** The quoted strings of {@code text} in {@code language}, in text order. */
  private static List<String> quoted(String text, String language) {
    return VoiceDetector.quoteSpans(text, language).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void doubleMarksInEveryLanguage() {
    assertEquals(List.of("„nicht akzeptabel“"), quoted("Merz nannte das „nicht akzeptabel“.", "de"));
    assertEquals(List.of("\"a disaster\""), quoted("Trump called it \"a disaster\".", "en"));
  }

  /**
   * Until 2026-12-06 English single quotation marks quoted nothing, and "Comey: Clinton 'extremely careless' about
   * emails" made the speaker's words the outlet's label of Clinton.
   */
  @Test
  void englishSingleMarksQuoteButApostrophesDoNot() {
    assertEquals(List.of("'extremely careless'"),
        quoted("FBI's Comey: Clinton 'extremely careless' about emails", "en"));
    assertEquals(List.of("‘many mistakes’"), quoted("Trump’s aide admitted ‘many mistakes’ on Tuesday.", "en"));
    assertEquals(List.of("'Apology Tour.'"), quoted("He mocked the 'Apology Tour.'", "en"));
    // an apostrophe in a word, an opening mark without a closing one, and a plural possessive quote nothing
    assertEquals(List.of(), quoted("The states' rights and don't forget the '90s.", "en"));
    // inside double marks the single ones are part of the quotation already
    assertEquals(List.of("\"he said 'no' twice\""), quoted("Then \"he said 'no' twice\" again.", "en"));
    // German texts keep to their marks
    assertEquals(List.of(), quoted("Sturmtief 'Elli' zieht ab.", "de"));
  }
}
