package slant.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.model.Polarity;
import slant.nlp.Annotator;
import slant.sentiment.SentimentModel;
import slant.sentiment.SentimentScorer;
import slant.sentiment.SoftmaxRegression;
import slant.sentiment.TargetFeatures;
import slant.voice.VoiceAttributor;

/**
 * What {@code slant train-sentiment} does: trains the target-sentiment model of one language on a gold set (GerNTSA
 * dev, NewsMTSC train) over {@link TargetFeatures}, reports nested, sentence-grouped k-fold cross-validated figures for
 * the rule scorer and the trained model ({@link SentimentTraining}), then trains on all items and writes the model
 * JSON. Features come from Slant's own lexicon only: a shipped model must not contain features derived from
 * third-party lexicons.
 */
public final class SentimentTrainer {

  private SentimentTrainer() {}

  /**
   * A training run's settings, checked by the command.
   *
   * @param language the gold set's language ({@link GoldReader#language})
   * @param out where to write the model, or null for none
   * @param l2Grid the L2 strengths the inner CV chooses from
   * @param day the date role descriptions of the other actors are resolved on
   * @param cacheDir the annotation cache folder, or null to neither read nor write it
   * @param calibrate also choose per-class decision offsets by the CV that chooses L2
   * @param skipCv only choose L2 and train (no nested CV figures)
   */
  public record Options(String format, Path file, String language, Path out, int folds, int innerFolds,
      List<Double> l2Grid, int hashBits, long seed, LocalDate day, Path cacheDir, boolean calibrate,
      boolean skipCv) {}

  /** Trains, writes the model file when asked, and returns the report (the command prints it as JSON). */
  public static Map<String, Object> train(SlantConfig config, Annotator annotator, Options o) throws IOException {
    String language = o.language();
    List<GoldItem> items = GoldReader.read(o.format(), o.file());
    String fileHash = AnnotationCache.fileHash(o.file());
    long t0 = System.nanoTime();
    Map<String, AnnotatedDoc> docs = AnnotationCache.annotate(items, language, annotator, o.cacheDir(),
        fileHash, System.err::println);

    // features come from the rule scorer; training never needs (or loads) an existing model
    AnalysisSetup setup = AnalysisSetup.load(config.withSentiment(config.sentiment().withMethod("rules")));
    ArticleAnalyzer analyzer = setup.analyzer();
    SentimentScorer scorer = analyzer.scorers().get(language);
    int maxDistance = config.sentiment().maxDistance();
    double band = config.sentiment().neutralBand();
    TargetFeatures features = new TargetFeatures(scorer, maxDistance, o.hashBits());
    SentimentTraining.Examples ex = SentimentTraining.examples(items, docs, analyzer.resolver(), scorer, features,
        new VoiceAttributor(language, analyzer.resolver().rules()), band, o.day());
    System.err.println("train-sentiment: " + ex.y().length + " examples, " + ex.unresolved() + " unresolved");

    Map<String, Object> cv = new LinkedHashMap<>();
    if (!o.skipCv()) {
      SentimentTraining.Nested nested = SentimentTraining.nested(language, o.hashBits(), ex, o.l2Grid(), o.folds(),
          o.innerFolds(), o.seed(), o.calibrate(), System.err::println);
      List<Polarity> gold = ex.gold();
      List<Polarity> trained = Arrays.asList(nested.predictions());
      cv.put("scheme", o.folds() + "-fold cross-validation grouped by sentence (seed " + o.seed()
          + "), L2 chosen per fold by " + o.innerFolds() + "-fold inner CV on the training part; figures pooled over"
          + " the out-of-fold predictions");
      cv.put("rules", figures(gold, ex.rules(), nested.fold()));
      cv.put("trained", figures(gold, trained, nested.fold()));
      cv.put("chosen_l2_per_fold", nested.chosenL2());
      if (o.calibrate()) {
        cv.put("chosen_offsets_per_fold", nested.chosenOffsets());
      }
    }
    SentimentTraining.Selection sel = SentimentTraining.selectL2(language, o.hashBits(), ex.x(), ex.y(), ex.groups(),
        o.l2Grid(), o.folds(), o.seed(), o.calibrate());
    System.err.println("train-sentiment: l2=" + sel.l2() + " offsets=" + Arrays.toString(sel.offsets()) + " by "
        + o.folds() + "-fold CV " + sel.macroF1ByL2());
    SoftmaxRegression.Options options = SoftmaxRegression.Options.of(sel.l2());

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("features_version", TargetFeatures.VERSION);
    meta.put("created", LocalDate.now(ZoneOffset.UTC).toString());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("format", o.format());
    data.put("file", o.file().getFileName().toString());
    data.put("sha256", fileHash);
    data.put("examples", ex.y().length);
    data.put("licence", o.format().equals("gerntsa") ? "CC BY 4.0 (GerNTSA)" : "MIT (NewsMTSC)");
    meta.put("training_data", data);
    Map<String, Object> hyper = new LinkedHashMap<>();
    hyper.put("l2", sel.l2());
    hyper.put("l2_grid", o.l2Grid());
    hyper.put("l2_cv_macro_f1", stringKeys(sel.macroF1ByL2()));
    hyper.put("class_weights", "balanced");
    hyper.put("decision_offsets", o.calibrate() ? "chosen with the L2 by the same CV, grid -1..1 step 0.1 (negative,"
        + " positive; neutral 0)" : "none");
    hyper.put("hash_bits", o.hashBits());
    hyper.put("optimizer", "L-BFGS m=" + options.memory() + ", max " + options.maxIterations()
        + " iterations, tolerance " + options.tolerance());
    hyper.put("max_distance", maxDistance);
    hyper.put("seed", o.seed());
    meta.put("hyper_parameters", hyper);
    Map<String, Object> lex = new LinkedHashMap<>();
    lex.put("name", scorer.lexicon().name());
    lex.put("entries", scorer.lexicon().size());
    lex.put("lexicon_hash", setup.lexiconHash());
    meta.put("lexicon", lex);
    meta.put("annotator", annotator.describe());
    if (!cv.isEmpty()) {
      meta.put("cross_validation", cv);
    }
    SentimentModel model = SentimentModel.fit(language, o.hashBits(), ex.x(), ex.y(), options, meta)
        .withOffsets(sel.offsets());
    if (o.out() != null) {
      if (o.out().getParent() != null) {
        Files.createDirectories(o.out().getParent());
      }
      Files.writeString(o.out(), model.toJson(), StandardCharsets.UTF_8);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("format", o.format());
    result.put("file", o.file().toString());
    result.put("language", language);
    result.put("n", ex.y().length);
    result.put("n_unresolved", ex.unresolved());
    result.putAll(meta);
    result.put("iterations", model.regression().iterations());
    result.put("model", o.out() == null ? null : o.out().toString());
    result.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
    return result;
  }

  private static Map<String, Object> figures(List<Polarity> gold, List<Polarity> predicted, int[] fold) {
    Map<String, Object> m = new LinkedHashMap<>(Metrics.of(gold, predicted).toJson());
    double[] per = SentimentTraining.perFoldMacroF1(gold, predicted, fold, fold.length == 0 ? 0
        : Arrays.stream(fold).max().getAsInt() + 1);
    List<Double> rounded = new ArrayList<>();
    for (double v : per) {
      rounded.add(Math.round(v * 10000) / 10000.0);
    }
    m.put("macro_f1_per_fold", rounded);
    return m;
  }

  private static Map<String, Double> stringKeys(Map<Double, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.toString(), Math.round(v * 10000) / 10000.0));
    return out;
  }
}
