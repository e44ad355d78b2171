package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.config.ConfigException;
import slant.config.SentimentConfig;
import slant.config.SlantConfig;
import slant.eval.ActorSentimentEvaluator;
import slant.eval.GoldReader;
import slant.eval.TargetToneEvaluator;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;

/**
 * {@code slant eval}: checks the options and runs {@link TargetToneEvaluator} (per-target tone against a gold set,
 * GerNTSA or NewsMTSC) or, with {@code --format actors}, {@link ActorSentimentEvaluator} (article-level actor gold);
 * prints the result as one JSON object with macro-F1, accuracy, per-class figures and the confusion matrix. No Spark.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the targets of a sentiment gold set with Slant's attribution and print macro-F1, accuracy, "
        + "per-class precision/recall/F1 and the confusion matrix as one JSON object.")
public final class EvalCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Gold set format: gerntsa (German) or newsmtsc (English) — both score the mention's tone — or "
          + "actors (article-level actor gold in the ACTOR-SENTIMENT format; scores sentiment). Required.")
  String format;

  @Option(names = "--misses", description = "With --format actors: also list the outlet-label disagreements with "
      + "Slant's cues toward the actor, and the 50 Slant actors most often without a gold actor.")
  boolean misses;

  @Option(names = "--min-evidence", paramLabel = "X",
      description = "With --format actors: the evaluation evidence a mention needs to be polar "
          + "(default: sentiment.min_evidence).")
  String minEvidence;

  @Option(names = "--cache", paramLabel = "DIR", description = "With --format actors: cache the articles' "
      + "annotations in DIR (default: none).")
  Path cache;

  @Option(names = "--lexicon", paramLabel = "PATH",
      description = "A researcher's own polarity lexicon instead of Slant's (SentiWS: either file or the folder).")
  Path lexicon;

  @Option(names = "--lexicon-format", paramLabel = "FORMAT",
      description = "Format of --lexicon: sentiws, rauh, gervader (German) or vader (English).")
  String lexiconFormat;

  @Option(names = "--method", paramLabel = "METHOD",
      description = "rules or trained (default: sentiment.method; rules when --lexicon is given).")
  String method;

  @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N targets of the file.")
  String limit;

  @Option(names = "--neutral-band", paramLabel = "X",
      description = "|sentiment| at or below X is neutral (default: sentiment.neutral_band).")
  String neutralBand;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date for resolving role descriptions of the other actors (default: 2022-01-01 for gerntsa, "
          + "2018-01-01 for newsmtsc, inside each set's collection period).")
  String date;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write one JSON line per target (gold, predicted, sentiment, cues) to FILE; with --format "
          + "actors one line per gold actor.")
  Path predictions;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The gold file (GerNTSA .json, NewsMTSC .jsonl).")
  Path file;

  @Override
  public Integer call() throws IOException {
    SlantConfig config = configOptions.load();
    Map<String, Object> json = run(config, CoreNlpAnnotator.shared(config.nlp()));
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    return 0;
  }

  /** Checks the options and runs the evaluation; usage errors are {@link ConfigException}s. */
  Map<String, Object> run(SlantConfig config, Annotator annotator) throws IOException {
    if ("actors".equals(format)) {
      if (file == null) {
        throw new ConfigException("eval needs the gold FILE");
      }
      return ActorSentimentEvaluator.evaluate(config, annotator, actorOptions(config));
    }
    if (misses || minEvidence != null || cache != null) {
      throw new ConfigException("--misses, --min-evidence and --cache go with --format actors");
    }
    GoldArgs.require("eval", format, file);
    String language = GoldReader.language(format);
    if (!config.nlp().languages().contains(language)) {
      throw new ConfigException(format + " is " + language + " but nlp.languages is " + config.nlp().languages());
    }
    Integer max = limit == null ? null : GoldArgs.limit(limit);
    double band = neutralBand == null ? config.sentiment().neutralBand() : band(neutralBand);
    LocalDate day = GoldArgs.day(format, date);
    checkLexiconAndMethod();
    if ("trained".equals(method) && lexicon != null) {
      throw new ConfigException("--method trained scores with Slant's model over Slant's lexicon; "
          + "a researcher's --lexicon is evaluated with --method rules");
    }
    String usedMethod = method != null ? method : lexicon != null ? "rules" : config.sentiment().method();
    return TargetToneEvaluator.evaluate(config, annotator, new TargetToneEvaluator.Options(format, file, language,
        max, band, day, usedMethod, lexicon, lexiconFormat, predictions));
  }

  /** The options of {@code --format actors}, checked. */
  private ActorSentimentEvaluator.Options actorOptions(SlantConfig config) {
    checkLexiconAndMethod();
    if (limit != null || date != null) {
      throw new ConfigException("--limit and --date do not apply to --format actors");
    }
    Double evidence = null;
    if (minEvidence != null) {
      try {
        evidence = Double.parseDouble(minEvidence.strip());
      } catch (NumberFormatException ex) {
        throw new ConfigException("--min-evidence must be a number, got '" + minEvidence + "'");
      }
    }
    double band = neutralBand == null ? config.sentiment().neutralBand() : band(neutralBand);
    return new ActorSentimentEvaluator.Options(file, evidence, method, band, lexicon, lexiconFormat, cache, misses,
        predictions);
  }

  /** The option checks every format shares: --lexicon with --lexicon-format, a known --method. */
  private void checkLexiconAndMethod() {
    if (lexicon == null && lexiconFormat != null || lexicon != null && lexiconFormat == null) {
      throw new ConfigException("--lexicon and --lexicon-format go together");
    }
    if (method != null && !SentimentConfig.METHODS.contains(method)) {
      throw new ConfigException("--method must be one of " + SentimentConfig.METHODS + ", got '" + method + "'");
    }
  }

  private static double band(String s) {
    try {
      double b = Double.parseDouble(s.strip());
      if (!(b >= 0 && b < 1)) {
        throw new NumberFormatException();
      }
      return b;
    } catch (NumberFormatException e) {
      throw new ConfigException("--neutral-band must be a number in [0, 1), got '" + s + "'");
    }
  }
}
