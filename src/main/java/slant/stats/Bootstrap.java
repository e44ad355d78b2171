package slant.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap over articles, deterministic for a given seed: the values are sorted first, so the input
 * order (which Spark does not fix) never changes the interval.
 *
 * <p>Contract: {@code low ≤ mean ≤ high}. The percentile interval almost always contains the sample mean; where a very
 * skewed small sample would put it outside, the bound is moved to the mean (documented in docs/tables.md).
 */
public final class Bootstrap {

  private Bootstrap() {}

  /** A 95 % interval with its point estimate. */
  public record Interval(double estimate, double low, double high) {}

  public static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** The median (mean of the two middle values for even n). */
  public static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
  }

  /** 95 % percentile bootstrap interval of the mean, {@code samples} resamples with replacement. */
  public static Interval meanCi(double[] values, int samples, long seed) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double mean = mean(v);
    if (Double.compare(v[0], v[v.length - 1]) == 0) { // sorted: first = last means all equal (0.0 ≠ −0.0)
      // all values equal: every resample sums the same values in the same order, so every resampled mean, both
      // percentiles and the interval are the mean itself (what the loop below returns, without 1000 resamples)
      return new Interval(mean, mean, mean);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double[] means = new double[samples];
    for (int b = 0; b < samples; b++) {
      double s = 0;
      for (int i = 0; i < v.length; i++) {
        s += v[rng.nextInt(v.length)];
      }
      means[b] = s / v.length;
    }
    return interval(mean, means);
  }

  /**
   * 95 % interval of mean(a) − mean(b), resampling a and b independently: the relative slant of an outlet (a)
   * against all other outlets (b).
   */
  public static Interval differenceCi(double[] a, double[] b, int samples, long seed) {
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    double diff = mean(x) - mean(y);
    if (Double.compare(x[0], x[x.length - 1]) == 0 && Double.compare(y[0], y[y.length - 1]) == 0) {
      // both groups constant: every resampled difference is the difference of the means (see meanCi)
      return new Interval(diff, diff, diff);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double[] diffs = new double[samples];
    for (int s = 0; s < samples; s++) {
      double sx = 0;
      for (int i = 0; i < x.length; i++) {
        sx += x[rng.nextInt(x.length)];
      }
      double sy = 0;
      for (int i = 0; i < y.length; i++) {
        sy += y[rng.nextInt(y.length)];
      }
      diffs[s] = sx / x.length - sy / y.length;
    }
    return interval(diff, diffs);
  }

  private static Interval interval(double estimate, double[] stats) {
    Arrays.sort(stats);
    double low = percentile(stats, 0.025);
    double high = percentile(stats, 0.975);
    return new Interval(estimate, Math.min(low, estimate), Math.max(high, estimate));
  }

  /** Linear interpolation between order statistics (the R-7 / numpy default). */
  static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** A seed for one cell from the run's seed and the cell's key, stable across runs and executors. */
  public static long cellSeed(long seed, String key) {
    long h = 1125899906842597L;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    return seed ^ h;
  }
}
