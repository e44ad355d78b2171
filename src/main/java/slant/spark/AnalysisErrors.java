package slant.spark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.TaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor-side record of articles whose analysis threw ({@code analysis_error} rejects). The reject row keeps
 * only the exception's class and message; the stack trace is logged here, once per distinct error in the JVM (the
 * exception class and the frame that threw it), so that one bug hit by thousands of articles gives one stack trace
 * and counts instead of thousands of traces. Each partition with errors ends with one line counting them.
 */
final class AnalysisErrors {

  private static final Logger LOG = LoggerFactory.getLogger(AnalysisErrors.class);

  /** Distinct error → occurrences in this JVM (an executor lives for the whole run and runs many tasks). */
  private static final ConcurrentMap<String, AtomicLong> SEEN = new ConcurrentHashMap<>();

  /** Distinct error → occurrences in this partition, for the line at its end. */
  private final Map<String, Long> inPartition = new TreeMap<>();

  /** What tells one error from another: the exception's class and the frame that threw it. */
  static String kind(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
  }

  /** The reject's detail: the exception's class and message. */
  static String detail(Throwable e) {
    return e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
  }

  /**
   * Counts an article's error; the first of its kind in this JVM is logged (ERROR) with its stack trace and the
   * article's id.
   */
  void record(String articleId, RuntimeException e) {
    String kind = kind(e);
    inPartition.merge(kind, 1L, Long::sum);
    long n = SEEN.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    if (n == 1) {
      LOG.error("analysis of article {} failed; it is rejected (analysis_error). The first {} in this JVM; later "
          + "ones are counted, not traced", articleId, kind, e);
    }
  }

  /** At the partition's end: one WARN line with the partition's errors by kind and the JVM's totals, if any. */
  void partitionDone() {
    if (inPartition.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    long total = 0;
    for (Map.Entry<String, Long> e : inPartition.entrySet()) {
      total += e.getValue();
      sb.append(sb.isEmpty() ? "" : "; ").append(e.getValue()).append(" × ").append(e.getKey())
          .append(" (").append(SEEN.get(e.getKey()).get()).append(" in this JVM)");
    }
    TaskContext task = TaskContext.get();
    LOG.warn("partition {}: {} article(s) rejected with analysis_error: {}",
        task == null ? "?" : task.partitionId(), total, sb);
    inPartition.clear();
  }

  /** Occurrences of an error kind in this JVM so far (0 if never seen). */
  static long seen(String kind) {
    AtomicLong n = SEEN.get(kind);
    return n == null ? 0 : n.get();
  }
}
