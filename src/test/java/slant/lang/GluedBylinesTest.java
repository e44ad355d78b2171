package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bylines glued to the report's first word, as tagesschau.de texts in zeitgeist-de-news have them. */
class GluedBylinesTest {

  private static final Set<String> OUTLETS = Rules.bundled().words("byline-outlets.tsv");

  private static List<Integer> glues(String text) {
    return GluedBylines.glues(text, OUTLETS);
  }

  /** The text's one glue is right before {@code next}, the report's first words. */
  private static void assertGlueBefore(String next, String text) {
    assertEquals(List.of(text.indexOf(next)), glues(text), text);
  }

  @Test
  void aBylineGluedToTheFirstWordIsFound() {
    String studio = "Von Dietrich Karl Mäurer, ARD-HauptstadtstudioEr gilt als einer der profiliertesten.";
    assertEquals(List.of(studio.indexOf("Er gilt")), glues(studio));
    String site = "Ein Überblick. Von Jörn Unsöld, tagesschau.deDie AusgangslageVor dreieinhalb Jahren";
    assertEquals(List.of(site.indexOf("Die Ausgangs")), glues(site), "the first glue after the byline only");
    String analysis = "Was bleibt? Eine Analyse von Corinna Emundts, tagesschau.deEs wirkt fast so.";
    assertEquals(List.of(analysis.indexOf("Es wirkt")), glues(analysis));
    String place = "für sich. Von Norbert Hahn, ARD Moskau, , zzt. KölnWolodymyr Selenskyj und die Koalition";
    assertEquals(List.of(place.indexOf("Wolodymyr")), glues(place));
    String two = "Wer ist Alabali Radovan?Von Claudia Buckenmaier und Anne-Katrin Mellmann, "
        + "ARD-HauptstadtstudioAm Tag ihres Amtsantritts";
    assertEquals(List.of(two.indexOf("Am Tag")), glues(two));
  }

  @Test
  void aBylineGluedAfterAnOutletInCapitalsOrToItsLastNameIsFound() {
    // since 2026-12-06 (annotation format 6): the outlet in capitals, then the report's first word
    assertGlueBefore("Im Süden", "Strom wird teurer. Von Lorenz Storch, BRIm Süden Deutschlands hatte es schwer.");
    assertGlueBefore("Prostitution", "Von Tim Kukral, SWRProstitution ist ein gefährlicher Beruf.");
    // a byline without an outlet, glued to its last name
    assertGlueBefore("Ein gemeinsames", "Ein Kommentar. Von Christian BaslEin gemeinsames Selfie der Koalition.");
    assertGlueBefore("Das baden", "Wie geht es weiter?Von Laura Bisch und Fabian SiegelDas baden-württembergische "
        + "Kabinett tagt.");
    // not a name's own capital ("McDonald", "DeSantis"), nor a first word that is a particle ("Von der LeyenDie")
    assertEquals(List.of(), glues("Von Ronald McDonald wurde nichts bekannt."));
    assertEquals(List.of(), glues("Von Ron DeSantis kam keine Antwort."));
    assertEquals(List.of(), glues("Von der LeyenDie Rede war kurz."));
    // a byline that ended with its sentence ("Müller.") has no glue in the next one
    assertEquals(List.of(), glues("Von Claudia Müller. Im ARD-DeutschlandTrend setzt sich eine Entwicklung fort."));
    // an outlet in capitals followed by its own word ("ARD Moskau") or by capitals ("HRCO2") is no glue
    assertEquals(List.of(), glues("Von Lara Shehada, HRCO2 kompensieren beim Fliegen."));
  }

  @Test
  void aBylineThatEndsInASpaceOrAFullStopIsNotGlued() {
    assertEquals(List.of(), glues("Von Anna Giordano, ARD-Studio Rom Die Regierung tagte."));
    // the byline's sentence has ended: "iPaper" is a newspaper's name, not a glue
    assertEquals(List.of(), glues("Von Gabi Biesinger, ARD London. Die britische Zeitung iPaper ist linksliberal."));
    // "von" inside a sentence opens no byline; nor does a name list without a byline outlet
    assertEquals(List.of(), glues("So sprach er von Merz, ARD-HauptstadtstudioEr gilt als profiliert."));
    assertEquals(List.of(), glues("Von der Leyen, EU-KommissionschefinDie Rede war kurz."));
  }

  @Test
  void offsetsMapBackToTheOriginalText() {
    String text = "Kurz. Von Moritz Behrendt, ARD KairoEs sind ereignisreiche Tage. Von Anna Bauer, ARD RomIn Rom.";
    SeparatedText s = SeparatedText.insertBreaks(text, glues(text));
    int first = text.indexOf("Es sind");
    int second = text.indexOf("In Rom");
    assertEquals(List.of(first, second), s.glues());
    assertEquals(text.substring(0, first) + "\n\n" + text.substring(first, second) + "\n\n"
        + text.substring(second), s.text());
    assertEquals(first, s.original(s.text().indexOf("Es sind")));
    assertEquals(first, s.original(first), "the byline's end");
    assertEquals(second, s.original(s.text().indexOf("In Rom")));
    assertEquals(text.length(), s.original(s.text().length()));
    assertEquals(3, s.original(3));
    String plain = "Keine Zeile von niemandem.";
    assertEquals(plain, SeparatedText.insertBreaks(plain, glues(plain)).text());
  }
}
