package slant.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.eval.FrameEval;
import slant.eval.FrameEvaluator;
import slant.nlp.CoreNlpAnnotator;

/**
 * {@code slant eval-frames}: checks the options and runs {@link FrameEvaluator} (frames and voice against the team's
 * gold set); prints precision/recall per family.
 */
@Command(name = "eval-frames", mixinStandardHelpOptions = true,
    description = "Evaluate frame cues and voice attribution against a gold JSONL set (docs/validation-frames.md).")
public final class EvalFramesCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--gold", paramLabel = "FILE", defaultValue = "data/eval/frames-de.jsonl",
      description = "Gold set (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--lang", defaultValue = "de", description = "Language of the gold set (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--frames-dir", paramLabel = "DIR",
      description = "Folder with <lang>/frames.tsv (default: the bundled frame lexicons).")
  String framesDir;

  @Option(names = "--misses", description = "Also print every miss (false negatives/positives, voice errors).")
  boolean printMisses;

  @Override
  public Integer call() throws IOException {
    SlantConfig config = configOptions.load();
    if (!Files.isRegularFile(gold)) {
      throw new ConfigException("no such gold file: " + gold);
    }
    if (!config.nlp().languages().contains(language)) {
      throw new ConfigException("--lang must be one of " + config.nlp().languages());
    }
    FrameEval.Report r = FrameEvaluator.evaluate(config, CoreNlpAnnotator.shared(config.nlp()), gold, language,
        framesDir);
    System.out.println(FrameEvaluator.format(r, gold.toString()));
    if (printMisses) {
      r.misses().forEach(System.out::println);
    }
    return 0;
  }
}
