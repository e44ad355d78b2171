package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.ConfigLoader;
import slant.config.SlantConfig;
import slant.input.ArticleValidator;
import slant.input.RawRecord;
import slant.input.Reasons;
import slant.nlp.AnnotatorFactory;
import slant.nlp.CoreNlpAnnotator;
import slant.tables.TableDef;
import slant.tables.Tables;

/**
 * The main job: read → validate → annotate and score (one CoreNLP pipeline per executor JVM, inside
 * {@code mapPartitions}) → write the row-level tables → aggregate → write the run manifest.
 *
 * <p>Contracts: every record read in the run's dates is either an article or a reject (checked at the end: the run
 * fails otherwise); table partitions touched by the run are overwritten (dynamic partition overwrite), others are
 * kept, so rerunning a night replaces exactly that night's rows.
 */
public final class SlantJob {

  private static final Logger LOG = LoggerFactory.getLogger(SlantJob.class);

  /**
   * What a finished run reports; {@code phaseSeconds} the wall time of each phase (input, analysis, tables: see
   * {@link RunProgress}), {@code sparkJobs}/{@code sparkStages}/{@code sparkTasks} what the run launched.
   */
  public record Result(String runId, String outputPath, long read, long accepted, long rejected, long outOfRange,
      long mentions, Map<String, Long> rejectsByReason, long scored, long sentencesSkippedLong,
      Map<String, Double> phaseSeconds, long sparkJobs, long sparkStages, long sparkTasks) {

    /** The same result with the phase times as measured when the run ended (the manifest's stop at the manifest). */
    Result withPhases(Map<String, Double> phases, long jobs, long stages, long tasks) {
      return new Result(runId, outputPath, read, accepted, rejected, outOfRange, mentions, rejectsByReason, scored,
          sentencesSkippedLong, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phases)), jobs, stages,
          tasks);
    }
  }

  private SlantJob() {}

  /** Applies Slant's session settings (UTC, dynamic partition overwrite, java.time values). */
  public static void configure(SparkSession spark, SlantConfig config) {
    spark.conf().set("spark.sql.session.timeZone", "UTC");
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(config.spark().shufflePartitions()));
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    spark.conf().set("spark.sql.parquet.compression.codec", "snappy");
  }

  /** Runs with the real CoreNLP annotator. */
  public static Result run(SparkSession spark, SlantConfig config) {
    return run(spark, config, CoreNlpAnnotator.factory());
  }

  /** What every run (main job or rescore) fixes before it reads anything: ids, hashes, the analyzer. */
  private record Context(SlantConfig config, Instant started, long startNanos, String configJson, String configHash,
      AnalysisSetup setup, String runId, String batch, String out) {

    static Context start(SparkSession spark, SlantConfig config) {
      Instant started = Instant.now();
      long startNanos = System.nanoTime();
      configure(spark, config);
      String configJson = ConfigLoader.toCanonicalJson(config);
      String configHash = ConfigLoader.hash(config);
      LOG.info("Slant effective configuration: {}", configJson);
      AnalysisSetup setup = AnalysisSetup.load(config);
      String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
          + "-" + configHash.substring(0, 8);
      return new Context(config, started, startNanos, configJson, configHash, setup, runId, batchOf(config),
          config.output().path());
    }
  }

  public static Result run(SparkSession spark, SlantConfig config, AnnotatorFactory annotators) {
    Context ctx = Context.start(spark, config);
    RunProgress progress = new RunProgress(spark.sparkContext(), ctx.runId());
    Result r;
    try (progress) {
      progress.phase(RunProgress.INPUT);
      r = run(spark, ctx, annotators, progress);
    }
    return r.withPhases(progress.phaseSeconds(), progress.jobs(), progress.stages(), progress.tasks());
  }

  private static Result run(SparkSession spark, Context ctx, AnnotatorFactory annotators, RunProgress progress) {
    SlantConfig config = ctx.config();
    String runId = ctx.runId();

    Dataset<Row> raw = InputReader.read(spark, config.input(), config.run());
    Dataset<Row> validated = validate(raw, config).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> accepted = validated.filter(col("status").equalTo("accepted"));
    // Duplicate ids: the first by (source_file, source_line) is kept, the others are rejected.
    Dataset<Row> ranked = accepted.withColumn("__rank", row_number().over(
        Window.partitionBy("article.id").orderBy(col("source_file"), col("source_line"))));
    Dataset<Row> unique = ranked.filter(col("__rank").equalTo(1)).drop("__rank");
    Dataset<Row> duplicates = ranked.filter(col("__rank").gt(1)).drop("__rank");

    Broadcast<ArticleAnalyzer> analyzer = JavaSparkContextHolder.broadcast(spark, ctx.setup().analyzer());
    Dataset<Row> toAnalyze = config.spark().analysisPartitions() > 0
        ? unique.repartition(config.spark().analysisPartitions(), col("article.id")) : unique;
    progress.analysis("annotation and analysis", toAnalyze.count());
    Dataset<Row> analysed = toAnalyze.mapPartitions(
        new AnalyzePartition(annotators, config, analyzer, progress.articleCounter()),
        ExpressionEncoder.apply(AnalyzePartition.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    logAnalysis(ctx, "annotation and analysis", analysed);
    checkAnalysisErrors(ctx, analysed);
    progress.phase(RunProgress.TABLES);

    Dataset<Row> rejects = rejectsTable(validated, duplicates, analysed, runId, ctx.batch());
    Dataset<Row> annotations = !config.output().writeAnnotations() ? null
        : ordered(analysed.filter(col("ok")).select(col("annotation.*")).withColumn(Tables.RUN_ID, lit(runId)),
            Tables.ANNOTATIONS);
    long nRead = validated.filter(col("status").notEqual("out_of_range")).count();
    long nOut = validated.filter(col("status").equalTo("out_of_range")).count();
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("mode", "run");
    manifest.put("annotations_written", config.output().writeAnnotations());
    try {
      return writeResults(spark, ctx, analysed, rejects, annotations, nRead, nOut, config.input().path(), manifest,
          progress);
    } finally {
      validated.unpersist();
      analysed.unpersist();
    }
  }

  /** What a rescore reports besides the run's counts (see {@link slant.analysis.Rescorer}). */
  public record RescoreResult(Result run, long unparsedCandidateSentences, long parsesDropped, String annotationsPath) {}

  /**
   * Re-scores from the {@code annotations} table: mentions, scores and aggregates of the selected dates are
   * recomputed with the current lexicons, frames and catalogue, without CoreNLP, and written exactly as the main job
   * writes them ({@link #writeResults}). Requires annotations made under this configuration's NLP settings
   * ({@link CoreNlpAnnotator#annotationConfig}) and covering exactly the articles the articles table holds for those
   * dates; otherwise it refuses before any work (a {@link slant.config.ConfigException}, one line). The rejects and
   * annotations tables are not touched; the runs row counts the annotated articles (n_read = n_accepted, n_rejected
   * = 0). When an article's analysis throws, nothing is written and the rescore fails.
   */
  public static RescoreResult rescore(SparkSession spark, SlantConfig config) {
    Context ctx = Context.start(spark, config);
    RunProgress progress = new RunProgress(spark.sparkContext(), ctx.runId());
    RescoreResult r;
    try (progress) {
      progress.phase(RunProgress.INPUT);
      r = rescore(spark, ctx, progress);
    }
    return new RescoreResult(r.run().withPhases(progress.phaseSeconds(), progress.jobs(), progress.stages(),
        progress.tasks()), r.unparsedCandidateSentences(), r.parsesDropped(), r.annotationsPath());
  }

  private static RescoreResult rescore(SparkSession spark, Context ctx, RunProgress progress) {
    SlantConfig config = ctx.config();
    String annotationsPath = Tables.ANNOTATIONS.path(ctx.out());
    Dataset<Row> annotations = readAnnotations(spark, config, annotationsPath);
    checkAnnotations(spark, config, annotations, annotationsPath, ctx.out());

    Broadcast<ArticleAnalyzer> analyzer = JavaSparkContextHolder.broadcast(spark, ctx.setup().analyzer());
    Dataset<Row> toAnalyze = config.spark().analysisPartitions() > 0
        ? annotations.repartition(config.spark().analysisPartitions(), col("article_id")) : annotations;
    progress.analysis("re-analysis from annotations", annotations.count());
    Dataset<Row> analysed = toAnalyze.mapPartitions(
        new RescorePartition(config.nlp(), analyzer, progress.articleCounter()),
        ExpressionEncoder.apply(AnalyzePartition.SCHEMA)).persist(StorageLevel.MEMORY_AND_DISK());
    logAnalysis(ctx, "re-analysis from annotations", analysed);
    progress.phase(RunProgress.TABLES);
    try {
      List<Row> failed = analysed.filter(col("ok").equalTo(false))
          .select(col("reject.article_id"), col("reject.detail")).orderBy("article_id").collectAsList();
      if (!failed.isEmpty()) {
        throw new IllegalStateException("rescore: " + failed.size() + " article(s) failed analysis, nothing written"
            + " (first: " + failed.get(0).getString(0) + ": " + failed.get(0).getString(1) + ")");
      }
      Row counts = analysed.agg(count(lit(1)), sum("n_unparsed_candidates"), sum("n_parses_dropped")).first();
      long nRead = counts.getLong(0);
      long unparsed = counts.isNullAt(1) ? 0 : counts.getLong(1);
      long dropped = counts.isNullAt(2) ? 0 : counts.getLong(2);
      if (unparsed > 0) {
        LOG.warn("rescore: {} sentence(s) now hold an actor candidate but have no stored parse (the catalogue changed"
            + " since annotation with nlp.parse: candidates); they are scored unparsed, so results differ from a full"
            + " run there. For identical results annotate with nlp.parse: all, or re-run the affected dates.",
            unparsed);
      }
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("mode", "rescore");
      manifest.put("annotations_path", annotationsPath);
      manifest.put("annotations_nlp_config", CoreNlpAnnotator.annotationConfig(config.nlp()));
      manifest.put("n_unparsed_candidate_sentences", unparsed);
      manifest.put("n_parses_dropped", dropped);
      Result r = writeResults(spark, ctx, analysed, null, null, nRead, 0, annotationsPath, manifest, progress);
      return new RescoreResult(r, unparsed, dropped, annotationsPath);
    } finally {
      analysed.unpersist();
    }
  }

  /**
   * Materialises the (persisted) analysis and logs how long it took since the run started, so that the analysis and
   * the table writing can be timed separately (docs/performance.md).
   */
  private static void logAnalysis(Context ctx, String what, Dataset<Row> analysed) {
    long n = analysed.count();
    LOG.info("Slant {}: {} of {} articles done after {} s", ctx.runId(), what, n,
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - ctx.startNanos()) / 1e9));
  }

  private static Dataset<Row> readAnnotations(SparkSession spark, SlantConfig config, String path) {
    Path p = new Path(path);
    try {
      if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
        throw new slant.config.ConfigException("no annotations table at " + path + ": run `slant run` (with "
            + "output.write_annotations: true, the default) for these dates first");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
    Dataset<Row> df = spark.read().schema(SparkSchemas.schema(Tables.ANNOTATIONS)).parquet(path);
    LocalDate first = config.run().firstDate();
    LocalDate last = config.run().lastDate();
    if (first != null) {
      df = df.filter(col(Tables.DATE_COL).geq(lit(java.sql.Date.valueOf(first))));
    }
    if (last != null) {
      df = df.filter(col(Tables.DATE_COL).leq(lit(java.sql.Date.valueOf(last))));
    }
    return df;
  }

  /**
   * Refuses (one line) annotations that cannot reproduce a full run: none for the dates, made under other NLP
   * settings, or not covering exactly the articles the articles table holds for those dates (a later run with
   * output.write_annotations: false, or annotations of another input). Runs before any analysis.
   */
  private static void checkAnnotations(SparkSession spark, SlantConfig config, Dataset<Row> annotations, String path,
      String out) {
    String expected = CoreNlpAnnotator.annotationConfigHash(config.nlp());
    List<Row> versions = annotations.groupBy("nlp_config_hash", "nlp_config").count().collectAsList();
    if (versions.isEmpty()) {
      throw new slant.config.ConfigException("no annotations in " + path + " for batch " + batchOf(config)
          + ": run `slant run` for these dates first");
    }
    for (Row v : versions) {
      if (!expected.equals(v.getString(0))) {
        throw new slant.config.ConfigException("annotations in " + path + " were made with '" + v.getString(1)
            + "' (" + v.getLong(2) + " articles), this configuration needs '"
            + CoreNlpAnnotator.annotationConfig(config.nlp()) + "': run `slant run` for these dates instead");
      }
    }
    Path articlesPath = new Path(Tables.ARTICLES.path(out));
    try {
      if (!articlesPath.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(articlesPath)) {
        return;
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read " + articlesPath + ": " + e.getMessage(), e);
    }
    Dataset<Row> annotated = annotations.select(col("article_id"), col(Tables.DATE_COL));
    Dataset<Row> dates = annotated.select(Tables.DATE_COL).distinct();
    Dataset<Row> articles = spark.read().parquet(articlesPath.toString()).join(dates, Tables.DATE_COL)
        .select(col("article_id"), col(Tables.DATE_COL));
    List<Row> missing = articles.except(annotated).union(annotated.except(articles))
        .select(Tables.DATE_COL).distinct().orderBy(Tables.DATE_COL).collectAsList();
    if (!missing.isEmpty()) {
      throw new slant.config.ConfigException("the annotations do not match the articles table on "
          + missing.stream().map(r -> String.valueOf(r.get(0))).toList()
          + " (written by a run without annotations?): run `slant run` for those dates instead");
    }
  }

  /**
   * The write path shared by the main job and rescore: duplicate and wire detection over the analysed articles'
   * text, the row tables (articles, mentions, article_actor, and rejects and annotations when not null), the
   * period tables for every touched date, the runs row and manifest. Fails (after writing the manifest with ok =
   * false) when read != accepted + rejected.
   *
   * <p>The row tables and the duplicate detection are independent Spark jobs; they run side by side
   * ({@link #inParallel}), as do the period, frame and label tables afterwards, so that one job's driver-side
   * planning or single-task stage does not leave the other cores idle.
   */
  private static Result writeResults(SparkSession spark, Context ctx, Dataset<Row> analysed, Dataset<Row> rejects,
      Dataset<Row> annotations, long nRead, long nOut, String inputPath, Map<String, Object> manifest,
      RunProgress progress) {
    SlantConfig config = ctx.config();
    String runId = ctx.runId();
    String out = ctx.out();
    Dataset<Row> ok = analysed.filter(col("ok"));
    Dataset<Row> mentions = ordered(ok.select(explode(col("mentions")).as("m"))
        .select(col("m.*")).withColumn(Tables.RUN_ID, lit(runId)), Tables.MENTIONS);
    Dataset<Row> articleActor = ok.select(explode(col("actors")).as("a"))
        .select(col("a.*")).withColumn(Tables.RUN_ID, lit(runId));
    // cached: written, then read for the touched days and the period tables
    java.util.concurrent.atomic.AtomicReference<Dataset<Row>> articlesRef = new java.util.concurrent.atomic.AtomicReference<>();

    progress.step("duplicates, wire copy and row tables");
    List<Runnable> rowTables = new java.util.ArrayList<>();
    rowTables.add(() -> {
      // Only articles that were analysed are compared: a rejected article defines no cluster, and a rescore (which
      // sees exactly the analysed articles) finds the same clusters as the run it repeats.
      Dataset<Row> wire = Dedup.detect(spark, ok.select(col("source.id").as("article_id"),
          col("source.outlet").as("outlet"), col("source.title").as("title"), col("source.text").as("text")),
          config.analytics());
      Dataset<Row> a = ordered(ok.select(col("article.*")).join(wire, "article_id")
          .withColumn(Tables.RUN_ID, lit(runId)), Tables.ARTICLES).persist(StorageLevel.MEMORY_AND_DISK());
      write(a, Tables.ARTICLES, out);
      articlesRef.set(a);
    });
    rowTables.add(() -> write(mentions, Tables.MENTIONS, out));
    rowTables.add(() -> write(ordered(articleActor, Tables.ARTICLE_ACTOR), Tables.ARTICLE_ACTOR, out));
    if (annotations != null) {
      rowTables.add(() -> write(annotations, Tables.ANNOTATIONS, out));
    }
    if (rejects != null) {
      rowTables.add(() -> write(ordered(rejects, Tables.REJECTS), Tables.REJECTS, out));
    }
    inParallel(rowTables);
    Dataset<Row> articles = articlesRef.get();
    java.util.Set<LocalDate> dates = new java.util.TreeSet<>();
    for (Row r : articles.select(Tables.DATE_COL).distinct().collectAsList()) {
      dates.add(SparkSchemas.localDate(r.get(0)));
    }
    Aggregates.writeAll(spark, config, out, mentions, articles, dates, runId, progress);
    articles.unpersist();
    progress.step("counts and manifest");

    // the accepted articles' counts in one pass
    Row counts = ok.agg(count(lit(1)), sum(expr("case when mentions is null then 0 else size(mentions) end")),
        sum(expr("case when size(actors) > 0 then 1 else 0 end")), sum(col("n_sentences_long"))).first();
    long nAccepted = counts.getLong(0);
    long nMentions = counts.isNullAt(1) ? 0 : counts.getLong(1);
    long nScored = counts.isNullAt(2) ? 0 : counts.getLong(2);
    long nSentencesLong = counts.isNullAt(3) ? 0 : counts.getLong(3);
    Map<String, Long> byReason = new LinkedHashMap<>();
    if (rejects != null) {
      for (Row r : rejects.groupBy("reason").count().orderBy("reason").collectAsList()) {
        byReason.put(r.getString(0), r.getLong(1));
      }
    }
    long nRejected = byReason.values().stream().mapToLong(Long::longValue).sum();
    boolean balanced = nRead == nAccepted + nRejected;
    Map<String, Double> phases = progress.phaseSeconds();
    phases.put(RunProgress.TABLES, progress.secondsInPhase());
    Result result = new Result(runId, out, nRead, nAccepted, nRejected, nOut, nMentions, byReason,
        nScored, nSentencesLong, phases,
        progress.jobs(), progress.stages(), progress.tasks());
    manifest.put("phase_seconds", phases); // the tables phase up to the manifest
    manifest.put("spark_jobs", result.sparkJobs());
    writeManifest(spark, config, result, ctx.started(), ctx.batch(), ctx.configJson(), ctx.configHash(), ctx.setup(),
        balanced, inputPath, manifest);
    if (!balanced) {
      throw new IllegalStateException("run " + runId + ": read " + nRead + " != accepted " + nAccepted
          + " + rejected " + nRejected);
    }
    LOG.info("Slant {} {} finished after {} s: read {}, accepted {}, rejected {} {}, mentions {}", manifest.get("mode"),
        runId, String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - ctx.startNanos()) / 1e9), nRead,
        nAccepted, nRejected, byReason, nMentions);
    return result;
  }

  /** Threads submitting independent Spark jobs side by side ({@link #inParallel}). */
  static final int WRITE_THREADS = 2;

  /**
   * Runs independent pieces of Spark work from {@link #WRITE_THREADS} driver threads (Spark schedules jobs of
   * several threads side by side), in list order as threads free up; returns when all are done. The first failure
   * (in list order) is rethrown after all have ended.
   */
  static void inParallel(List<Runnable> work) {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(WRITE_THREADS, r -> {
      Thread t = new Thread(r, "slant-writer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
      for (Runnable w : work) {
        futures.add(pool.submit(w));
      }
      RuntimeException failure = null;
      for (java.util.concurrent.Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() instanceof RuntimeException re ? re
                : new IllegalStateException(e.getCause().getMessage(), e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing tables", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String batchOf(SlantConfig config) {
    LocalDate first = config.run().firstDate();
    LocalDate last = config.run().lastDate();
    if (first == null && last == null) {
      return "all";
    }
    if (first != null && first.equals(last)) {
      return first.toString();
    }
    return (first == null ? "start" : first.toString()) + "_" + (last == null ? "end" : last.toString());
  }

  /**
   * Fails the run before any table is written when more than {@code run.max_error_share} of the analysed articles
   * threw (their stack traces are in the executors' logs, {@link AnalysisErrors}); below it they are counted as
   * {@code analysis_error} rejects.
   */
  private static void checkAnalysisErrors(Context ctx, Dataset<Row> analysed) {
    double max = ctx.config().run().maxErrorShare();
    Row counts = analysed.agg(count(lit(1)), sum(expr("case when ok then 0 else 1 end"))).first();
    long n = counts.getLong(0);
    long failed = counts.isNullAt(1) ? 0 : counts.getLong(1);
    if (failed == 0) {
      return;
    }
    if ((double) failed / n > max) {
      Row first = analysed.filter(col("ok").equalTo(false)).select(col("reject.article_id"), col("reject.detail"))
          .orderBy("article_id").first();
      throw new IllegalStateException(String.format(java.util.Locale.ROOT, "run %s: analysis failed for %d of %d "
          + "articles (%.1f %%, more than run.max_error_share %s); nothing written. First: article %s: %s (stack "
          + "traces in the executors' logs)", ctx.runId(), failed, n, 100.0 * failed / n, max, first.getString(0),
          first.getString(1).replaceAll("\\s+", " ")));
    }
    LOG.warn("Slant {}: analysis failed for {} of {} articles (at most run.max_error_share {} may): rejected as "
        + "analysis_error, stack traces in the executors' logs", ctx.runId(), failed, n, max);
  }

  static final StructType VALIDATED_SCHEMA = new StructType()
      .add("status", DataTypes.StringType)
      .add("article", AnalyzePartition.ARTICLE_IN)
      .add("source_file", DataTypes.StringType)
      .add("source_line", DataTypes.LongType)
      .add("reason", DataTypes.StringType)
      .add("detail", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("raw_id", DataTypes.StringType)
      .add("excerpt", DataTypes.StringType);

  private static Dataset<Row> validate(Dataset<Row> raw, SlantConfig config) {
    ArticleValidator validator = new ArticleValidator(config.run(), config.nlp(), config.input().defaultLanguage());
    return raw.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) row -> {
      RawRecord r = InputReader.fromRow(row);
      ArticleValidator.Outcome o = validator.validate(r);
      String status = o.outOfRange() ? "out_of_range" : o.article() != null ? "accepted" : "rejected";
      Row article = o.article() == null ? null : AnalyzePartition.articleToRow(o.article());
      return org.apache.spark.sql.RowFactory.create(status, article, r.sourceFile(), r.sourceLine(),
          o.rejectReason(), o.detail(), r.outlet(), r.id(), r.excerpt());
    }, ExpressionEncoder.apply(VALIDATED_SCHEMA));
  }

  private static Dataset<Row> rejectsTable(Dataset<Row> validated, Dataset<Row> duplicates, Dataset<Row> analysed,
      String runId, String batch) {
    Dataset<Row> invalid = validated.filter(col("status").equalTo("rejected"))
        .select(col("source_file"), col("source_line"), col("raw_id").as("article_id"), col("outlet"),
            col("reason"), col("detail"), col("excerpt"));
    Dataset<Row> dup = duplicates.select(col("source_file"), col("source_line"), col("article.id").as("article_id"),
        col("article.outlet").as("outlet"), lit(Reasons.DUPLICATE_ID).as("reason"),
        lit("id seen earlier in this run's input").as("detail"), expr("substring(article.text, 1, 200)").as("excerpt"));
    Dataset<Row> failed = analysed.filter(col("ok").equalTo(false))
        .select(col("reject.source_file"), col("reject.source_line"), col("reject.article_id"), col("reject.outlet"),
            col("reject.reason"), col("reject.detail"), col("reject.excerpt"));
    return invalid.unionByName(dup).unionByName(failed)
        .withColumn(Tables.RUN_ID, lit(runId)).withColumn("batch", lit(batch));
  }

  /** Selects the table's columns in definition order, cast to the defined types. */
  static Dataset<Row> ordered(Dataset<Row> df, TableDef def) {
    StructType schema = SparkSchemas.schema(def);
    org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[schema.fields().length];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = col(schema.fields()[i].name()).cast(schema.fields()[i].dataType()).as(schema.fields()[i].name());
    }
    return df.select(cols);
  }

  /**
   * Writes a table: partitions present in {@code df} are replaced, the others kept (dynamic overwrite); each
   * partition directory written gets one file.
   */
  static void write(Dataset<Row> df, TableDef def, String out) {
    String[] partitionBy = def.partitionBy().toArray(String[]::new);
    if (partitionBy.length > 0) {
      // one task per group of partition values: each partition directory gets one file, not one per task
      df = df.repartition(java.util.Arrays.stream(partitionBy).map(org.apache.spark.sql.functions::col)
          .toArray(org.apache.spark.sql.Column[]::new));
    }
    var writer = df.write().mode(SaveMode.Overwrite);
    if (partitionBy.length > 0) {
      writer = writer.partitionBy(partitionBy);
    }
    writer.parquet(def.path(out));
  }

  private static void writeManifest(SparkSession spark, SlantConfig config, Result r, Instant started, String batch,
      String configJson, String configHash, AnalysisSetup setup, boolean ok, String inputPath,
      Map<String, Object> extra) {
    Instant finished = Instant.now();
    Map<String, Object> v = new HashMap<>();
    v.put(Tables.RUN_ID, r.runId());
    v.put("started_at", started);
    v.put("finished_at", finished);
    v.put("batch", batch);
    v.put("input_path", inputPath);
    v.put("n_read", r.read());
    v.put("n_accepted", r.accepted());
    v.put("n_rejected", r.rejected());
    v.put("n_out_of_range", r.outOfRange());
    v.put("n_mentions", r.mentions());
    v.put("rejected_by_reason", r.rejectsByReason().entrySet().stream()
        .map(e -> org.apache.spark.sql.RowFactory.create(e.getKey(), e.getValue())).toList());
    v.put("n_scored", r.scored());
    v.put("n_sentences_skipped_long", r.sentencesSkippedLong());
    v.put("config_hash", configHash);
    v.put("config_json", configJson);
    v.put("code_version", codeVersion());
    v.put("corenlp_version", CoreNlpAnnotator.CORENLP_VERSION);
    v.put("spark_version", spark.version());
    v.put("catalogue_hash", setup.catalogueHash());
    v.put("lexicon_hash", setup.lexiconHash());
    v.put("frame_lexicon_hash", setup.framesHash());
    v.put("rules_hash", setup.rulesHash());
    v.put("sentiment_model_hash", setup.modelHash());
    v.put("corenlp_models_hash", slant.nlp.CoreNlpModels.fingerprint(config.nlp().languages()));
    v.put("lingua_version", slant.input.LanguageDetection.LINGUA_VERSION);
    v.put("ok", ok);
    StructType schema = SparkSchemas.schema(Tables.RUNS);
    Row row = SparkSchemas.row(schema, v);
    spark.createDataFrame(List.of(row), schema).coalesce(1).write().mode(SaveMode.Append)
        .parquet(Tables.RUNS.path(r.outputPath()));
    Map<String, Object> json = new LinkedHashMap<>(v);
    json.put("started_at", started.toString());
    json.put("finished_at", finished.toString());
    json.put("rejected_by_reason", r.rejectsByReason());
    json.putAll(extra);
    json.remove("config_json");
    json.put("config", configJson);
    try {
      Path p = new Path(r.outputPath() + "/_runs/" + r.runId() + ".json");
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (FSDataOutputStream os = fs.create(p, true)) {
        os.write(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot write run manifest: " + e.getMessage(), e);
    }
  }

  /** The git commit this build was made from, or "unknown" ({@link CodeVersion}). */
  public static String codeVersion() {
    return CodeVersion.get();
  }

  /** Holds nothing; creates broadcasts from a session (keeps JavaSparkContext use in one place). */
  static final class JavaSparkContextHolder {
    private JavaSparkContextHolder() {}

    static <T> Broadcast<T> broadcast(SparkSession spark, T value) {
      return org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(value);
    }
  }
}
