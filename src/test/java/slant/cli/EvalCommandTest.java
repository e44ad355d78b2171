package slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code slant eval}: exit code 2 before any model is loaded. */
class EvalCommandTest {

  @Test
  void usageErrorsExitWithTwo(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, "[{\"id\": \"a\", \"opinion_snippet\": \"Scholz lacht.\", \"target\": \"Scholz\","
        + " \"target_anchor\": {\"from\": 0, \"to\": 6}, \"sentiment\": {\"polarity\": \"positive\"}}]",
        StandardCharsets.UTF_8);
    String g = gold.toString();
    assertEquals(2, SlantCli.execute("eval", g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa"));
    assertEquals(2, SlantCli.execute("eval", "--format", "semeval", g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", "--limit", "abc", g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", "--limit", "0", g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", "--neutral-band", "1.5", g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", "--lexicon", g, g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", "--lexicon-format", "rauh", g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", "--date", "2022-13-01", g));
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", dir.resolve("missing.json").toString()));
    assertEquals(2, SlantCli.execute("eval", "--format", "newsmtsc", g));
    Path vader = dir.resolve("vader.txt");
    Files.writeString(vader, "good\t1.9\t0.5\t[2, 2]\n", StandardCharsets.UTF_8);
    assertEquals(2, SlantCli.execute("eval", "--format", "gerntsa", "--lexicon", vader.toString(),
        "--lexicon-format", "vader", g));
  }
}
