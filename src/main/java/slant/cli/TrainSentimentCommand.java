package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.eval.GoldReader;
import slant.eval.SentimentTrainer;
import slant.nlp.CoreNlpAnnotator;
import slant.sentiment.TargetFeatures;

/**
 * {@code slant train-sentiment}: checks the options and runs {@link SentimentTrainer} (train the target-sentiment model
 * of one language on a gold set, report cross-validated figures, write the model JSON). Always uses Slant's own
 * lexicon (no {@code --lexicon}): a shipped model must not contain features derived from third-party lexicons.
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
    Map<String, Object> json = SentimentTrainer.train(config, CoreNlpAnnotator.shared(config.nlp()), options());
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    return 0;
  }

  /** The options, checked. */
  SentimentTrainer.Options options() {
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
    return new SentimentTrainer.Options(format, file, language, out, folds, innerFolds, l2Grid, hashBits, seed,
        GoldArgs.day(format, date), noCache ? null : cacheDir, calibrate, skipCv);
  }
}
