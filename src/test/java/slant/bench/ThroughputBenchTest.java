package slant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.config.ConfigException;

/** The throughput bench's settings are checked before any model is loaded (the run itself needs the models). */
class ThroughputBenchTest {

  private static ThroughputBench.Options options(int limit, int warmup, int threads, int block) {
    return new ThroughputBench.Options(List.of(), limit, warmup, threads, "2016-01-01", false, 3, false, block,
        Path.of("out/bench/latest.json"));
  }

  @Test
  void rejectsNonPositiveCountsWithOneLine() {
    String expected = "--limit, --threads and --block must be positive, --warmup not negative";
    assertEquals(expected, assertThrows(ConfigException.class, () -> options(0, 20, 2, 30)).getMessage());
    assertEquals(expected, assertThrows(ConfigException.class, () -> options(300, -1, 2, 30)).getMessage());
    assertEquals(expected, assertThrows(ConfigException.class, () -> options(300, 20, 0, 30)).getMessage());
    assertEquals(expected, assertThrows(ConfigException.class, () -> options(300, 20, 2, 0)).getMessage());
  }

  @Test
  void keepsValidSettings() {
    ThroughputBench.Options o = options(300, 0, 2, 30);
    assertEquals(300, o.limit());
    assertEquals(0, o.warmup());
    assertEquals(List.of(), o.corpora());
  }
}
