package slant.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.jdk.javaapi.CollectionConverters;
import slant.config.SlantConfig;
import slant.stats.Bootstrap;
import slant.stats.FrameCells;
import slant.stats.PeriodCells;
import slant.stats.PeriodCell.Granularity;
import slant.tables.TableDef;
import slant.tables.Tables;
import slant.voice.VoiceMap;

/**
 * The period tables (day, ISO week, month), the frame tables and {@code actor_labels}: recomputed for every period a
 * run touched, from the row-level tables as they stand after the run's writes (so articles of the same week from
 * other nights count too), then written with dynamic partition overwrite.
 *
 * <p>Per cell (outlet × actor × period × voice × content scope): the article-level actor evaluation (tanh of the
 * summed evidence of the actor's mentions in that voice) is the unit, and beside it the article-level tone (the mean
 * of the mentions' tone polarities; mean and shares only); the 95 % interval resamples articles ({@link Bootstrap},
 * seeded per cell); the relative slant compares the outlet's articles with all other outlets' articles in the same
 * actor, period, voice and scope cell. Formulas: {@link PeriodCells}, {@link FrameCells}, docs/tables.md.
 *
 * <p>Cost (docs/performance.md): the rows come from the run's own (cached) rows plus the stored rows of the other
 * days of the touched periods, read by partition path (none in a backfill, at most a month's in a nightly run);
 * every row is tagged with its day, week and month ({@link #inPeriods}); one aggregation gives the article values,
 * and one {@code groupByKey} per table family hands each actor-period to pure Java, which computes all its cells of
 * all granularities; each family's result is cached and written per granularity. The number of Spark jobs therefore
 * does not grow with the number of periods, and no plan embeds a list of periods.
 */
final class Aggregates {

  private Aggregates() {}

