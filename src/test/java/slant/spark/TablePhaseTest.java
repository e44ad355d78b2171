package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.InputConfig;
import slant.config.OutputConfig;
import slant.config.SlantConfig;
import slant.config.SparkConfig;
import slant.testing.FakeAnnotator;

/**
 * The table phase's shape: a run reports its phases in order, and the number of Spark jobs it launches does not grow
 * with the number of days, weeks and months it covers (the period, frame and label tables of all periods come from
 * one pass per table family, not one per period or granularity).
 */
class TablePhaseTest extends SparkTestBase {

  @TempDir
  static Path tmp;

  /** Two outlets writing about Putin and Scholz every day from {@code first} for {@code days} days. */
  static Path corpus(String name, LocalDate first, int days) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < days; i++) {
      LocalDate d = first.plusDays(i);
      for (String outlet : List.of("blatt", "zeitung")) {
        b.append("{\"id\":\"").append(outlet).append('-').append(d).append("\",\"outlet\":\"").append(outlet)
            .append("\",\"published_at\":\"").append(d).append("T10:00:00+02:00\",\"title\":\"Tag ").append(i)
            .append("\",\"text\":\"").append(text(outlet + i)).append("\",\"language\":\"de\"}\n");
      }
    }
    Files.writeString(dir.resolve("articles.jsonl"), b, StandardCharsets.UTF_8);
    return dir;
  }

  /**
   * Every five-word window holds a word of its own ({@code u}), so that no two articles are near-duplicates: duplicate
   * clusters would add a (data-dependent) job to the duplicate detection.
   */
  static String text(String u) {
    return "Der brutale Diktator Putin droht " + u + "a erneut mit " + u + "b Raketen gegen " + u + "c Kiew. Kanzler "
        + "Scholz lobt " + u + "d die Hilfe " + u + "e aus Berlin " + u + "f.";
  }

  static SlantJob.Result run(Path input, String out) {
    SlantConfig c = SlantConfig.defaults().withInput(new InputConfig(input.toString(), "auto", "de"))
        .withOutput(new OutputConfig(out)).withSpark(new SparkConfig("local[2]", 2, 2));
    return SlantJob.run(spark, c, FakeAnnotator.factory());
  }

  @Test
  void sparkJobsDoNotGrowWithThePeriodsCovered() throws IOException {
    SlantJob.Result twoDays = run(corpus("two-days", LocalDate.parse("2024-05-31"), 2),
        tmp.resolve("out-two").toString());
    // 40 days: 40 daily, 7 weekly and 3 monthly periods (May to July)
    SlantJob.Result fortyDays = run(corpus("forty-days", LocalDate.parse("2024-05-27"), 40),
        tmp.resolve("out-forty").toString());
    assertEquals(4, twoDays.accepted());
    assertEquals(80, fortyDays.accepted());
    assertEquals(List.of("input", "analysis", "tables"), List.copyOf(twoDays.phaseSeconds().keySet()));
    assertEquals(twoDays.sparkJobs(), fortyDays.sparkJobs(), "Spark jobs of a 2-day and a 40-day run");
    assertEquals(twoDays.sparkStages(), fortyDays.sparkStages(), "Spark stages of a 2-day and a 40-day run");
  }
}
