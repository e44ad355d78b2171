package slant.input;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import slant.config.NlpConfig;

/**
 * Language detection with Lingua, restricted to a configured candidate set ({@code nlp.detect_languages}).
 *
 * <p>One detector per JVM and configuration, built on first use and shared by all threads (Lingua's detector is
 * thread-safe; its n-gram models load lazily on the first detection, ≈ 10 s and ≈ 260 MB of heap for ten languages in
 * high-accuracy mode). Nothing here is serialised: callers keep no detector in their fields. The models are JSON
 * tables inside the Lingua jar, read with Moshi; there is no Java deserialization.
 */
public final class LanguageDetection {

  /** The Lingua version on the classpath (its jar carries no version; a test checks this against pom.xml). */
  public static final String LINGUA_VERSION = "1.2.2";

  /** Texts are cut to this many characters before detection: plenty for a decision, and bounded time. */
  public static final int MAX_CHARS = 3000;

  /**
   * The detector's answer.
   *
   * @param language ISO 639-1 code of the most likely candidate, or null when the text has no letters at all
   * @param margin 1 − the relative confidence of the second-best candidate (0: a tie, 1: no other candidate fits)
   */
  public record Guess(String language, double margin) {
    public boolean confident(double minMargin) {
      return language != null && margin >= minMargin;
    }

    @Override
    public String toString() {
      return language == null ? "none" : String.format(Locale.ROOT, "%s (margin %.2f)", language, margin);
    }
  }

  private static final Map<String, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

  private LanguageDetection() {}

  /** Detects the language of {@code text} among {@code nlp.detect_languages}. */
  public static Guess detect(NlpConfig nlp, String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    SortedMap<Language, Double> confidence = detector(nlp).computeLanguageConfidenceValues(sample);
    Iterator<Map.Entry<Language, Double>> it = confidence.entrySet().iterator();
    if (!it.hasNext()) {
      return new Guess(null, 0);
    }
    Map.Entry<Language, Double> top = it.next();
    double second = it.hasNext() ? it.next().getValue() : 0.0;
    double margin = top.getValue() <= 0 ? 0 : Math.max(0, 1 - second / top.getValue());
    return new Guess(top.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), margin);
  }

  /** The JVM's detector for this configuration (built once, then shared). */
  static LanguageDetector detector(NlpConfig nlp) {
    String key = nlp.detectAccuracy() + ":" + String.join(",", nlp.detectLanguages());
    return DETECTORS.computeIfAbsent(key, k -> build(nlp.detectLanguages(), nlp.detectAccuracy().equals("low")));
  }

  private static LanguageDetector build(List<String> codes, boolean lowAccuracy) {
    IsoCode639_1[] iso = codes.stream().map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
        .toArray(IsoCode639_1[]::new);
    LanguageDetectorBuilder b = LanguageDetectorBuilder.fromIsoCodes639_1(iso);
    return (lowAccuracy ? b.withLowAccuracyMode() : b).build();
  }
}
