package slant.config;

import java.io.Serializable;

/** @param path the output root; every table is a folder below it */
public record OutputConfig(String path) implements Serializable {

  public OutputConfig {
    path = path == null ? "out" : path;
  }

  public static OutputConfig defaults() {
    return new OutputConfig(null);
  }
}
