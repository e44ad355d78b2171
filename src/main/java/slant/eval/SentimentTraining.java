package slant.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import slant.actors.ActorResolver;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Polarity;
import slant.sentiment.SentimentModel;
import slant.sentiment.SentimentScorer;
import slant.sentiment.SoftmaxRegression;
import slant.sentiment.TargetFeatures;
import slant.voice.VoiceAttributor;

/**
 * Training data and cross-validation for the trained sentiment layer. Pure: annotations come in, figures come out.
 *
 * <p>Folds are grouped by sentence (all targets of a sentence fall in the same fold, so a sentence never appears in
 * training and test at once) and assigned by a seeded shuffle of the distinct sentences. The L2 strength is chosen by
 * inner grouped cross-validation on the training part only (nested CV), by macro-F1.
 */
public final class SentimentTraining {

  private SentimentTraining() {}

  /** The examples of a gold set: features, gold class, sentence (the group) and the rule scorer's prediction. */
  public record Examples(List<TargetFeatures.Vector> x, int[] y, List<String> groups, List<Polarity> rules,
      int unresolved) {

    public List<Polarity> gold() {
      List<Polarity> g = new ArrayList<>(y.length);
      for (int v : y) {
        g.add(Polarity.values()[v]);
      }
      return g;
    }
  }

  /**
   * Builds the examples: per item, the target mention and the other actors of its sentence exactly as
   * {@link TargetSentimentEvaluator} builds them, with the voice attribution of the item's text (its quotation marks
   * feed {@code in_quotes}); items whose target covers no token are left out (counted).
   */
  public static Examples examples(List<GoldItem> items, Map<String, AnnotatedDoc> docs, ActorResolver resolver,
      SentimentScorer scorer, TargetFeatures features, VoiceAttributor voice, double neutralBand, LocalDate date) {
    List<TargetFeatures.Vector> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Polarity> rules = new ArrayList<>();
    Map<String, List<Mention>> resolvedBySentence = new LinkedHashMap<>();
    int unresolved = 0;
    for (GoldItem item : items) {
      AnnotatedDoc doc = docs.get(item.sentence());
      List<Mention> resolved = resolvedBySentence.computeIfAbsent(item.sentence(), k -> resolver.resolve(doc, date));
      List<Mention> mentions = TargetSentimentEvaluator.mentions(doc, resolved, item);
      if (mentions == null) {
        unresolved++;
        continue;
      }
      x.add(features.extract(doc, mentions, 0, voice.attribute(doc, mentions)));
      y.add(item.gold().ordinal());
      groups.add(item.sentence());
      rules.add(Polarity.of(SentimentScorer.aggregate(scorer.score(doc, mentions).get(0)), neutralBand));
    }
    return new Examples(x, y.stream().mapToInt(Integer::intValue).toArray(), groups, rules, unresolved);
  }

