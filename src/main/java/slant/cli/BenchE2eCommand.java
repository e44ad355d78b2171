package slant.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.bench.EndToEndBench;

/** {@code slant bench-e2e}: the main job end to end on a real corpus and its first months (docs/performance.md). */
@Command(name = "bench-e2e", mixinStandardHelpOptions = true,
    description = "Run the main job on a real corpus (and its first 1, 3, 6, 12 months) in embedded local Spark; "
        + "writes wall time per phase, articles/s, Spark jobs and stages, peak heap and resident size as JSON.")
public final class BenchE2eCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Parameters(paramLabel = "CORPUS", arity = "0..1", defaultValue = "../shared/data/zeitgeist-de-news/archive.jsonl",
      description = "JSONL corpus: zeitgeist records (url, gathered_date, title, content) or canonical ones "
          + "(default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--months", split = ",", defaultValue = "1,3,6,12",
      description = "Also run the first N calendar months, for each N (default: ${DEFAULT-VALUE}; 0 or none: only "
          + "the whole corpus).")
  List<Integer> months;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "out/bench/e2e",
      description = "Inputs and tables of the runs; emptied first (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "out/bench/e2e.json",
      description = "JSON result (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!corpus.toFile().isFile()) {
      throw new slant.config.ConfigException("bench-e2e: no corpus file at " + corpus);
    }
    Map<String, Object> result = EndToEndBench.run(corpus, configOptions.load(), work, months, out, System.err);
    System.out.println("bench-e2e: " + out.toAbsolutePath());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> runs = (List<Map<String, Object>>) result.get("runs");
    System.out.printf("%-5s %8s %9s %8s %10s %9s %8s %6s %7s %9s%n", "run", "articles", "analysis", "tables",
        "tables/an.", "wall", "art./s", "jobs", "stages", "peak RSS");
    for (Map<String, Object> r : runs) {
      System.out.printf(java.util.Locale.ROOT, "%-5s %8d %8.1fs %7.1fs %10.2f %8.1fs %8.1f %6d %7d %6d MB%n",
          r.get("label"), r.get("articles_accepted"), r.get("analysis_s"), r.get("tables_s"),
          r.get("tables_vs_analysis"), r.get("wall_s"), r.get("end_to_end_articles_per_s"), r.get("spark_jobs"),
          r.get("spark_stages"), r.get("peak_rss_mb"));
    }
    return 0;
  }
}
