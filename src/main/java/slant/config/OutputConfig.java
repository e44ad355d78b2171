package slant.config;

import java.io.Serializable;

/**
 * @param path the output root; every table is a folder below it
 * @param writeAnnotations whether the main job writes the {@code annotations} table (tokens, tags, entities and
 *     parses of every analysed article) so that {@code slant rescore} can recompute scores without CoreNLP; default
 *     true. It costs roughly as much storage as the mentions table and a few percent of a run's time
 *     (docs/performance.md); turn it off only where rescoring will never be needed
 */
public record OutputConfig(String path, Boolean writeAnnotations) implements Serializable {

  public OutputConfig {
    path = path == null ? "out" : path;
    writeAnnotations = writeAnnotations == null || writeAnnotations;
  }

  /** An output root with the default settings. */
  public OutputConfig(String path) {
    this(path, null);
  }

  public static OutputConfig defaults() {
    return new OutputConfig(null, null);
  }

  public OutputConfig withPath(String v) {
    return new OutputConfig(v, writeAnnotations);
  }
}
