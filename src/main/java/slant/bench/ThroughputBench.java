package slant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.analysis.ArticlePipeline;
import slant.analysis.Rescorer;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Dependency;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;

/**
 * The throughput benchmark ({@code slant bench}): bare CoreNLP vs Slant on the same German articles, in one JVM
 * (docs/performance.md). Slant's side is the job's own path ({@link ArticlePipeline}); re-scoring is
 * {@link Rescorer}, as {@code slant rescore} runs it.
 *
 * <p>Phases, each after a GC: (a) the bare full German CoreNLP pipeline on one thread; (b) Slant's annotate + analyze
 * on one thread; (c) Slant on a fixed pool of N threads sharing one annotator; (d) re-scoring: {@code analyze} alone
 * over the AnnotatedDocs kept from (b). Both pipelines are loaded and warmed up (on articles not measured) before any
 * phase is timed. Checks: the edges of every sentence Slant parsed equal the bare pipeline's basic tree, and the
 * N-thread results equal the one-thread results.
 */
public final class ThroughputBench {

  /** The corpora measured when none are given. */
  public static final List<String> DEFAULT_CORPORA = List.of("../shared/data/zeitgeist-de-news/archive.jsonl",
      "../shared/data/10kgnad-test/test.csv");

  /**
   * A benchmark's settings.
   *
   * @param corpora JSONL or 10kGNAD-style CSV files (or folders holding one)
   * @param limit articles measured per corpus
   * @param warmup warm-up articles in all (taken after the measured ones, split over the corpora)
   * @param threads threads of the N-core phase
   * @param defaultDate date of articles without one
   * @param skipBare skip the bare CoreNLP phase (and the edge check)
   * @param rescoreMinSeconds repeat the re-scoring pass until it has run this long
   * @param sequential run the phases one after the other instead of interleaved block by block
   * @param block articles per block in the interleaved mode
   * @param out the JSON result file
   */
  public record Options(List<Path> corpora, int limit, int warmup, int threads, String defaultDate, boolean skipBare,
      double rescoreMinSeconds, boolean sequential, int block, Path out) {

    public Options {
      if (limit < 1 || threads < 1 || warmup < 0 || block < 1) {
        throw new ConfigException("--limit, --threads and --block must be positive, --warmup not negative");
      }
      corpora = List.copyOf(corpora);
    }
  }

  private ThroughputBench() {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** What one timed phase cost. */
  record Phase(String name, int threads, int articles, long tokens, int sentences, int parsed, long wallNs,
      long processCpuNs, long workerCpuNs, long gcCount, long gcMs, String loadBefore, String loadAfter) {

    double seconds() {
      return wallNs / 1e9;
    }

    double articlesPerS() {
      return articles / seconds();
    }

    double tokensPerS() {
      return tokens / seconds();
    }

    double cpuSPerArticle() {
      return processCpuNs / 1e9 / articles;
    }

    double workerCpuSPerArticle() {
      return workerCpuNs / 1e9 / articles;
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("threads", threads);
      m.put("articles", articles);
      m.put("tokens", tokens);
      m.put("sentences", sentences);
      m.put("sentences_parsed", parsed);
      m.put("wall_s", round(seconds(), 3));
      m.put("articles_per_s", round(articlesPerS(), 3));
      m.put("tokens_per_s", round(tokensPerS(), 1));
      m.put("process_cpu_s", round(processCpuNs / 1e9, 3));
      m.put("worker_cpu_s", round(workerCpuNs / 1e9, 3));
      m.put("cpu_s_per_article", round(cpuSPerArticle(), 5));
      m.put("worker_cpu_s_per_article", round(workerCpuSPerArticle(), 5));
      m.put("gc_count", gcCount);
      m.put("gc_ms", gcMs);
      m.put("loadavg_before", loadBefore);
      m.put("loadavg_after", loadAfter);
      return m;
    }
  }

  /** Counters read at a phase start. */
  private record Mark(long wall, long cpu, long gcCount, long gcMs, String load) {
    static Mark now() {
      long c = 0;
      long ms = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        c += Math.max(0, gc.getCollectionCount());
        ms += Math.max(0, gc.getCollectionTime());
      }
      return new Mark(System.nanoTime(), OS.getProcessCpuTime(), c, ms, loadAverage());
    }

    Phase end(String name, int threads, int articles, long tokens, int sentences, int parsed, long workerCpuNs) {
      Mark e = now();
      return new Phase(name, threads, articles, tokens, sentences, parsed, e.wall - wall, e.cpu - cpu, workerCpuNs,
          e.gcCount - gcCount, e.gcMs - gcMs, load, e.load);
    }
  }

