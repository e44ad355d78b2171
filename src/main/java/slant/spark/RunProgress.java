package slant.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a person watching a run (or reading a nightly log) sees: one line at each phase boundary and, while a phase
 * runs, one line every {@link #INTERVAL_SECONDS} s. During the analysis the line gives articles analysed / total, the
 * rate and an estimate of the time left; while the tables are written it names the step and how long the phase has
 * taken. It also records the wall time of each phase and counts the Spark jobs, stages and tasks the run launches
 * (reported in the run manifest and by the end-to-end bench).
 *
 * <p>How far the analysis is: executors add one to a {@link LongAccumulator} per article
 * ({@link #articleCounter}). The driver's value of an accumulator only grows when a task ends, so the running tasks'
 * values are read from the executors' heartbeats (every {@code spark.executor.heartbeatInterval}, 10 s by default),
 * which carry each running task's accumulator values. The count is therefore up to one heartbeat old.
 */
final class RunProgress implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RunProgress.class);

  /** Seconds between progress lines within a phase. */
  static final long INTERVAL_SECONDS = 20;

  /** The phase names of a run, in order; {@link #phaseSeconds()} uses them as keys. */
  static final String INPUT = "input", ANALYSIS = "analysis", TABLES = "tables";

  private final SparkContext sc;
  private final String runId;
  private final long startNanos = System.nanoTime();
  private final Listener listener = new Listener();
  private final ScheduledExecutorService ticker;
  private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
  private final LongAccumulator articles;

  private volatile String phase;
  private volatile String step = "";
  private volatile long phaseStartNanos = startNanos;
  private volatile long total = -1;
  // when a progress line first counted an analysed article, and how many: the rate is measured from there
  private volatile long firstCountNanos = -1;
  private volatile long firstCount;

  RunProgress(SparkContext sc, String runId) {
    this.sc = sc;
    this.runId = runId;
    this.articles = sc.longAccumulator("slant.articles_analysed");
    sc.addSparkListener(listener);
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "slant-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(this::tick, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
  }

  /** The accumulator the analysis adds one to per article (analysed or rejected). */
  LongAccumulator articleCounter() {
    return articles;
  }

  /** Ends the current phase (recording its wall time) and starts {@code name}. */
  synchronized void phase(String name) {
    endPhase();
    phase = name;
    step = "";
    phaseStartNanos = System.nanoTime();
    LOG.info("Slant {}: {} started after {}", runId, name, duration(phaseStartNanos - startNanos));
  }

  /** Starts the analysis phase over {@code articlesToAnalyse} articles. */
  synchronized void analysis(String description, long articlesToAnalyse) {
    phase(ANALYSIS);
    total = articlesToAnalyse;
    step = description;
    LOG.info("Slant {}: {} of {} articles", runId, description, articlesToAnalyse);
  }

  /** Names the step within the current phase (logged, and shown in the progress lines). */
  void step(String name) {
    step = name;
    LOG.info("Slant {}: {}: {} (after {})", runId, phase, name, duration(System.nanoTime() - phaseStartNanos));
  }

  /** Ends the last phase and stops the progress lines. */
  @Override
  public synchronized void close() {
    endPhase();
    phase = null;
    ticker.shutdownNow();
    sc.removeSparkListener(listener);
  }

  private void endPhase() {
    if (phase != null) {
      double s = (System.nanoTime() - phaseStartNanos) / 1e9;
      phaseSeconds.merge(phase, s, Double::sum);
      LOG.info("Slant {}: {} done in {}", runId, phase, duration(System.nanoTime() - phaseStartNanos));
    }
  }

  /** Wall seconds per phase, in the order the phases ran. */
  synchronized Map<String, Double> phaseSeconds() {
    return new LinkedHashMap<>(phaseSeconds);
  }

  /** Wall seconds since the current phase began. */
  double secondsInPhase() {
    return (System.nanoTime() - phaseStartNanos) / 1e9;
  }

  long jobs() {
    return listener.jobs.get();
  }

  long stages() {
    return listener.stages.get();
  }

  long tasks() {
    return listener.tasks.get();
  }

  /** Articles analysed so far: finished tasks' counts plus the running tasks' last heartbeat values. */
  long articlesDone() {
    long running = 0;
    for (long v : listener.running.values()) {
      running += v;
    }
    long done = articles.value() + running;
    return total >= 0 ? Math.min(done, total) : done;
  }

  private void tick() {
    try {
      String p = phase;
      if (p == null) {
        return;
      }
      long elapsed = System.nanoTime() - phaseStartNanos;
      if (ANALYSIS.equals(p) && total > 0) {
        long done = articlesDone();
        long now = System.nanoTime();
        if (done > 0 && firstCountNanos < 0) {
          firstCountNanos = now;
          firstCount = done;
        }
        double rate = firstCountNanos >= 0 && done > firstCount
            ? (done - firstCount) / ((now - firstCountNanos) / 1e9) : Double.NaN;
        LOG.info("Slant {}: {}", runId, analysisLine(step, done, total, rate));
      } else {
        LOG.info("Slant {}: {}{} running for {} ({} Spark jobs so far)", runId, p,
            step.isEmpty() ? "" : " (" + step + ")", duration(elapsed), listener.jobs.get());
      }
    } catch (RuntimeException e) {
      LOG.debug("progress line failed", e); // progress is informative only; never fail the run for it
    }
  }

  /**
   * "annotation and analysis: 1,200 of 4,001 articles (30 %), 9.1 articles/s, about 5 min 8 s left". The caller's
   * rate is measured from the first progress line that counted an article, not from the phase's start: the first
   * seconds load the models and wait for the first heartbeat, which would make the estimate far too long. NaN: no
   * estimate yet.
   */
  static String analysisLine(String what, long done, long total, double articlesPerSecond) {
    StringBuilder b = new StringBuilder(what).append(": ")
        .append(String.format(Locale.ROOT, "%,d of %,d articles (%d %%)", done, total,
            total == 0 ? 100 : done * 100 / total));
    if (articlesPerSecond > 0) {
      double rate = articlesPerSecond;
      b.append(String.format(Locale.ROOT, ", %.1f articles/s, about %s left", rate,
          duration((long) ((total - done) / rate * 1e9))));
    } else {
      b.append(", no estimate yet");
    }
    return b.toString();
  }

  /** "2 min 5 s", "48 s", "1 h 3 min". */
  static String duration(long nanos) {
    long s = Math.round(nanos / 1e9);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + (s % 3600) / 60 + " min";
  }

  /** Counts jobs, stages and tasks; keeps the running tasks' article counts from the heartbeats. */
  private final class Listener extends SparkListener {
    final AtomicLong jobs = new AtomicLong();
    final AtomicLong stages = new AtomicLong();
    final AtomicLong tasks = new AtomicLong();
    final Map<Long, Long> running = new ConcurrentHashMap<>();
    final Map<Integer, Long> jobStarts = new ConcurrentHashMap<>();
    // a heartbeat may arrive after its task ended: ended tasks are never counted as running again
    final java.util.Set<Long> ended = ConcurrentHashMap.newKeySet();

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
      jobs.incrementAndGet();
      jobStarts.put(jobStart.jobId(), System.nanoTime());
      LOG.debug("Slant {}: Spark job {} ({}): {}", runId, jobStart.jobId(), step,
          jobStart.stageInfos().isEmpty() ? "" : jobStart.stageInfos().last().name());
    }

    @Override
    public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd jobEnd) {
      Long t0 = jobStarts.remove(jobEnd.jobId());
      if (t0 != null && LOG.isDebugEnabled()) {
        LOG.debug("Slant {}: Spark job {} ended after {} ms", runId, jobEnd.jobId(), (System.nanoTime() - t0) / 1_000_000);
      }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted stageSubmitted) {
      stages.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      tasks.incrementAndGet();
      ended.add(taskEnd.taskInfo().taskId());
      running.remove(taskEnd.taskInfo().taskId());
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
      for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> t
          : CollectionConverters.asJava(update.accumUpdates())) {
        for (AccumulableInfo info : CollectionConverters.asJava(t._4())) {
          long taskId = (Long) t._1();
          if (info.id() == articles.id() && info.update().isDefined() && !ended.contains(taskId)) {
            running.put(taskId, ((Number) info.update().get()).longValue());
          }
        }
      }
    }
  }
}
