package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.InputConfig;
import slant.config.OutputConfig;
import slant.config.SlantConfig;
import slant.config.SparkConfig;
import slant.tables.TableDef;
import slant.tables.Tables;
import slant.testing.FakeAnnotator;

/** The whole job in local Spark with the fake annotator: tables, rejects, counts, reruns, date selection. */
class SlantJobTest extends SparkTestBase {

  @TempDir
  static Path tmp;
  static Path input;

  static String article(String id, String outlet, String published, String text) {
    return "{\"id\":\"" + id + "\",\"outlet\":\"" + outlet + "\",\"published_at\":\"" + published
        + "\",\"title\":\"T " + id + "\",\"text\":\"" + text + "\",\"language\":\"de\",\"authors\":[\"A\"]}";
  }

  @BeforeAll
  static void writeInput() throws IOException {
    input = tmp.resolve("in");
    Path d17 = Files.createDirectories(input.resolve("date=2024-06-17"));
    Path d18 = Files.createDirectories(input.resolve("date=2024-06-18"));
    Files.writeString(d17.resolve("a.jsonl"), String.join("\n",
        article("a1", "blatt", "2024-06-17T09:00:00+02:00", "Der brutale Diktator Putin droht. Russland ist isoliert."),
        article("a2", "zeitung", "2024-06-17T10:00:00+02:00", "Putin lobt Kim. Der Kreml ist zufrieden."),
        "{broken json",
        article("a2", "zeitung", "2024-06-17T11:00:00+02:00", "Doppelt."),
        article("a3", "zeitung", "2024-06-17T12:00:00+02:00", "FAIL-ANALYSIS Putin.")), StandardCharsets.UTF_8);
    Files.writeString(d18.resolve("b.jsonl"), String.join("\n",
        article("b1", "blatt", "2024-06-18T09:00:00+02:00", "Die erfolgreiche Ukraine wehrt sich mutig."),
        article("b2", "blatt", "2024-06-18T08:00:00+02:00", "   "),
        article("b3", "zeitung", "2024-06-18T23:30:00+02:00", "Putin ist ein Kriegsverbrecher.")),
        StandardCharsets.UTF_8);
  }

  static SlantConfig config(String out) {
    SlantConfig c = SlantConfig.defaults();
    return c.withInput(new InputConfig(input.toString(), "auto", "de")).withOutput(new OutputConfig(out))
        .withSpark(new SparkConfig("local[2]", 2, 2));
  }

  static Dataset<Row> table(String out, TableDef t) {
    return spark.read().parquet(t.path(out));
  }

  @Test
  void everyRecordIsAnArticleOrARejectAndTablesAreWritten() {
    String out = tmp.resolve("out-all").toString();
    SlantJob.Result r = SlantJob.run(spark, config(out), FakeAnnotator.factory());
    assertEquals(8, r.read());
    assertEquals(4, r.accepted());
    assertEquals(4, r.rejected());
    assertEquals(Map.of("malformed_record", 1L, "duplicate_id", 1L, "analysis_error", 1L, "missing_text", 1L),
        r.rejectsByReason());
    assertEquals(4, table(out, Tables.ARTICLES).count());
    Dataset<Row> rejects = table(out, Tables.REJECTS);
    assertEquals(4, rejects.count());
    Row dup = rejects.filter(col("reason").equalTo("duplicate_id")).first();
    assertEquals(4L, dup.getLong(dup.fieldIndex("source_line")), "the later of the two a2 records is rejected");
    Dataset<Row> mentions = table(out, Tables.MENTIONS);
    assertTrue(mentions.filter(col("actor_id").equalTo("Q7747")).count() >= 3);
    Row putin = mentions.filter(col("article_id").equalTo("a1").and(col("actor_id").equalTo("Q7747"))).first();
    assertTrue(putin.getDouble(putin.fieldIndex("sentiment")) < 0, "brutale Diktator Putin is negative");
    assertEquals("negative", putin.getString(putin.fieldIndex("polarity")));
    assertFalse(putin.getList(putin.fieldIndex("cues")).isEmpty());
    Dataset<Row> daily = table(out, Tables.OUTLET_ACTOR_DAILY);
    // 23:30 Berlin on 18 June stays on the 18th; b3 is zeitung's only article that day
    Row z = daily.filter(col("outlet").equalTo("zeitung").and(col("actor_id").equalTo("Q7747"))
        .and(col("date").equalTo(java.sql.Date.valueOf("2024-06-18")))).first();
    assertEquals(1L, z.getLong(z.fieldIndex("n_articles")));
    assertEquals(1.0, z.getDouble(z.fieldIndex("share_negative")));
    assertEquals(1, table(out, Tables.RUNS).count());
    assertTrue(Files.exists(Path.of(out, "_runs", r.runId() + ".json")));
    for (TableDef t : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.ARTICLE_ACTOR, Tables.OUTLET_ACTOR_DAILY)) {
      assertEquals(SparkSchemas.schema(t).fieldNames().length, table(out, t).schema().fieldNames().length, t.name());
    }
  }

  @Test
  void rerunningTheSameInputChangesNothing() {
    String out = tmp.resolve("out-rerun").toString();
    SlantJob.run(spark, config(out), FakeAnnotator.factory());
    List<Row> first = snapshot(out);
    SlantJob.run(spark, config(out), FakeAnnotator.factory());
    assertEquals(first, snapshot(out));
    assertEquals(2, table(out, Tables.RUNS).count());
  }

  @Test
  void aOneDayRunReadsOnlyThatDayAndKeepsTheOthers() {
    String out = tmp.resolve("out-day").toString();
    SlantJob.run(spark, config(out), FakeAnnotator.factory());
    SlantConfig oneDay = config(out);
    oneDay = oneDay.withRun(oneDay.run().withDates("2024-06-18", null, null));
    SlantJob.Result r = SlantJob.run(spark, oneDay, FakeAnnotator.factory());
    assertEquals(3, r.read(), "only the date=2024-06-18 folder is read");
    assertEquals(2, r.accepted());
    Dataset<Row> articles = table(out, Tables.ARTICLES);
    assertEquals(4, articles.count(), "17 June partitions are kept");
    assertEquals(2, articles.select("run_id").distinct().count());
  }

  /** Table contents without run ids, sorted: what must not change on a rerun. */
  static List<Row> snapshot(String out) {
    List<Row> rows = new java.util.ArrayList<>();
    for (TableDef t : List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.ARTICLE_ACTOR, Tables.OUTLET_ACTOR_DAILY,
        Tables.REJECTS)) {
      Dataset<Row> df = table(out, t).drop(Tables.RUN_ID);
      rows.addAll(df.select(org.apache.spark.sql.functions.to_json(org.apache.spark.sql.functions.struct(col("*"))))
          .orderBy(col(df.columns()[0]).asc()).collectAsList());
    }
    rows.sort(java.util.Comparator.comparing(Row::toString));
    return rows;
  }
}
