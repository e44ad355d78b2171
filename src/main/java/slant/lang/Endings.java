package slant.lang;

import java.util.Set;

/**
 * Word lists matched by the end of a word or key: a compound's head ("haftstraf" ends in "straf", "Wintersturm" in
 * "sturm"). Shared by actor discovery and cue attribution. Pure.
 */
public final class Endings {

  private Endings() {}

  /** Whether {@code word} (as given: a lower-case word or a WordNormalizer key) ends with one of {@code ends}. */
  public static boolean endsWithAny(String word, Set<String> ends) {
    for (String e : ends) {
      if (word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
