package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import slant.config.SlantConfig;

/**
 * The voices of the period tables in local Spark: a mention in reported speech adds its {@code outlet_evidence} (the
 * outlet's own naming of the actor) to the article's outlet value, as {@code article_actor} does, without counting
 * there as a mention; its full evidence stays the quoted voice's.
 */
class AggregateVoicesTest extends SparkTestBase {

  private static final StructType MENTIONS = new StructType()
      .add("article_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("actor_id", DataTypes.StringType).add("actor_name", DataTypes.StringType)
      .add("actor_type", DataTypes.StringType).add("voice", DataTypes.StringType)
      .add("evidence", DataTypes.DoubleType).add("outlet_evidence", DataTypes.DoubleType)
      .add("tone_polarity", DataTypes.StringType).add("labels", DataTypes.createArrayType(DataTypes.StringType))
      .add("is_wire", DataTypes.BooleanType).add("period_start", DataTypes.DateType)
      .add("granularity", DataTypes.StringType);

  private static final StructType ARTICLES = new StructType()
      .add("article_id", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("is_wire", DataTypes.BooleanType).add("period_start", DataTypes.DateType)
      .add("granularity", DataTypes.StringType);

  @Test
  void theOutletsNamingInReportedSpeechCountsForTheOutletVoiceButNotAsItsMention() {
    Date day = Date.valueOf("2024-06-18");
    // one article: an outlet-voice mention (evidence -0.2) and one in reported speech whose label is the reporter's
    // (evidence -1.5 in the speaker's voice, of it -0.9 the outlet's naming)
    Dataset<Row> m = spark.createDataFrame(List.of(
        RowFactory.create("a1", "blatt", "Q1", "IS", "group", "outlet", -0.2, -0.2, "negative", List.of(), false, day,
            "day"),
        RowFactory.create("a1", "blatt", "Q1", "IS", "group", "quoted", -1.5, -0.9, "neutral", List.of("Miliz"),
            false, day, "day")), MENTIONS);
    Dataset<Row> a = spark.createDataFrame(List.of(RowFactory.create("a1", "blatt", false, day, "day")), ARTICLES);
    List<Row> cells = Aggregates.compute(m, a, SlantConfig.defaults(), "r1")
        .filter("content_scope = 'all'").orderBy("voice").collectAsList();
    assertEquals(List.of("all", "outlet", "quoted"), cells.stream().map(r -> r.getString(r.fieldIndex("voice")))
        .toList());
    Row all = cells.get(0);
    Row outlet = cells.get(1);
    Row quoted = cells.get(2);
    assertEquals(Math.tanh(-1.1), outlet.getDouble(outlet.fieldIndex("sentiment_mean")), 1e-12);
    assertEquals(1L, outlet.getLong(outlet.fieldIndex("n_mentions")));
    assertEquals(-1.0, outlet.getDouble(outlet.fieldIndex("tone_mean")), 1e-12, "the outlet mention's tone only");
    assertEquals(Math.tanh(-1.5), quoted.getDouble(quoted.fieldIndex("sentiment_mean")), 1e-12);
    assertEquals(1L, quoted.getLong(quoted.fieldIndex("n_mentions")));
    assertEquals(Math.tanh(-1.7), all.getDouble(all.fieldIndex("sentiment_mean")), 1e-12);
    assertEquals(2L, all.getLong(all.fieldIndex("n_mentions")));
  }
}
