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
 * A build from a working tree whose tracked files differ from that commit ({@code dirty=true}) reads as
 * {@code <commit>-dirty}: its results cannot be reproduced from the commit alone.
 */
final class CodeVersion {

  static final String RESOURCE = "slant/git.properties";
  static final String UNKNOWN = "unknown";
  static final String KEY = "commit";
  static final String DIRTY_KEY = "dirty";
  static final String DIRTY_SUFFIX = "-dirty";

  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
  private static final String VALUE = read(CodeVersion.class.getClassLoader(), RESOURCE);

  private CodeVersion() {}

  /** This build's commit, or {@value #UNKNOWN}. */
  static String get() {
    return VALUE;
  }

  /**
   * The commit in a properties resource, with {@value #DIRTY_SUFFIX} when it says {@code dirty=true};
   * {@value #UNKNOWN} when it is missing or holds no 40-hex commit id.
   */
  static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty(KEY, "").strip();
      if (!COMMIT.matcher(v).matches()) {
        return UNKNOWN;
      }
      return "true".equals(p.getProperty(DIRTY_KEY, "").strip()) ? v + DIRTY_SUFFIX : v;
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
