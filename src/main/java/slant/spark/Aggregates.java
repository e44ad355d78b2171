package slant.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import slant.config.SlantConfig;
import slant.stats.Bootstrap;
import slant.stats.PeriodCell;
import slant.stats.PeriodCell.Granularity;
import slant.tables.TableDef;
import slant.tables.Tables;

/**
 * The period tables (day, ISO week, month): recomputed for every period a run touched, from the row-level tables
 * as they stand after the run's writes (so articles of the same week from other nights count too), then written
 * with dynamic partition overwrite.
 *
 * <p>Per cell (outlet × actor × period × voice × content scope): the article-level actor sentiment (the net of the
 * actor's mentions' evaluation polarities in that voice: (positive − negative) / mentions) is the unit, and beside it
 * the article-level tone (the same over the mentions' tone polarities, mean and shares only); the 95 % interval resamples articles ({@link Bootstrap}, seeded per
 * cell); the relative slant compares the outlet's articles with all other outlets' articles in the same actor,
 * period, voice and scope cell. Everything runs in Spark; only per-cell arrays of article values are grouped.
 */
final class Aggregates {

  private Aggregates() {}

  private static final StructType STATS = new StructType()
      .add("outlet", DataTypes.StringType).add("actor_id", DataTypes.StringType)
      .add("period_start", DataTypes.DateType).add("voice", DataTypes.StringType)
      .add("content_scope", DataTypes.StringType)
      .add("period", DataTypes.StringType)
      .add("sentiment_mean", DataTypes.DoubleType).add("sentiment_median", DataTypes.DoubleType)
      .add("ci_low", DataTypes.DoubleType).add("ci_high", DataTypes.DoubleType);

  private static final StructType SLANT = new StructType()
      .add("outlet", DataTypes.StringType).add("actor_id", DataTypes.StringType)
      .add("period_start", DataTypes.DateType).add("voice", DataTypes.StringType)
      .add("content_scope", DataTypes.StringType)
      .add("slant", DataTypes.DoubleType).add("slant_ci_low", DataTypes.DoubleType)
      .add("slant_ci_high", DataTypes.DoubleType).add("n_other_articles", DataTypes.LongType);

  /**
   * Recomputes the period tables for the periods containing {@code dates}.
   *
   * @param dates the publication days the run wrote
   */
  static void write(SparkSession spark, SlantConfig config, String out, Set<LocalDate> dates, String runId) {
    if (dates.isEmpty()) {
      return;
    }
    for (Granularity g : Granularity.values()) {
      TableDef def = Tables.PERIOD_TABLES.get(g.ordinal());
      Set<LocalDate> starts = new TreeSet<>();
      for (LocalDate d : dates) {
        starts.add(g.start(d));
      }
      LocalDate from = ((TreeSet<LocalDate>) starts).first();
      LocalDate to = g.end(((TreeSet<LocalDate>) starts).last());
      Dataset<Row> mentions = spark.read().parquet(Tables.MENTIONS.path(out))
          .filter(col(Tables.DATE_COL).between(from, to));
      Dataset<Row> articles = spark.read().parquet(Tables.ARTICLES.path(out))
          .filter(col(Tables.DATE_COL).between(from, to));
      Dataset<Row> table = compute(mentions, articles, g, starts, config, runId);
      String partition = def.partitionBy().get(0);
      SlantJob.write(SlantJob.ordered(table.withColumnRenamed("period_start", partition), def), def, out);
    }
  }

  /**
   * Recomputes the frame tables (day, ISO week, month) for the periods containing the run's days: frame cues by the
   * voice that uses them (and "all"), over all articles and own content; share = mentions carrying the frame /
   * mentions of the actor in that voice, scope and period.
   */
  static void writeFrames(SparkSession spark, String out, Set<LocalDate> dates, String runId) {
    if (dates.isEmpty()) {
      return;
    }
    for (Granularity g : Granularity.values()) {
      TableDef def = Tables.FRAME_TABLES.get(g.ordinal());
      TreeSet<LocalDate> starts = new TreeSet<>();
      for (LocalDate d : dates) {
        starts.add(g.start(d));
      }
      Object[] startValues = starts.stream().map(java.sql.Date::valueOf).toArray();
      Dataset<Row> wire = spark.read().parquet(Tables.ARTICLES.path(out))
          .filter(col(Tables.DATE_COL).between(starts.first(), g.end(starts.last())))
          .select("article_id", "is_wire");
      Dataset<Row> m = spark.read().parquet(Tables.MENTIONS.path(out))
          .filter(col(Tables.DATE_COL).between(starts.first(), g.end(starts.last())))
          .withColumn("period_start", periodStart(g))
          .filter(col("period_start").isin(startValues))
          .join(wire, "article_id")
          .withColumn("mention_key", expr("concat(article_id, ':', cast(start as string))"));
      SlantJob.write(SlantJob.ordered(frameShares(m, g, runId), def), def, out);
    }
  }

