package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.eval.AnnotationCache;
import slant.eval.GoldItem;
import slant.eval.GoldReader;
import slant.eval.Metrics;
import slant.eval.SentimentTraining;
import slant.model.AnnotatedDoc;
import slant.model.Polarity;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;
import slant.sentiment.SentimentModel;
import slant.sentiment.SentimentScorer;
import slant.sentiment.SoftmaxRegression;
import slant.sentiment.TargetFeatures;

/**
 * {@code slant train-sentiment}: trains the target-sentiment model of one language on a gold set (GerNTSA dev, NewsMTSC
 * train) over {@link TargetFeatures}, reports nested, sentence-grouped k-fold cross-validated figures for the rule
 * scorer and the trained model, then trains on all items and writes the model JSON. Always uses Slant's own lexicon
 * (no {@code --lexicon}): a shipped model must not contain features derived from third-party lexicons.
 */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
    description = "Train the per-target sentiment model on a gold set, print cross-validated figures (rules vs "
        + "trained) as JSON and write the model file.")
public final class TrainSentimentCommand implements Callable<Integer> {

  static final List<Double> DEFAULT_GRID = List.of(0.001, 0.003, 0.01, 0.03);

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Gold set format: gerntsa or newsmtsc. Required.")
  String format;

  @Option(names = "--lang", paramLabel = "LANG", description = "de or en; must match the format (default: its).")
  String lang;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: no file).")
  Path out;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Outer CV folds (default 5).")
  int folds;

  @Option(names = "--inner-folds", paramLabel = "K", defaultValue = "3",
      description = "Inner CV folds for choosing the L2 strength (default 3).")
  int innerFolds;

  @Option(names = "--l2-grid", paramLabel = "X,Y,…", split = ",",
      description = "L2 strengths to choose from (default 0.001,0.003,0.01,0.03).")
  List<Double> grid;

  @Option(names = "--hash-bits", paramLabel = "B", defaultValue = "14",
      description = "Hashed bag-of-words buckets = 2^B (default 14).")
  int hashBits;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20240601", description = "Fold shuffling seed.")
  long seed;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date for resolving role descriptions of the other actors (default as in eval).")
  String date;

  @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = "target/annotations-cache",
      description = "Annotation cache folder (default target/annotations-cache).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Neither read nor write the annotation cache.")
  boolean noCache;

  @Option(names = "--calibrate",
      description = "Also choose per-class decision offsets for macro-F1 by the (inner) CV that chooses L2 "
          + "(default: off).")
  boolean calibrate;

  @Option(names = "--skip-cv", description = "Only choose L2 and train (no nested CV figures).")
  boolean skipCv;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The gold file.")
  Path file;

  @Override
  public Integer call() throws IOException {
    SlantConfig config = configOptions.load();
    Map<String, Object> json = run(config, CoreNlpAnnotator.shared(config.nlp()));
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    return 0;
  }

  Map<String, Object> run(SlantConfig config, Annotator annotator) throws IOException {
    GoldArgs.require("train-sentiment", format, file);
    String language = GoldReader.language(format);
    if (lang != null && !lang.equals(language)) {
      throw new ConfigException(format + " is " + language + ", not --lang " + lang);
    }
    if (folds < 2 || innerFolds < 2) {
      throw new ConfigException("--folds and --inner-folds must be at least 2");
    }
    if (hashBits < 4 || hashBits > 20) {
      throw new ConfigException("--hash-bits must be in [4, 20]");
    }
    List<Double> l2Grid = grid == null || grid.isEmpty() ? DEFAULT_GRID : grid;
    if (l2Grid.stream().anyMatch(v -> v == null || !(v >= 0))) {
      throw new ConfigException("--l2-grid values must be non-negative numbers");
    }
    LocalDate day = GoldArgs.day(format, date);
    List<GoldItem> items = GoldReader.read(format, file);
    String fileHash = AnnotationCache.fileHash(file);
    long t0 = System.nanoTime();
    Map<String, AnnotatedDoc> docs = AnnotationCache.annotate(items, language, annotator, noCache ? null : cacheDir,
        fileHash, System.err::println);

    // features come from the rule scorer; training never needs (or loads) an existing model
    AnalysisSetup setup = AnalysisSetup.load(config.withSentiment(config.sentiment().withMethod("rules")));
    ArticleAnalyzer analyzer = setup.analyzer();
    SentimentScorer scorer = analyzer.scorers().get(language);
    int maxDistance = config.sentiment().maxDistance();
    double band = config.sentiment().neutralBand();
    TargetFeatures features = new TargetFeatures(scorer, maxDistance, hashBits);
    SentimentTraining.Examples ex = SentimentTraining.examples(items, docs, analyzer.resolver(), scorer, features,
        band, day);
    System.err.println("train-sentiment: " + ex.y().length + " examples, " + ex.unresolved() + " unresolved");

    Map<String, Object> cv = new LinkedHashMap<>();
    if (!skipCv) {
      SentimentTraining.Nested nested = SentimentTraining.nested(language, hashBits, ex, l2Grid, folds, innerFolds,
          seed, calibrate, System.err::println);
      List<Polarity> gold = ex.gold();
      List<Polarity> trained = Arrays.asList(nested.predictions());
      cv.put("scheme", folds + "-fold cross-validation grouped by sentence (seed " + seed + "), L2 chosen per fold by "
          + innerFolds + "-fold inner CV on the training part; figures pooled over the out-of-fold predictions");
      cv.put("rules", figures(gold, ex.rules(), nested.fold()));
      cv.put("trained", figures(gold, trained, nested.fold()));
      cv.put("chosen_l2_per_fold", nested.chosenL2());
      if (calibrate) {
        cv.put("chosen_offsets_per_fold", nested.chosenOffsets());
      }
    }
    SentimentTraining.Selection sel = SentimentTraining.selectL2(language, hashBits, ex.x(), ex.y(), ex.groups(),
        l2Grid, folds, seed, calibrate);
    System.err.println("train-sentiment: l2=" + sel.l2() + " offsets=" + Arrays.toString(sel.offsets()) + " by " + folds + "-fold CV " + sel.macroF1ByL2());
    SoftmaxRegression.Options options = SoftmaxRegression.Options.of(sel.l2());

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("features_version", TargetFeatures.VERSION);
    meta.put("created", LocalDate.now(ZoneOffset.UTC).toString());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("format", format);
    data.put("file", file.getFileName().toString());
    data.put("sha256", fileHash);
    data.put("examples", ex.y().length);
    data.put("licence", format.equals("gerntsa") ? "CC BY 4.0 (GerNTSA)" : "MIT (NewsMTSC)");
    meta.put("training_data", data);
    Map<String, Object> hyper = new LinkedHashMap<>();
    hyper.put("l2", sel.l2());
    hyper.put("l2_grid", l2Grid);
    hyper.put("l2_cv_macro_f1", stringKeys(sel.macroF1ByL2()));
    hyper.put("class_weights", "balanced");
    hyper.put("decision_offsets", calibrate ? "chosen with the L2 by the same CV, grid -1..1 step 0.1 (negative,"
        + " positive; neutral 0)" : "none");
    hyper.put("hash_bits", hashBits);
    hyper.put("optimizer", "L-BFGS m=" + options.memory() + ", max " + options.maxIterations()
        + " iterations, tolerance " + options.tolerance());
    hyper.put("max_distance", maxDistance);
    hyper.put("seed", seed);
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
    SentimentModel model = SentimentModel.fit(language, hashBits, ex.x(), ex.y(), options, meta)
        .withOffsets(sel.offsets());
    if (out != null) {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, model.toJson(), StandardCharsets.UTF_8);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("format", format);
    result.put("file", file.toString());
    result.put("language", language);
    result.put("n", ex.y().length);
    result.put("n_unresolved", ex.unresolved());
    result.putAll(meta);
    result.put("iterations", model.regression().iterations());
    result.put("model", out == null ? null : out.toString());
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
