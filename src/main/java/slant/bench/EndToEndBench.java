package slant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import slant.config.SlantConfig;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;
import slant.spark.SlantJob;
import slant.spark.SlantSpark;

/**
 * The end-to-end benchmark (docs/performance.md): the main job, as {@code slant run} runs it in embedded local Spark,
 * on a real corpus and on its first 1, 3, … calendar months, each run into a fresh output folder, in one JVM. Per run:
 * wall time of the input, analysis and table phases, articles/s, the Spark jobs, stages and tasks launched, the peak
 * heap in use and the peak resident size (both sampled every 100 ms).
 *
 * <p>The CoreNLP models are loaded once before the first timed run ({@code model_load_s}), so that every run's
 * analysis phase measures the same thing; a user's first run pays that load on top.
 *
 * <p>The corpus is mapped to Slant's canonical JSONL the way a researcher maps the zeitgeist archive: {@code id} and
 * {@code url} = the article URL, {@code outlet} = its host, {@code published_at} = {@code gathered_date},
 * {@code text} = {@code content}. Records already in the canonical shape (with {@code text} and {@code outlet}) are
 * taken as they are.
 */
public final class EndToEndBench {

  /** One timed run of the main job. */
  public record Run(String label, int months, String from, String to, long inputRecords, SlantJob.Result result,
      double wallSeconds, long peakHeapBytes, long peakRssBytes) {

    double phase(String name) {
      return result.phaseSeconds().getOrDefault(name, 0.0);
    }

    /** Everything after the analysis: the tables phase, up to the run's end. */
    double tablesSeconds() {
      return phase("tables");
    }

    /** Starting and stopping the Spark session (outside the run's phases). */
    double sessionSeconds() {
      return wallSeconds - phase("input") - phase("analysis") - phase("tables");
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", label);
      m.put("months", months);
      m.put("from", from);
      m.put("to", to);
      m.put("input_records", inputRecords);
      m.put("articles_accepted", result.accepted());
      m.put("articles_rejected", result.rejected());
      m.put("mentions", result.mentions());
      m.put("wall_s", round(wallSeconds));
      m.put("input_s", round(phase("input")));
      m.put("analysis_s", round(phase("analysis")));
      m.put("tables_s", round(tablesSeconds()));
      m.put("session_start_stop_s", round(sessionSeconds()));
      m.put("tables_vs_analysis", round(tablesSeconds() / phase("analysis")));
      m.put("analysis_articles_per_s", round(result.accepted() / phase("analysis")));
      m.put("end_to_end_articles_per_s", round(result.accepted() / wallSeconds));
      m.put("spark_jobs", result.sparkJobs());
      m.put("spark_stages", result.sparkStages());
      m.put("spark_tasks", result.sparkTasks());
      m.put("peak_heap_mb", peakHeapBytes >> 20);
      m.put("peak_rss_mb", peakRssBytes >> 20);
      m.put("run_id", result.runId());
      return m;
    }
  }

  private EndToEndBench() {}

  /**
   * Maps {@code corpus} (a JSONL file) to canonical JSONL records sorted by date, then id.
   *
   * @return the records as JSON objects with id, outlet, published_at, title, text, url, language
   */
  static List<ObjectNode> canonicalRecords(Path corpus) {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        out.add(canonical((ObjectNode) json.readTree(line)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + corpus, e);
    }
    out.sort(Comparator.comparing((ObjectNode n) -> n.path("published_at").asText())
        .thenComparing(n -> n.path("id").asText()));
    return out;
  }

  /** One record in Slant's canonical shape (see the class comment). */
  static ObjectNode canonical(ObjectNode in) {
    if (in.hasNonNull("text") && in.hasNonNull("outlet")) {
      return in;
    }
    ObjectNode o = in.objectNode();
    String url = in.path("url").asText("");
    o.put("id", url);
    o.put("outlet", host(url));
    o.put("published_at", in.path("gathered_date").asText(""));
    o.put("title", in.path("title").asText(""));
    o.put("text", in.path("content").asText(""));
    o.put("url", url);
    JsonNode lang = in.get("language");
    if (lang != null && !lang.isNull()) {
      o.put("language", lang.asText());
    }
    return o;
  }

