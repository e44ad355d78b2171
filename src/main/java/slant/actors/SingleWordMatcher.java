package slant.actors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import slant.lang.WordNormalizer;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Step 2, single catalogue words on units still free: the surname of a catalogue person ("Putins"; kind
 * PARTIAL_NAME, or COMPOUND inside a hyphenated word; a double surname's two hyphen-joined parts together,
 * "Brosius-Gersdorf"), the first name of a person already named in full ("Kim"), and
 * demonym adjectives ("russische Truppen"; kind DEMONYM). Runs after {@link PhraseMatcher}: it reads
 * {@link DocState#fullNamesSeen}, and a word of a full name is never a surname alone. Surname and demonym are tried
 * on each unit in turn, so where both could take a token, the earlier unit wins.
 */
final class SingleWordMatcher implements SentenceStep {

  private final ActorIndex index;
  private final MentionFactory mentions;
  private final Set<String> wordSurnames;
  private final List<String> titleEndings;

  /**
   * @param wordSurnames catalogue surnames that are also names of places or common words ({@code
   *     de/word-surnames.tsv}: "Rhein"), lower case: alone, they name the person only after the full name or right
   *     after a title noun
   * @param titleEndings {@code title-endings.tsv}
   */
  SingleWordMatcher(ActorIndex index, MentionFactory mentions, Set<String> wordSurnames, List<String> titleEndings) {
    this.index = index;
    this.mentions = mentions;
    this.wordSurnames = Set.copyOf(wordSurnames);
    this.titleEndings = List.copyOf(titleEndings);
  }

  @Override
  public void apply(SentenceState st) {
    DocState d = st.doc();
    String lang = d.lang();
    Sentence s = st.sentence();
    Set<String> fullNamesSeen = d.fullNamesSeen();
    List<WordUnit> units = st.units();
    for (int i = 0; i < units.size(); i++) {
      WordUnit u = units.get(i);
      if (st.taken()[u.token()]) {
        continue;
      }
      if (doubleSurname(st, units, i)) {
        i++;
        continue;
      }
      Token tok = s.token(u.token());
      List<String> persons = index.surnames(lang).get(u.key());
      boolean possessive = false;
      if (persons == null && u.altKey() != null) {
        persons = index.surnames(lang).get(u.altKey());
        possessive = persons != null;
      }
      String shortStem = shortSurnameGenitive(u.text());
      if (persons == null && shortStem != null) {
        // "Xis Besuch": the genitive of a two-letter surname, too short for WordUnit.altKey (which leaves "Das",
        // "Uns" alone); writesSurname below keeps only persons whose surname it is (since 2026-12-08)
        persons = index.surnames(lang).get(d.norm().key(shortStem));
        possessive = persons != null;
      }
      if (persons != null) {
        // keyed like the surname is not enough: "Contest" is no Conte, "Kürze" no Kurz
        persons = persons.stream().filter(id -> index.writesSurname(id, u.text())).toList();
        persons = persons.isEmpty() || namesSomeoneElse(d, u, persons, lang) ? null : persons;
        String variant = persons == null || possessive ? null : variantFullName(s, u, persons, st.taken());
        if (variant != null) {
          // "Olexander Syrskyj": the catalogue's Olexandr Syrskyj with his first name spelt otherwise
          st.take(mentions.mention(d.doc(), s, variant, u.token() - 1, u.token() + 1, MentionKind.NAME, lang));
          fullNamesSeen.add(variant);
          continue;
        }
      }
      if (persons == null) {
        List<String> byFirst = index.firstTokens(lang).get(u.key());
        if (byFirst != null) {
          persons = byFirst.stream().filter(fullNamesSeen::contains).toList();
          persons = persons.isEmpty() ? null : persons;
        }
      }
      if (persons != null && persons.stream().noneMatch(fullNamesSeen::contains) && wordSurname(s, u)) {
        persons = null; // "auf Rhein und Donau": the river, not Boris Rhein, unless he is named or titled
      }
      if (persons != null && isSurnameAlone(s, u.token(), persons, fullNamesSeen)
          && !beforeOthersSurname(s, u.token(), possessive, st.taken(), lang)) {
        String id = pickPerson(persons, fullNamesSeen);
        if (id != null) {
          st.take(mentions.mention(d.doc(), s, id, u.token(), u.token() + 1,
              u.joinedLeft() || u.joinedRight() ? MentionKind.COMPOUND : MentionKind.PARTIAL_NAME, lang));
        }
        continue;
      }
      String country = index.demonyms(lang).get(u.key());
      // German capitalises adjectives only at the start of a sentence or in names ("Russische Föderation")
      boolean capitalisedInName = u.token() > 0 && Character.isUpperCase(tok.word().charAt(0))
          && lang.equals("de") && !u.joinedRight();
      if (country != null && !capitalisedInName
          && ("ADJ".equals(tok.pos()) || u.joinedRight() || openingAttribute(s, u.token()))) {
        st.take(mentions.mention(d.doc(), s, country, u.token(), u.token() + 1, MentionKind.DEMONYM, lang));
      }
    }
  }

  /**
   * A catalogue person's double surname written alone, its two parts joined by a hyphen ("nach dem Rückzug von
   * Brosius-Gersdorf", "Kramp-Karrenbauers Nachfolger"), taken as one mention from unit {@code i} over the next,
   * where it reads as a name ({@link #isSurnameAlone}, as a one-word surname must) and names one person. Until 2026-12-07 such a surname alone was never linked: units are the
   * parts of a hyphenated word, and the index keys the surname by both.
   */
  private boolean doubleSurname(SentenceState st, List<WordUnit> units, int i) {
    WordUnit u = units.get(i);
    if (!u.joinedRight() || i + 1 >= units.size()) {
      return false;
    }
    WordUnit v = units.get(i + 1);
    if (!v.joinedLeft() || st.taken()[v.token()]) {
      return false;
    }
    DocState d = st.doc();
    String lang = d.lang();
    List<String> persons = index.surnames(lang).get(u.key() + " " + v.key());
    boolean possessive = false;
    if (persons == null && v.altKey() != null) {
      persons = index.surnames(lang).get(u.key() + " " + v.altKey());
      possessive = true;
    }
    if (persons == null) {
      return false;
    }
    String written = u.text() + "-" + v.text();
    persons = persons.stream().filter(id -> index.writesSurname(id, written)).toList();
    Sentence s = st.sentence();
    if (persons.isEmpty() || !isSurnameAlone(s, u.token(), persons, d.fullNamesSeen())) {
      return false;
    }
    String id = pickPerson(persons, d.fullNamesSeen());
    if (id == null) {
      return false;
    }
    boolean compound = u.joinedLeft() || v.joinedRight();
    st.take(mentions.mention(d.doc(), s, id, u.token(), v.token() + 1,
        compound && !possessive ? MentionKind.COMPOUND : MentionKind.PARTIAL_NAME, lang));
    return true;
  }

  /**
   * Whether the surname is that of a person outside the catalogue whom the document names in full with another first
   * name ("Bill Clinton … gegen Clinton" is not Hillary Clinton, "Sepp Müller" not Klaus Müller;
   * {@link ActorIndex#namesAnotherPerson}), while none of the catalogue's persons of that surname is named in full:
   * discovery then links it to that person.
   */
  private boolean namesSomeoneElse(DocState d, WordUnit u, List<String> persons, String lang) {
    String auto = d.discoveredSurnames().get(u.key());
    if (auto == null && u.altKey() != null) {
      auto = d.discoveredSurnames().get(u.altKey());
    }
    String fullName = auto == null ? null : d.discoveredNames().get(auto);
    if (fullName == null || persons.stream().anyMatch(d.fullNamesSeen()::contains)) {
      return false;
    }
    java.util.Set<String> otherSurnames = new java.util.HashSet<>();
    for (Map.Entry<String, String> e : d.discoveredSurnames().entrySet()) {
      if (!e.getValue().equals(auto)) {
        otherSurnames.add(e.getKey());
      }
    }
    return persons.stream().allMatch(id -> index.namesAnotherPerson(id, fullName, lang, d.norm(), otherSurnames));
  }

  /**
   * The catalogue person a surname and the first name before it name when that first name is a variant spelling of
   * the person's ({@link ActorIndex#variantFirstName}), or null: both words tagged as one person by the entity
   * recogniser, the first name free, and exactly one of the surname's persons fitting.
   */
  private String variantFullName(Sentence s, WordUnit u, List<String> persons, boolean[] taken) {
    int t = u.token();
    if (t == 0 || u.joinedLeft() || taken[t - 1]) {
      return null;
    }
    Token first = s.token(t - 1);
    Token last = s.token(t);
    if (!"PERSON".equals(first.ner()) || !"PERSON".equals(last.ner()) || !"PROPN".equals(first.pos())
        || !isNameLike(first)) {
      return null;
    }
    List<String> fitting = persons.stream().filter(id -> index.variantFirstName(id, first.word())).toList();
    return fitting.size() == 1 ? fitting.get(0) : null;
  }

  /**
   * Whether the sentence's first word, capitalised there, is the attribute of a noun that the tagger took for a proper
   * noun ("Syrische/PROPN Armee erzielte Teilerfolg", a headline): it is the demonym adjective, unless the entity
   * recogniser puts it in a name ("Deutsche Bank").
   */
  static boolean openingAttribute(Sentence s, int t) {
    Token tok = s.token(t);
    return t == 0 && s.parsed() && "PROPN".equals(tok.pos()) && "amod".equals(s.tree().relation(t))
        && s.tree().head(t) > t && "NOUN".equals(s.token(s.tree().head(t)).pos())
        && !"ORGANIZATION".equals(tok.ner()) && !"PERSON".equals(tok.ner());
  }

  /**
   * A surname alone refers to a catalogue person only where it reads as a name: a proper noun or an NER person,
   * not after an article ("der Spiegel", "in Kraft"), and not after another first name ("Peter Schmidt" is not
   * Wolfgang Schmidt) — unless the full name occurred earlier in the article. A common noun or unknown word counts
   * as a name right after a title noun.
   */
  private boolean isSurnameAlone(Sentence s, int t, List<String> persons, Set<String> fullNamesSeen) {
    Token tok = s.token(t);
    if (!isNameLike(tok)) {
      return false;
    }
    boolean introduced = persons.stream().anyMatch(fullNamesSeen::contains);
    if (introduced) {
      return true;
    }
    // right after a title noun a surname the tagger took for a common noun is the name the title hangs on ("die
    // umstrittene Heimatschutzministerin Noem", NOUN; since 2026-12-07)
    boolean titled = t > 0 && TitleLabels.isTitleNoun(s.token(t - 1).word(), titleEndings);
    if (!"PROPN".equals(tok.pos()) && !"PERSON".equals(tok.ner()) && !titled) {
      return false;
    }
    if (t > 0) {
      Token prev = s.token(t - 1);
      // "Peter Schmidt": a first name of someone else (NER tags both as one person)
      if ("DET".equals(prev.pos()) || "PERSON".equals(prev.ner()) && "PERSON".equals(tok.ner())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the surname (not in the genitive: "Putins Krieg") stands before another person's name that NER joins to
   * it, as a first name does: "Francis Lustig" is not Pope Francis, "Philipp Amthor" not Édouard Philippe, "Gabriel
   * Felbermayr" not Sigmar Gabriel (until 2026-12-05 they were), even when that person was named in full earlier.
   * Not before a name that is itself a catalogue surname ("Trump Putin"), which the next unit takes.
   */
  private boolean beforeOthersSurname(Sentence s, int t, boolean possessive, boolean[] taken, String lang) {
    if (possessive || t + 1 >= s.size() || taken[t + 1]) {
      return false;
    }
    Token tok = s.token(t);
    Token next = s.token(t + 1);
    if (!"PERSON".equals(tok.ner()) || !"PERSON".equals(next.ner()) || !"PROPN".equals(next.pos())
        || !isNameLike(next)) {
      return false;
    }
    WordNormalizer norm = WordNormalizer.forLanguage(lang);
    String word = tok.word();
    boolean genitive = word.endsWith("s") && word.length() > 3
        && norm.key(word).equals(norm.key(word.substring(0, word.length() - 1)));
    return !genitive && !index.surnames(lang).containsKey(norm.key(next.word()));
  }

  /**
   * Whether the unit is a surname of {@code de/word-surnames.tsv} without a title noun right before it
   * ("Ministerpräsident Rhein" names the person; "der Rhein", "Rhein verzeichnet niedrige Wasserstände" the river).
   * Since 2026-12-06.
   */
  private boolean wordSurname(Sentence s, WordUnit u) {
    if (!wordSurnames.contains(u.text().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    int t = u.token();
    return t == 0 || !"NOUN".equals(s.token(t - 1).pos()) && !"PROPN".equals(s.token(t - 1).pos())
        || !TitleLabels.isTitleNoun(s.token(t - 1).word(), titleEndings);
  }

  /** A capitalised proper noun, NER person, noun or unknown word: what a name alone may be tagged as. */
  static boolean isNameLike(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
        && ("PROPN".equals(t.pos()) || "PERSON".equals(t.ner()) || "NOUN".equals(t.pos()) || "X".equals(t.pos()));
  }

  /** The person already named in full, else the only candidate; null when the surname is ambiguous. */
  private static String pickPerson(List<String> candidates, Set<String> fullNamesSeen) {
    for (String c : candidates) {
      if (fullNamesSeen.contains(c)) {
        return c;
      }
    }
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  /**
   * The surname of a three-letter capitalised genitive of a two-letter surname ("Xis" → "Xi", "Lis" → "Li"), or null.
   * Only surname lookups read it, and only a person whose surname is written so is kept ({@link
   * ActorIndex#writesSurname}), so "Das" or "Uns" name no one.
   */
  static String shortSurnameGenitive(String word) {
    return word.length() == 3 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
        && word.charAt(2) == 's' ? word.substring(0, 2) : null;
  }
}
