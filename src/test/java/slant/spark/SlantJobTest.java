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

/**
 * The whole job in local Spark with the fake annotator: tables, rejects, counts, reruns, date selection. One run over
 * all dates is shared (it is the expensive part); the rerun and one-day tests add runs on top of it, in order.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SlantJobTest extends SparkTestBase {

  static String out;
  static SlantJob.Result first;
  static List<Row> firstSnapshot;

  @TempDir
  static Path tmp;
  static Path input;

  static String article(String id, String outlet, String published, String text) {
    return "{\"id\":\"" + id + "\",\"outlet\":\"" + outlet + "\",\"published_at\":\"" + published
        + "\",\"title\":\"T " + id + "\",\"text\":\"" + text + "\",\"language\":\"de\",\"authors\":[\"A\"]}";
  }

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
        article("b3", "zeitung", "2024-06-18T23:30:00+02:00", "Der Kriegsverbrecher Putin schweigt.")),
        StandardCharsets.UTF_8);
    String wireText = "Berlin (dpa) - Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine beschlossen. "
        + "Kanzler Scholz sprach von einem wichtigen Signal an Kiew und an die Partner in Europa.";
    String copied = "Die Ukraine erhält weitere Luftabwehrsysteme aus Deutschland und den Niederlanden. Das teilte das "
        + "Verteidigungsministerium am Mittwoch in Berlin mit und nannte keine Stückzahlen der Lieferung.";
    Files.writeString(d17.resolve("wire.jsonl"), String.join("\n",
        article("w1", "blatt", "2024-06-17T13:00:00+02:00", wireText),
        article("w2", "zeitung", "2024-06-17T13:05:00+02:00", wireText),
        article("w3", "blatt", "2024-06-17T14:00:00+02:00", copied),
        article("w4", "zeitung", "2024-06-17T14:30:00+02:00", copied.replace("Mittwoch", "Mittwochabend"))),
        StandardCharsets.UTF_8);
  }

  /** One analysis error (a3) in nine analysed articles: above the default run.max_error_share, hence 0.2. */
  static SlantConfig config(String out) {
    SlantConfig c = SlantConfig.defaults();
    return c.withInput(new InputConfig(input.toString(), "auto", "de")).withOutput(new OutputConfig(out))
        .withSpark(new SparkConfig("local[2]", 1, 2)).withRun(c.run().withMaxErrorShare(0.2));
  }

  @BeforeAll
  static void runOnce() throws IOException {
    writeInput();
    out = tmp.resolve("out").toString();
    first = SlantJob.run(spark, config(out), FakeAnnotator.factory());
    firstSnapshot = snapshot(out);
  }

  static Dataset<Row> table(String out, TableDef t) {
    return spark.read().parquet(t.path(out));
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void everyRecordIsAnArticleOrARejectAndTablesAreWritten() {
    SlantJob.Result r = first;
    assertEquals(12, r.read());
    assertEquals(8, r.accepted());
    assertEquals(4, r.rejected());
    assertEquals(Map.of("malformed_record", 1L, "duplicate_id", 1L, "analysis_error", 1L, "missing_text", 1L),
        r.rejectsByReason());
    Dataset<Row> articles = table(out, Tables.ARTICLES);
    assertEquals(8, articles.count());
    List<Row> wire = articles.filter(col("is_wire")).orderBy("article_id")
        .select("article_id", "wire_agency", "dup_cluster").collectAsList();
    assertEquals(List.of("[w1,dpa,w1]", "[w2,dpa,w1]", "[w3,unknown,w3]", "[w4,unknown,w3]"),
        wire.stream().map(Row::toString).toList(), "credited copies and uncredited cross-outlet near-duplicates");
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
        .and(col("voice").equalTo("all")).and(col("content_scope").equalTo("all"))
        .and(col("date").equalTo(java.sql.Date.valueOf("2024-06-18")))).first();
    assertEquals(1L, z.getLong(z.fieldIndex("n_articles")));
    assertEquals(1.0, z.getDouble(z.fieldIndex("share_negative")));
    assertEquals(1L, z.getLong(z.fieldIndex("n_outlet_articles")));
    assertEquals(1.0, z.getDouble(z.fieldIndex("attention_share")));
    assertTrue(z.getBoolean(z.fieldIndex("low_n")));
    // the cell's sentiment_mean averages the articles' evaluation: tanh of the summed evidence of their mentions
    Dataset<Row> netTone = mentions
        .groupBy("article_id", "outlet", "actor_id", "date")
        .agg(org.apache.spark.sql.functions.tanh(org.apache.spark.sql.functions.sum("evidence")).as("s"))
        .groupBy("outlet", "actor_id", "date")
        .agg(org.apache.spark.sql.functions.round(org.apache.spark.sql.functions.avg("s"), 9).as("m"));
    Dataset<Row> cellMeans = daily.filter("voice = 'all' and content_scope = 'all'")
        .select(col("outlet"), col("actor_id"), col("date"),
            org.apache.spark.sql.functions.round(col("sentiment_mean"), 9).as("m"));
    assertTrue(netTone.count() > 5);
    assertEquals(0, netTone.exceptAll(cellMeans).count() + cellMeans.exceptAll(netTone).count());
    for (TableDef t : Tables.PERIOD_TABLES) {
      Dataset<Row> p = table(out, t);
      assertTrue(p.count() > 0, t.name());
      assertEquals(0, p.filter("ci_low > sentiment_mean or sentiment_mean > ci_high").count(), t.name());
      assertEquals(0, p.filter("slant is not null and (slant_ci_low > slant or slant > slant_ci_high)").count());
      assertEquals(2, p.select("content_scope").distinct().count());
    }
    Row week = table(out, Tables.OUTLET_ACTOR_WEEKLY).filter("outlet = 'blatt' and actor_id = 'Q212' and "
        + "voice = 'all' and content_scope = 'all'").first();
    assertEquals("2024-W25", week.getString(week.fieldIndex("period")));
    assertEquals(3L, week.getLong(week.fieldIndex("n_articles")), "b1 and the wire copies w1, w3 mention Ukraine");
    Row label = table(out, Tables.ACTOR_LABELS)
        .filter("outlet = 'blatt' and actor_id = 'Q61053' and granularity = 'week'").first();
    assertEquals("Kanzler", label.getString(label.fieldIndex("label")));
    assertEquals("2024-W25", label.getString(label.fieldIndex("period")));
    assertEquals(1L, label.getLong(label.fieldIndex("count")), "w1: Kanzler Scholz");
    Row own = table(out, Tables.OUTLET_ACTOR_WEEKLY).filter("outlet = 'blatt' and actor_id = 'Q212' and "
        + "voice = 'all' and content_scope = 'own'").first();
    assertEquals(1L, own.getLong(own.fieldIndex("n_articles")), "own content leaves the dpa copy out");
    for (TableDef t : Tables.FRAME_TABLES) {
      Dataset<Row> f = table(out, t);
      assertTrue(f.count() > 0, t.name());
      assertEquals(0, f.filter("share <= 0 or share > 1 or n_mentions_framed > n_mentions").count(), t.name());
    }
    // a week's frame counts are the sum of its days' counts; its share is over the week's mentions
    Dataset<Row> dailyFrames = table(out, Tables.OUTLET_ACTOR_FRAMES_DAILY)
        .withColumn("period_start", org.apache.spark.sql.functions.expr("date_sub(date, (dayofweek(date) + 5) % 7)"))
        .groupBy("outlet", "actor_id", "voice", "content_scope", "frame", "period_start")
        .agg(org.apache.spark.sql.functions.sum("count").as("count"));
    Dataset<Row> weeklyFrames = table(out, Tables.OUTLET_ACTOR_FRAMES_WEEKLY)
        .select("outlet", "actor_id", "voice", "content_scope", "frame", "period_start", "count");
    assertEquals(0, dailyFrames.exceptAll(weeklyFrames).count() + weeklyFrames.exceptAll(dailyFrames).count());
    Row villain = table(out, Tables.OUTLET_ACTOR_FRAMES_MONTHLY).filter("outlet = 'blatt' and actor_id = 'Q7747' "
        + "and voice = 'all' and content_scope = 'all' and frame = 'villainy'").first();
    assertEquals("2024-06", villain.getString(villain.fieldIndex("period")));
    assertEquals(java.time.LocalDate.parse("2024-06-01"), villain.get(villain.fieldIndex("period_start")));
    assertEquals(1, table(out, Tables.RUNS).count());
    Row run = table(out, Tables.RUNS).first();
    assertEquals(List.of("[analysis_error,1]", "[duplicate_id,1]", "[malformed_record,1]", "[missing_text,1]"),
        run.getList(run.fieldIndex("rejected_by_reason")).stream().map(Object::toString).toList(),
        "rejects by reason in the runs table itself, sorted");
    assertEquals(table(out, Tables.ARTICLE_ACTOR).select("article_id").distinct().count(),
        run.getLong(run.fieldIndex("n_scored")));
    assertTrue(r.scored() > 0 && r.scored() <= r.accepted());
    assertEquals(0L, run.getLong(run.fieldIndex("n_sentences_skipped_long")));
    assertEquals(slant.input.LanguageDetection.LINGUA_VERSION, run.getString(run.fieldIndex("lingua_version")));
    assertTrue(Files.exists(Path.of(out, "_runs", r.runId() + ".json")));
    for (TableDef t : Tables.ALL) {
      assertEquals(SparkSchemas.schema(t).fieldNames().length, table(out, t).schema().fieldNames().length, t.name());
    }
  }

  @Test
  @org.junit.jupiter.api.Order(2)
  void rerunningTheSameInputChangesNothing() {
    SlantJob.run(spark, config(out), FakeAnnotator.factory());
    assertTrue(firstSnapshot.equals(snapshot(out)), "a rerun changed table contents");
    assertEquals(2, table(out, Tables.RUNS).count());
  }

  @Test
  @org.junit.jupiter.api.Order(3)
  void aOneDayRunReadsOnlyThatDayAndKeepsTheOthers() {
    SlantConfig oneDay = config(out);
    oneDay = oneDay.withRun(oneDay.run().withDates("2024-06-18", null, null));
    SlantJob.Result r = SlantJob.run(spark, oneDay, FakeAnnotator.factory());
    assertEquals(3, r.read(), "only the date=2024-06-18 folder is read");
    assertEquals(2, r.accepted());
    Dataset<Row> articles = table(out, Tables.ARTICLES);
    assertEquals(8, articles.count(), "17 June partitions are kept");
    assertEquals(2, articles.select("run_id").distinct().count(), "17 June from the rerun, 18 June from this run");
    assertTrue(firstSnapshot.equals(snapshot(out)), "same input, same tables (rejects are compared per batch)");
    assertEquals(1, table(out, Tables.REJECTS).filter("batch = '2024-06-18'").count());
  }

  /** Table contents without run ids, sorted: what must not change on a rerun. */
  static List<Row> snapshot(String out) {
    List<Row> rows = new java.util.ArrayList<>();
    for (TableDef t : Tables.ALL) {
      if (t == Tables.RUNS) {
        continue;
      }
      Dataset<Row> df = table(out, t).drop(Tables.RUN_ID);
      if (t == Tables.REJECTS) {
        df = df.filter("batch = 'all'");
      }
      rows.addAll(df.select(org.apache.spark.sql.functions.to_json(org.apache.spark.sql.functions.struct(col("*"))))
          .orderBy(col(df.columns()[0]).asc()).collectAsList());
    }
    rows.sort(java.util.Comparator.comparing(Row::toString));
    return rows;
  }
}
