package slant.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.WordNormalizer;
import slant.model.MentionKind;

/**
 * The catalogue as lookup tables per language ("de", "en"), keyed like the {@link WordUnit}s of article text: phrase
 * keys of names, aliases, metonyms and role titles; surnames (last words, or the catalogue's family name written first)
 * and first tokens of multi-word person names; demonym
 * keys. Built once per catalogue; read-only afterwards, so shared by all matchers and tasks.
 */
final class ActorIndex implements Serializable {

  /** Longest catalogue phrase looked up, in word units. */
  static final int MAX_PHRASE = 8;

  /**
   * What a phrase key may stand for.
   *
   * @param roleTitle the title as in the catalogue, for kind ROLE; null otherwise
   * @param acronym an all-caps form ("UN", "EU"): matches only where the text is written in capitals too
   * @param capitalised the catalogue form starts with a capital: the text must too ("grünen Energie" is not the
   *     Greens)
   * @param form the catalogue form the key was made from
   */
  record Target(String actorId, MentionKind kind, String roleTitle, boolean acronym, boolean capitalised,
      String form) implements Serializable {
    Target(String actorId, MentionKind kind, String roleTitle, String form) {
      this(actorId, kind, roleTitle, isAcronym(form), !form.isEmpty() && Character.isUpperCase(form.charAt(0)), form);
    }
  }

  private final Map<String, Map<String, List<Target>>> phrases = new HashMap<>(); // language -> key -> targets
  private final Map<String, Map<String, List<String>>> surnames = new HashMap<>(); // language -> key -> person ids
  /** First tokens of multi-word person names ("Kim", "Xi"): linked only after the full name occurred. */
  private final Map<String, Map<String, List<String>>> firstTokens = new HashMap<>();
  private final Map<String, Map<String, String>> demonyms = new HashMap<>(); // language -> stem key -> country id
  /**
   * Person id → the last words of its multi-word names, or its catalogue {@code surname} (a family name written
   * first), {@link #folded}: what a surname alone must read as.
   */
  private final Map<String, Set<String>> surnameForms = new HashMap<>();
  /** Person id → the first words of its multi-word names ("Svenja"). */
  private final Map<String, Set<String>> givenNames = new HashMap<>();
  private final Map<String, List<ActorEntry.Role>> rolesByActor = new HashMap<>();

  private final Map<String, String> countryOf = new HashMap<>();

  ActorIndex(Catalogue catalogue) {
    for (String lang : List.of("de", "en")) {
      index(catalogue, lang);
    }
    for (ActorEntry a : catalogue.entries()) {
      if (a.country() != null) {
        countryOf.put(a.id(), a.country());
      }
    }
  }

  /** The catalogue's country of a person or organisation, or null. */
  String countryOf(String actorId) {
    return countryOf.get(actorId);
  }

  /** Document language → index language: English, or German for everything else. */
  static String lang(String language) {
    return "en".equals(language) ? "en" : "de";
  }

  /** Phrase key → targets (names, aliases, metonyms, role titles); keys of 1 to {@link #MAX_PHRASE} units. */
  Map<String, List<Target>> phrases(String lang) {
    return phrases.get(lang);
  }

  /** Last-word key of a multi-word person name → the persons with that surname, in catalogue order. */
  Map<String, List<String>> surnames(String lang) {
    return surnames.get(lang);
  }

