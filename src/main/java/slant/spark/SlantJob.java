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
import slant.config.ConfigLoader;
import slant.config.SlantConfig;
import slant.input.ArticleValidator;
import slant.input.RawRecord;
import slant.input.Reasons;
import slant.nlp.AnnotatorFactory;
import slant.nlp.CoreNlpAnnotator;
import slant.score.AnalysisSetup;
import slant.score.ArticleAnalyzer;
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

  /** What a finished run reports. */
  public record Result(String runId, String outputPath, long read, long accepted, long rejected, long outOfRange,
      long mentions, Map<String, Long> rejectsByReason, long scored, long sentencesSkippedLong) {}

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

  public static Result run(SparkSession spark, SlantConfig config, AnnotatorFactory annotators) {
    Instant started = Instant.now();
    configure(spark, config);
    String configJson = ConfigLoader.toCanonicalJson(config);
    String configHash = ConfigLoader.hash(config);
    LOG.info("Slant effective configuration: {}", configJson);
    AnalysisSetup setup = AnalysisSetup.load(config);
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + configHash.substring(0, 8);
    String batch = batchOf(config);
    String out = config.output().path();

    Dataset<Row> raw = InputReader.read(spark, config.input(), config.run());
    Dataset<Row> validated = validate(raw, config).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> accepted = validated.filter(col("status").equalTo("accepted"));
    // Duplicate ids: the first by (source_file, source_line) is kept, the others are rejected.
    Dataset<Row> ranked = accepted.withColumn("__rank", row_number().over(
        Window.partitionBy("article.id").orderBy(col("source_file"), col("source_line"))));
    Dataset<Row> unique = ranked.filter(col("__rank").equalTo(1)).drop("__rank");
    Dataset<Row> duplicates = ranked.filter(col("__rank").gt(1)).drop("__rank");

    Broadcast<ArticleAnalyzer> analyzer = JavaSparkContextHolder.broadcast(spark, setup.analyzer());
    Dataset<Row> toAnalyze = config.spark().analysisPartitions() > 0
        ? unique.repartition(config.spark().analysisPartitions(), col("article.id")) : unique;
    Dataset<Row> analysed = toAnalyze.mapPartitions(
        new AnalyzePartition(annotators, config, analyzer), ExpressionEncoder.apply(AnalyzePartition.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> rejects = rejectsTable(validated, duplicates, analysed, runId, batch);
    Dataset<Row> wire = Dedup.detect(spark, unique.select(col("article.id").as("article_id"),
        col("article.outlet").as("outlet"), col("article.title").as("title"), col("article.text").as("text")),
        config.analytics());
    Dataset<Row> articles = analysed.filter(col("ok"))
        .select(col("article.*")).join(wire, "article_id").withColumn(Tables.RUN_ID, lit(runId));
    Dataset<Row> mentions = analysed.filter(col("ok")).select(explode(col("mentions")).as("m"))
        .select(col("m.*")).withColumn(Tables.RUN_ID, lit(runId));
    Dataset<Row> articleActor = analysed.filter(col("ok")).select(explode(col("actors")).as("a"))
        .select(col("a.*")).withColumn(Tables.RUN_ID, lit(runId));

    write(ordered(articles, Tables.ARTICLES), Tables.ARTICLES, out);
    write(ordered(rejects, Tables.REJECTS), Tables.REJECTS, out);
    write(ordered(mentions, Tables.MENTIONS), Tables.MENTIONS, out);
    write(ordered(articleActor, Tables.ARTICLE_ACTOR), Tables.ARTICLE_ACTOR, out);
    java.util.Set<LocalDate> dates = new java.util.TreeSet<>();
    for (Row r : articles.select(Tables.DATE_COL).distinct().collectAsList()) {
      dates.add(r.getAs(0) instanceof LocalDate d ? d : ((java.sql.Date) r.get(0)).toLocalDate());
    }
    Aggregates.write(spark, config, out, dates, runId);
    Aggregates.writeFrames(spark, out, dates, runId);
    Aggregates.writeLabels(spark, out, dates, runId);

    long nRead = validated.filter(col("status").notEqual("out_of_range")).count();
    long nOut = validated.filter(col("status").equalTo("out_of_range")).count();
    long nAccepted = analysed.filter(col("ok")).count();
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Row r : rejects.groupBy("reason").count().orderBy("reason").collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    long nRejected = byReason.values().stream().mapToLong(Long::longValue).sum();
    long nMentions = mentions.count();
    Row extra = analysed.filter(col("ok")).agg(
        sum(expr("case when size(actors) > 0 then 1 else 0 end")), sum(col("n_sentences_long"))).first();
    boolean balanced = nRead == nAccepted + nRejected;
    Result result = new Result(runId, out, nRead, nAccepted, nRejected, nOut, nMentions, byReason,
        extra.isNullAt(0) ? 0 : extra.getLong(0), extra.isNullAt(1) ? 0 : extra.getLong(1));
    writeManifest(spark, config, result, started, batch, configJson, configHash, setup, balanced);
    validated.unpersist();
    analysed.unpersist();
    if (!balanced) {
      throw new IllegalStateException("run " + runId + ": read " + nRead + " != accepted " + nAccepted
          + " + rejected " + nRejected);
    }
    LOG.info("Slant run {} finished: read {}, accepted {}, rejected {} {}, mentions {}", runId, nRead, nAccepted,
        nRejected, byReason, nMentions);
    return result;
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

  /** Writes a table: partitions present in {@code df} are replaced, the others kept (dynamic overwrite). */
  static void write(Dataset<Row> df, TableDef def, String out) {
    var writer = df.write().mode(SaveMode.Overwrite);
    if (!def.partitionBy().isEmpty()) {
      writer = writer.partitionBy(def.partitionBy().toArray(String[]::new));
    }
    writer.parquet(def.path(out));
  }

  private static void writeManifest(SparkSession spark, SlantConfig config, Result r, Instant started, String batch,
      String configJson, String configHash, AnalysisSetup setup, boolean ok) {
    Instant finished = Instant.now();
    Map<String, Object> v = new HashMap<>();
    v.put(Tables.RUN_ID, r.runId());
    v.put("started_at", started);
    v.put("finished_at", finished);
    v.put("batch", batch);
    v.put("input_path", config.input().path());
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

  public static String codeVersion() {
    String v = SlantJob.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** Holds nothing; creates broadcasts from a session (keeps JavaSparkContext use in one place). */
  static final class JavaSparkContextHolder {
    private JavaSparkContextHolder() {}

    static <T> Broadcast<T> broadcast(SparkSession spark, T value) {
      return org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(value);
    }
  }
}
