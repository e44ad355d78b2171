package slant.testing;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Data outside the repository, in {@code ../shared} (corpora and gold sets that are too large or not ours to
 * redistribute). A test that needs a missing file must not look green: with the environment variable {@code CI} set
 * to {@code true} it fails, naming the path; elsewhere it is skipped (a JUnit assumption) and one line starting with
 * {@code SKIPPED:} on stderr says which file is missing and how many tests could not check what.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * {@code path} when it exists; otherwise fails (CI) or skips. Called from a test method it counts as one test;
   * called from {@code @BeforeAll} or {@code @BeforeEach} it stands for every test of the class.
   *
   * @param path the file or folder, relative to the project directory (e.g. {@code ../shared/data/...})
   * @param checks what the tests that need it check, for the message (e.g. "pronoun links on the seed article")
   */
  public static Path require(String path, String checks) {
    return require(Path.of(path), checks, callerTests(), "true".equalsIgnoreCase(System.getenv("CI")), System.err);
  }

  /** {@link #require(String, String)} with the test count, the CI flag and the stream for the line given. */
  static Path require(Path path, String checks, int tests, boolean ci, PrintStream err) {
    if (Files.exists(path)) {
      return path;
    }
    String missing = path + " missing (" + path.toAbsolutePath().normalize() + "): " + tests
        + (tests == 1 ? " test cannot check " : " tests cannot check ") + checks;
    if (ci) {
      return Assertions.fail(missing + " [CI=true: shared data is required]");
    }
    err.println("SKIPPED: " + missing + " (with CI=true this fails)");
    err.flush();
    Assumptions.abort(missing);
    throw new AssertionError("unreachable: Assumptions.abort returned");
  }

  /**
   * How many tests the calling method stands for: 1 if it is a test itself, else the number of test methods of its
   * class (a lifecycle method such as {@code @BeforeAll}).
   */
  static int callerTests() {
    StackWalker.StackFrame caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.filter(f -> f.getDeclaringClass() != SharedData.class).findFirst())
        .orElseThrow();
    Class<?> type = caller.getDeclaringClass();
    boolean callerIsTest = Arrays.stream(type.getDeclaredMethods())
        .anyMatch(m -> m.getName().equals(caller.getMethodName()) && isTest(m));
    if (callerIsTest) {
      return 1;
    }
    return (int) Arrays.stream(type.getDeclaredMethods()).filter(SharedData::isTest).count();
  }

  /** {@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest}, …: (meta-)annotated {@link Testable}. */
  private static boolean isTest(Method m) {
    return AnnotationSupport.isAnnotated(m, Testable.class);
  }
}
