package slant.config;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * Where articles come from.
 *
 * @param path a file, a folder, or a folder of {@code date=YYYY-MM-DD/} partitions
 * @param format {@code auto} (by file extension and content), {@code jsonl} (canonical schema), {@code newsplease},
 *     {@code csv} (header row, canonical column names) or {@code parquet}
 * @param defaultLanguage what a record without a language is: {@code detect} (the default: the language detector
 *     decides, see {@link NlpConfig#detectLanguages()}) or an ISO 639-1 code assumed for every such record (for a
 *     feed known to be in one language)
 */
public record InputConfig(String path, String format, String defaultLanguage) implements Serializable {

  /** {@code input.default_language: detect}: records without a language go to the language detector. */
  public static final String DETECT = "detect";

  public static final Set<String> FORMATS = Set.of("auto", "jsonl", "newsplease", "csv", "parquet");

  public InputConfig {
    path = path == null ? "data/sample" : path;
    format = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
    defaultLanguage = defaultLanguage == null ? DETECT : defaultLanguage.strip().toLowerCase(Locale.ROOT);
    if (!defaultLanguage.equals(DETECT) && !defaultLanguage.matches("[a-z]{2}")) {
      throw new ConfigException("input.default_language must be 'detect' or a two-letter language code, got '"
          + defaultLanguage + "'");
    }
    if (!FORMATS.contains(format)) {
      throw new ConfigException("input.format must be one of " + FORMATS + ", got '" + format + "'");
    }
  }

  public static InputConfig defaults() {
    return new InputConfig(null, null, null);
  }

  public InputConfig withPath(String p) {
    return new InputConfig(p, format, defaultLanguage);
  }

  public InputConfig withFormat(String f) {
    return new InputConfig(path, f, defaultLanguage);
  }
}
