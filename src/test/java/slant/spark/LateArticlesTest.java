package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
 * Late articles with the nightly lookback (run.lookback_days, 2 in jobs/nightly.yaml): an article published on D−1
 * that arrives after night D ran (a new file in the date=D−1 folder) is picked up by night D+1 without any flag, its
 * day's rows and its day/week aggregates include it, and rerunning night D+1 changes nothing.
 */
class LateArticlesTest extends SparkTestBase {

  @TempDir
  static Path tmp;

  static String article(String id, String outlet, String published, String text) {
    return "{\"id\":\"" + id + "\",\"outlet\":\"" + outlet + "\",\"published_at\":\"" + published
        + "\",\"title\":\"T " + id + "\",\"text\":\"" + text + "\",\"language\":\"de\"}\n";
  }

  static void write(Path input, String day, String file, String content) throws IOException {
    Files.writeString(Files.createDirectories(input.resolve("date=" + day)).resolve(file), content,
        StandardCharsets.UTF_8);
  }

  static SlantConfig night(Path input, String out, String day) {
    SlantConfig c = SlantConfig.defaults().withInput(new InputConfig(input.toString(), "auto", "de"))
        .withOutput(new OutputConfig(out)).withSpark(new SparkConfig("local[2]", 1, 2));
    return c.withRun(c.run().withDates(day, null, null).withLookbackDays(2));
  }

  static long putinArticles(String out, TableDef t, String outlet, String periodStart) {
    return spark.read().parquet(t.path(out)).filter(col("outlet").equalTo(outlet)
        .and(col("actor_id").equalTo("Q7747")).and(col("voice").equalTo("all"))
        .and(col("content_scope").equalTo("all"))
        .and(col(t == Tables.OUTLET_ACTOR_DAILY ? "date" : "period_start")
            .equalTo(java.sql.Date.valueOf(periodStart))))
        .first().<Long>getAs("n_articles");
  }

  @Test
  void aLateArticleIsPickedUpByTheNextNightAndItsPeriodsRecomputed() throws IOException {
    Path input = tmp.resolve("in");
    String out = tmp.resolve("out").toString();
    write(input, "2024-06-17", "feed.jsonl",
        article("x1", "blatt", "2024-06-17T09:00:00+02:00", "Der brutale Diktator Putin droht."));
    write(input, "2024-06-18", "feed.jsonl",
        article("y1", "blatt", "2024-06-18T09:00:00+02:00", "Putin lobt Kim."));
    SlantJob.Result nightD = SlantJob.run(spark, night(input, out, "2024-06-18"), FakeAnnotator.factory());
    assertEquals(2, nightD.accepted(), "night D covers D-2 … D");
    assertEquals(1L, putinArticles(out, Tables.OUTLET_ACTOR_DAILY, "blatt", "2024-06-17"));

    // After night D: an article published on D-1 arrives, into the folder of its publication day.
    write(input, "2024-06-17", "late-20240619.jsonl",
        article("z1", "blatt", "2024-06-17T20:00:00+02:00", "Putin ist ein Kriegsverbrecher."));
    write(input, "2024-06-19", "feed.jsonl",
        article("w1", "blatt", "2024-06-19T09:00:00+02:00", "Die Ukraine wehrt sich."));
    SlantJob.Result nightD1 = SlantJob.run(spark, night(input, out, "2024-06-19"), FakeAnnotator.factory());
    assertEquals(4, nightD1.accepted(), "night D+1 reruns D-1 and D: x1, z1, y1, w1");

    Dataset<Row> articles = spark.read().parquet(Tables.ARTICLES.path(out));
    assertEquals(1, articles.filter("article_id = 'z1' and date = '2024-06-17'").count());
    assertEquals(2L, putinArticles(out, Tables.OUTLET_ACTOR_DAILY, "blatt", "2024-06-17"),
        "D-1's daily aggregate includes the late article");
    assertEquals(3L, putinArticles(out, Tables.OUTLET_ACTOR_WEEKLY, "blatt", "2024-06-17"),
        "and so does its ISO week (x1, z1, y1)");
    assertEquals(nightD1.runId(), articles.filter("date = '2024-06-17'").select(Tables.RUN_ID).distinct()
        .first().getString(0), "D-1's partition was rewritten as a whole by night D+1");

    List<String> before = snapshot(out, "2024-06-17_2024-06-19");
    SlantJob.run(spark, night(input, out, "2024-06-19"), FakeAnnotator.factory());
    assertEquals(before, snapshot(out, "2024-06-17_2024-06-19"), "rerunning night D+1 changes nothing");
  }

  static boolean hasParquet(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Every table but runs, without run_id, sorted; rejects of one batch. */
  static List<String> snapshot(String out, String batch) {
    List<String> rows = new java.util.ArrayList<>();
    for (TableDef t : Tables.ALL) {
      if (t == Tables.RUNS || !hasParquet(Path.of(t.path(out)))) {
        continue; // a table this small input leaves empty (no rejects, no frames) has no files to read
      }
      Dataset<Row> df = spark.read().parquet(t.path(out)).drop(Tables.RUN_ID);
      if (t == Tables.REJECTS) {
        df = df.filter(col("batch").equalTo(batch));
      }
      for (Row r : df.select(org.apache.spark.sql.functions.to_json(
          org.apache.spark.sql.functions.struct(col("*")))).collectAsList()) {
        rows.add(t.name() + " " + r.getString(0));
      }
    }
    rows.sort(null);
    assertTrue(rows.size() > 10);
    return rows;
  }
}
