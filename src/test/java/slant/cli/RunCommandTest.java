package slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slant run} errors a night can hit (bad config key, bad date or lookback, missing input): exit 2 and one
 * clear line on stderr, no stack trace. The bad date and config cases fail before Spark starts.
 */
class RunCommandTest {

  /** Runs the CLI and returns its exit code and the stderr lines that are Slant's (Spark may log to stderr too). */
  static String[] run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      code = SlantCli.execute(args);
    } finally {
      System.setErr(saved);
    }
    String err = buf.toString(StandardCharsets.UTF_8);
    assertFalse(err.contains("\tat "), "no stack trace:\n" + err);
    List<String> slant = err.lines().filter(l -> l.startsWith("slant: ")).toList();
    assertEquals(1, slant.size(), "one error line:\n" + err);
    return new String[] {String.valueOf(code), slant.get(0)};
  }

  static void expect(String fragment, String... args) {
    String[] r = run(args);
    assertEquals("2", r[0], r[1]);
    assertTrue(r[1].contains(fragment), r[1]);
  }

  @Test
  void configurationErrorsAreOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "input:\n  path: data/sample\nrun:\n  lookbak_days: 2\n", StandardCharsets.UTF_8);
    expect("lookbak_days", "run", "--config", bad.toString());
    expect("run.date", "run", "--config", "jobs/local.yaml", "--date", "2024-13-01");
    expect("run.lookback_days", "run", "--config", "jobs/local.yaml", "--date", "2024-06-18", "--lookback", "-1");
    expect("config", "run", "--config", dir.resolve("missing.yaml").toString());
  }

  @Test
  void aMissingInputPathIsOneLine(@TempDir Path dir) {
    expect("input path does not exist", "run", "--config", "jobs/local.yaml", "--master", "local[1]",
        "--input", dir.resolve("nowhere").toString(), "--output", dir.resolve("out").toString());
  }
}
