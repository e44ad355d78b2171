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
}
