package slant.nlp;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A content fingerprint of the CoreNLP models jars a run uses, for the run manifest. Each language's jar is found
 * through a model file it must contain (the same files {@link CoreNlpAnnotator} checks for); the fingerprint is a
 * SHA-256 over each jar's file name and, per entry, its name, size and CRC-32. That reads only the jars' central
 * directories (milliseconds, not the ≈ 700 MB of models) and still changes whenever a model file's content does.
 */
public final class CoreNlpModels {

  private CoreNlpModels() {}

  /** A model file inside each language's models jar. */
  static String markerResource(String language) {
    return language.equals("de") ? "StanfordCoreNLP-german.properties"
        : "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  }

  /**
   * The fingerprint of the models jars of {@code languages}, or null when a language's models are missing or not
   * inside a jar (an exploded classpath: nothing stable to hash cheaply).
   */
  public static String fingerprint(Collection<String> languages) {
    TreeMap<String, File> jars = new TreeMap<>();
    for (String language : languages) {
      File jar = jarOf(markerResource(language));
      if (jar == null) {
        return null;
      }
      jars.put(jar.getName(), jar);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (File jar : jars.values()) {
        sha.update((jar.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        try (ZipFile zip = new ZipFile(jar)) {
          List<String> lines = new ArrayList<>();
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            lines.add(e.getName() + "\t" + e.getSize() + "\t" + e.getCrc() + "\n");
          }
          lines.sort(null);
          for (String l : lines) {
            sha.update(l.getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      return null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The jar file holding a classpath resource, or null. */
  static File jarOf(String resource) {
    URL url = CoreNlpModels.class.getClassLoader().getResource(resource);
    if (url == null || !url.getProtocol().equals("jar")) {
      return null;
    }
    String path = url.getPath();
    int bang = path.indexOf("!/");
    if (bang < 0) {
      return null;
    }
    try {
      return new File(new java.net.URI(path.substring(0, bang)));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
