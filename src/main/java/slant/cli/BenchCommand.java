package slant.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.bench.ThroughputBench;
import slant.config.SlantConfig;

/**
 * {@code slant bench}: throughput of bare CoreNLP vs Slant on the same German articles ({@link ThroughputBench},
 * docs/performance.md); exit code 1 when a check fails.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark bare CoreNLP vs Slant (1 and N threads) vs re-scoring on German articles; writes JSON.")
public final class BenchCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Parameters(paramLabel = "CORPUS", arity = "0..*",
      description = "JSONL or 10kGNAD-style CSV files (or folders holding one); default: "
          + "../shared/data/zeitgeist-de-news/archive.jsonl ../shared/data/10kgnad-test/test.csv.")
  List<Path> corpora;

  @Option(names = "--limit", defaultValue = "300", description = "Articles measured per corpus (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--warmup", defaultValue = "20",
      description = "Warm-up articles in all (taken after the measured ones, split over the corpora; default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--threads", description = "Threads of the N-core phase (default: available processors).")
  Integer threads;

  @Option(names = "--default-date", defaultValue = "2016-01-01",
      description = "Date of articles without one (10kGNAD: 2015-16; default: ${DEFAULT-VALUE}).")
  String defaultDate;

  @Option(names = "--skip-bare", description = "Skip the bare CoreNLP phase (and the edge check), e.g. for memory runs.")
  boolean skipBare;

  @Option(names = "--rescore-min-seconds", defaultValue = "3",
      description = "Repeat the re-scoring pass until it has run this long (default: ${DEFAULT-VALUE}).")
  double rescoreMinSeconds;

  @Option(names = "--sequential",
      description = "Run bare, Slant 1-thread and Slant N-thread as whole phases one after the other (default: interleaved"
          + " block by block, which shares out the load of other processes fairly).")
  boolean sequential;

  @Option(names = "--block", defaultValue = "30",
      description = "Articles per block in the interleaved mode (default: ${DEFAULT-VALUE}).")
  int block;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "out/bench/latest.json",
      description = "JSON result (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    SlantConfig config = configOptions.load();
    ThroughputBench.Options options = new ThroughputBench.Options(corpora == null ? List.of() : corpora, limit,
        warmup, threads == null ? Runtime.getRuntime().availableProcessors() : threads, defaultDate, skipBare,
        rescoreMinSeconds, sequential, block, out);
    return ThroughputBench.run(config, options) ? 0 : 1;
  }
}
