package slant.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.model.Polarity;

/**
 * Three-class classification figures from a confusion matrix: accuracy, per-class precision, recall and F1, and
 * macro-F1 (the unweighted mean of the three F1 scores, as reported for NewsMTSC). A class never predicted has
 * precision 0; a class with no gold items has recall 0; F1 is 0 when precision + recall is 0.
 */
public final class Metrics {

  private static final Polarity[] CLASSES = Polarity.values();

  /** counts[gold][predicted], indexed by {@link Polarity#ordinal()}. */
  private final long[][] counts = new long[CLASSES.length][CLASSES.length];

  public void add(Polarity gold, Polarity predicted) {
    counts[gold.ordinal()][predicted.ordinal()]++;
  }

  public static Metrics of(List<Polarity> gold, List<Polarity> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in length");
    }
    Metrics m = new Metrics();
    for (int i = 0; i < gold.size(); i++) {
      m.add(gold.get(i), predicted.get(i));
    }
    return m;
  }

  public long count(Polarity gold, Polarity predicted) {
    return counts[gold.ordinal()][predicted.ordinal()];
  }

  public long n() {
    long n = 0;
    for (long[] row : counts) {
      for (long c : row) {
        n += c;
      }
    }
    return n;
  }

  /** Gold items of a class. */
  public long support(Polarity c) {
    long s = 0;
    for (long v : counts[c.ordinal()]) {
      s += v;
    }
    return s;
  }

  /** Items predicted as a class. */
  public long predicted(Polarity c) {
    long s = 0;
    for (long[] row : counts) {
      s += row[c.ordinal()];
    }
    return s;
  }

  public double accuracy() {
    long n = n();
    if (n == 0) {
      return 0;
    }
    long correct = 0;
    for (Polarity c : CLASSES) {
      correct += count(c, c);
    }
    return (double) correct / n;
  }

  public double precision(Polarity c) {
    long p = predicted(c);
    return p == 0 ? 0 : (double) count(c, c) / p;
  }

  public double recall(Polarity c) {
    long s = support(c);
    return s == 0 ? 0 : (double) count(c, c) / s;
  }

  public double f1(Polarity c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    double sum = 0;
    for (Polarity c : CLASSES) {
      sum += f1(c);
    }
    return sum / CLASSES.length;
  }

  /**
   * The figures as JSON-ready maps: {@code macro_f1}, {@code accuracy}, {@code n}, one object per class
   * ({@code precision}, {@code recall}, {@code f1}, {@code support}) and {@code confusion} (gold → predicted →
   * count). Ratios are rounded to four decimals.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("macro_f1", round(macroF1()));
    out.put("accuracy", round(accuracy()));
    out.put("n", n());
    for (Polarity c : CLASSES) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("precision", round(precision(c)));
      m.put("recall", round(recall(c)));
      m.put("f1", round(f1(c)));
      m.put("support", support(c));
      out.put(c.code(), m);
    }
    Map<String, Object> confusion = new LinkedHashMap<>();
    for (Polarity g : CLASSES) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (Polarity p : CLASSES) {
        row.put(p.code(), count(g, p));
      }
      confusion.put(g.code(), row);
    }
    out.put("confusion", confusion);
    return out;
  }

  static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
