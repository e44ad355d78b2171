package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import slant.actors.ActorEntry;
import slant.actors.ActorResolver;
import slant.actors.Catalogue;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Polarity;
import slant.nlp.Annotator;
import slant.sentiment.Lexicon;
import slant.sentiment.SentimentModel;
import slant.sentiment.SentimentScorer;
import slant.sentiment.SoftmaxRegression;
import slant.sentiment.TargetFeatures;
import slant.sentiment.TrainedScorer;
import slant.testing.Docs;

/** The evaluator with a trained layer, on a hand-built parse and a hand-set model (no CoreNLP). */
class TrainedEvaluationTest {

  private static final AnnotatedDoc DOC = Docs.doc("de", "Putin/PROPN/2/nsubj empfing/VERB/0/root Kim/PROPN/2/obj "
      + ",/PUNCT/7/punct den/DET/7/det brutalen/ADJ/7/amod Diktator/NOUN/3/appos ./PUNCT/2/punct");

  /** A model whose only weights say: an attributed negative cue sum means negative, none means neutral. */
  private static SentimentModel handModel() {
    int dim = TargetFeatures.DENSE + (1 << 6);
    double[][] w = new double[3][dim];
    int neg = TargetFeatures.DENSE_NAMES.indexOf("att_neg_sum");
    w[0][neg] = 5;
    double[] bias = {0, 1, 0};
    double[] mean = new double[TargetFeatures.DENSE];
    double[] scale = new double[TargetFeatures.DENSE];
    java.util.Arrays.fill(scale, 1);
    return new SentimentModel("de", 6, mean, scale, new SoftmaxRegression(w, bias), Map.of());
  }

  @Test
  void trainedPredictionsReplaceTheRuleScoreButKeepTheCues() {
    Annotator a = new Annotator() {
      @Override
      public AnnotatedDoc annotate(String text, String language, ParseSelector selector) {
        return DOC;
      }

      @Override
      public String describe() {
        return "fake";
      }
    };
    SentimentScorer scorer = new SentimentScorer(Lexicon.fromTsv("de", "t",
        "lemma\tpos\tweight\nbrutal\tADJ\t-0.8\nDiktator\tNOUN\t-0.9\n", null), 4);
    ActorResolver resolver = new ActorResolver(Catalogue.of(List.of(
        new ActorEntry("Q7747", "person", Map.of("de", "Putin"), null, null, null, null, null),
        new ActorEntry("slant:kim", "person", Map.of("de", "Kim"), null, null, null, null, null))), Rules.bundled(),
        false, false);
    TargetSentimentEvaluator e = new TargetSentimentEvaluator(a, resolver, scorer, 0.1,
        LocalDate.parse("2022-01-01"), new TrainedScorer(scorer, handModel(), 4));
    String text = DOC.text();
    List<GoldItem> items = List.of(
        new GoldItem("k", text, "Kim", text.indexOf("Kim"), text.indexOf("Kim") + 3, Polarity.NEGATIVE),
        new GoldItem("p", text, "Putin", 0, 5, Polarity.NEUTRAL));
    TargetSentimentEvaluator.Result r = e.evaluate(items, "de", null);
    TargetSentimentEvaluator.Prediction kim = r.predictions().get(0);
    assertEquals(Polarity.NEGATIVE, kim.predicted());
    assertEquals(3, kim.cues().size(), "brutalen, Diktator, model");
    assertEquals("trained:sentiment-de", kim.cues().get(2).rule());
    assertEquals(kim.sentiment(), kim.cues().get(2).weight());
    TargetSentimentEvaluator.Prediction putin = r.predictions().get(1);
    assertEquals(Polarity.NEUTRAL, putin.predicted());
    assertEquals(1, putin.cues().size(), "only the model cue");
    assertEquals(1.0, r.metrics().accuracy());
  }
}
