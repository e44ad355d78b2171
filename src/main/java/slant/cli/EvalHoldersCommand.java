package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.eval.HolderEvaluator;
import slant.nlp.CoreNlpAnnotator;

/**
 * {@code slant eval-holders}: checks the options and runs {@link HolderEvaluator} (holder vs target on IGGSA STEPS,
 * SALSA/TIGER XML: whether Slant's cues on a subjective expression credit the gold target or the gold holder, and with
 * which relation). One JSON object on stdout. No Spark.
 */
@Command(name = "eval-holders", mixinStandardHelpOptions = true,
    description = "For the subjective expressions of an IGGSA STEPS file (SALSA/TIGER XML) with an explicit holder "
        + "(Source) and target, print as one JSON object whether Slant's cues on the expression went to the target "
        + "or to the holder, and with which relation.")
public final class EvalHoldersCommand implements Callable<Integer> {

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
    Map<String, Object> json = HolderEvaluator.evaluate(config, CoreNlpAnnotator.shared(config.nlp()), file,
        limit == null ? null : GoldArgs.limit(limit));
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
}