  /**
   * The frame-share cells of one granularity from mentions carrying {@code period_start}, {@code is_wire} and a
   * unique {@code mention_key}. The daily table is partitioned by {@code date} (= period_start); the others by
   * {@code period_start}, with a {@code period} label.
   */
  static Dataset<Row> frameShares(Dataset<Row> m, Granularity g, String runId) {
    m = m.withColumn("content_scope", lit("all"))
        .unionByName(m.filter(not(col("is_wire"))).withColumn("content_scope", lit("own")));
    String[] cellKeys = {"outlet", "actor_id", "period_start", "voice", "content_scope"};
    Dataset<Row> byVoice = m.select("outlet", "actor_id", "period_start", "voice", "content_scope", "mention_key");
    Dataset<Row> denominators = byVoice.unionByName(byVoice.withColumn("voice", lit("all")))
        .groupBy("outlet", cellKeys[1], cellKeys[2], cellKeys[3], cellKeys[4])
        .agg(countDistinct("mention_key").as("n_mentions"));
    Dataset<Row> cues = m.select(col("outlet"), col("actor_id"), col("actor_name"), col("period_start"),
            col("content_scope"), col("article_id"), col("mention_key"), explode(col("frames")).as("f"))
        .select(col("outlet"), col("actor_id"), col("actor_name"), col("period_start"), col("content_scope"),
            col("article_id"), col("mention_key"), col("f.voice").as("voice"), col("f.frame").as("frame"),
            col("f.family").as("family"));
    cues = cues.unionByName(cues.withColumn("voice", lit("all")));
    Dataset<Row> table = cues.groupBy("outlet", "actor_id", "period_start", "voice", "content_scope", "frame",
            "family")
        .agg(min("actor_name").as("actor_name"), count(lit(1)).as("count"),
            countDistinct("mention_key").as("n_mentions_framed"), countDistinct("article_id").as("n_articles"))
        .join(denominators, CollectionConverters.asScala(List.of(cellKeys)).toSeq(), "left")
        .withColumn("n_mentions", expr("coalesce(n_mentions, n_mentions_framed)"))
        .withColumn("share", col("n_mentions_framed").divide(col("n_mentions")))
        .withColumn("period", periodLabel(g))
        .withColumn(Tables.RUN_ID, lit(runId));
    return g == Granularity.DAY ? table.withColumnRenamed("period_start", Tables.DATE_COL) : table;
  }

  /** Recomputes {@code actor_labels} for the days, weeks and months containing the run's days. */
  static void writeLabels(SparkSession spark, String out, Set<LocalDate> dates, String runId) {
    if (dates.isEmpty()) {
      return;
    }
    Dataset<Row> all = null;
    for (Granularity g : Granularity.values()) {
      TreeSet<LocalDate> starts = new TreeSet<>();
      for (LocalDate d : dates) {
        starts.add(g.start(d));
      }
      Dataset<Row> labels = spark.read().parquet(Tables.MENTIONS.path(out))
          .filter(col(Tables.DATE_COL).between(starts.first(), g.end(starts.last())))
          .withColumn("period_start", periodStart(g))
          .filter(col("period_start").isin(starts.toArray()))
          .select(col("outlet"), col("actor_id"), col("actor_name"), col("article_id"), col("period_start"),
              explode(col("labels")).as("label"))
          .groupBy("outlet", "actor_id", "period_start", "label")
          .agg(min("actor_name").as("actor_name"), count(lit(1)).as("count"),
              countDistinct("article_id").as("n_articles"))
          .withColumn("granularity", lit(g.name().toLowerCase(java.util.Locale.ROOT)))
          .withColumn("period", periodLabel(g));
      all = all == null ? labels : all.unionByName(labels);
    }
    SlantJob.write(SlantJob.ordered(all.withColumn(Tables.RUN_ID, lit(runId)), Tables.ACTOR_LABELS),
        Tables.ACTOR_LABELS, out);
  }

  /** The period label in SQL, as {@link Granularity#label}: ISO week-based year is the year of the week's Thursday. */
  private static org.apache.spark.sql.Column periodLabel(Granularity g) {
    return switch (g) {
      case DAY -> expr("date_format(period_start, 'yyyy-MM-dd')");
      case WEEK -> expr("concat(year(date_add(period_start, 3)), '-W', lpad(cast(weekofyear(period_start) as string), 2, '0'))");
      case MONTH -> expr("date_format(period_start, 'yyyy-MM')");
    };
  }

