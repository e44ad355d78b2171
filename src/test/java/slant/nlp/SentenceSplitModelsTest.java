package slant.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;

/**
 * Sentence splitting with the real German pipeline (tier: models): a blank line ends a sentence, one newline does not;
 * a dateline is a sentence of its own.
 */
@Tag("models")
class SentenceSplitModelsTest {

  private static List<String> sentences(String text) {
    Annotator annotator = CoreNlpAnnotator.shared(SlantConfig.defaults().nlp());
    AnnotatedDoc doc = annotator.annotate(text, "de", Annotator.ParseSelector.ALL);
    return doc.sentences().stream().map((Sentence s) -> s.text(doc.text())).toList();
  }

  @Test
  void aHeadlineWithoutFullStopIsItsOwnSentence() {
    assertEquals(List.of("Ukrainischer Politiker Parubij erschossen",
            "In der westukrainischen Stadt Lwiw ist der Politiker Andrij Parubij getötet worden.",
            "Er war Parlamentspräsident."),
        sentences("Ukrainischer Politiker Parubij erschossen\n\nIn der westukrainischen Stadt Lwiw ist der Politiker "
            + "Andrij Parubij getötet worden. Er war Parlamentspräsident."));
  }

  @Test
  void aSingleLineBreakInsideASentenceDoesNotSplitIt() {
    assertEquals(List.of("Die Regierung hat\nden Haushalt beschlossen."),
        sentences("Die Regierung hat\nden Haushalt beschlossen."));
  }

  @Test
  void aDatelineIsASentenceOfItsOwnAndTheReportIsParsedWithoutIt() {
    Annotator annotator = CoreNlpAnnotator.shared(SlantConfig.defaults().nlp());
    AnnotatedDoc doc = annotator.annotate("USA stoppen Programm. Washington – Angesichts massiver Rückschläge legen "
        + "die USA die Ausbildung syrischer Rebellen auf Eis.", "de", Annotator.ParseSelector.ALL);
    assertEquals(List.of("USA stoppen Programm.", "Washington –",
            "Angesichts massiver Rückschläge legen die USA die Ausbildung syrischer Rebellen auf Eis."),
        doc.sentences().stream().map((Sentence s) -> s.text(doc.text())).toList());
    Sentence report = doc.sentences().get(2);
    int usa = 5;
    assertEquals("USA", report.token(usa).word());
    assertEquals("nsubj", report.tree().relation(usa));
    assertEquals("legen", report.token(report.tree().head(usa)).word());
    assertEquals("ADP", report.token(0).pos());
  }

  /** Until 2026-12-04 "ARD-HauptstadtstudioEr" was one word and the lede the byline's sentence. */
  @Test
  void aGluedBylineIsSeparatedAndOffsetsPointIntoTheArticlesText() {
    String text = "Habeck zieht sich zurück. Von Dietrich Karl Mäurer, ARD-HauptstadtstudioEr gilt als einer der "
        + "profiliertesten Grünen-Politiker.";
    Annotator annotator = CoreNlpAnnotator.shared(SlantConfig.defaults().nlp());
    AnnotatedDoc doc = annotator.annotate(text, "de", Annotator.ParseSelector.ALL);
    assertEquals(text, doc.text());
    assertEquals(List.of("Habeck zieht sich zurück.", "Von Dietrich Karl Mäurer, ARD-Hauptstadtstudio",
            "Er gilt als einer der profiliertesten Grünen-Politiker."),
        doc.sentences().stream().map((Sentence s) -> s.text(doc.text())).toList());
    Sentence lede = doc.sentences().get(2);
    assertEquals("Er", lede.token(0).word());
    assertEquals(text.indexOf("Er gilt"), lede.token(0).begin());
    assertEquals("nsubj", lede.tree().relation(0));
  }

  /** Until 2026-12-06 "weiter?Die" was one word, the subject of "geht", and the question and the report one sentence. */
  @Test
  void aGluedQuestionIsSeparatedAndOffsetsPointIntoTheArticlesText() {
    String text = "Wie geht es nun weiter?Die USA haben Sanktionen verhängt.";
    Annotator annotator = CoreNlpAnnotator.shared(SlantConfig.defaults().nlp());
    AnnotatedDoc doc = annotator.annotate(text, "de", Annotator.ParseSelector.ALL);
    assertEquals(text, doc.text());
    assertEquals(List.of("Wie geht es nun weiter?", "Die USA haben Sanktionen verhängt."),
        doc.sentences().stream().map((Sentence s) -> s.text(doc.text())).toList());
    Sentence report = doc.sentences().get(1);
    assertEquals("USA", report.token(1).word());
    assertEquals(text.indexOf("USA"), report.token(1).begin());
    assertEquals("nsubj", report.tree().relation(1));
  }

  @Test
  void aHyphenedCompoundAtTheStartIsNoDateline() {
    assertEquals(List.of("Die Grünen-Chefin über Versagen im Flüchtlingsthema.", "Wien –", "Eva Glawischnig sprach."),
        sentences("Die Grünen-Chefin über Versagen im Flüchtlingsthema. Wien – Eva Glawischnig sprach."));
  }
}
