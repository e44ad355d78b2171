package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.junit.jupiter.api.Test;
import slant.testing.LogCapture;

/** An article's analysis error: the stack trace logged once per distinct error in the JVM, later ones counted. */
class AnalysisErrorsTest {

  /** Thrown from one frame, so that every call is the same kind of error. */
  private static IllegalStateException sameError(String message) {
    return new IllegalStateException(message);
  }

  @Test
  void theFirstOfAKindIsTracedTheOthersCountedPerPartition() {
    IllegalStateException first = sameError("token 7 has no head");
    IllegalArgumentException other = new IllegalArgumentException("other");
    String kind = AnalysisErrors.kind(first);
    assertEquals("java.lang.IllegalStateException at slant.spark.AnalysisErrorsTest.sameError(AnalysisErrorsTest.java:"
        + first.getStackTrace()[0].getLineNumber() + ")", kind);
    assertEquals(0, AnalysisErrors.seen(kind), "no other test throws from this frame");
    try (LogCapture log = new LogCapture(AnalysisErrors.class)) {
      AnalysisErrors partition = new AnalysisErrors();
      partition.record("a1", first);
      partition.record("a2", sameError("token 9 has no head"));
      partition.record("a3", other);
      partition.partitionDone();
      partition.partitionDone();

      List<LogEvent> events = log.events();
      assertEquals(3, events.size(), events.toString());
      assertSame(first, events.get(0).getThrown());
      assertEquals(Level.ERROR, events.get(0).getLevel());
      assertEquals("analysis of article a1 failed; it is rejected (analysis_error). The first " + kind
          + " in this JVM; later ones are counted, not traced", events.get(0).getMessage().getFormattedMessage());
      assertSame(other, events.get(1).getThrown());
      LogEvent summary = events.get(2);
      assertEquals(Level.WARN, summary.getLevel());
      assertNull(summary.getThrown());
      assertEquals("partition ?: 3 article(s) rejected with analysis_error: 1 × " + AnalysisErrors.kind(other)
          + " (1 in this JVM); 2 × " + kind + " (2 in this JVM)", summary.getMessage().getFormattedMessage());
    }
    assertEquals(2, AnalysisErrors.seen(kind));
  }

  @Test
  void theRejectDetailNamesTheExceptionClassAndMessage() {
    assertEquals("java.lang.IllegalStateException: token 7 has no head",
        AnalysisErrors.detail(new IllegalStateException("token 7 has no head")));
    assertEquals("java.lang.NullPointerException", AnalysisErrors.detail(new NullPointerException()));
  }
}
