package slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import slant.config.ConfigException;

class GoldArgsTest {

  @Test
  void defaultDatesLieInsideEachSetsCollectionPeriodAndBadDatesAreOneLine() {
    assertEquals(LocalDate.parse("2022-01-01"), GoldArgs.day("gerntsa", null));
    assertEquals(LocalDate.parse("2018-01-01"), GoldArgs.day("newsmtsc", null));
    assertEquals(LocalDate.parse("2024-06-18"), GoldArgs.day("gerntsa", "2024-06-18"));
    assertEquals("--date must be YYYY-MM-DD, got '18.6.2024'",
        assertThrows(ConfigException.class, () -> GoldArgs.day("gerntsa", "18.6.2024")).getMessage());
  }

  @Test
  void formatAndFileAreRequired() {
    assertEquals("train-sentiment needs --format gerntsa|newsmtsc",
        assertThrows(ConfigException.class, () -> GoldArgs.require("train-sentiment", null, Path.of("x"))).getMessage());
    assertEquals("eval needs the gold FILE",
        assertThrows(ConfigException.class, () -> GoldArgs.require("eval", "gerntsa", null)).getMessage());
  }
}
