package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.tables.TableDef;
import slant.tables.Tables;

/**
 * Fault tier: {@code jobs/fault-worker-kill.sh} runs a night on a local standalone cluster, then runs the same night
 * again while killing the worker (and its executor) with SIGKILL during annotation and starting a new one. The second
 * run must finish, rewrite every row, and leave exactly the tables of the undisturbed first run: a lost worker
 * changes nothing, and neither does a second run of the same night.
 */
@Tag("cluster")
class WorkerKillIT extends SparkTestBase {

  static final String WORK = "target/fault-worker-kill";

  @Test
  void aWorkerKilledDuringARunChangesNothing() throws Exception {
    // -Dslant.fault.reuse=true compares the tables of an earlier jobs/fault-worker-kill.sh run without rerunning it.
    if (!Boolean.getBoolean("slant.fault.reuse")) {
      File log = new File("target/fault-worker-kill.out");
      Process p = new ProcessBuilder("jobs/fault-worker-kill.sh", WORK).redirectErrorStream(true)
          .redirectOutput(log).start();
      // Two runs of two days each: ≈ 25 min on a 2-core machine loaded by other builds (load ≈ 19), far less alone.
      boolean done = p.waitFor(45, TimeUnit.MINUTES);
      if (!done) {
        p.destroyForcibly();
      }
      String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
      assertEquals(0, done ? p.exitValue() : -1, "jobs/fault-worker-kill.sh failed:\n" + tail(out));
    }

    String clean = WORK + "/out-clean";
    String disturbed = WORK + "/out";
    List<Row> runs = spark.read().parquet(Tables.RUNS.path(disturbed)).orderBy("started_at").collectAsList();
    assertEquals(2, runs.size(), "the undisturbed run and the disturbed rerun");
    for (Row r : runs) {
      assertTrue(r.<Boolean>getAs("ok"));
    }
    String second = runs.get(1).getAs(Tables.RUN_ID);
    assertEquals(runs.get(0).<Long>getAs("n_read"), runs.get(1).<Long>getAs("n_read"));
    assertEquals(runs.get(0).<Long>getAs("n_accepted"), runs.get(1).<Long>getAs("n_accepted"));
    assertEquals(runs.get(0).<Long>getAs("n_mentions"), runs.get(1).<Long>getAs("n_mentions"));
    assertTrue(runs.get(1).<Long>getAs("n_mentions") > 0);
    for (TableDef t : Tables.ALL) {
      if (t == Tables.RUNS) {
        continue;
      }
      Dataset<Row> rows = spark.read().parquet(t.path(disturbed));
      assertTrue(rows.count() > 0, t.name());
      assertEquals(0, rows.filter(col(Tables.RUN_ID).notEqual(second)).count(),
          t.name() + ": every row was rewritten by the disturbed run");
      assertEquals(dump(clean, t), dump(disturbed, t), t.name() + " differs from the undisturbed run");
    }
  }

  /** A table's rows as sorted JSON, without run_id. */
  static List<String> dump(String root, TableDef t) {
    Dataset<Row> df = spark.read().parquet(t.path(root)).drop(Tables.RUN_ID);
    return df.select(org.apache.spark.sql.functions.to_json(org.apache.spark.sql.functions.struct(col("*"))))
        .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }

  static String tail(String s) {
    return s.length() <= 6000 ? s : s.substring(s.length() - 6000);
  }
}
