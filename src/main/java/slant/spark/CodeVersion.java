package slant.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The git commit Slant was built from, for the runs table and the run manifest ({@code code_version}). The build
 * writes it to the classpath resource {@value #RESOURCE} (pom.xml: maven-antrun-plugin runs {@code git rev-parse HEAD}
 * in the project folder); a build without a git repository (a source tarball) or without a git
 * binary writes "unknown" there, and a resource missing or holding no 40-hex commit id reads as {@value #UNKNOWN}.
 * Uncommitted changes in the working tree are not marked.
 */
final class CodeVersion {

  static final String RESOURCE = "slant/git.properties";
  static final String UNKNOWN = "unknown";
  static final String KEY = "commit";

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final String VALUE = read(CodeVersion.class.getClassLoader(), RESOURCE);

  private CodeVersion() {}

  /** This build's commit, or {@value #UNKNOWN}. */
  static String get() {
    return VALUE;
  }

  /** The commit in a properties resource; {@value #UNKNOWN} when it is missing or holds no 40-hex commit id. */
  static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty(KEY, "").strip();
      return COMMIT.matcher(v).matches() ? v : UNKNOWN;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
