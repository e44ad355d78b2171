package slant.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import slant.config.InputConfig;
import slant.config.OutputConfig;
import slant.config.SlantConfig;
import slant.spark.SlantJob;
import slant.spark.SlantSpark;
import slant.tables.TableDef;
import slant.tables.Tables;

/** {@code slant run}: the pipeline over a corpus. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Read articles, analyse them with CoreNLP, score each actor, write the Parquet tables.")
public final class RunCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--input", paramLabel = "PATH", description = "Input file or folder (default: input.path).")
  String input;

  @Option(names = "--format", description = "auto, jsonl, newsplease, csv, parquet (default: input.format).")
  String format;

  @Option(names = "--lookback", paramLabel = "DAYS",
      description = "Also rerun the DAYS days before --date/--from, for late articles (default: run.lookback_days).")
  Integer lookback;

  @Mixin
  JobOptions job;

  /** The effective configuration: file, then these options. */
  SlantConfig config() {
    SlantConfig c = configOptions.load();
    if (input != null) {
      c = c.withInput(c.input().withPath(input));
    }
    if (format != null) {
      c = c.withInput(c.input().withFormat(format));
    }
    c = job.apply(c);
    if (lookback != null) {
      c = c.withRun(c.run().withLookbackDays(lookback));
    }
    return c;
  }

  @Override
  public Integer call() {
    SlantConfig config = config();
    SparkSession spark = SlantSpark.session(config);
    try {
      SlantJob.Result r = SlantJob.run(spark, config);
      System.out.printf("Slant run %s: read %d, accepted %d, rejected %d %s, mentions %d%n", r.runId(), r.read(),
          r.accepted(), r.rejected(), r.rejectsByReason(), r.mentions());
      System.out.println("Tables written under " + new java.io.File(r.outputPath()).getAbsolutePath() + ":");
      for (TableDef t : Tables.ALL) {
        System.out.println("  " + t.name() + " (v" + t.version() + ")  " + t.path(r.outputPath()));
      }
      System.out.println("  run manifest  " + r.outputPath() + "/_runs/" + r.runId() + ".json");
      return 0;
    } finally {
      spark.stop();
    }
  }
}