  /** The granularity column's values (as in {@code actor_labels.granularity}). */
  static String name(Granularity g) {
    return g.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static final StructType PERIODS = new StructType()
      .add("granularity", DataTypes.StringType, false).add("period_start", DataTypes.DateType, false);

  /** The mention columns the period, frame and label tables read. */
  private static final String[] MENTION_COLS = {"article_id", "outlet", "actor_id", "actor_name", "actor_type",
      "voice", "evidence", "outlet_evidence", "tone_polarity", "labels", "frames", "start", Tables.DATE_COL};

  /** The article columns they read. */
  private static final String[] ARTICLE_COLS = {"article_id", "outlet", "is_wire", Tables.DATE_COL};

  /**
   * Recomputes the period, frame and label tables for the periods containing {@code dates}.
   *
   * @param runMentions the run's mention rows as written (columns of {@link Tables#MENTIONS})
   * @param runArticles the run's article rows as written (columns of {@link Tables#ARTICLES})
   * @param dates the publication days the run wrote (exactly the days of those rows)
   * @param progress names each step in the progress lines
   */
  static void writeAll(SparkSession spark, SlantConfig config, String out, Dataset<Row> runMentions,
      Dataset<Row> runArticles, Set<LocalDate> dates, String runId, RunProgress progress) {
    if (dates.isEmpty()) {
      return;
    }
    progress.step("period rows");
    Map<Granularity, TreeSet<LocalDate>> starts = touchedPeriods(dates);
    List<Row> periodRows = new ArrayList<>();
    starts.forEach((g, ss) -> ss.forEach(s -> periodRows.add(RowFactory.create(name(g), java.sql.Date.valueOf(s)))));
    Dataset<Row> periods = spark.createDataFrame(periodRows, PERIODS);

    Dataset<Row> mentions = runMentions.select(cols(MENTION_COLS));
    Dataset<Row> articles = runArticles.select(cols(ARTICLE_COLS));
    Set<LocalDate> otherDays = otherDays(starts, dates);
    if (!otherDays.isEmpty()) {
      mentions = mentions.unionByName(stored(spark, Tables.MENTIONS, out, otherDays).select(cols(MENTION_COLS)));
      articles = articles.unionByName(stored(spark, Tables.ARTICLES, out, otherDays).select(cols(ARTICLE_COLS)));
    }
    Dataset<Row> a = inPeriods(articles, periods);
    // not cached: the three table families read it side by side from the run's cached rows
    Dataset<Row> m = inPeriods(mentions.join(articles.select("article_id", "is_wire"), "article_id"), periods)
        .withColumn("mention_key", expr("concat(article_id, ':', cast(start as string))"));
    progress.step("period, frame and label tables");
    SlantJob.inParallel(List.of(
        () -> writeByGranularity(compute(m, a, config, runId), Tables.PERIOD_TABLES, out),
        () -> writeByGranularity(frameShares(m, runId), Tables.FRAME_TABLES, out),
        () -> SlantJob.write(SlantJob.ordered(labels(m).withColumn(Tables.RUN_ID, lit(runId)),
            Tables.ACTOR_LABELS), Tables.ACTOR_LABELS, out)));
  }

  /** The first days of the day, week and month periods containing {@code dates}. */
  static Map<Granularity, TreeSet<LocalDate>> touchedPeriods(Set<LocalDate> dates) {
    Map<Granularity, TreeSet<LocalDate>> starts = new java.util.EnumMap<>(Granularity.class);
    for (Granularity g : Granularity.values()) {
      TreeSet<LocalDate> ss = new TreeSet<>();
      for (LocalDate d : dates) {
        ss.add(g.start(d));
      }
      starts.put(g, ss);
    }
    return starts;
  }

  /** The days of the touched periods the run did not write: their rows come from the stored tables. */
  static TreeSet<LocalDate> otherDays(Map<Granularity, TreeSet<LocalDate>> starts, Set<LocalDate> dates) {
    TreeSet<LocalDate> days = new TreeSet<>();
    starts.forEach((g, ss) -> {
      for (LocalDate s : ss) {
        for (LocalDate d = s; !d.isAfter(g.end(s)); d = d.plusDays(1)) {
          if (!dates.contains(d)) {
            days.add(d);
          }
        }
      }
    });
    return days;
  }

  /**
   * A row table's stored rows of {@code days}: the partition folders of those days are found with one directory
   * listing and read by path, so neither the table's size nor its number of partitions matters (an absent table
   * or day has no rows).
   */
  private static Dataset<Row> stored(SparkSession spark, TableDef def, String out, Set<LocalDate> days) {
    StructType schema = SparkSchemas.schema(def);
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(def.path(out));
    List<String> paths = new ArrayList<>();
    try {
      org.apache.hadoop.fs.FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(root)) {
        Set<String> wanted = new java.util.HashSet<>();
        for (LocalDate d : days) {
          wanted.add(Tables.DATE_COL + "=" + d);
        }
        for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(root)) {
          if (st.isDirectory() && wanted.contains(st.getPath().getName())) {
            paths.add(st.getPath().toString());
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot list " + root + ": " + e.getMessage(), e);
    }
    if (paths.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    java.util.Collections.sort(paths);
    return spark.read().schema(schema).option("basePath", root.toString()).parquet(paths.toArray(String[]::new));
  }

  private static org.apache.spark.sql.Column[] cols(String[] names) {
    return java.util.Arrays.stream(names).map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /**
   * Each row once per granularity, with its {@code granularity} and {@code period_start}, kept when that period is
   * one of {@code periods} (a small table, joined by broadcast).
   */
  static Dataset<Row> inPeriods(Dataset<Row> rows, Dataset<Row> periods) {
    return rows.withColumn("__p", explode(expr("array("
            + "named_struct('granularity', 'day', 'period_start', date), "
            // back to Monday (dayofweek: Sunday = 1)
            + "named_struct('granularity', 'week', 'period_start', date_sub(date, (dayofweek(date) + 5) % 7)), "
            + "named_struct('granularity', 'month', 'period_start', trunc(date, 'MM')))")))
        .withColumn("granularity", col("__p.granularity"))
        .withColumn("period_start", col("__p.period_start"))
        .drop("__p")
        .join(broadcast(periods), CollectionConverters.asScala(List.of("granularity", "period_start")).toSeq());
  }

  /**
   * Caches one granularity-tagged result and writes its day, week and month parts to {@code tables} (in
   * {@link Granularity} order). The daily tables are partitioned by {@code date} (= period_start).
   */
  private static void writeByGranularity(Dataset<Row> table, List<TableDef> tables, String out) {
    Dataset<Row> cached = table.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      for (Granularity g : Granularity.values()) {
        TableDef def = tables.get(g.ordinal());
        Dataset<Row> part = cached.filter(col("granularity").equalTo(name(g)));
        if (g == Granularity.DAY) {
          part = part.withColumnRenamed("period_start", Tables.DATE_COL);
        }
        SlantJob.write(SlantJob.ordered(part, def), def, out);
      }
    } finally {
      cached.unpersist();
    }
  }

  /** The frame tables' columns (without run_id) plus {@code granularity}; period_start as in weekly/monthly. */
  private static final StructType FRAME_ROW = SparkSchemas.schemaWithout(Tables.OUTLET_ACTOR_FRAMES_WEEKLY,
      Tables.RUN_ID).add("granularity", DataTypes.StringType);

  /**
   * The frame-share cells of all granularities from granularity-tagged mentions carrying {@code is_wire} and a
   * unique {@code mention_key}: one group per actor and period, its cells from {@link FrameCells#cells}.
   */
  static Dataset<Row> frameShares(Dataset<Row> m, String runId) {
    Dataset<Row> rows = m.select(col("actor_id"), col("granularity"), col("period_start"), col("article_id"),
        col("mention_key"), col("outlet"), col("voice"), col("is_wire"), col("actor_name"),
        expr("transform(frames, f -> struct(f.voice as voice, f.frame as frame, f.family as family))").as("frames"));
    return rows.groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "|" + r.getString(1) + "|" + r.get(2),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, it) -> {
          List<FrameCells.MentionFrames> ms = new ArrayList<>();
          Row first = null;
          while (it.hasNext()) {
            Row r = it.next();
            first = first == null ? r : first;
            List<FrameCells.FrameUse> uses = new ArrayList<>();
            for (Row f : CollectionConverters.asJava(r.<Row>getSeq(9))) {
              uses.add(new FrameCells.FrameUse(f.getString(0), f.getString(1), f.getString(2)));
            }
            ms.add(new FrameCells.MentionFrames(r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getBoolean(7), r.getString(8), uses));
          }
          String actor = first.getString(0);
          String granularity = first.getString(1);
          Object start = first.get(2);
          String period = periodLabel(granularity, start);
          List<Row> out = new ArrayList<>();
          for (FrameCells.Cell c : FrameCells.cells(ms)) {
            Map<String, Object> v = new HashMap<>();
            v.put("outlet", c.outlet());
            v.put("actor_id", actor);
            v.put("actor_name", c.actorName());
            v.put("period", period);
            v.put("voice", c.voice());
            v.put("content_scope", c.scope());
            v.put("frame", c.frame());
            v.put("family", c.family());
            v.put("count", c.count());
            v.put("n_mentions_framed", c.nMentionsFramed());
            v.put("n_mentions", c.nMentions());
            v.put("share", c.share());
            v.put("n_articles", c.nArticles());
            v.put("period_start", start);
            v.put("granularity", granularity);
            out.add(SparkSchemas.row(FRAME_ROW, v));
          }
          return out.iterator();
        }, ExpressionEncoder.apply(FRAME_ROW))
        .withColumn(Tables.RUN_ID, lit(runId));
  }

  /** The period label of a group's period_start, as {@link Granularity#label} ("2024-W25"). */
  private static String periodLabel(String granularity, Object start) {
    return Granularity.valueOf(granularity.toUpperCase(java.util.Locale.ROOT)).label(SparkSchemas.localDate(start));
  }

  /** {@code actor_labels} rows of all granularities from granularity-tagged mentions. */
  static Dataset<Row> labels(Dataset<Row> m) {
    return m.select(col("outlet"), col("actor_id"), col("actor_name"), col("article_id"), col("period_start"),
            col("granularity"), explode(col("labels")).as("label"))
        .groupBy("outlet", "actor_id", "period_start", "granularity", "label")
        .agg(min("actor_name").as("actor_name"), count(lit(1)).as("count"),
            countDistinct("article_id").as("n_articles"))
        .withColumn("period", periodLabel());
  }

  /** The period label in SQL, as {@link Granularity#label}: ISO week-based year is the year of the week's Thursday. */
  private static org.apache.spark.sql.Column periodLabel() {
    return when(col("granularity").equalTo("day"), expr("date_format(period_start, 'yyyy-MM-dd')"))
        .when(col("granularity").equalTo("week"), expr("concat(year(date_add(period_start, 3)), '-W', "
            + "lpad(cast(weekofyear(period_start) as string), 2, '0'))"))
        .otherwise(expr("date_format(period_start, 'yyyy-MM')"));
  }

  /** One article's values for one actor in one voice and period ({@link PeriodCells.ArticleValue}), in Spark. */
  private static final StructType ARTICLE_VALUES = new StructType()
      .add("article_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("actor_id", DataTypes.StringType).add("period_start", DataTypes.DateType)
      .add("granularity", DataTypes.StringType).add("voice", DataTypes.StringType)
      .add("is_wire", DataTypes.BooleanType).add("actor_name", DataTypes.StringType)
      .add("actor_type", DataTypes.StringType).add("n_mentions", DataTypes.LongType)
      .add("e", DataTypes.DoubleType).add("t", DataTypes.DoubleType)
      .add("labels", DataTypes.createArrayType(DataTypes.StringType));

  /** The period tables' columns (without run_id) plus {@code granularity}; period_start as in weekly/monthly. */
  private static final StructType PERIOD_ROW = SparkSchemas.schemaWithout(Tables.OUTLET_ACTOR_WEEKLY, Tables.RUN_ID)
      .add("granularity", DataTypes.StringType);

  /**
   * The period-table cells of all granularities, in three Spark steps: the article values per actor, voice and
   * period (one aggregation over the mentions), the outlets' article counts per period (collected and broadcast:
   * one number per outlet, period and scope), and every cell of an actor-period from one group
   * ({@link PeriodCells#cells}).
   *
   * @param m granularity-tagged mentions with {@code is_wire} ({@link #inPeriods})
   * @param a granularity-tagged articles (outlet totals)
   */
  static Dataset<Row> compute(Dataset<Row> m, Dataset<Row> a, SlantConfig config, String runId) {
    PeriodCells.Params params = new PeriodCells.Params(config.analytics().bootstrapSamples(),
        config.analytics().seed(), config.sentiment().neutralBand(), config.sentiment().minEvidence(),
        slant.analysis.ArticleAnalyzer.POSITIVE_FACTOR, config.analytics().minArticles());

    // each mention once in its own voice and once in "all"; a mention in reported speech whose naming is the
    // reporter's (outlet_evidence, ArticleAnalyzer.reporterWordingEvidence) adds that evidence to the outlet voice as
    // well, without counting there as a mention or a tone
    Dataset<Row> own = m.select("article_id", "outlet", "actor_id", "actor_name", "actor_type", "voice", "evidence",
        "outlet_evidence", "tone_polarity", "labels", "is_wire", "period_start", "granularity")
        .withColumn("own", lit(true));
    Dataset<Row> reporter = own.filter(col("voice").equalTo(VoiceMap.QUOTED).and(col("outlet_evidence").notEqual(0)))
        .withColumn("voice", lit(VoiceMap.OUTLET)).withColumn("evidence", col("outlet_evidence"))
        .withColumn("own", lit(false));
    Dataset<Row> mv = own.unionByName(reporter).unionByName(own.withColumn("voice", lit("all")));
    Dataset<Row> values = mv.groupBy("article_id", "outlet", "actor_id", "period_start", "granularity", "voice",
            "is_wire")
        .agg(min("actor_name").as("actor_name"), min("actor_type").as("actor_type"),
            count(when(col("own"), lit(1))).as("n_mentions"),
            // the evaluation, as ArticleAnalyzer: the mentions' evidence summed
            sum("evidence").as("e"),
            // the tone: the mean of the mentions' tone polarities (0 where the outlet only names the actor in
            // reported speech)
            coalesce(avg(when(col("own"), when(col("tone_polarity").equalTo("positive"), 1.0)
                .when(col("tone_polarity").equalTo("negative"), -1.0).otherwise(0.0))), lit(0.0)).as("t"),
            flatten(collect_list(when(col("own"), col("labels")))).as("labels"))
        .select(cols(ARTICLE_VALUES.fieldNames()));

    Map<String, Long> totals = new HashMap<>();
    for (Row r : a.groupBy("outlet", "granularity", "period_start")
        .agg(countDistinct("article_id").as("n_all"),
            countDistinct(when(not(col("is_wire")), col("article_id"))).as("n_own"))
        .collectAsList()) {
      String k = r.getString(0) + "|" + r.getString(1) + "|" + r.get(2);
      totals.put(k + "|all", r.getLong(3));
      totals.put(k + "|own", r.getLong(4));
    }
    var totalsB = SlantJob.JavaSparkContextHolder.broadcast(m.sparkSession(), totals);

    return values.groupByKey((MapFunction<Row, String>) r -> r.getString(2) + "|" + r.getString(4) + "|" + r.get(3),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> {
          List<PeriodCells.ArticleValue> vs = new ArrayList<>();
          Row first = null;
          while (rows.hasNext()) {
            Row r = rows.next();
            first = first == null ? r : first;
            vs.add(new PeriodCells.ArticleValue(r.getString(0), r.getString(1), r.getString(5), r.getBoolean(6),
                r.getString(7), r.getString(8), r.getLong(9), r.getDouble(10), r.getDouble(11),
                CollectionConverters.asJava(r.<String>getSeq(12))));
          }
          String actor = first.getString(2);
          Object start = first.get(3);
          String granularity = first.getString(4);
          String period = periodLabel(granularity, start);
          Map<String, Long> t = totalsB.value();
          List<Row> out = new ArrayList<>();
          for (PeriodCells.Cell c : PeriodCells.cells(actor, String.valueOf(start), vs, params,
              (outlet, scope) -> t.get(outlet + "|" + granularity + "|" + start + "|" + scope))) {
            out.add(periodRow(actor, start, granularity, period, c));
          }
          return out.iterator();
        }, ExpressionEncoder.apply(PERIOD_ROW))
        .withColumn(Tables.RUN_ID, lit(runId));
  }

  /** A cell as a row of {@link #PERIOD_ROW}. */
  private static Row periodRow(String actor, Object start, String granularity, String period, PeriodCells.Cell c) {
    Map<String, Object> v = new HashMap<>();
    v.put("outlet", c.outlet());
    v.put("actor_id", actor);
    v.put("actor_name", c.actorName());
    v.put("actor_type", c.actorType());
    v.put("period", period);
    v.put("voice", c.voice());
    v.put("content_scope", c.scope());
    v.put("n_articles", c.nArticles());
    v.put("n_mentions", c.nMentions());
    v.put("sentiment_mean", c.stats().mean());
    v.put("sentiment_median", c.stats().median());
    v.put("ci_low", c.stats().ciLow());
    v.put("ci_high", c.stats().ciHigh());
    v.put("share_negative", c.shareNegative());
    v.put("share_neutral", c.shareNeutral());
    v.put("share_positive", c.sharePositive());
    v.put("logit_scale", c.logitScale());
    v.put("n_outlet_articles", c.nOutletArticles());
    v.put("attention_share", c.attentionShare());
    v.put("slant", c.slant());
    v.put("slant_ci_low", c.slantCiLow());
    v.put("slant_ci_high", c.slantCiHigh());
    v.put("n_other_articles", c.nOtherArticles());
    v.put("low_n", c.lowN());
    v.put("top_labels", CollectionConverters.asScala(c.topLabels()).toSeq());
    v.put("tone_mean", c.toneMean());
    v.put("tone_share_negative", c.toneShareNegative());
    v.put("tone_share_positive", c.toneSharePositive());
    v.put("period_start", start);
    v.put("granularity", granularity);
    return SparkSchemas.row(PERIOD_ROW, v);
  }



}
