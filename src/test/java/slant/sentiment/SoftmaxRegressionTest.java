package slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

  private static TargetFeatures.Vector v(int[] idx, double[] val) {
    return new TargetFeatures.Vector(idx, val);
  }

  /** Three well-separated blobs in 2-D plus a sparse indicator feature per class. */
  private static List<TargetFeatures.Vector> blobs(int n, long seed, List<Integer> labels) {
    Random r = new Random(seed);
    double[][] centres = {{-2, 0}, {0, 2}, {2, 0}};
    List<TargetFeatures.Vector> x = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int c = i % 3;
      labels.add(c);
      x.add(v(new int[] {0, 1, 2 + c}, new double[] {centres[c][0] + 0.3 * r.nextGaussian(),
          centres[c][1] + 0.3 * r.nextGaussian(), r.nextBoolean() ? 1 : 0}));
    }
    return x;
  }

  private static int[] ints(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void learnsASeparableProblem() {
    List<Integer> labels = new ArrayList<>();
    List<TargetFeatures.Vector> x = blobs(300, 1, labels);
    SoftmaxRegression m = SoftmaxRegression.fit(x, ints(labels), 3, 5, null, SoftmaxRegression.Options.of(1e-3));
    List<Integer> testLabels = new ArrayList<>();
    List<TargetFeatures.Vector> test = blobs(90, 2, testLabels);
    int correct = 0;
    for (int i = 0; i < test.size(); i++) {
      if (m.predict(test.get(i)) == testLabels.get(i)) {
        correct++;
      }
    }
    assertEquals(90, correct);
    double[] p = m.probabilities(v(new int[] {0, 1}, new double[] {2, 0}));
    assertEquals(1, p[0] + p[1] + p[2], 1e-12);
    assertTrue(p[2] > 0.9);
    assertTrue(m.iterations() > 0);
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    List<Integer> labels = new ArrayList<>();
    List<TargetFeatures.Vector> x = blobs(30, 3, labels);
    SoftmaxRegression.Problem p = new SoftmaxRegression.Problem(x, ints(labels), 3, 5, new double[] {1, 2, 0.5}, 0.1);
    Random r = new Random(4);
    double[] theta = new double[3 * 5 + 3];
    for (int i = 0; i < theta.length; i++) {
      theta[i] = r.nextGaussian() * 0.5;
    }
    double[] grad = new double[theta.length];
    p.evaluate(theta, grad);
    double h = 1e-6;
    double[] scratch = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      double keep = theta[i];
      theta[i] = keep + h;
      double up = p.evaluate(theta, scratch);
      theta[i] = keep - h;
      double down = p.evaluate(theta, scratch);
      theta[i] = keep;
      assertEquals((up - down) / (2 * h), grad[i], 1e-6, "parameter " + i);
    }
  }

  @Test
  void deterministic() {
    List<Integer> labels = new ArrayList<>();
    List<TargetFeatures.Vector> x = blobs(120, 5, labels);
    double[] w = SoftmaxRegression.balancedWeights(ints(labels), 3);
    SoftmaxRegression a = SoftmaxRegression.fit(x, ints(labels), 3, 5, w, SoftmaxRegression.Options.of(0.01));
    SoftmaxRegression b = SoftmaxRegression.fit(x, ints(labels), 3, 5, w, SoftmaxRegression.Options.of(0.01));
    for (int c = 0; c < 3; c++) {
      assertEquals(a.bias(c), b.bias(c));
      for (int j = 0; j < 5; j++) {
        assertEquals(a.weight(c, j), b.weight(c, j));
      }
    }
  }

  @Test
  void strongerL2ShrinksWeights() {
    List<Integer> labels = new ArrayList<>();
    List<TargetFeatures.Vector> x = blobs(120, 6, labels);
    SoftmaxRegression weak = SoftmaxRegression.fit(x, ints(labels), 3, 5, null, SoftmaxRegression.Options.of(1e-3));
    SoftmaxRegression strong = SoftmaxRegression.fit(x, ints(labels), 3, 5, null, SoftmaxRegression.Options.of(1));
    assertTrue(Math.abs(strong.weight(2, 0)) < Math.abs(weak.weight(2, 0)));
  }

  @Test
  void balancedWeightsEqualiseClasses() {
    assertArrayEquals(new double[] {0.5, 2, 2}, SoftmaxRegression.balancedWeights(new int[] {0, 0, 0, 0, 1, 2}, 3),
        1e-12);
    assertArrayEquals(new double[] {1, 0, 0.5}, SoftmaxRegression.balancedWeights(new int[] {0, 2, 2}, 3), 1e-12);
  }
}