  /** One configuration run over articles [from, to): returns {worker cpu ns, tokens, sentences, parsed sentences}. */
  @FunctionalInterface
  interface BlockRun {
    long[] run(int from, int to);
  }

  /** Sums a configuration's cost over the blocks it ran. */
  private static final class Acc {
    final String name;
    final int threads;
    long wall;
    long cpu;
    long workerCpu;
    long gcCount;
    long gcMs;
    long tokens;
    int sentences;
    int parsed;
    int articles;
    String loadBefore;
    String loadAfter;

    Acc(String name, int threads) {
      this.name = name;
      this.threads = threads;
    }

    void measure(BlockRun run, int from, int to) {
      Mark m = Mark.now();
      long[] r = run.run(from, to);
      Phase p = m.end(name, threads, to - from, r[1], (int) r[2], (int) r[3], r[0]);
      wall += p.wallNs();
      cpu += p.processCpuNs();
      workerCpu += p.workerCpuNs();
      gcCount += p.gcCount();
      gcMs += p.gcMs();
      tokens += p.tokens();
      sentences += p.sentences();
      parsed += p.parsed();
      articles += p.articles();
      loadBefore = loadBefore == null ? p.loadBefore() : loadBefore;
      loadAfter = p.loadAfter();
    }

    Phase phase() {
      return new Phase(name, threads, articles, tokens, sentences, parsed, wall, cpu, workerCpu, gcCount, gcMs,
          loadBefore, loadAfter);
    }
  }

