package slant.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import slant.config.SlantConfig;
import slant.spark.SlantJob;
import slant.spark.SlantSpark;

/**
 * {@code slant rescore}: recompute mentions, scores and aggregates from the annotations table after a lexicon, frame
 * or catalogue change, without CoreNLP. Same configuration file and overrides as {@code run}; the input options are
 * absent because the input is the output root's annotations table.
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
    description = {"Re-score stored annotations (the annotations table written by `run`) with the current lexicons,",
        "frames and catalogue; rewrites mentions, article_actor, articles and the period tables of the selected dates.",
        "Refuses annotations made under other NLP settings (nlp.parse, nlp.max_sentence_tokens, CoreNLP version)."})
public final class RescoreCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Mixin
  JobOptions job;

  SlantConfig config() {
    return job.apply(configOptions.load());
  }

  @Override
  public Integer call() {
    SlantConfig config = config();
    SparkSession spark = SlantSpark.session(config);
    try {
      SlantJob.RescoreResult rr = SlantJob.rescore(spark, config);
      SlantJob.Result r = rr.run();
      System.out.printf("Slant rescore %s: %d articles re-scored from %s, mentions %d%n", r.runId(), r.accepted(),
          rr.annotationsPath(), r.mentions());
      if (rr.unparsedCandidateSentences() > 0) {
        System.out.printf("  %d sentence(s) became actor candidates after annotation and have no parse (scored"
            + " unparsed); for identical results run with nlp.parse: all or re-run those dates%n",
            rr.unparsedCandidateSentences());
      }
      System.out.println("  run manifest  " + r.outputPath() + "/_runs/" + r.runId() + ".json");
      return 0;
    } finally {
      spark.stop();
    }
  }
}