  /**
   * Whether {@code word} is written as a surname of the person, not merely keyed like one: the surname itself or its
   * genitive ("Putin", "Putins", "Erdogans" for Erdoğan; case and diacritics aside). The stemmer keys unrelated words
   * alike ("Contest" as Conte, "Mayer" as May, "Kürze" as Kurz, "Freier" as Frei), and those are no names of the
   * person.
   */
  boolean writesSurname(String actorId, String word) {
    Set<String> forms = surnameForms.getOrDefault(actorId, Set.of());
    String w = folded(word);
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'") || w.endsWith("’")) {
      w = w.substring(0, w.length() - 1);
    }
    return forms.contains(w) || w.endsWith("s") && forms.contains(w.substring(0, w.length() - 1));
  }

  /**
   * Whether a full name found in the text ("Sven Schulze", "Bill Clinton", "Lars Løkke Rasmussen") names another
   * person than the catalogue person {@code actorId} of the same surname: its first word starts with another letter
   * than every first name of the person, or is a first name of the other gender ("Sven", not Svenja Schulze;
   * {@code first-names-de.tsv}), and no word before its
   * last is written other than a name or is a surname of the catalogue or of another person the document names in
   * full ({@code otherSurnames}) — the entity recogniser glues neighbouring names ("Putin?Donald Trump", "Epstein
   * Trump") and keeps misspellings ("Emanuel Macron", "Nerendra Modi"), which are the catalogue person.
   */
  boolean namesAnotherPerson(String actorId, String fullName, String lang, WordNormalizer norm,
      Set<String> otherSurnames) {
    String[] parts = fullName.trim().split("\\s+");
    if (parts.length < 2) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      String key = phraseKey(norm, parts[i]);
      // a glued neighbour ("Putin?Donald Trump", "Epstein Trump") or a stray prefix ("brMarco Rubio") is no name
      if (!parts[i].matches("\\p{Lu}[\\p{Ll}\\p{M}'’.-]*") || surnames.get(lang).containsKey(key)
          || otherSurnames.contains(key)) {
        return false;
      }
    }
    Set<String> known = givenNames.getOrDefault(actorId, Set.of());
    String given = folded(parts[0]);
    if (known.isEmpty() || given.isEmpty()) {
      return false;
    }
    if (known.stream().noneMatch(k -> folded(k).startsWith(given.substring(0, 1)))) {
      return true;
    }
    // the same initial: another person only by a first name of the other gender ("Sven", not Svenja)
    Map<String, String> genders = PronounResolver.firstNameGenders();
    return known.stream().filter(genders::containsKey).findFirst().map(k -> otherGender(k, parts[0])).orElse(false);
  }

  /** Whether two first names are both in {@code first-names-de.tsv}, of different genders ("Sven", "Svenja"). */
  private static boolean otherGender(String firstName, String otherFirstName) {
    Map<String, String> genders = PronounResolver.firstNameGenders();
    String a = genders.get(firstName);
    String b = genders.get(otherFirstName);
    return a != null && b != null && !a.equals(b);
  }

  /** The shortest common beginning of a first name and its variant spelling ("Olex" of Olexandr and Olexander). */
  static final int VARIANT_PREFIX = 4;

  /**
   * Whether a first name written before the person's surname is a variant spelling of one of the person's first
   * names: another word that shares its first {@link #VARIANT_PREFIX} letters with one of them, case and diacritics
   * aside, and is not a first name of the other gender ("Olexander Syrskyj" for the catalogue's Olexandr Syrskyj; not
   * "Thomas" for Thorsten, "Alexandra" for Alexander). The entity recogniser tags both words as one person, and the
   * full name is not the catalogue's, so without this the person became a discovered namesake.
   */
  boolean variantFirstName(String actorId, String firstName) {
    String given = folded(firstName);
    if (given.length() < VARIANT_PREFIX) {
      return false;
    }
    for (String known : givenNames.getOrDefault(actorId, Set.of())) {
      String k = folded(known);
      if (k.length() >= VARIANT_PREFIX && !k.equals(given)
          && k.substring(0, VARIANT_PREFIX).equals(given.substring(0, VARIANT_PREFIX))
          && !otherGender(known, firstName)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case without diacritics ("Erdoğan" → "erdogan", "Bär" → "bar"), ß as ss. */
  static String folded(String word) {
    String d = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT).replace("ß", "ss");
  }

  /** First-word key of a multi-word person name ("Kim") → the persons it begins. */
  Map<String, List<String>> firstTokens(String lang) {
    return firstTokens.get(lang);
  }

  /** Demonym key ("russisch") → country id. */
  Map<String, String> demonyms(String lang) {
    return demonyms.get(lang);
  }

  /** Whether the actor held a role with this title (in {@code lang}) on {@code date}. */
  boolean holds(String actorId, String roleTitle, String lang, LocalDate date) {
    return rolesByActor.getOrDefault(actorId, List.of()).stream()
        .anyMatch(r -> r.heldOn(date) && r.titles().getOrDefault(lang, List.of()).contains(roleTitle));
  }

  /** Whether some run of units is a catalogue phrase, or one unit a surname or demonym. */
  boolean mayHold(List<WordUnit> units, String lang) {
    Map<String, List<Target>> p = phrases.get(lang);
    for (int i = 0; i < units.size(); i++) {
      StringBuilder key = new StringBuilder();
      for (int j = i; j < Math.min(units.size(), i + MAX_PHRASE); j++) {
        key.append(j > i ? " " : "").append(units.get(j).key());
        if (p.containsKey(key.toString())) {
          return true;
        }
      }
      String k = units.get(i).key();
      if (surnames.get(lang).containsKey(k) || demonyms.get(lang).containsKey(k)) {
        return true;
      }
    }
    return false;
  }

  private void index(Catalogue catalogue, String lang) {
    WordNormalizer norm = WordNormalizer.forLanguage(lang);
    Map<String, List<Target>> p = new HashMap<>();
    Map<String, List<String>> s = new HashMap<>();
    Map<String, List<String>> f = new HashMap<>();
    Map<String, String> d = new HashMap<>();
    for (ActorEntry e : catalogue.entries()) {
      Set<String> nameForms = new HashSet<>();
      // Names in every language: "Putin" is written the same in both, and English names appear in German text. Not
      // a country's: its name in another language is part of a foreign name ("Tour de France", "Air France",
      // "Georgia" for the US state, "Make America Great Again", "Palestine Action", "India Today").
      boolean country = e.type().equals("country");
      for (Map.Entry<String, String> n : e.names().entrySet()) {
        if (!country || n.getKey().equals(lang)) {
          nameForms.add(n.getValue());
        }
      }
      for (Map.Entry<String, List<String>> a : e.aliases().entrySet()) {
        if (!country || a.getKey().equals(lang)) {
          nameForms.addAll(a.getValue());
        }
      }
      for (String form : nameForms) {
        add(p, phraseKey(norm, form), new Target(e.id(), MentionKind.NAME, null, form));
        if (e.type().equals("person")) {
          String[] parts = form.trim().split("[\\s]+");
          if (parts.length > 1) {
            // the family name written first where the catalogue says so ("Xi" of Xi Jinping), else the last word
            boolean familyFirst = e.surname() != null && java.util.Arrays.asList(parts).contains(e.surname());
            String surname = familyFirst ? e.surname() : parts[parts.length - 1];
            surnameForms.computeIfAbsent(e.id(), k -> new HashSet<>()).add(folded(surname));
            if (!familyFirst) {
              givenNames.computeIfAbsent(e.id(), k -> new HashSet<>()).add(parts[0]);
            }
            String last = phraseKey(norm, surname);
            s.computeIfAbsent(last, k -> new ArrayList<>());
            if (!s.get(last).contains(e.id())) {
              s.get(last).add(e.id());
            }
            String firstKey = phraseKey(norm, parts[0]);
            List<String> fl = f.computeIfAbsent(firstKey, k -> new ArrayList<>());
            if (!fl.contains(e.id())) {
              fl.add(e.id());
            }
          }
        }
      }
      for (String m : e.metonyms().getOrDefault(lang, List.of())) {
        add(p, phraseKey(norm, m), new Target(e.id(), MentionKind.METONYM, null, m));
      }
      for (String dm : e.demonyms().getOrDefault(lang, List.of())) {
        d.put(norm.key(dm), e.id());
      }
      for (ActorEntry.Role r : e.roles()) {
        for (String title : r.titles().getOrDefault(lang, List.of())) {
          add(p, phraseKey(norm, title), new Target(e.id(), MentionKind.ROLE, title, title));
        }
        // added in each language pass; the duplicates are harmless: holds() asks whether any entry matches
        rolesByActor.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(r);
      }
    }
    phrases.put(lang, p);
    surnames.put(lang, s);
    firstTokens.put(lang, f);
    demonyms.put(lang, d);
  }

  static boolean isAcronym(String form) {
    String letters = form.replaceAll("[^\\p{L}]", "");
    return letters.length() <= 5 && !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  private static void add(Map<String, List<Target>> p, String key, Target t) {
    if (key.isEmpty()) {
      return;
    }
    List<Target> list = p.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(t)) {
      list.add(t);
    }
  }

  /** Key of a catalogue phrase, split like article text: on spaces and hyphens. */
  static String phraseKey(WordNormalizer norm, String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.trim().split("[\\s\\-‐–]+")) {
      String k = norm.key(w);
      if (!k.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : " ").append(k);
      }
    }
    return sb.toString();
  }
}
