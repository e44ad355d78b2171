package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Paragraphs glued to the next paragraph's first word, as tagesschau.de texts in zeitgeist-de-news have them. */
class GluedParagraphsTest {

  private static final Set<String> OUTLETS = Rules.bundled().words("byline-outlets.tsv");

  private static List<Integer> glues(String text) {
    return GluedParagraphs.glues(text, OUTLETS);
  }

  @Test
  void aQuestionAHeadingAndAnInterviewersLabelGluedToTheNextParagraphAreFound() {
    String question = "Wie geht es nun weiter?Die USA haben Sanktionen verhängt.";
    assertEquals(List.of(question.indexOf("Die USA")), glues(question));
    String heading = "Die wichtigsten Entwicklungen im Überblick:Wadephul kritisiert Israel.";
    assertEquals(List.of(heading.indexOf("Wadephul")), glues(heading));
    String interview = "Der Druck wird enorm sein.tagesschau24: Die Bilder zeigen Zerstörung.";
    assertEquals(List.of(interview.indexOf("tagesschau24")), glues(interview));
    String liveblog = "der allgemeine Mangel an Abwehrraketen.tagesthemen: US-Präsident Trump sagt";
    assertEquals(List.of(liveblog.indexOf("tagesthemen")), glues(liveblog));
    String twice = "Was ist gestern passiert?Wer war Epstein?Der Name fiel oft.";
    assertEquals(List.of(twice.indexOf("Wer war"), twice.indexOf("Der Name")), glues(twice));
  }

  @Test
  void spacedMarksAbbreviationsAddressesAndGenderFormsAreNoGlues() {
    assertEquals(List.of(), glues("Wie geht es weiter? Die USA zögern. Im Überblick: Wadephul reist."));
    assertEquals(List.of(), glues("Bernd Sorge, dt.Spion und Journalist, sprach."), "an abbreviation's full stop");
    assertEquals(List.of(), glues("Die Wähler:Innen und Bürger:innen stimmten ab."));
    assertEquals(List.of(), glues("Mehr unter https://www.example.de/seite?Id=4 und www.tagesschau.de: hier."));
    assertEquals(List.of(), glues("Er fragte ihn.Tagesschau sei gut."), "a capitalised word after a full stop");
    assertEquals(List.of(), glues("Er sagte: \"Wir gehen.\"Die Lage"), "a quotation mark: the splitter ends it");
  }

  @Test
  void bylinesAndParagraphsAreSeparatedTogetherAndOffsetsMapBack() {
    String text = "Was sagen die Kritiker?Von Anna Bauer, ARD RomIn Rom tagte man. Wie weiter?Die Lage ist offen.";
    SeparatedText s = GluedParagraphs.separate(text, OUTLETS, Set.of());
    int von = text.indexOf("Von Anna");
    int inRom = text.indexOf("In Rom");
    int lage = text.indexOf("Die Lage");
    assertEquals(List.of(von, inRom, lage), s.glues());
    assertEquals(text.substring(0, von) + "\n\n" + text.substring(von, inRom) + "\n\n"
        + text.substring(inRom, lage) + "\n\n" + text.substring(lage), s.text());
    assertEquals(lage, s.original(s.text().indexOf("Die Lage")));
    assertEquals(von - 1, s.original(s.text().indexOf("?\n\nVon")));
    String plain = "Kein Absatz klebt hier.";
    assertEquals(plain, GluedParagraphs.separate(plain, OUTLETS, Set.of()).text());
  }
}
