package slant.lang;

import java.util.List;

/** German adjective inflection, shared by the lexicon lookup, the role-title checks and the verb forms. */
public final class GermanAdjectives {

  /**
   * The endings of an inflected German adjective or participle ("nötig|e", "getötet|en", "früher|en"), longest
   * first, so that a caller stripping the first ending that matches strips "-en", not "-n" or "-e" alone. The
   * uninflected form has no ending; callers that accept it test it apart.
   */
  public static final List<String> ENDINGS = List.of("em", "en", "er", "es", "e");

  private GermanAdjectives() {}
}
