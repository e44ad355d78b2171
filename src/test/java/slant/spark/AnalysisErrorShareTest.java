package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.InputConfig;
import slant.config.OutputConfig;
import slant.config.SlantConfig;
import slant.config.SparkConfig;
import slant.tables.Tables;
import slant.testing.FakeAnnotator;

/**
 * run.max_error_share: a run whose analysis throws for more than that share of the analysed articles fails before
 * writing anything, with one line saying how many of how many and the first failure; below it, the failures are
 * analysis_error rejects.
 */
class AnalysisErrorShareTest extends SparkTestBase {

  @TempDir
  Path tmp;

  /** Four articles of 2024-06-17; those numbered in {@code failing} make the fake annotator throw. */
  private SlantConfig corpus(List<Integer> failing) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      String text = (failing.contains(i) ? FakeAnnotator.FAIL_MARKER + " " : "") + "Putin droht der Ukraine.";
      lines.add(SlantJobTest.article("e" + i, "blatt", "2024-06-17T0" + i + ":00:00+02:00", text));
    }
    Files.writeString(dir.resolve("feed.jsonl"), String.join("\n", lines), StandardCharsets.UTF_8);
    return SlantConfig.defaults().withInput(new InputConfig(dir.toString(), "auto", "de"))
        .withOutput(new OutputConfig(tmp.resolve("out").toString())).withSpark(new SparkConfig("local[2]", 2, 2));
  }

  @Test
  void aRunWhoseEveryArticleThrowsFailsBeforeWritingAnything() throws IOException {
    SlantConfig c = corpus(List.of(1, 2, 3, 4));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SlantJob.run(spark, c, FakeAnnotator.factory()));
    String message = e.getMessage();
    assertEquals(": analysis failed for 4 of 4 articles (100.0 %, more than run.max_error_share 0.05); nothing "
        + "written. First: article e1: java.lang.IllegalStateException: fake annotator asked to fail (stack traces in"
        + " the executors' logs)", message.substring(message.indexOf(':')), message);
    assertEquals(1, message.lines().count());
    assertFalse(Files.exists(tmp.resolve("out")), "no table and no runs row");
  }

  @Test
  void oneFailureOfFourUnderAShareAboveAQuarterIsARejectedArticle() throws IOException {
    SlantConfig c = corpus(List.of(3));
    SlantConfig lenient = c.withRun(c.run().withMaxErrorShare(0.3));
    SlantJob.Result r = SlantJob.run(spark, lenient, FakeAnnotator.factory());
    assertEquals(4, r.read());
    assertEquals(3, r.accepted());
    assertEquals(Map.of("analysis_error", 1L), r.rejectsByReason());
    Row reject = spark.read().parquet(Tables.REJECTS.path(r.outputPath())).select("article_id", "reason", "detail")
        .first();
    assertEquals("e3", reject.getString(0));
    assertEquals("analysis_error", reject.getString(1));
    assertEquals("java.lang.IllegalStateException: fake annotator asked to fail", reject.getString(2));

    IllegalStateException strict = assertThrows(IllegalStateException.class,
        () -> SlantJob.run(spark, c.withOutput(new OutputConfig(tmp.resolve("out2").toString())),
            FakeAnnotator.factory()));
    String m = strict.getMessage();
    assertEquals(": analysis failed for 1 of 4 articles (25.0 %, more than run.max_error_share 0.05); nothing "
        + "written. First: article e3: java.lang.IllegalStateException: fake annotator asked to fail (stack traces in"
        + " the executors' logs)", m.substring(m.indexOf(':')), m);
  }
}
