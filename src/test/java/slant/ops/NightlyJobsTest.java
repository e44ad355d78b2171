package slant.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import slant.config.ConfigLoader;
import slant.config.InputConfig;
import slant.config.SlantConfig;

/** The nightly job files: the config loads, and jobs/submit-nightly.sh passes its own tests (fake spark-submit). */
class NightlyJobsTest {

  @Test
  void nightlyConfigLoadsWithoutDates() {
    SlantConfig c = ConfigLoader.load(Path.of("jobs/nightly.yaml"));
    assertEquals("/data/news", c.input().path());
    assertEquals(InputConfig.DETECT, c.input().defaultLanguage());
    assertEquals(null, c.run().date(), "dates come from the command line");
    assertEquals(null, c.run().from());
    assertFalse(c.nlp().verifyLanguage());
    assertEquals("Europe/Berlin", c.run().timeZone());
    assertEquals(2, c.run().lookbackDays(), "late articles: each night reruns the two days before");
    assertEquals(java.time.LocalDate.parse("2024-06-16"),
        c.run().withDates("2024-06-18", null, null).firstDate());
  }

  @Test
  void localConfigStillLoads() {
    assertEquals("data/sample", ConfigLoader.load(Path.of("jobs/local.yaml")).input().path());
  }

  @Test
  void submitNightlyHandlesItsArgumentsExitCodesAndLock() throws Exception {
    File log = new File("target/test-submit-nightly.out");
    Process p = new ProcessBuilder("bash", "jobs/test-submit-nightly.sh")
        .redirectErrorStream(true).redirectOutput(log).start();
    boolean done = p.waitFor(3, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
    assertTrue(done, "jobs/test-submit-nightly.sh timed out:\n" + out);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains(" 0 failed"), out);
  }
}