  private static org.apache.spark.sql.Column periodStart(Granularity g) {
    return switch (g) {
      case DAY -> col(Tables.DATE_COL);
      case WEEK -> expr("date_sub(date, (dayofweek(date) + 5) % 7)"); // back to Monday (dayofweek: Sunday = 1)
      case MONTH -> expr("trunc(date, 'MM')");
    };
  }

  static Dataset<Row> compute(Dataset<Row> mentions, Dataset<Row> articles, Granularity g, Set<LocalDate> starts,
      SlantConfig config, String runId) {
    double band = config.sentiment().neutralBand();
    int samples = config.analytics().bootstrapSamples();
    long seed = config.analytics().seed();
    Object[] startValues = starts.toArray();

    Dataset<Row> wire = articles.select(col("article_id"), col("is_wire"));
    // mention level, each mention once in its own voice and once in "all"; both content scopes
    Dataset<Row> m = mentions.select("article_id", "outlet", "actor_id", "actor_name", "actor_type", "voice",
            "evidence", "tone_polarity", "labels", Tables.DATE_COL)
        .join(wire, "article_id")
        .withColumn("period_start", periodStart(g))
        .filter(col("period_start").isin(startValues));
    m = m.unionByName(m.withColumn("voice", lit("all")));
    m = m.withColumn("content_scope", lit("all"))
        .unionByName(m.filter(not(col("is_wire"))).withColumn("content_scope", lit("own")));

    String[] cell = {"outlet", "actor_id", "actor_type", "period_start", "voice", "content_scope"};
    Dataset<Row> perArticle = m.groupBy("article_id", cell)
        .agg(min("actor_name").as("actor_name"), count(lit(1)).as("n_mentions"),
            // the evaluation, as ArticleAnalyzer: the mentions' evidence summed (label) and its tanh (value)
            sum("evidence").as("e"),
            // the tone the same way, from the mentions' tone polarities
            avg(when(col("tone_polarity").equalTo("positive"), 1.0)
                .when(col("tone_polarity").equalTo("negative"), -1.0).otherwise(0.0)).as("t"));
    // the article's evaluation label (ArticleAnalyzer.polarityOf): the summed evidence against sentiment.min_evidence
    double minEvidence = config.sentiment().minEvidence();
    perArticle = perArticle.withColumn("s", expr("tanh(e)"))
        .withColumn("pol", when(col("e").leq(-minEvidence).and(col("e").lt(0)), -1)
            .when(col("e").geq(slant.score.ArticleAnalyzer.POSITIVE_FACTOR * minEvidence).and(col("e").gt(0)), 1)
            .otherwise(0))
        .withColumn("tpol", when(col("t").gt(band), 1).when(col("t").lt(-band), -1).otherwise(0));

    Dataset<Row> cells = perArticle.groupBy(col("outlet"), col("actor_id"), col("actor_type"), col("period_start"),
            col("voice"), col("content_scope"))
        .agg(min("actor_name").as("actor_name"), count(lit(1)).as("n_articles"),
            sum("n_mentions").as("n_mentions"),
            avg(when(col("pol").equalTo(-1), 1.0).otherwise(0.0)).as("share_negative"),
            avg(when(col("pol").equalTo(0), 1.0).otherwise(0.0)).as("share_neutral"),
            avg(when(col("pol").equalTo(1), 1.0).otherwise(0.0)).as("share_positive"),
            sum(when(col("pol").equalTo(1), 1L).otherwise(0L)).as("n_pos"),
            sum(when(col("pol").equalTo(-1), 1L).otherwise(0L)).as("n_neg"),
            avg("t").as("tone_mean"),
            avg(when(col("tpol").equalTo(-1), 1.0).otherwise(0.0)).as("tone_share_negative"),
            avg(when(col("tpol").equalTo(1), 1.0).otherwise(0.0)).as("tone_share_positive"),
            array_sort(collect_list("s")).as("values"));

    Dataset<Row> stats = cells.select("outlet", "actor_id", "period_start", "voice", "content_scope", "values")
        .map((MapFunction<Row, Row>) r -> {
          double[] v = toArray(r.getList(5));
          String key = r.getString(0) + "|" + r.getString(1) + "|" + r.get(2) + "|" + r.getString(3) + "|"
              + r.getString(4);
          PeriodCell.Stats st = PeriodCell.stats(v, samples, Bootstrap.cellSeed(seed, key));
          LocalDate start = r.getAs(2) instanceof LocalDate ld ? ld : ((java.sql.Date) r.get(2)).toLocalDate();
          return RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), g.label(start), st.mean(),
              st.median(), st.ciLow(), st.ciHigh());
        }, ExpressionEncoder.apply(STATS));

    Dataset<Row> slant = cells.groupBy("actor_id", "period_start", "voice", "content_scope")
        .agg(collect_list(struct(col("outlet"), col("values"))).as("outlets"))
        .flatMap((FlatMapFunction<Row, Row>) r -> slantRows(r, samples, seed).iterator(),
            ExpressionEncoder.apply(SLANT));

    Dataset<Row> outletTotals = articles.withColumn("period_start", periodStart(g))
        .filter(col("period_start").isin(startValues))
        .select(col("outlet"), col("period_start"), col("article_id"), col("is_wire"));
    outletTotals = outletTotals.withColumn("content_scope", lit("all"))
        .unionByName(outletTotals.filter(not(col("is_wire"))).withColumn("content_scope", lit("own")))
        .groupBy("outlet", "period_start", "content_scope").agg(countDistinct("article_id").as("n_outlet_articles"));
    Dataset<Row> attention = cells.filter(col("voice").equalTo("all"))
        .select(col("outlet"), col("actor_id"), col("period_start"), col("content_scope"),
            col("n_articles").as("n_any_voice"));

    Dataset<Row> labels = m.select(col("outlet"), col("actor_id"), col("period_start"), col("voice"),
            col("content_scope"), explode(col("labels")).as("label"))
        .groupBy("outlet", "actor_id", "period_start", "voice", "content_scope", "label").count()
        .groupBy("outlet", "actor_id", "period_start", "voice", "content_scope")
        .agg(expr("transform(slice(array_sort(collect_list(struct(-count as c, label as l))), 1, 3), x -> x.l)")
            .as("top_labels"));

    String[] key = {"outlet", "actor_id", "period_start", "voice", "content_scope"};
    Dataset<Row> joined = cells.drop("values", "n_pos", "n_neg")
        .join(stats, scala.jdk.javaapi.CollectionConverters.asScala(List.of(key)).toSeq())
        .join(slant, CollectionConverters.asScala(List.of(key)).toSeq(), "left")
        .join(attention, CollectionConverters.asScala(List.of("outlet", "actor_id", "period_start",
            "content_scope")).toSeq(), "left")
        .join(outletTotals, CollectionConverters.asScala(List.of("outlet", "period_start", "content_scope")).toSeq(),
            "left")
        .join(labels, CollectionConverters.asScala(List.of(key)).toSeq(), "left");
    Dataset<Row> logit = cells.select(col("outlet"), col("actor_id"), col("period_start"), col("voice"),
        col("content_scope"), col("n_pos"), col("n_neg"));
    return joined.join(logit, CollectionConverters.asScala(List.of(key)).toSeq())
        .withColumn("logit_scale", expr("ln((n_pos + 0.5) / (n_neg + 0.5))"))
        .withColumn("attention_share", col("n_any_voice").divide(col("n_outlet_articles")))
        .withColumn("n_other_articles", expr("coalesce(n_other_articles, 0L)"))
        .withColumn("top_labels", expr("coalesce(top_labels, array())"))
        .withColumn("low_n", col("n_articles").lt(config.analytics().minArticles()))
        .withColumn(Tables.RUN_ID, lit(runId));
  }

  /** One slant row per outlet of an actor × period × voice × scope group with at least one other outlet. */
  static List<Row> slantRows(Row group, int samples, long seed) {
    List<Row> outlets = group.getList(4);
    List<Row> out = new ArrayList<>();
    for (Row o : outlets) {
      List<Double> others = new ArrayList<>();
      for (Row p : outlets) {
        if (!p.getString(0).equals(o.getString(0))) {
          others.addAll(p.getList(1));
        }
      }
      if (others.isEmpty()) {
        continue;
      }
      double[] mine = toArray(o.getList(1));
      double[] rest = others.stream().mapToDouble(Double::doubleValue).toArray();
      String key = o.getString(0) + "|" + group.getString(0) + "|" + group.get(1) + "|" + group.getString(2) + "|"
          + group.getString(3) + "|slant";
      Bootstrap.Interval ci = Bootstrap.differenceCi(mine, rest, samples, Bootstrap.cellSeed(seed, key));
      out.add(RowFactory.create(o.getString(0), group.getString(0), group.get(1), group.getString(2),
          group.getString(3), ci.estimate(), ci.low(), ci.high(), (long) rest.length));
    }
    return out;
  }

  private static double[] toArray(List<?> values) {
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ((Number) values.get(i)).doubleValue();
    }
    return v;
  }

}
