package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress lines' wording and arithmetic (no Spark needed). */
class RunProgressTest {

  @Test
  void analysisLineGivesCountShareRateAndTimeLeft() {
    // 10 articles/s; 2,801 left: 280 s
    assertEquals("annotation and analysis: 1,200 of 4,001 articles (29 %), 10.0 articles/s, about 4 min 40 s left",
        RunProgress.analysisLine("annotation and analysis", 1200, 4001, 10.0));
  }

  @Test
  void noEstimateBeforeARateIsMeasured() {
    assertEquals("annotation and analysis: 2 of 74 articles (2 %), no estimate yet",
        RunProgress.analysisLine("annotation and analysis", 2, 74, Double.NaN));
  }

  @Test
  void durationsReadLikeAPersonWouldSayThem() {
    assertEquals("48 s", RunProgress.duration(48_000_000_000L));
    assertEquals("2 min 5 s", RunProgress.duration(125_000_000_000L));
    assertEquals("1 h 3 min", RunProgress.duration(3_790_000_000_000L));
  }
}
