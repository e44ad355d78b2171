package slant.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPresentPathIsReturnedSilentlyInBothModes(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("gold.json"), "[]");
    assertSame(f, SharedData.require(f, "anything", 1, false, errStream));
    assertSame(dir, SharedData.require(dir, "anything", 1, true, errStream), "a folder counts too");
    assertEquals("", stderr());
  }

  @Test
  void outsideCiAMissingPathSkipsWithOneLoudLine(@TempDir Path dir) {
    Path missing = dir.resolve("nope.jsonl");
    TestAbortedException e = assertThrows(TestAbortedException.class,
        () -> SharedData.require(missing, "pronoun offsets", 3, false, errStream));
    String what = missing + " missing (" + missing.toAbsolutePath().normalize() + "): 3 tests cannot check "
        + "pronoun offsets";
    assertEquals("SKIPPED: " + what + " (with CI=true this fails)" + System.lineSeparator(), stderr());
    assertEquals(what, e.getMessage());
  }

  @Test
  void inCiAMissingPathFailsNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> SharedData.require(missing, "GerNTSA figures", 1, true, errStream));
    assertEquals(missing + " missing (" + missing.toAbsolutePath().normalize() + "): 1 test cannot check "
        + "GerNTSA figures [CI=true: shared data is required]", e.getMessage());
    assertEquals("", stderr(), "the failure itself is the message");
  }

  @Test
  void aTestMethodCountsAsOneTest() {
    assertEquals(1, SharedData.callerTests());
  }

  @Test
  void aLifecycleMethodStandsForEveryTestOfItsClass() {
    assertEquals(2, Fixture.beforeAll());
  }

  /** Stands in for a test class whose {@code @BeforeAll} needs shared data. */
  static final class Fixture {

    static int beforeAll() {
      return SharedData.callerTests();
    }

    @Test
    void one() {}

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = 1)
    void two(int x) {}
  }
}