  /** Fold (0..k-1) of each item: distinct groups shuffled with the seed, then dealt round-robin. */
  public static int[] folds(List<String> groups, int k, long seed) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(groups));
    Collections.shuffle(distinct, new Random(seed));
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      foldOf.put(distinct.get(i), i % k);
    }
    int[] out = new int[groups.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldOf.get(groups.get(i));
    }
    return out;
  }

  /** Out-of-fold class probabilities of a model with fixed L2 trained on the other folds (null rows: empty fold). */
  public static double[][] crossValProbabilities(String language, int hashBits, List<TargetFeatures.Vector> x,
      int[] y, int[] fold, int k, double l2) {
    double[][] out = new double[y.length][];
    for (int f = 0; f < k; f++) {
      List<TargetFeatures.Vector> trainX = new ArrayList<>();
      List<Integer> trainY = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (fold[i] != f) {
          trainX.add(x.get(i));
          trainY.add(y[i]);
        }
      }
      if (trainX.size() == y.length) {
        continue; // empty fold
      }
      SentimentModel m = SentimentModel.fit(language, hashBits, trainX,
          trainY.stream().mapToInt(Integer::intValue).toArray(), SoftmaxRegression.Options.of(l2), Map.of());
      for (int i = 0; i < y.length; i++) {
        if (fold[i] == f) {
          out[i] = m.probabilities(x.get(i));
        }
      }
    }
    return out;
  }

  /** Out-of-fold predictions of a model with fixed L2 trained on the other folds. */
  public static Polarity[] crossValPredict(String language, int hashBits, List<TargetFeatures.Vector> x, int[] y,
      int[] fold, int k, double l2) {
    return predict(crossValProbabilities(language, hashBits, x, y, fold, k, l2), SentimentModel.NO_OFFSETS);
  }

  /** The class of each probability row after adding {@code offsets} to the log-probabilities (argmax). */
  static Polarity[] predict(double[][] p, double[] offsets) {
    Polarity[] out = new Polarity[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = Polarity.values()[SentimentModel.decide(p[i], offsets)];
    }
    return out;
  }

  /**
   * Log-probability offsets (neutral fixed at 0) from {@link #OFFSET_GRID}² for the negative and positive class that
   * maximise macro-F1 of the given probabilities; (0, 0) first, then the smallest total |offset| wins ties, so that
   * without a real gain the model is left as trained.
   */
  static double[] bestOffsets(double[][] p, int[] y) {
    List<Polarity> gold = gold(y);
    double[] best = SentimentModel.NO_OFFSETS;
    double bestScore = Metrics.of(gold, List.of(predict(p, best))).macroF1();
    for (double neg : OFFSET_GRID) {
      for (double pos : OFFSET_GRID) {
        double[] o = {neg, 0, pos};
        double f1 = Metrics.of(gold, List.of(predict(p, o))).macroF1();
        if (f1 > bestScore + 1e-12
            || Math.abs(f1 - bestScore) <= 1e-12 && Math.abs(neg) + Math.abs(pos) < Math.abs(best[0]) + Math.abs(best[2])) {
          bestScore = f1;
          best = o;
        }
      }
    }
    return best;
  }

  /** Offsets tried by {@link #bestOffsets}: −1 to 1 in steps of 0.1. */
  static final List<Double> OFFSET_GRID;

  static {
    List<Double> g = new ArrayList<>();
    for (int i = -10; i <= 10; i++) {
      g.add(i / 10.0);
    }
    OFFSET_GRID = List.copyOf(g);
  }

  /**
   * The L2 strength of the grid with the best grouped-CV macro-F1 (first on ties), with every grid point's score, and
   * the decision offsets chosen on the out-of-fold probabilities of that L2 (all zero unless {@code calibrate}).
   */
  public record Selection(double l2, Map<Double, Double> macroF1ByL2, double[] offsets) {}

  public static Selection selectL2(String language, int hashBits, List<TargetFeatures.Vector> x, int[] y,
      List<String> groups, List<Double> grid, int k, long seed) {
    return selectL2(language, hashBits, x, y, groups, grid, k, seed, false);
  }

  /**
   * @param calibrate also choose per-class decision offsets; the L2 is then chosen by the macro-F1 reached after
   *     its own best offsets
   */
  public static Selection selectL2(String language, int hashBits, List<TargetFeatures.Vector> x, int[] y,
      List<String> groups, List<Double> grid, int k, long seed, boolean calibrate) {
    int[] fold = folds(groups, k, seed);
    Map<Double, Double> scores = new LinkedHashMap<>();
    double best = Double.NaN;
    double bestScore = -1;
    double[] bestOffsets = SentimentModel.NO_OFFSETS;
    for (double l2 : grid) {
      double[][] p = crossValProbabilities(language, hashBits, x, y, fold, k, l2);
      double[] offsets = calibrate ? bestOffsets(p, y) : SentimentModel.NO_OFFSETS;
      double f1 = Metrics.of(gold(y), List.of(predict(p, offsets))).macroF1();
      scores.put(l2, f1);
      if (f1 > bestScore) {
        bestScore = f1;
        best = l2;
        bestOffsets = offsets;
      }
    }
    return new Selection(best, scores, bestOffsets);
  }

  /** Nested cross-validation: out-of-fold predictions and the L2 and offsets chosen (by inner CV) per outer fold. */
  public record Nested(Polarity[] predictions, int[] fold, double[] chosenL2, double[][] chosenOffsets) {}

  public static Nested nested(String language, int hashBits, Examples ex, List<Double> grid, int outer, int inner,
      long seed, Consumer<String> progress) {
    return nested(language, hashBits, ex, grid, outer, inner, seed, false, progress);
  }

  public static Nested nested(String language, int hashBits, Examples ex, List<Double> grid, int outer, int inner,
      long seed, boolean calibrate, Consumer<String> progress) {
    int[] fold = folds(ex.groups(), outer, seed);
    Polarity[] out = new Polarity[ex.y().length];
    double[] chosen = new double[outer];
    double[][] chosenOffsets = new double[outer][];
    for (int f = 0; f < outer; f++) {
      List<TargetFeatures.Vector> trainX = new ArrayList<>();
      List<Integer> trainY = new ArrayList<>();
      List<String> trainG = new ArrayList<>();
      for (int i = 0; i < out.length; i++) {
        if (fold[i] != f) {
          trainX.add(ex.x().get(i));
          trainY.add(ex.y()[i]);
          trainG.add(ex.groups().get(i));
        }
      }
      int[] ty = trainY.stream().mapToInt(Integer::intValue).toArray();
      Selection sel = selectL2(language, hashBits, trainX, ty, trainG, grid, inner, seed + 1 + f, calibrate);
      chosen[f] = sel.l2();
      chosenOffsets[f] = sel.offsets();
      SentimentModel m = SentimentModel.fit(language, hashBits, trainX, ty, SoftmaxRegression.Options.of(sel.l2()),
          Map.of()).withOffsets(sel.offsets());
      for (int i = 0; i < out.length; i++) {
        if (fold[i] == f) {
          out[i] = m.predict(ex.x().get(i));
        }
      }
      if (progress != null) {
        progress.accept("cv: outer fold " + (f + 1) + "/" + outer + " l2=" + sel.l2() + " offsets="
            + java.util.Arrays.toString(sel.offsets()) + " inner " + sel.macroF1ByL2());
      }
    }
    return new Nested(out, fold, chosen, chosenOffsets);
  }

  /** Macro-F1 of each fold separately. */
  public static double[] perFoldMacroF1(List<Polarity> gold, List<Polarity> predicted, int[] fold, int k) {
    double[] out = new double[k];
    for (int f = 0; f < k; f++) {
      Metrics m = new Metrics();
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] == f) {
          m.add(gold.get(i), predicted.get(i));
        }
      }
      out[f] = m.macroF1();
    }
    return out;
  }

  static List<Polarity> gold(int[] y) {
    List<Polarity> g = new ArrayList<>(y.length);
    for (int v : y) {
      g.add(Polarity.values()[v]);
    }
    return g;
  }
}
