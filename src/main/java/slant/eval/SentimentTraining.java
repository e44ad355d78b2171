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
import slant.score.SentimentModel;
import slant.score.SentimentScorer;
import slant.score.SoftmaxRegression;
import slant.score.TargetFeatures;

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
   * {@link TargetSentimentEvaluator} builds them; items whose target covers no token are left out (counted).
   */
  public static Examples examples(List<GoldItem> items, Map<String, AnnotatedDoc> docs, ActorResolver resolver,
      SentimentScorer scorer, TargetFeatures features, double neutralBand, LocalDate date) {
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
      x.add(features.extract(doc, mentions, 0));
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

  /** Out-of-fold predictions of a model with fixed L2 trained on the other folds. */
  public static Polarity[] crossValPredict(String language, int hashBits, List<TargetFeatures.Vector> x, int[] y,
      int[] fold, int k, double l2) {
    Polarity[] out = new Polarity[y.length];
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
          out[i] = m.predict(x.get(i));
        }
      }
    }
    return out;
  }

  /** The L2 strength of the grid with the best grouped-CV macro-F1 (first on ties), with every grid point's score. */
  public record Selection(double l2, Map<Double, Double> macroF1ByL2) {}

  public static Selection selectL2(String language, int hashBits, List<TargetFeatures.Vector> x, int[] y,
      List<String> groups, List<Double> grid, int k, long seed) {
    int[] fold = folds(groups, k, seed);
    Map<Double, Double> scores = new LinkedHashMap<>();
    double best = Double.NaN;
    double bestScore = -1;
    for (double l2 : grid) {
      double f1 = Metrics.of(gold(y), List.of(crossValPredict(language, hashBits, x, y, fold, k, l2))).macroF1();
      scores.put(l2, f1);
      if (f1 > bestScore) {
        bestScore = f1;
        best = l2;
      }
    }
    return new Selection(best, scores);
  }

  /** Nested cross-validation: out-of-fold predictions and the L2 chosen (by inner CV) in each outer fold. */
  public record Nested(Polarity[] predictions, int[] fold, double[] chosenL2) {}

  public static Nested nested(String language, int hashBits, Examples ex, List<Double> grid, int outer, int inner,
      long seed, Consumer<String> progress) {
    int[] fold = folds(ex.groups(), outer, seed);
    Polarity[] out = new Polarity[ex.y().length];
    double[] chosen = new double[outer];
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
      Selection sel = selectL2(language, hashBits, trainX, ty, trainG, grid, inner, seed + 1 + f);
      chosen[f] = sel.l2();
      SentimentModel m = SentimentModel.fit(language, hashBits, trainX, ty, SoftmaxRegression.Options.of(sel.l2()),
          Map.of());
      for (int i = 0; i < out.length; i++) {
        if (fold[i] == f) {
          out[i] = m.predict(ex.x().get(i));
        }
      }
      if (progress != null) {
        progress.accept("cv: outer fold " + (f + 1) + "/" + outer + " l2=" + sel.l2() + " inner " + sel.macroF1ByL2());
      }
    }
    return new Nested(out, fold, chosen);
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