  static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "unknown" : h;
    } catch (IllegalArgumentException e) {
      return "unknown";
    }
  }

  /** The calendar months ("2025-08") of the records, in order (records without a date have none). */
  static List<String> months(List<ObjectNode> records) {
    TreeSet<String> m = new TreeSet<>();
    for (ObjectNode n : records) {
      if (!month(n).isEmpty()) {
        m.add(month(n));
      }
    }
    return new ArrayList<>(m);
  }

  /** "2025-08" of a record published 2025-08-05 (any ISO date or timestamp); "" without one. */
  static String month(ObjectNode record) {
    String d = record.path("published_at").asText("");
    return d.length() >= 7 ? d.substring(0, 7) : "";
  }

  /** Writes the records of the first {@code months} months (all when months ≤ 0) to {@code dir}/articles.jsonl. */
  static long writeInput(List<ObjectNode> records, List<String> allMonths, int months, Path dir) throws IOException {
    Files.createDirectories(dir);
    String last = months <= 0 || months >= allMonths.size() ? "9999-99" : allMonths.get(months - 1);
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      for (ObjectNode r : records) {
        if (month(r).compareTo(last) <= 0) {
          w.write(r.toString());
          w.write('\n');
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Runs the bench and writes {@code jsonOut}.
   *
   * @param base the configuration (jobs/local.yaml); its input and output paths are replaced per run
   * @param monthSeries the month counts of the growth series (e.g. 1, 3, 6, 12), run after the whole corpus
   */
  public static Map<String, Object> run(Path corpus, SlantConfig base, Path work, List<Integer> monthSeries,
      Path jsonOut, java.io.PrintStream log) throws IOException {
    List<ObjectNode> records = canonicalRecords(corpus);
    List<String> allMonths = months(records);
    deleteRecursively(work);

    long loadStart = System.nanoTime();
    Annotator annotator = CoreNlpAnnotator.shared(base.nlp());
    for (String lang : base.nlp().languages()) {
      annotator.annotate("de".equals(lang) ? "Der Kanzler sprach in Berlin." : "The chancellor spoke in Berlin.",
          lang, Annotator.ParseSelector.ALL);
    }
    double modelLoad = (System.nanoTime() - loadStart) / 1e9;
    log.printf(Locale.ROOT, "bench-e2e: models loaded in %.1f s; %d records, months %s … %s%n", modelLoad,
        records.size(), allMonths.get(0), allMonths.get(allMonths.size() - 1));

    List<Run> runs = new ArrayList<>();
    List<Integer> series = new ArrayList<>();
    series.add(0);
    for (int m : monthSeries) {
      if (m > 0 && m < allMonths.size()) {
        series.add(m);
      }
    }
    for (int months : series) {
      String label = months == 0 ? "all" : months + "m";
      Path in = work.resolve("input-" + label);
      long n = writeInput(records, allMonths, months, in);
      SlantConfig config = base.withInput(base.input().withPath(in.toString()))
          .withOutput(base.output().withPath(work.resolve("out-" + label).toString()));
      log.printf(Locale.ROOT, "bench-e2e: run %s (%d records)%n", label, n);
      Run r = timed(label, months == 0 ? allMonths.size() : months, allMonths.get(0),
          allMonths.get((months == 0 ? allMonths.size() : months) - 1), n, () -> SlantSpark.runLocal(config));
      log.printf(Locale.ROOT, "bench-e2e: %s: %s%n", label, r.json());
      runs.add(r);
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", Instant.now().toString());
    out.put("corpus", corpus.toString());
    out.put("code_version", SlantJob.codeVersion());
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    out.put("java", System.getProperty("java.version"));
    out.put("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.put("model_load_s", round(modelLoad));
    out.put("config", base.spark().toString());
    out.put("runs", runs.stream().map(Run::json).toList());
    out.put("process_peak_rss_mb", procStatusKb("VmHWM") >> 10);
    Files.createDirectories(jsonOut.toAbsolutePath().getParent());
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(jsonOut.toFile(), out);
    return out;
  }

  /** Runs {@code job} while sampling the heap in use and the resident size. */
  static Run timed(String label, int months, String from, String to, long n,
      java.util.function.Supplier<SlantJob.Result> job) {
    AtomicLong peakHeap = new AtomicLong();
    AtomicLong peakRss = new AtomicLong();
    Thread sampler = new Thread(() -> {
      var memory = ManagementFactory.getMemoryMXBean();
      while (!Thread.currentThread().isInterrupted()) {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        peakRss.accumulateAndGet(procStatusKb("VmRSS") << 10, Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-e2e-memory");
    sampler.setDaemon(true);
    System.gc();
    sampler.start();
    long t0 = System.nanoTime();
    SlantJob.Result result;
    try {
      result = job.get();
    } finally {
      sampler.interrupt();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    return new Run(label, months, from, to, n, result, wall, peakHeap.get(), peakRss.get());
  }

  /** A "VmRSS:  123 kB"-style field of /proc/self/status in kB; 0 where there is none (not Linux). */
  static long procStatusKb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
