package slant.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;

/** Sentence splitting with the real German pipeline (tier: models): a blank line ends a sentence, one newline does not. */
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
}
