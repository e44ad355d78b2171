package slant.lang;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns that name a group ({@code data/rules/group-heads.tsv}: "Partei", "Miliz", "Gruppe"), inflected or as a
 * compound's head. Shared by actor discovery (a group noun before a name labels it, and is no one's surname) and cue
 * attribution (a split compound "Neonazi - Partei" labels the name after it). Pure.
 */
public final class GroupNouns {

  /** Inflectional endings after a head ("Parteien", "Milizen", "Gruppen"). */
  private static final List<String> ENDINGS = List.of("", "n", "en", "s", "es", "e");

  private GroupNouns() {}

  /** Whether the word is itself one of {@code heads}, up to an inflectional ending ("Partei", "Parteien"). */
  public static boolean isHead(String word, Set<String> heads) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String head : heads) {
      if (w.startsWith(head) && ENDINGS.contains(w.substring(head.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word ends in one of {@code heads}, up to an inflectional ending ("Islamistengruppe", "Partei"). */
  public static boolean endsInHead(String word, Set<String> heads) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String head : heads) {
      for (String ending : ENDINGS) {
        if (w.endsWith(head + ending)) {
          return true;
        }
      }
    }
    return false;
  }
}
