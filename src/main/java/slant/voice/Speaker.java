package slant.voice;

import java.io.Serializable;

/** Who is quoted: an actor id (a mention's, or {@code auto:<slug>}) and the name as written; either may be null. */
record Speaker(String id, String name) implements Serializable {

  /** An unknown speaker ("Staatsmedien", "ein Experte", no name in the phrase). */
  static final Speaker UNKNOWN = new Speaker(null, null);

  boolean known() {
    return id != null || name != null;
  }
}
