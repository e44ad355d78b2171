package slant.lang;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The grammatical gender of a German organisation's head noun by its ending ({@code
 * data/rules/de/organisation-gender-endings.tsv}: "-kommission" f, "-dienst" m, "-amt" n): the first ending in file
 * order that the lower-case noun, or its last hyphenated part, ends with. Read by the pronoun resolver (which
 * organisation "sie" or "er" can be) and by entity discovery (a discovered name's base form). Immutable.
 */
public final class GermanNounGender implements Serializable {

  private record Ending(String ending, String gender) implements Serializable {}

  private final List<Ending> endings;

  private GermanNounGender(List<Ending> endings) {
    this.endings = List.copyOf(endings);
  }

  /** The endings of {@code de/organisation-gender-endings.tsv} in {@code rules}. */
  public static GermanNounGender of(Rules rules) {
    List<Ending> e = new ArrayList<>();
    for (List<String> row : rules.rows("de/organisation-gender-endings.tsv")) {
      e.add(new Ending(row.get(0), row.get(1)));
    }
    return new GermanNounGender(e);
  }

  /** "m", "f" or "n" for the noun ("Wetterdienst" m, "Fußball-Liga" f), or null when no ending fits. */
  public String of(String noun) {
    String h = noun.toLowerCase(Locale.ROOT);
    h = h.substring(h.lastIndexOf('-') + 1);
    for (Ending e : endings) {
      if (h.endsWith(e.ending())) {
        return e.gender();
      }
    }
    return null;
  }
}
