package slant.cli;

import picocli.CommandLine.Option;
import slant.config.SlantConfig;
import slant.config.SparkConfig;

/**
 * The options {@code run} and {@code rescore} share: output root, date selection and Spark master. They override the
 * configuration file (the date options are validated by {@code RunConfig.withDates}, one clear error line).
 */
final class JobOptions {

  @Option(names = "--output", paramLabel = "DIR", description = "Output root (default: output.path, 'out').")
  String output;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Only this publication day.")
  String date;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of a range (inclusive).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of a range (inclusive).")
  String to;

  @Option(names = "--master", description = "Spark master for embedded runs (default: spark.master, local[*]).")
  String master;

  /** {@code c} with these options applied. */
  SlantConfig apply(SlantConfig c) {
    if (output != null) {
      c = c.withOutput(c.output().withPath(output));
    }
    if (date != null || from != null || to != null) {
      c = c.withRun(c.run().withDates(date, from, to));
    }
    if (master != null) {
      SparkConfig s = c.spark();
      c = c.withSpark(new SparkConfig(master, s.shufflePartitions(), s.analysisPartitions()));
    }
    return c;
  }
}