  /**
   * Runs the benchmark, prints its table to stdout and writes the JSON result to {@code o.out()}.
   *
   * @return whether every check passed (parsed edges equal the bare pipeline's, N-thread and re-scored results equal
   *     the one-thread results)
   */
  public static boolean run(SlantConfig config, Options o) throws IOException {
    int nThreads = o.threads();
    int limit = o.limit();
    int warmup = o.warmup();
    int block = o.block();
    boolean sequential = o.sequential();
    double rescoreMinSeconds = o.rescoreMinSeconds();
    String defaultDate = o.defaultDate();
    Path out = o.out();
    List<Path> corpora = o.corpora();
    List<Path> paths = corpora.isEmpty() ? DEFAULT_CORPORA.stream().map(Path::of).toList() : corpora;
    List<Article> articles = new ArrayList<>();
    List<Article> warm = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int warmEach = (warmup + paths.size() - 1) / paths.size();
    for (Path p : paths) {
      List<Article> all = BenchCorpus.read(p, limit + warmEach, defaultDate);
      names.add(BenchCorpus.name(p));
      articles.addAll(all.subList(0, Math.min(limit, all.size())));
      if (all.size() > limit) {
        warm.addAll(all.subList(limit, all.size()));
      }
    }
    if (warm.isEmpty() && warmup > 0) {
      warm.addAll(articles.subList(0, Math.min(warmup, articles.size())));
    }
    String loadStart = loadAverage();
    System.err.printf(Locale.ROOT, "bench: %d articles (+%d warm-up) from %s; %d cores; load average %s%n",
        articles.size(), warm.size(), names, Runtime.getRuntime().availableProcessors(), loadStart);

    Map<String, Object> memory = new LinkedHashMap<>();
    long heapBase = usedHeapAfterGc();
    memory.put("used_heap_mb_before_models", mb(heapBase));
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = AnalysisSetup.load(config).analyzer();
    Annotator annotator = CoreNlpAnnotator.shared(config.nlp());
    ArticlePipeline pipeline = new ArticlePipeline(annotator, analyzer, config.nlp());
    annotator.annotate("Angela Merkel sprach am Montag in Berlin.", "de", Annotator.ParseSelector.ALL);
    double slantLoadS = (System.nanoTime() - t0) / 1e9;
    long heapSlant = usedHeapAfterGc();
    memory.put("slant_load_s", round(slantLoadS, 2));
    memory.put("used_heap_mb_after_slant_german_pipeline", mb(heapSlant));
    memory.put("slant_german_pipeline_heap_mb", mb(heapSlant - heapBase));
    BareCoreNlp.German bare = null;
    if (!o.skipBare()) {
      t0 = System.nanoTime();
      bare = new BareCoreNlp.German();
      bare.annotate("Angela Merkel sprach am Montag in Berlin.");
      double bareLoadS = (System.nanoTime() - t0) / 1e9;
      long heapBoth = usedHeapAfterGc();
      memory.put("bare_load_s", round(bareLoadS, 2));
      memory.put("used_heap_mb_after_bare_pipeline_too", mb(heapBoth));
      memory.put("bare_pipeline_extra_heap_mb", mb(heapBoth - heapSlant));
    }
    System.err.printf(Locale.ROOT, "bench: models loaded, heap used after GC %s%n", memory);

    // Warm-up (not counted): both pipelines, so neither phase pays for JIT compilation of the shared code.
    for (Article a : warm) {
      if (bare != null) {
        bare.annotate(a.fullText());
      }
      pipeline.annotateAndAnalyze(a);
    }

    List<Phase> phases = new ArrayList<>();
    BareCoreNlp.EdgeCheck check = new BareCoreNlp.EdgeCheck();
    List<List<List<Dependency>>> bareEdges = new ArrayList<>(java.util.Collections.nCopies(articles.size(), null));
    List<List<Integer>> bareSizes = new ArrayList<>(java.util.Collections.nCopies(articles.size(), null));
    List<AnnotatedDoc> docs = new ArrayList<>(java.util.Collections.nCopies(articles.size(), null));
    List<ArticleAnalysis> analyses = new ArrayList<>(java.util.Collections.nCopies(articles.size(), null));
    AnnotatedDoc[] docsN = new AnnotatedDoc[articles.size()];
    ArticleAnalysis[] analysesN = new ArticleAnalysis[articles.size()];
    String nName = "slant_" + nThreads + "core";
    Acc bareAcc = new Acc("bare_1core", 1);
    Acc oneAcc = new Acc("slant_1core", 1);
    Acc nAcc = new Acc(nName, nThreads);
    ExecutorService pool = Executors.newFixedThreadPool(nThreads);
    BareCoreNlp.German bareP = bare;
    // Runs of one block: bare on one thread, Slant on one thread, Slant on the pool.
    List<BlockRun> runs = new ArrayList<>();
    if (bare != null) {
      runs.add((from, to) -> {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long tokens = 0;
        int sentences = 0;
        for (int i = from; i < to; i++) {
          BareCoreNlp.Parsed parsed = bareP.annotate(articles.get(i).fullText());
          tokens += parsed.tokens();
          sentences += parsed.edges().size();
          bareEdges.set(i, parsed.edges());
          bareSizes.set(i, parsed.sentenceSizes());
        }
        return new long[] {THREADS.getCurrentThreadCpuTime() - cpu0, tokens, sentences, sentences};
      });
    }
    runs.add((from, to) -> {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      for (int i = from; i < to; i++) {
        ArticlePipeline.Result r = pipeline.annotateAndAnalyze(articles.get(i));
        docs.set(i, r.doc());
        analyses.set(i, r.analysis());
      }
      List<AnnotatedDoc> ds = docs.subList(from, to);
      return new long[] {THREADS.getCurrentThreadCpuTime() - cpu0, tokens(ds), sentences(ds), parsed(ds)};
    });
    runs.add((from, to) -> {
      AtomicInteger next = new AtomicInteger(from);
      AtomicLong workerCpu = new AtomicLong();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < nThreads; t++) {
        fs.add(pool.submit(() -> {
          long c0 = THREADS.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
            ArticlePipeline.Result r = pipeline.annotateAndAnalyze(articles.get(i));
            docsN[i] = r.doc();
            analysesN[i] = r.analysis();
          }
          workerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
        }));
      }
      for (Future<?> f : fs) {
        try {
          f.get();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      List<AnnotatedDoc> ds = java.util.Arrays.asList(docsN).subList(from, to);
      return new long[] {workerCpu.get(), tokens(ds), sentences(ds), parsed(ds)};
    });
    List<Acc> accs = new ArrayList<>();
    if (bare != null) {
      accs.add(bareAcc);
    }
    accs.add(oneAcc);
    accs.add(nAcc);
    try {
      if (sequential) {
        for (int r = 0; r < runs.size(); r++) {
          gc();
          accs.get(r).measure(runs.get(r), 0, articles.size());
          phases.add(accs.get(r).phase());
          report(phases);
        }
      } else {
        // Interleaved: block by block, every configuration runs on the same articles within seconds of the others, in a
        // rotating order, so that the load other processes put on the machine falls on all of them alike.
        gc();
        int blockNo = 0;
        for (int from = 0; from < articles.size(); from += block, blockNo++) {
          int to = Math.min(articles.size(), from + block);
          for (int k = 0; k < runs.size(); k++) {
            int r = (k + blockNo) % runs.size();
            accs.get(r).measure(runs.get(r), from, to);
          }
          if (blockNo % 5 == 4) {
            System.err.printf(Locale.ROOT, "bench: %d/%d articles, load %s%n", to, articles.size(), loadAverage());
          }
        }
        for (Acc acc : accs) {
          phases.add(acc.phase());
          report(phases);
        }
      }
    } finally {
      pool.shutdown();
    }
    int nDiffer = 0;
    for (int i = 0; i < articles.size(); i++) {
      if (!docs.get(i).equals(docsN[i]) || !analyses.get(i).equals(analysesN[i])) {
        nDiffer++;
      }
    }

    // Re-scoring from the kept annotations: whole passes over all articles until rescoreMinSeconds have passed. Per
    // article this is what `slant rescore` runs in its mapPartitions (Rescorer.rescore: the parse-selection check
    // against the current catalogue, then ArticleAnalyzer.analyze), minus reading the annotations table.
    gc();
    Mark mr = Mark.now();
    long cpur = THREADS.getCurrentThreadCpuTime();
    int passes = 0;
    int rescoreDiffer = 0;
    do {
      for (int i = 0; i < articles.size(); i++) {
        ArticleAnalysis x = Rescorer.rescore(analyzer, config.nlp(), articles.get(i), docs.get(i)).analysis();
        if (passes == 0 && !x.equals(analyses.get(i))) {
          rescoreDiffer++;
        }
      }
      passes++;
    } while (System.nanoTime() - mr.wall() < rescoreMinSeconds * 1e9);
    Phase rescorePasses = mr.end("rescore", 1, articles.size() * passes, tokens(docs) * passes,
        sentences(docs) * passes, parsed(docs) * passes, THREADS.getCurrentThreadCpuTime() - cpur);
    phases.add(rescorePasses);

    // The same with the annotations read back from bytes (JSON bytes stand in for the table read).
    List<byte[]> stored = new ArrayList<>();
    long storedBytes = 0;
    for (AnnotatedDoc d : docs) {
      byte[] b = serialize(d);
      stored.add(b);
      storedBytes += b.length;
    }
    gc();
    Mark md = Mark.now();
    long cpud = THREADS.getCurrentThreadCpuTime();
    int dpasses = 0;
    do {
      for (int i = 0; i < articles.size(); i++) {
        Rescorer.rescore(analyzer, config.nlp(), articles.get(i), deserialize(stored.get(i)));
      }
      dpasses++;
    } while (System.nanoTime() - md.wall() < rescoreMinSeconds * 1e9);
    phases.add(md.end("rescore_deser", 1, articles.size() * dpasses, tokens(docs) * dpasses,
        sentences(docs) * dpasses, parsed(docs) * dpasses, THREADS.getCurrentThreadCpuTime() - cpud));

    if (bare != null) {
      for (int i = 0; i < articles.size(); i++) {
        check.add(articles.get(i).id(), docs.get(i), bareEdges.get(i), bareSizes.get(i));
      }
    }
    memory.put("used_heap_mb_at_end_after_gc", mb(usedHeapAfterGc()));
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    memory.put("max_heap_mb", mb(heap.getMax()));
    memory.put("committed_heap_mb_at_end", mb(heap.getCommitted()));
    memory.put("annotated_doc_json_bytes_per_article", storedBytes / Math.max(1, docs.size()));

    Map<String, Phase> byName = new LinkedHashMap<>();
    phases.forEach(p -> byName.put(p.name(), p));
    Phase s1 = byName.get("slant_1core");
    Phase sn = byName.get(nName);
    Phase rs = byName.get("rescore");
    Phase rd = byName.get("rescore_deser");
    Phase b = byName.get("bare_1core");

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bare_articles_per_s", b == null ? null : round(b.articlesPerS(), 3));
    json.put("slant_1core_articles_per_s", round(s1.articlesPerS(), 3));
    json.put("slant_vs_bare_1core", b == null ? null : round(s1.articlesPerS() / b.articlesPerS(), 3));
    json.put("slant_ncore_articles_per_s", round(sn.articlesPerS(), 3));
    json.put("scaling_ncore", round(sn.articlesPerS() / s1.articlesPerS(), 3));
    // seconds per article of the full 1-thread analysis / seconds per article of re-scoring
    json.put("rescore_speedup", round(rs.articlesPerS() / s1.articlesPerS(), 1));
    json.put("rescore_deser_speedup", round(rd.articlesPerS() / s1.articlesPerS(), 1));
    json.put("slant_vs_bare_1core_cpu", b == null ? null : round(b.cpuSPerArticle() / s1.cpuSPerArticle(), 3));
    json.put("slant_vs_bare_1core_worker_cpu",
        b == null ? null : round(b.workerCpuSPerArticle() / s1.workerCpuSPerArticle(), 3));
    json.put("mode", sequential ? "sequential" : "interleaved, blocks of " + block);
    json.put("ncore_threads", nThreads);
    json.put("corpora", names);
    json.put("n_articles", articles.size());
    json.put("n_warmup_articles", warm.size());
    json.put("n_tokens", s1.tokens());
    json.put("n_tokens_bare", b == null ? null : b.tokens());
    json.put("n_sentences", s1.sentences());
    json.put("n_sentences_parsed_by_slant", s1.parsed());
    json.put("parsed_fraction", round((double) s1.parsed() / Math.max(1, s1.sentences()), 4));
    long parsedTokens = docs.stream().flatMap(d -> d.sentences().stream()).filter(slant.model.Sentence::parsed)
        .mapToLong(slant.model.Sentence::size).sum();
    json.put("parsed_token_fraction", round((double) parsedTokens / Math.max(1, s1.tokens()), 4));
    json.put("sentences_over_max_tokens", docs.stream().flatMap(d -> d.sentences().stream())
        .filter(x -> x.size() > config.nlp().maxSentenceTokens()).count());
    json.put("rescore_passes", passes);
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("java_version", System.getProperty("java.version"));
    json.put("java_vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
    json.put("corenlp_version", CoreNlpAnnotator.CORENLP_VERSION);
    json.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
    json.put("jvm_flags", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(f -> !f.startsWith("--add-opens") && !f.startsWith("-Dlog4j2")).toList());
    json.put("nlp_config", Map.of("parse", config.nlp().parse(), "max_sentence_tokens",
        config.nlp().maxSentenceTokens()));
    json.put("loadavg_start", loadStart);
    json.put("loadavg_end", loadAverage());
    json.put("timestamp", Instant.now().toString());
    Map<String, Object> checks = new LinkedHashMap<>();
    if (bare != null) {
      checks.put("edge_check_articles", check.articles());
      checks.put("edge_check_sentences", check.sentences());
      checks.put("edge_check_parsed_sentences_compared", check.parsedCompared());
      checks.put("edge_check_edges_compared", check.edgesCompared());
      checks.put("edge_check_mismatches", check.mismatches());
      checks.put("edge_check_segmentation_mismatches", check.structureMismatches());
      checks.put("edge_check_examples", check.examples());
    }
    checks.put("ncore_results_differing_from_1core", nDiffer);
    checks.put("rescore_results_differing_from_full", rescoreDiffer);
    json.put("checks", checks);
    json.put("memory", memory);
    Map<String, Object> ph = new LinkedHashMap<>();
    phases.forEach(p -> ph.put(p.name(), p.json()));
    json.put("phases", ph);

    System.out.println(table(phases, json));
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n",
        StandardCharsets.UTF_8);
    System.out.println("written: " + out);
    return (bare == null || (check.mismatches() == 0 && check.structureMismatches() == 0)) && nDiffer == 0
        && rescoreDiffer == 0;
  }

