package slant.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One catalogue actor, as written in {@code data/actors.yaml} (schema: {@code docs/actors-catalogue.md}).
 *
 * @param id Wikidata QID where one exists, else {@code slant:<name>}
 * @param type person, country, organisation or group
 * @param names canonical name per language (de and en)
 * @param aliases other full surface forms per language
 * @param metonyms seat-of-power names per language, counted only where they act (not after "in", "nach", "aus")
 * @param demonyms adjective stems per language ("russisch")
 * @param country the actor's country id (persons, organisations)
 * @param roles descriptions that refer to the actor while holding an office
 * @param gender optional: for persons their gender ({@code m}, {@code f}), for other actors the grammatical gender
 *     of the German name ({@code m}, {@code f}, {@code n}, {@code pl}: "die Ukraine" f, "der Iran" m, "die USA" pl);
 *     null lets {@link PronounResolver} infer it (first-name list, name endings). Used only to resolve pronouns.
 * @param surname optional, persons only: the surname where it is not the last word of the names, the family name
 *     written first ("Xi" of Xi Jinping, "Kim" of Kim Jong-un); it alone then refers to the person as another's
 *     last word does, and the last word ("Jinping") does not. Null: the last word of each multi-word name.
 */
public record ActorEntry(
    String id,
    String type,
    Map<String, String> names,
    Map<String, List<String>> aliases,
    Map<String, List<String>> metonyms,
    Map<String, List<String>> demonyms,
    String country,
    List<Role> roles,
    String gender,
    String surname) implements Serializable {

  public static final List<String> TYPES = List.of("person", "country", "organisation", "group");
  public static final List<String> GENDERS = List.of("m", "f", "n", "pl");

  /** An entry without a gender (inferred where needed). */
  public ActorEntry(String id, String type, Map<String, String> names, Map<String, List<String>> aliases,
      Map<String, List<String>> metonyms, Map<String, List<String>> demonyms, String country, List<Role> roles) {
    this(id, type, names, aliases, metonyms, demonyms, country, roles, null, null);
  }

  /** An entry whose surname is the last word of its names. */
  public ActorEntry(String id, String type, Map<String, String> names, Map<String, List<String>> aliases,
      Map<String, List<String>> metonyms, Map<String, List<String>> demonyms, String country, List<Role> roles,
      String gender) {
    this(id, type, names, aliases, metonyms, demonyms, country, roles, gender, null);
  }

  public ActorEntry {
    names = names == null ? Map.of() : Map.copyOf(names);
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    metonyms = metonyms == null ? Map.of() : Map.copyOf(metonyms);
    demonyms = demonyms == null ? Map.of() : Map.copyOf(demonyms);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** The canonical name in a language, falling back to German, then any. */
  public String name(String language) {
    String n = names.get(language);
    if (n == null) {
      n = names.get("de");
    }
    return n != null ? n : names.values().iterator().next();
  }

  /**
   * An office held from {@code from} to {@code to} (exclusive; null: ongoing).
   *
   * @param titles descriptions per language ("Kremlchef", "russischer Präsident")
   */
  public record Role(Map<String, List<String>> titles, String from, String to) implements Serializable {
    public Role {
      titles = titles == null ? Map.of() : Map.copyOf(titles);
      if (from != null) {
        LocalDate.parse(from);
      }
      if (to != null) {
        LocalDate.parse(to);
      }
    }

    public boolean heldOn(LocalDate date) {
      return (from == null || !date.isBefore(LocalDate.parse(from)))
          && (to == null || date.isBefore(LocalDate.parse(to)));
    }
  }
}
