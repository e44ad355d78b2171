package slant.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import slant.config.ConfigException;
import slant.config.ConfigLoader;
import slant.config.InputConfig;
import slant.config.NlpConfig;
import slant.config.RunConfig;

/** Lingua-backed detection and what ArticleValidator makes of it (unsupported, undetected, verified). */
class LanguageDetectionTest {

  static final String DE = "Die Bundesregierung hat am Dienstag neue Hilfen für die Ukraine beschlossen. Kanzler Scholz "
      + "sprach von einem wichtigen Signal an Kiew und an die Partner in Europa.";
  static final String EN = "The German government approved new aid for Ukraine on Tuesday. The chancellor called it an "
      + "important signal to Kyiv and to the partners in Europe.";
  static final String FR = "Le gouvernement allemand a approuvé mardi une nouvelle aide à l'Ukraine. Le chancelier a "
      + "parlé d'un signal important adressé à Kiev et aux partenaires européens.";
  static final String JUNK = "rahjmy uwwkrx nfmqge ebeoap 0x1f ezsdzs pmqcxj ### tgdyxk";

  static final NlpConfig NLP = NlpConfig.defaults();

  private static RawRecord rec(String title, String text, String lang) {
    return new RawRecord("a", "o", "2024-06-18T10:00:00+02:00", title, text, null, lang, List.of(), "f.jsonl", 7L,
        null, null, null);
  }

  private static final ArticleValidator DETECT = new ArticleValidator(RunConfig.defaults(), NLP, InputConfig.DETECT);

  @Test
  void detectsGermanEnglishAndFrenchAmongTheCandidates() {
    assertEquals("de", LanguageDetection.detect(NLP, DE).language());
    assertEquals("en", LanguageDetection.detect(NLP, EN).language());
    assertEquals("fr", LanguageDetection.detect(NLP, FR).language());
    assertTrue(LanguageDetection.detect(NLP, DE).confident(NLP.detectMinMargin()));
  }

  @Test
  void junkShortTextsAndDigitsAreUndetectable() {
    assertFalse(LanguageDetection.detect(NLP, JUNK).confident(NLP.detectMinMargin()));
    assertFalse(LanguageDetection.detect(NLP, "Putin.").confident(NLP.detectMinMargin()));
    assertNull(LanguageDetection.detect(NLP, "12345 678 -- ####").language());
  }

  @Test
  void aRecordWithoutLanguageGetsTheDetectedOne() {
    assertEquals("de", DETECT.validate(rec("Hilfen beschlossen", DE, null)).article().language());
    assertEquals("en", DETECT.validate(rec(null, EN, " ")).article().language());
  }

  @Test
  void detectedButNotAnalysedIsUnsupported() {
    ArticleValidator.Outcome o = DETECT.validate(rec(null, FR, null));
    assertEquals(Reasons.UNSUPPORTED_LANGUAGE, o.rejectReason());
    assertTrue(o.detail().contains("'fr'") && o.detail().contains("detected"), o.detail());
  }

  @Test
  void undetectableTextIsRejectedAsUndetected() {
    ArticleValidator.Outcome o = DETECT.validate(rec(null, JUNK, null));
    assertEquals(Reasons.UNDETECTED_LANGUAGE, o.rejectReason());
    assertTrue(o.detail().contains("nlp.detect_min_margin"), o.detail());
    assertEquals(Reasons.UNDETECTED_LANGUAGE, DETECT.validate(rec(null, "Putin.", null)).rejectReason());
  }

  @Test
  void aStatedLanguageIsTrustedUnlessVerificationIsOn() {
    // an English text labelled German: trusted by default
    assertEquals("de", DETECT.validate(rec(null, EN, "de")).article().language());
    ArticleValidator verify = new ArticleValidator(RunConfig.defaults(),
        NLP.withLanguageDetection(true, null, null), InputConfig.DETECT);
    assertEquals("en", verify.validate(rec(null, EN, "de")).article().language());
    ArticleValidator.Outcome fr = verify.validate(rec(null, FR, "de"));
    assertEquals(Reasons.UNSUPPORTED_LANGUAGE, fr.rejectReason());
    assertTrue(fr.detail().contains("stated 'de'"), fr.detail());
    // agreement, and texts too short to overrule the label, keep the stated language
    assertEquals("de", verify.validate(rec(null, DE, "de")).article().language());
    assertEquals("en", verify.validate(rec(null, "Putin.", "en")).article().language());
  }

  @Test
  void aFixedDefaultLanguageSkipsDetection() {
    ArticleValidator fixed = new ArticleValidator(RunConfig.defaults(), NLP, "de");
    assertEquals("de", fixed.validate(rec(null, JUNK, null)).article().language());
  }

  @Test
  void oneDetectorPerJvmSharedByThreads() throws Exception {
    assertSame(LanguageDetection.detector(NLP), LanguageDetection.detector(NlpConfig.defaults()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> f = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String t = i % 3 == 0 ? DE : i % 3 == 1 ? EN : FR;
        f.add(pool.submit(() -> LanguageDetection.detect(NLP, t).language()));
      }
      for (int i = 0; i < 40; i++) {
        assertEquals(i % 3 == 0 ? "de" : i % 3 == 1 ? "en" : "fr", f.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theValidatorSerialisesWithoutADetector() throws Exception {
    DETECT.validate(rec(null, DE, null));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(DETECT);
    }
    assertTrue(bytes.size() < 4000, "no detector or model inside: " + bytes.size() + " bytes");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ArticleValidator copy = (ArticleValidator) in.readObject();
      assertNotNull(copy.validate(rec(null, DE, null)).article());
    }
  }

  @Test
  void configKeysAndTheirChecks() {
    NlpConfig c = ConfigLoader.parse("""
        nlp: {verify_language: true, detect_languages: [de, en, fr], detect_min_margin: 0.2, detect_accuracy: low}
        input: {default_language: detect}
        """, "t").nlp();
    assertTrue(c.verifyLanguage());
    assertEquals(List.of("de", "en", "fr"), c.detectLanguages());
    assertEquals(0.2, c.detectMinMargin());
    assertEquals("low", c.detectAccuracy());
    assertEquals(InputConfig.DETECT, ConfigLoader.parse("{}", "t").input().defaultLanguage());
    assertFalse(ConfigLoader.parse("{}", "t").nlp().verifyLanguage());
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("nlp: {detect_languages: [fr, es]}", "t"));
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("nlp: {detect_languages: [de, en, xx]}", "t"));
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("nlp: {detect_accuracy: medium}", "t"));
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("input: {default_language: german}", "t"));
  }
}
