package slant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules (README, Layout), checked on the compiled classes: only {@code nlp/} (and the bench's bare
 * CoreNLP baseline) uses CoreNLP; only {@code spark/} uses Spark, besides the two commands that hold a SparkSession.
 * A class uses a library when its constant pool names one of the library's classes ({@code edu/stanford/nlp/...}),
 * which catches imports and fully qualified uses alike; the same scan as {@code jdeps -verbose:class}, without
 * needing the JDK tool.
 */
class ArchitectureTest {

  private static final Path CLASSES = Path.of("target/classes/slant");

  @Test
  void onlyNlpAndTheBareBaselineUseCoreNlp() throws IOException {
    TreeSet<String> users = users("edu/stanford/nlp/");
    assertTrue(users.contains("slant/nlp/CoreNlpAnnotator"), "the scan finds the annotator's use: " + users);
    assertEquals(List.of(), users.stream().filter(Predicate.not(
        c -> c.startsWith("slant/nlp/") || c.matches("slant/bench/BareCoreNlp(\\$.*)?"))).toList());
  }

  @Test
  void onlySparkAndTheSessionHoldingCommandsUseSpark() throws IOException {
    TreeSet<String> users = users("org/apache/spark/");
    assertTrue(users.contains("slant/spark/SlantJob"), "the scan finds the job's use: " + users);
    assertEquals(List.of(), users.stream().filter(Predicate.not(
        c -> c.startsWith("slant/spark/") || c.matches("slant/cli/(RunCommand|RescoreCommand)(\\$.*)?"))).toList());
  }

  /** The classes (as slant/pkg/Name, nested ones with their $ suffix) whose bytes name a class under {@code prefix}. */
  private static TreeSet<String> users(String prefix) throws IOException {
    assertTrue(Files.isDirectory(CLASSES), "compiled classes in " + CLASSES);
    byte[] needle = prefix.getBytes(StandardCharsets.ISO_8859_1);
    TreeSet<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        if (contains(Files.readAllBytes(f), needle)) {
          String rel = CLASSES.getParent().relativize(f).toString().replace('\\', '/');
          out.add(rel.substring(0, rel.length() - ".class".length()));
        }
      }
    }
    return out;
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
