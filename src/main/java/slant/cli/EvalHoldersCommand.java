package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.eval.StepsEval;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;
import slant.sentiment.CueRelations;
import slant.sentiment.Lexicon;
import slant.sentiment.SentimentScorer;

/**
 * {@code slant eval-holders}: holder vs target on IGGSA STEPS (SALSA/TIGER XML) — for the subjective expressions
 * Slant's lexicon finds, whether the cue attribution credits the gold target or the gold holder, and with which
 * relation ({@link StepsEval}). One JSON object on stdout. No Spark.
 */
@Command(name = "eval-holders", mixinStandardHelpOptions = true,
    description = "For the subjective expressions of an IGGSA STEPS file (SALSA/TIGER XML) with an explicit holder "
        + "(Source) and target, print as one JSON object whether Slant's cues on the expression went to the target "
        + "or to the holder, and with which relation.")
public final class EvalHoldersCommand implements Callable<Integer> {

  /** Examples of holders credited with an evaluation in the output. */
  static final int EXAMPLES = 10;

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N sentences of the file.")
  String limit;

  @Parameters(paramLabel = "FILE", arity = "0..1",
      description = "The SALSA/TIGER XML file (shata16_training_adjudicated.xml, steps2016_test_gold.xml). Required.")
  Path file;

  @Override
  public Integer call() throws IOException {
    SlantConfig config = configOptions.load();
    check(config);
    Map<String, Object> json = run(config, CoreNlpAnnotator.shared(config.nlp()));
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    return 0;
  }

  /** Usage errors, before any model is loaded. */
  void check(SlantConfig config) {
    if (file == null) {
      throw new ConfigException("eval-holders needs the XML FILE");
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("no such file: " + file);
    }
    if (limit != null) {
      GoldArgs.limit(limit);
    }
    if (!config.nlp().languages().contains("de")) {
      throw new ConfigException("IGGSA STEPS is German but nlp.languages is " + config.nlp().languages());
    }
  }

  /** The evaluation as the JSON object the command prints; usage errors are {@link ConfigException}s. */
  Map<String, Object> run(SlantConfig config, Annotator annotator) throws IOException {
    check(config);
    int max = limit == null ? Integer.MAX_VALUE : GoldArgs.limit(limit);
    List<StepsEval.SalsaSentence> sentences;
    try (InputStream in = Files.newInputStream(file)) {
      sentences = StepsEval.parse(in);
    }
    if (sentences.size() > max) {
      sentences = sentences.subList(0, max);
    }
    String dir = config.sentiment().lexiconDir();
    Lexicon lexicon = Lexicon.load(dir, "de");
    int maxDistance = config.sentiment().maxDistance();
    SentimentScorer scorer = new SentimentScorer(lexicon, maxDistance, CueRelations.load(dir, "de"));
    long t0 = System.nanoTime();
    StepsEval.Report r = new StepsEval(annotator, scorer).evaluate(sentences, System.err::println);
    double seconds = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    out.put("language", "de");
    out.put("lexicon", lexicon.name());
    out.put("lexicon_entries", lexicon.size());
    out.put("max_distance", maxDistance);
    out.put("limit", limit == null ? null : max);
    out.putAll(r.toJson(EXAMPLES));
    out.put("annotator", annotator.describe());
    out.put("seconds", seconds);
    return out;
  }
}
