package slant.sentiment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression with L2 regularisation over sparse feature vectors ({@link TargetFeatures.Vector}),
 * trained full-batch by limited-memory BFGS with a backtracking (Armijo) line search. Deterministic: zero
 * initialisation, no randomness, a fixed summation order — the same data and options give bit-identical weights.
 *
 * <p>Objective: {@code Σ_i c_{y_i}·(−log p(y_i | x_i)) / Σ_i c_{y_i} + (l2/2)·‖W‖²} with class weights {@code c}
 * (e.g. {@link #balancedWeights}, so that macro-F1 rather than accuracy is what the fit serves); biases are not
 * regularised.
 */
public final class SoftmaxRegression implements Serializable {

  /** Training options. */
  public record Options(double l2, int maxIterations, double tolerance, int memory) {

    public Options {
      if (l2 < 0 || maxIterations < 1 || tolerance <= 0 || memory < 1) {
        throw new IllegalArgumentException("invalid options");
      }
    }

    public static Options of(double l2) {
      return new Options(l2, 400, 1e-6, 10);
    }
  }

  private final int classes;
  private final int dim;
  /** weights[c][j]. */
  private final double[][] weights;
  private final double[] bias;
  private final int iterations;

  public SoftmaxRegression(double[][] weights, double[] bias) {
    this(weights, bias, 0);
  }

  private SoftmaxRegression(double[][] weights, double[] bias, int iterations) {
    if (weights.length != bias.length || weights.length < 2) {
      throw new IllegalArgumentException("need at least two classes, one bias each");
    }
    this.classes = weights.length;
    this.dim = weights[0].length;
    this.weights = weights;
    this.bias = bias;
    this.iterations = iterations;
  }

  public int classes() {
    return classes;
  }

  public int dimension() {
    return dim;
  }

  public double weight(int c, int j) {
    return weights[c][j];
  }

  public double bias(int c) {
    return bias[c];
  }

  /** L-BFGS iterations the fit took (0 for a model built from weights). */
  public int iterations() {
    return iterations;
  }

  /** Class probabilities for one vector (indexes beyond the dimension are ignored). */
  public double[] probabilities(TargetFeatures.Vector x) {
    double[] z = new double[classes];
    for (int c = 0; c < classes; c++) {
      double s = bias[c];
      int[] idx = x.index();
      double[] val = x.value();
      for (int k = 0; k < idx.length; k++) {
        if (idx[k] < dim) {
          s += weights[c][idx[k]] * val[k];
        }
      }
      z[c] = s;
    }
    return softmax(z);
  }

  /** The most probable class (lowest index on ties). */
  public int predict(TargetFeatures.Vector x) {
    return argmax(probabilities(x));
  }

  public static int argmax(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Class weights n / (K · n_k): each class contributes equally to the loss (a class without items gets 0). */
  public static double[] balancedWeights(int[] y, int classes) {
    double[] n = new double[classes];
    for (int v : y) {
      n[v]++;
    }
    double[] w = new double[classes];
    for (int c = 0; c < classes; c++) {
      w[c] = n[c] == 0 ? 0 : y.length / (classes * n[c]);
    }
    return w;
  }

  /**
   * Fits the model.
   *
   * @param y class of each vector in [0, classes)
   * @param classWeights per-class loss weights (null: all 1)
   */
  public static SoftmaxRegression fit(List<TargetFeatures.Vector> x, int[] y, int classes, int dim,
      double[] classWeights, Options options) {
    Problem p = new Problem(x, y, classes, dim, classWeights == null ? ones(classes) : classWeights, options.l2());
    double[] theta = new double[classes * dim + classes];
    int it = lbfgs(p, theta, options);
    double[][] w = new double[classes][dim];
    double[] b = new double[classes];
    for (int c = 0; c < classes; c++) {
      System.arraycopy(theta, c * dim, w[c], 0, dim);
      b[c] = theta[classes * dim + c];
    }
    return new SoftmaxRegression(w, b, it);
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1);
    return w;
  }

  /** The objective and its gradient over flattened parameters (weights row by row, then biases). */
  static final class Problem {
    final List<TargetFeatures.Vector> x;
    final int[] y;
    final int classes;
    final int dim;
    final double[] classWeights;
    final double l2;
    final double totalWeight;

    Problem(List<TargetFeatures.Vector> x, int[] y, int classes, int dim, double[] classWeights, double l2) {
      if (x.size() != y.length || x.isEmpty()) {
        throw new IllegalArgumentException("need as many labels as vectors, at least one");
      }
      this.x = x;
      this.y = y;
      this.classes = classes;
      this.dim = dim;
      this.classWeights = classWeights;
      this.l2 = l2;
      double t = 0;
      for (int v : y) {
        if (v < 0 || v >= classes) {
          throw new IllegalArgumentException("label " + v + " outside [0, " + classes + ")");
        }
        t += classWeights[v];
      }
      this.totalWeight = t;
    }

    /** Objective at theta; writes the gradient into grad. */
    double evaluate(double[] theta, double[] grad) {
      Arrays.fill(grad, 0);
      double loss = 0;
      double[] z = new double[classes];
      int biasAt = classes * dim;
      for (int i = 0; i < x.size(); i++) {
        double ci = classWeights[y[i]];
        if (ci == 0) {
          continue;
        }
        int[] idx = x.get(i).index();
        double[] val = x.get(i).value();
        for (int c = 0; c < classes; c++) {
          double s = theta[biasAt + c];
          int off = c * dim;
          for (int k = 0; k < idx.length; k++) {
            s += theta[off + idx[k]] * val[k];
          }
          z[c] = s;
        }
        double[] p = softmax(z);
        loss -= ci * Math.log(Math.max(p[y[i]], 1e-300));
        for (int c = 0; c < classes; c++) {
          double r = ci * (p[c] - (c == y[i] ? 1 : 0)) / totalWeight;
          if (r == 0) {
            continue;
          }
          int off = c * dim;
          for (int k = 0; k < idx.length; k++) {
            grad[off + idx[k]] += r * val[k];
          }
          grad[biasAt + c] += r;
        }
      }
      loss /= totalWeight;
      double reg = 0;
      for (int j = 0; j < biasAt; j++) {
        reg += theta[j] * theta[j];
        grad[j] += l2 * theta[j];
      }
      return loss + 0.5 * l2 * reg;
    }
  }

  /** Minimises the problem from theta (updated in place); returns the iterations taken. */
  static int lbfgs(Problem p, double[] theta, Options o) {
    int n = theta.length;
    int m = o.memory();
    double[][] s = new double[m][];
    double[][] yv = new double[m][];
    double[] rho = new double[m];
    int stored = 0;
    int head = 0;
    double[] g = new double[n];
    double f = p.evaluate(theta, g);
    double[] dir = new double[n];
    double[] newTheta = new double[n];
    double[] newG = new double[n];
    double[] alpha = new double[m];
    int it = 0;
    for (; it < o.maxIterations(); it++) {
      double gnorm = norm(g);
      if (gnorm <= o.tolerance() * Math.max(1, norm(theta))) {
        break;
      }
      // two-loop recursion: dir = -H g
      System.arraycopy(g, 0, dir, 0, n);
      for (int k = 0; k < stored; k++) {
        int i = Math.floorMod(head - 1 - k, m);
        alpha[i] = rho[i] * dot(s[i], dir);
        axpy(-alpha[i], yv[i], dir);
      }
      double gamma = 1;
      if (stored > 0) {
        int last = Math.floorMod(head - 1, m);
        gamma = dot(s[last], yv[last]) / dot(yv[last], yv[last]);
      } else {
        gamma = 1 / gnorm;
      }
      for (int j = 0; j < n; j++) {
        dir[j] *= gamma;
      }
      for (int k = stored - 1; k >= 0; k--) {
        int i = Math.floorMod(head - 1 - k, m);
        double beta = rho[i] * dot(yv[i], dir);
        axpy(alpha[i] - beta, s[i], dir);
      }
      for (int j = 0; j < n; j++) {
        dir[j] = -dir[j];
      }
      double slope = dot(g, dir);
      if (slope >= 0) { // not a descent direction: restart from steepest descent
        stored = 0;
        for (int j = 0; j < n; j++) {
          dir[j] = -g[j] / gnorm;
        }
        slope = dot(g, dir);
      }
      double step = 1;
      double newF;
      int tries = 0;
      while (true) {
        for (int j = 0; j < n; j++) {
          newTheta[j] = theta[j] + step * dir[j];
        }
        newF = p.evaluate(newTheta, newG);
        if (newF <= f + 1e-4 * step * slope || ++tries > 40) {
          break;
        }
        step *= 0.5;
      }
      if (tries > 40) {
        break;
      }
      double[] sk = new double[n];
      double[] yk = new double[n];
      for (int j = 0; j < n; j++) {
        sk[j] = newTheta[j] - theta[j];
        yk[j] = newG[j] - g[j];
      }
      double sy = dot(sk, yk);
      if (sy > 1e-12) {
        s[head] = sk;
        yv[head] = yk;
        rho[head] = 1 / sy;
        head = (head + 1) % m;
        stored = Math.min(stored + 1, m);
      }
      double rel = Math.abs(f - newF) / Math.max(1, Math.abs(f));
      System.arraycopy(newTheta, 0, theta, 0, n);
      System.arraycopy(newG, 0, g, 0, n);
      f = newF;
      if (rel < 1e-10) {
        it++;
        break;
      }
    }
    return it;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }
}
