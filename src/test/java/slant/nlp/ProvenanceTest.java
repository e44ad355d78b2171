package slant.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.input.LanguageDetection;

/** What the run manifest records about the models and libraries: cheap, stable, and true to the build. */
class ProvenanceTest {

  @Test
  void coreNlpModelsFingerprintIsStableAndPerLanguageSet() {
    long t0 = System.nanoTime();
    String de = CoreNlpModels.fingerprint(List.of("de"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertNotNull(de, "the German models jar is on the test classpath");
    assertEquals(64, de.length());
    assertEquals(de, CoreNlpModels.fingerprint(List.of("de")));
    String both = CoreNlpModels.fingerprint(List.of("de", "en"));
    assertNotEquals(de, both, "the English jar is part of the fingerprint when English is analysed");
    assertEquals(both, CoreNlpModels.fingerprint(List.of("en", "de")), "order of nlp.languages does not matter");
    assertTrue(ms < 5000, "reads only the central directory (" + ms + " ms)");
  }

  @Test
  void linguaVersionMatchesThePom() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    int at = pom.indexOf("<artifactId>lingua</artifactId>");
    assertTrue(at > 0);
    String version = pom.substring(pom.indexOf("<version>", at) + 9, pom.indexOf("</version>", at));
    assertEquals(version, LanguageDetection.LINGUA_VERSION);
  }
}
