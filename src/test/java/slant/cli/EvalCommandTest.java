package slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage errors of {@code slant eval}: exit code 2 before any model is loaded, nothing on stdout, and on stderr exactly
 * the one line {@link SlantCli#failed} prints for a configuration error ({@code slant: <message>}).
 */
class EvalCommandTest {

  private record Outcome(int code, String stdout, String stderr) {}

  /** Runs {@code slant} with System.out and System.err captured (picocli writes usage errors to System.err). */
  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = SlantCli.execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertUsageError(String message, String... args) {
    Outcome o = run(args);
    String what = String.join(" ", args);
    assertEquals(2, o.code(), what);
    assertEquals("", o.stdout(), what);
    assertEquals("slant: " + message + System.lineSeparator(), o.stderr(), what);
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatIsWrong(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, "[{\"id\": \"a\", \"opinion_snippet\": \"Scholz lacht.\", \"target\": \"Scholz\","
        + " \"target_anchor\": {\"from\": 0, \"to\": 6}, \"sentiment\": {\"polarity\": \"positive\"}}]",
        StandardCharsets.UTF_8);
    String g = gold.toString();
    assertUsageError("eval needs --format gerntsa|newsmtsc", "eval", g);
    assertUsageError("eval needs the gold FILE", "eval", "--format", "gerntsa");
    assertUsageError("--format must be one of [gerntsa, newsmtsc], got 'semeval'", "eval", "--format", "semeval", g);
    assertUsageError("--limit must be a positive whole number, got 'abc'",
        "eval", "--format", "gerntsa", "--limit", "abc", g);
    assertUsageError("--limit must be a positive whole number, got '0'",
        "eval", "--format", "gerntsa", "--limit", "0", g);
    assertUsageError("--neutral-band must be a number in [0, 1), got '1.5'",
        "eval", "--format", "gerntsa", "--neutral-band", "1.5", g);
    assertUsageError("--lexicon and --lexicon-format go together", "eval", "--format", "gerntsa", "--lexicon", g, g);
    assertUsageError("--lexicon and --lexicon-format go together",
        "eval", "--format", "gerntsa", "--lexicon-format", "rauh", g);
    assertUsageError("--date must be YYYY-MM-DD, got '2022-13-01'",
        "eval", "--format", "gerntsa", "--date", "2022-13-01", g);
    Path missing = dir.resolve("missing.json");
    assertUsageError("no such file: " + missing, "eval", "--format", "gerntsa", missing.toString());
    // a GerNTSA file read as NewsMTSC (the default configuration analyses English too, so the reader is reached)
    assertUsageError(g + " line 1: missing text field 'sentence_normalized'", "eval", "--format", "newsmtsc", g);
    Path germanOnly = dir.resolve("de.yaml");
    Files.writeString(germanOnly, "nlp:\n  languages: [de]\n", StandardCharsets.UTF_8);
    assertUsageError("newsmtsc is en but nlp.languages is [de]",
        "eval", "--config", germanOnly.toString(), "--format", "newsmtsc", g);
    Path vader = dir.resolve("vader.txt");
    Files.writeString(vader, "good\t1.9\t0.5\t[2, 2]\n", StandardCharsets.UTF_8);
    assertUsageError("--lexicon-format vader is for language en, but gerntsa is de",
        "eval", "--format", "gerntsa", "--lexicon", vader.toString(), "--lexicon-format", "vader", g);
    assertUsageError("--method must be one of [rules, trained], got 'svm'",
        "eval", "--format", "gerntsa", "--method", "svm", g);
    assertUsageError("--misses, --min-evidence and --cache go with --format actors",
        "eval", "--format", "gerntsa", "--misses", g);
  }
}
