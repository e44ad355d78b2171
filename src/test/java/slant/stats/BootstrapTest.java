package slant.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import slant.stats.PeriodCell.Granularity;

class BootstrapTest {

  @Test
  void constantValuesGiveAPointInterval() {
    Bootstrap.Interval ci = Bootstrap.meanCi(new double[] {-0.5, -0.5, -0.5}, 1000, 1);
    assertEquals(-0.5, ci.estimate(), 1e-12);
    assertEquals(-0.5, ci.low(), 1e-12);
    assertEquals(-0.5, ci.high(), 1e-12);
  }

  @Test
  void twoValuesSpanTheirRange() {
    // resample means of {0, 1} with n = 2 are 0, 0.5 or 1 with probabilities 1/4, 1/2, 1/4: the 95 % interval is [0, 1]
    Bootstrap.Interval ci = Bootstrap.meanCi(new double[] {1, 0}, 2000, 7);
    assertEquals(0.5, ci.estimate(), 1e-12);
    assertEquals(0.0, ci.low(), 1e-12);
    assertEquals(1.0, ci.high(), 1e-12);
  }

  @Test
  void deterministicAndOrderIndependent() {
    double[] a = {0.1, -0.4, 0.3, 0.9, -0.2, 0.0, 0.5};
    double[] b = {0.9, 0.5, 0.3, 0.1, 0.0, -0.2, -0.4};
    assertEquals(Bootstrap.meanCi(a, 1000, 42), Bootstrap.meanCi(b, 1000, 42));
  }

  @Test
  void intervalNarrowsWithMoreArticlesAndContainsTheMean() {
    double[] small = new double[10];
    double[] large = new double[1000];
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int i = 0; i < large.length; i++) {
      large[i] = r.nextDouble() * 2 - 1;
      if (i < small.length) {
        small[i] = large[i];
      }
    }
    Bootstrap.Interval s = Bootstrap.meanCi(small, 1000, 5);
    Bootstrap.Interval l = Bootstrap.meanCi(large, 1000, 5);
    assertTrue(l.high() - l.low() < s.high() - s.low());
    assertTrue(l.low() <= l.estimate() && l.estimate() <= l.high());
    // the standard error of a uniform(-1, 1) mean over 1000 values is 0.577 / sqrt(1000) = 0.018: width ≈ 0.072
    assertEquals(0.072, l.high() - l.low(), 0.012);
  }

  @Test
  void slantIsTheDifferenceOfMeansWithItsInterval() {
    // outlet: {-1, -1}; others: {0, 0, 1, 1} → slant = -1 - 0.5 = -1.5
    Bootstrap.Interval d = Bootstrap.differenceCi(new double[] {-1, -1}, new double[] {0, 0, 1, 1}, 2000, 9);
    assertEquals(-1.5, d.estimate(), 1e-12);
    // the others' resample mean ranges over {0, .25, .5, .75, 1}: the difference lies in [-2, -1]
    assertTrue(d.low() >= -2.0 && d.low() <= -1.75, "low " + d.low());
    assertTrue(d.high() <= -1.0 && d.high() >= -1.25, "high " + d.high());
  }

  @Test
  void medianAndPercentile() {
    assertEquals(2.0, Bootstrap.median(new double[] {3, 1, 2}));
    assertEquals(2.5, Bootstrap.median(new double[] {4, 1, 2, 3}));
    assertEquals(1.5, Bootstrap.percentile(new double[] {1, 2}, 0.5));
  }

  @Test
  void periodsAreIsoWeeksAndMonths() {
    LocalDate sunday = LocalDate.parse("2024-06-23");
    assertEquals(LocalDate.parse("2024-06-17"), Granularity.WEEK.start(sunday));
    assertEquals("2024-W25", Granularity.WEEK.label(Granularity.WEEK.start(sunday)));
    assertEquals("2025-W01", Granularity.WEEK.label(Granularity.WEEK.start(LocalDate.parse("2024-12-31"))));
    assertEquals(LocalDate.parse("2024-06-01"), Granularity.MONTH.start(sunday));
    assertEquals("2024-06", Granularity.MONTH.label(LocalDate.parse("2024-06-01")));
    assertEquals(LocalDate.parse("2024-06-30"), Granularity.MONTH.end(LocalDate.parse("2024-06-01")));
  }

  @Test
  void constantGroupsGiveTheLoopsResultWithoutResampling() {
    // what the resampling loop returns for constant values: every resampled mean is the mean itself
    double third = (0.3 + 0.3 + 0.3) / 3;
    assertEquals(new Bootstrap.Interval(third, third, third),
        Bootstrap.meanCi(new double[] {0.3, 0.3, 0.3}, 1000, 42L));
    assertEquals(new Bootstrap.Interval(third - 0.0, third - 0.0, third - 0.0),
        Bootstrap.differenceCi(new double[] {0.3, 0.3, 0.3}, new double[] {0.0, 0.0}, 1000, 42L));
    // 0.0 and −0.0 are not the same value: resampled, as before
    Bootstrap.Interval mixed = Bootstrap.meanCi(new double[] {-0.0, 0.0}, 1000, 42L);
    assertEquals(0.0, mixed.estimate());
  }
}