  static String table(List<Phase> phases, Map<String, Object> json) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%n%-14s %3s %8s %9s %8s %9s %9s %10s %10s %6s%n", "phase", "thr", "articles",
        "tokens", "wall_s", "art/s", "tok/s", "cpu_s/art", "wcpu_s/art", "gc_ms"));
    for (Phase p : phases) {
      sb.append(String.format(Locale.ROOT, "%-14s %3d %8d %9d %8.2f %9.2f %9.0f %10.5f %10.5f %6d%n", p.name(),
          p.threads(), p.articles(), p.tokens(), p.seconds(), p.articlesPerS(), p.tokensPerS(), p.cpuSPerArticle(),
          p.workerCpuSPerArticle(), p.gcMs()));
    }
    sb.append(String.format(Locale.ROOT, "%nslant_vs_bare_1core = %s   scaling_ncore = %s (%s threads)   "
            + "rescore_speedup = %s (with deserialisation: %s)%n"
            + "slant_vs_bare_1core by process CPU = %s, by worker-thread CPU = %s; mode: %s%n",
        json.get("slant_vs_bare_1core"),
        json.get("scaling_ncore"), json.get("ncore_threads"), json.get("rescore_speedup"),
        json.get("rescore_deser_speedup"), json.get("slant_vs_bare_1core_cpu"),
        json.get("slant_vs_bare_1core_worker_cpu"), json.get("mode")));
    sb.append(String.format(Locale.ROOT, "parsed by Slant: %s of %s sentences (%s); checks: %s%n",
        json.get("n_sentences_parsed_by_slant"), json.get("n_sentences"), json.get("parsed_fraction"),
        json.get("checks")));
    sb.append(String.format(Locale.ROOT, "load average: start %s, end %s (cores: %s)%n", json.get("loadavg_start"),
        json.get("loadavg_end"), json.get("cores")));
    sb.append("memory: ").append(json.get("memory"));
    return sb.toString();
  }

  private static void report(List<Phase> phases) {
    Phase p = phases.get(phases.size() - 1);
    System.err.printf(Locale.ROOT, "bench: %s %.2f articles/s, %.0f tokens/s, %.4f cpu-s/article (load %s)%n",
        p.name(), p.articlesPerS(), p.tokensPerS(), p.cpuSPerArticle(), p.loadAfter());
  }

  private static long tokens(List<AnnotatedDoc> docs) {
    return docs.stream().mapToLong(AnnotatedDoc::tokenCount).sum();
  }

  private static int sentences(List<AnnotatedDoc> docs) {
    return docs.stream().mapToInt(d -> d.sentences().size()).sum();
  }

  private static int parsed(List<AnnotatedDoc> docs) {
    return (int) docs.stream().flatMap(d -> d.sentences().stream()).filter(slant.model.Sentence::parsed).count();
  }

  private static byte[] serialize(AnnotatedDoc d) {
    return slant.eval.AnnotatedDocJson.toBytes(d);
  }

  private static AnnotatedDoc deserialize(byte[] b) {
    return slant.eval.AnnotatedDocJson.fromBytes(b);
  }


  static void gc() {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
  }

  static long usedHeapAfterGc() {
    gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The 1, 5 and 15 minute load averages ("12.54 9.40 8.45"), from /proc/loadavg or the OS bean. */
  static String loadAverage() {
    try {
      String s = Files.readString(Path.of("/proc/loadavg"));
      String[] f = s.trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", OS.getSystemLoadAverage());
    }
  }

  private static long mb(long bytes) {
    return Math.round(bytes / 1048576.0);
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
