package slant.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentimentTrainingTest {

  @Test
  void foldsKeepASentenceTogetherUseEveryFoldAndFollowTheSeed() {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      groups.add("s" + i % 37);
    }
    int[] a = SentimentTraining.folds(groups, 5, 7);
    assertArrayEquals(a, SentimentTraining.folds(groups, 5, 7));
    Map<String, Integer> seen = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < a.length; i++) {
      Integer before = seen.put(groups.get(i), a[i]);
      assertTrue(before == null || before == a[i], "sentence split across folds");
      used.add(a[i]);
    }
    assertEquals(Set.of(0, 1, 2, 3, 4), used);
    int[] b = SentimentTraining.folds(groups, 5, 8);
    boolean differs = false;
    for (int i = 0; i < a.length; i++) {
      differs |= a[i] != b[i];
    }
    assertTrue(differs, "another seed deals the sentences differently");
  }

  @Test
  void offsetsLowerTheBarOfAClassTheProbabilitiesUnderrate() {
    // gold-negative items whose P(negative) is just below P(neutral): an offset on the negative class above
    // log(0.45 / 0.40) ≈ 0.12 (but below what would take the clear neutrals) makes them negative, macro-F1 1
    double[][] p = new double[12][];
    int[] y = new int[12];
    for (int i = 0; i < 4; i++) {
      p[i] = new double[] {0.40, 0.45, 0.15};
      y[i] = 0;
      p[4 + i] = new double[] {0.10, 0.80, 0.10};
      y[4 + i] = 1;
      p[8 + i] = new double[] {0.10, 0.20, 0.70};
      y[8 + i] = 2;
    }
    double[] o = SentimentTraining.bestOffsets(p, y);
    assertTrue(o[0] > Math.log(0.45 / 0.40) && o[0] < Math.log(0.80 / 0.10), "negative offset " + o[0]);
    assertEquals(0, o[1]);
    assertEquals(1.0, Metrics.of(SentimentTraining.gold(y), List.of(SentimentTraining.predict(p, o))).macroF1(), 1e-12);
  }

  @Test
  void offsetsStayZeroWithoutAGain() {
    double[][] p = {{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.1, 0.2, 0.7}};
    assertArrayEquals(new double[] {0, 0, 0}, SentimentTraining.bestOffsets(p, new int[] {0, 1, 2}));
  }
}
