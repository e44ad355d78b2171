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
 * @param defaultLanguage language assumed when a record has none
 */
public record InputConfig(String path, String format, String defaultLanguage) implements Serializable {

  public static final Set<String> FORMATS = Set.of("auto", "jsonl", "newsplease", "csv", "parquet");

  public InputConfig {
    path = path == null ? "data/sample" : path;
    format = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
    defaultLanguage = defaultLanguage == null ? "de" : defaultLanguage;
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
