package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** code_version: the commit the build stamped into {@value CodeVersion#RESOURCE}, or "unknown". */
class CodeVersionTest {

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void readsTheCommitOfAPropertiesResource() {
    assertEquals("0123456789abcdef0123456789abcdef01234567", CodeVersion.read(loader, "code-version/commit.properties"));
  }

  @Test
  void aBuildFromChangedFilesIsMarkedDirty() {
    assertEquals("0123456789abcdef0123456789abcdef01234567-dirty",
        CodeVersion.read(loader, "code-version/dirty.properties"));
  }

  @Test
  void aMissingResourceOrAnUnfilledValueIsUnknown() {
    assertEquals("unknown", CodeVersion.read(loader, "code-version/none.properties"));
    assertEquals("unknown", CodeVersion.read(loader, "code-version/placeholder.properties"));
  }

  /**
   * In a git checkout the build writes the resource, with the commit checked out (worktrees included), marked dirty
   * when tracked files differ from it (as when tests run on uncommitted changes).
   */
  @Test
  void theBuildStampsTheCheckedOutCommit() throws IOException, InterruptedException {
    assumeTrue(Files.exists(Path.of(".git")), "not a git checkout (e.g. a source tarball)");
    Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
    String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assumeTrue(git.waitFor() == 0, "no git binary: " + head);
    Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
    boolean dirty = !new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
    assertEquals(0, status.waitFor());
    String expected = dirty ? head + "-dirty" : head;
    assertEquals(expected, CodeVersion.read(loader, CodeVersion.RESOURCE));
    assertEquals(expected, SlantJob.codeVersion());
  }
}
