package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slant.model.Polarity.NEGATIVE;
import static slant.model.Polarity.NEUTRAL;
import static slant.model.Polarity.POSITIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import slant.model.Polarity;

class MetricsTest {

  /**
   * Hand-computed confusion matrix (rows gold, columns predicted: negative, neutral, positive):
   * <pre>
   *   negative   5  3  2   (support 10)
   *   neutral    1  6  1   (support 8)
   *   positive   0  2  4   (support 6)
   * </pre>
   * precision: neg 5/6, neu 6/11, pos 4/7; recall: neg 5/10, neu 6/8, pos 4/6; accuracy 15/24.
   * F1: neg 2·(5/6)(1/2)/((5/6)+(1/2)) = 0.625; neu 2·(6/11)(3/4)/((6/11)+(3/4)) = 12/19;
   * pos 2·(4/7)(2/3)/((4/7)+(2/3)) = 8/13; macro = (0.625 + 12/19 + 8/13)/3.
   */
  private static Metrics handMatrix() {
    List<Polarity> gold = new ArrayList<>();
    List<Polarity> pred = new ArrayList<>();
    int[][] m = {{5, 3, 2}, {1, 6, 1}, {0, 2, 4}};
    Polarity[] c = Polarity.values();
    for (int g = 0; g < 3; g++) {
      for (int p = 0; p < 3; p++) {
        for (int k = 0; k < m[g][p]; k++) {
          gold.add(c[g]);
          pred.add(c[p]);
        }
      }
    }
    return Metrics.of(gold, pred);
  }

  @Test
  void figuresMatchTheHandComputation() {
    Metrics m = handMatrix();
    assertEquals(24, m.n());
    assertEquals(15.0 / 24, m.accuracy(), 1e-12);
    assertEquals(5.0 / 6, m.precision(NEGATIVE), 1e-12);
    assertEquals(6.0 / 11, m.precision(NEUTRAL), 1e-12);
    assertEquals(4.0 / 7, m.precision(POSITIVE), 1e-12);
    assertEquals(0.5, m.recall(NEGATIVE), 1e-12);
    assertEquals(0.75, m.recall(NEUTRAL), 1e-12);
    assertEquals(2.0 / 3, m.recall(POSITIVE), 1e-12);
    assertEquals(0.625, m.f1(NEGATIVE), 1e-12);
    assertEquals(12.0 / 19, m.f1(NEUTRAL), 1e-12);
    assertEquals(8.0 / 13, m.f1(POSITIVE), 1e-12);
    assertEquals((0.625 + 12.0 / 19 + 8.0 / 13) / 3, m.macroF1(), 1e-12);
    assertEquals(3, m.count(NEGATIVE, NEUTRAL));
    assertEquals(0, m.count(POSITIVE, NEGATIVE));
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonHasRoundedFiguresAndGoldToPredictedConfusion() {
    Map<String, Object> j = handMatrix().toJson();
    assertEquals(0.624, j.get("macro_f1"));
    assertEquals(0.625, j.get("accuracy"));
    assertEquals(24L, j.get("n"));
    Map<String, Object> neu = (Map<String, Object>) j.get("neutral");
    assertEquals(0.5455, neu.get("precision"));
    assertEquals(0.75, neu.get("recall"));
    assertEquals(0.6316, neu.get("f1"));
    assertEquals(8L, neu.get("support"));
    Map<String, Map<String, Object>> conf = (Map<String, Map<String, Object>>) j.get("confusion");
    assertEquals(List.of("negative", "neutral", "positive"), List.copyOf(conf.keySet()));
    assertEquals(2L, conf.get("negative").get("positive"));
    assertEquals(1L, conf.get("neutral").get("negative"));
  }

  @Test
  void emptyClassesGiveZeroNotNaN() {
    Metrics m = Metrics.of(List.of(NEUTRAL, NEUTRAL), List.of(NEUTRAL, POSITIVE));
    assertEquals(0, m.precision(NEGATIVE));
    assertEquals(0, m.recall(NEGATIVE));
    assertEquals(0, m.f1(NEGATIVE));
    assertEquals(0, m.recall(POSITIVE));
    assertEquals(0, m.f1(POSITIVE));
    assertEquals(0.5, m.accuracy());
    assertEquals(0, new Metrics().accuracy());
  }
}
