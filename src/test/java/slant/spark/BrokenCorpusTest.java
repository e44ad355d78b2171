package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.InputConfig;
import slant.config.OutputConfig;
import slant.config.SlantConfig;
import slant.config.SparkConfig;
import slant.input.Reasons;
import slant.tables.Tables;
import slant.testing.FakeAnnotator;

/**
 * The deliberately broken corpus ({@code src/test/resources/broken-corpus}, see its README.md): every kind of bad
 * record mixed with good ones, in JSON lines, news-please files and CSV. The run completes, every record is an
 * article, a reject or outside the run's dates, and each reject has the designed reason, file and line.
 */
class BrokenCorpusTest extends SparkTestBase {

  static final String CORPUS = "src/test/resources/broken-corpus";
  static final String FEED = "feed-2024-06-17.jsonl";

  /** (file, line) → reason, as designed in the corpus README. */
  static final Map<String, String> EXPECTED_REJECTS = new TreeMap<>(Map.ofEntries(
      Map.entry(FEED + ":3", Reasons.MALFORMED_RECORD),
      Map.entry(FEED + ":4", Reasons.MALFORMED_RECORD),
      Map.entry(FEED + ":5", Reasons.INVALID_UTF8),
      Map.entry(FEED + ":6", Reasons.BINARY_CONTENT),
      Map.entry(FEED + ":7", Reasons.MISSING_DATE),
      Map.entry(FEED + ":8", Reasons.UNPARSEABLE_DATE),
      Map.entry(FEED + ":9", Reasons.MISSING_TEXT),
      Map.entry(FEED + ":10", Reasons.MISSING_TEXT),
      Map.entry(FEED + ":11", Reasons.MISSING_TEXT),
      Map.entry(FEED + ":12", Reasons.MISSING_OUTLET),
      Map.entry(FEED + ":13", Reasons.MISSING_OUTLET),
      Map.entry(FEED + ":14", Reasons.DUPLICATE_ID),
      Map.entry(FEED + ":15", Reasons.UNSUPPORTED_LANGUAGE),
      Map.entry(FEED + ":16", Reasons.UNSUPPORTED_LANGUAGE),
      Map.entry(FEED + ":17", Reasons.UNDETECTED_LANGUAGE),
      Map.entry(FEED + ":20", Reasons.ANALYSIS_ERROR),
      Map.entry(FEED + ":22", Reasons.MALFORMED_RECORD),
      Map.entry("feed-long.jsonl:2", Reasons.TOO_LONG),
      Map.entry("np-2.json:1", Reasons.MISSING_OUTLET),
      // CSV records whose number of columns differs from the header's; record numbers count within each file
      Map.entry("feed.csv:3", Reasons.MALFORMED_RECORD), // 3 of 8 columns
      Map.entry("feed.csv:4", Reasons.UNPARSEABLE_DATE),
      Map.entry("feed-2.csv:2", Reasons.MALFORMED_RECORD), // unquoted commas in the text: 10 columns
      Map.entry("feed-2.csv:3", Reasons.MALFORMED_RECORD))); // a quote never closed: the rest of the file is one field

  static final List<String> EXPECTED_ARTICLES = List.of("csv-01", "csv-02", "csv-11", "good-01", "good-02", "good-03",
      "good-04", "good-05", "u-"); // u-…: the news-please article has no id, so it gets one from its URL

  @TempDir
  static Path tmp;

  @Test
  void theBrokenCorpusRunsToCompletionWithEveryRecordAccountedFor() {
    SlantConfig c = SlantConfig.defaults()
        .withInput(new InputConfig(CORPUS, "auto", InputConfig.DETECT))
        .withOutput(new OutputConfig(tmp.resolve("out").toString()))
        .withSpark(new SparkConfig("local[2]", 2, 2));
    // one analysis error in ten analysed articles: above the default run.max_error_share
    c = c.withRun(c.run().withDates(null, "2024-06-17", "2024-06-18").withMaxErrorShare(0.2));
    SlantJob.Result r = SlantJob.run(spark, c, FakeAnnotator.factory());

    assertEquals(32, r.read(), "33 records, one of them (late-01, May) outside the run's dates");
    assertEquals(1, r.outOfRange());
    assertEquals(9, r.accepted());
    assertEquals(23, r.rejected());
    assertEquals(r.read(), r.accepted() + r.rejected());

    Map<String, Long> byReason = new TreeMap<>();
    EXPECTED_REJECTS.values().forEach(reason -> byReason.merge(reason, 1L, Long::sum));
    assertEquals(byReason, new TreeMap<>(r.rejectsByReason()));

    Dataset<Row> rejects = spark.read().parquet(Tables.REJECTS.path(r.outputPath()));
    assertEquals(0, rejects.filter(col("source_file").isNull().or(col("source_line").isNull())).count(),
        "every reject says where it came from");
    Map<String, String> actual = new TreeMap<>();
    for (Row row : rejects.select("source_file", "source_line", "reason").collectAsList()) {
      String file = row.getString(0).substring(row.getString(0).lastIndexOf('/') + 1);
      actual.put(file + ":" + row.getLong(1), row.getString(2));
    }
    assertEquals(EXPECTED_REJECTS, actual);
    assertEquals(1, rejects.select("batch").distinct().count());
    assertEquals("2024-06-17_2024-06-18", rejects.select("batch").first().getString(0));

    List<String> ids = spark.read().parquet(Tables.ARTICLES.path(r.outputPath())).orderBy("article_id")
        .select("article_id").collectAsList().stream().map(x -> x.getString(0)).toList();
    assertEquals(EXPECTED_ARTICLES.size(), ids.size(), ids.toString());
    for (int i = 0; i < ids.size(); i++) {
      assertTrue(ids.get(i).startsWith(EXPECTED_ARTICLES.get(i)), ids.toString());
    }
    Row detected = spark.read().parquet(Tables.ARTICLES.path(r.outputPath())).filter("article_id = 'good-03'")
        .select("language").first();
    assertEquals("de", detected.getString(0), "a record without a language is detected as German");
  }
}
