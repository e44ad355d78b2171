package slant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end tier: {@code jobs/cluster-smoke.sh} starts a standalone master and worker, spark-submits the
 * cluster jar built by {@code mvn package} on the sample corpus, and checks the tables. Runs in {@code verify}.
 */
@Tag("cluster")
class ClusterSmokeIT {

  @Test
  void sparkSubmitOnAStandaloneClusterWritesTheTables() throws Exception {
    Process p = new ProcessBuilder("jobs/cluster-smoke.sh")
        .redirectOutput(new File("target/cluster-smoke.out"))
        .redirectErrorStream(true)
        .start();
    boolean done = p.waitFor(20, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    assertEquals(0, done ? p.exitValue() : -1, "jobs/cluster-smoke.sh failed; see target/cluster-smoke.out");
  }
}
