package slant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The end-to-end tier, run by {@code mvn verify} after the cluster jar is packaged: {@code jobs/cluster-smoke.sh}
 * starts a standalone master and worker, spark-submits the jar on the sample corpus and checks the tables; then
 * {@code jobs/notebooks.sh} executes every analyst notebook headless against those tables.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

  static final String TABLES = "target/cluster-smoke/out";

  static int run(String log, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(new File(log)).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }

  @Test
  @Order(1)
  void sparkSubmitOnAStandaloneClusterWritesTheTables() throws Exception {
    assertEquals(0, run("target/cluster-smoke.out", Map.of(), "jobs/cluster-smoke.sh", TABLES),
        "jobs/cluster-smoke.sh failed; see target/cluster-smoke.out");
  }

  @Test
  @Order(2)
  void everyNotebookRunsHeadlessAndDrawsAFigure() throws Exception {
    assertEquals(0, run("target/notebooks.out", Map.of("SLANT_TABLES", TABLES, "NOTEBOOKS_OUT", "target/notebooks"),
        "jobs/notebooks.sh"), "jobs/notebooks.sh failed; see target/notebooks.out");
  }
}
