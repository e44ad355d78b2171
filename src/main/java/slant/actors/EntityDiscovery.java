package slant.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.Endings;
import slant.lang.GermanAdjectives;
import slant.lang.GermanGenitive;
import slant.lang.GermanNounGender;
import slant.lang.QuoteMarks;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.EntitySpan;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Step 3 (when discovery is on), actors outside the catalogue: NER persons, organisations and acting locations on
 * free tokens become {@code auto:<slug>} actors (kind DISCOVERED); a person's surname alone, tagged or not ("so
 * Brown"), links to the person named in full before (kind PARTIAL_NAME), and a one-word organisation name NER left
 * untagged links to the organisation tagged elsewhere. Runs after the catalogue matchers: a catalogue match wins over
 * a discovered one. Fills {@link DocState#discoveredSurnames}, {@link DocState#discoveredOrganisations} and
 * {@link DocState#discoveredNames}.
 */
final class EntityDiscovery implements SentenceStep {

  /** NER types that may be actors; also what makes a sentence a candidate ({@link ActorResolver#isCandidate}). */
  static final Set<String> LINKABLE_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  private final TitleLabels titles;
  /** Heads of nouns that name a group ({@code group-heads.tsv}: gruppe, miliz, partei), lower case. */
  private final Set<String> groupHeads;

  /** Nouns that name a weather system before its given name ({@code weather-system-nouns.tsv}), lower case. */
  private final Set<String> weatherSystems;

  /** Names and name endings that name no actor ({@code non-actor-names.tsv}: "wm", "-krieg"), lower case. */
  private final Set<String> nonActorNames;

  /** An organisation's gender by its head noun, for the base form of its name ({@link #baseForm}). */
  private final GermanNounGender genders;

  EntityDiscovery(TitleLabels titles, Set<String> groupHeads, Set<String> weatherSystems, Set<String> nonActorNames,
      GermanNounGender genders) {
    this.genders = genders;
    this.titles = titles;
    this.groupHeads = Set.copyOf(groupHeads);
    this.weatherSystems = Set.copyOf(weatherSystems);
    this.nonActorNames = Set.copyOf(nonActorNames);
  }

  /** Whether every token of [start, end) is tagged a pronoun: no name. */
  private static boolean pronounsOnly(Sentence s, int start, int end) {
    for (int t = start; t < end; t++) {
      if (!"PRON".equals(s.token(t).pos())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void apply(SentenceState st) {
    DocState d = st.doc();
    AnnotatedDoc doc = d.doc();
    Sentence s = st.sentence();
    WordNormalizer norm = d.norm();
    boolean[] taken = st.taken();
    Map<String, String> discoveredSurnames = d.discoveredSurnames();
    Map<String, String> discoveredNames = d.discoveredNames();
    noteStormNames(s, d.stormNames());
    for (EntitySpan e : s.entities()) {
      if (!LINKABLE_NER.contains(e.type())) {
        continue;
      }
      boolean free = true;
      for (int t = e.startToken(); t < e.endToken(); t++) {
        free &= !taken[t];
      }
      if (!free) {
        continue;
      }
      if (SeatOfPower.isDateline(s, e.startToken(), e.endToken() - 1)) {
        continue; // "Washington – …": the place the report was filed from
      }
      if (e.type().equals("LOCATION") && !actsAsAgent(s, e.startToken(), e.endToken())) {
        continue; // a place outside the catalogue is an actor only when it acts ("Charkiw meldete …")
      }
      int start = nameStart(s, e.startToken(), e.endToken());
      if (start + 1 < e.endToken() && placeAttribute(s, start, e.endToken()) && (e.type().equals("PERSON")
          || start + 2 == e.endToken() && discoveredSurnames.containsKey(norm.key(s.token(start + 1).word())))) {
        // "der Südtiroler Sinner" (tagged a person, or an organisation before the surname of a person the article
        // named in full): a place's "-er" attribute is no first name; organisations keep theirs ("Frankfurter
        // Allgemeine Zeitung", "Hamburger SV")
        start++;
      }
      if (start >= e.endToken()) {
        continue; // NER also tags lowercase function words ("her" in "vom Typ her"); names are capitalised
      }
      if (pronounsOnly(s, start, e.endToken())) {
        continue; // English NER tags a capitalised pronoun as a person ("He will be sorely missed"), since 2026-12-06
      }
      if (e.type().equals("PERSON") && stormName(s, start, e.endToken(), d.stormNames())) {
        continue; // "Hurrikan Melissa", "Sturmtief Elli", and the name alone after: a storm's, since 2026-12-06
      }
      String written = start == e.startToken() ? e.text() : MentionFactory.surface(doc, s, start, e.endToken());
      // "des Deutschen Wetterdienstes", "der Süddeutschen Zeitung": one actor, named in its base form
      String text = "de".equals(d.lang()) && !e.type().equals("PERSON")
          ? baseForm(s, start, e.endToken(), written, genders) : written;
      // a split group compound before the name stays in the mention as its label ("der Neonazi-Partei Goldene
      // Morgenröte"): the actor is named without it
      int spanStart = start - 3 >= e.startToken() && splitGroupCompound(s, start - 3) ? start - 3 : start;
      // "EU-Kommissionschefin von der Leyen", "Polizeiminister Ben-Gvir": the surname after a role title that named a
      // catalogue person is that person's, also where the article never names them in full
      Mention titled = titledPerson(st, start, text);
      String id;
      MentionKind kind = MentionKind.DISCOVERED;
      int n = e.endToken() - start;
      String lastKey = norm.key(s.token(e.endToken() - 1).word());
      String genitiveOf = n == 1 && "de".equals(d.lang()) && !discoveredSurnames.containsKey(lastKey)
          ? genitiveSurname(s.token(start).word(), discoveredSurnames, discoveredNames,
              d.discoveredOrganisations(), norm) : null;
      if (titled != null) {
        id = titled.actorId();
        kind = MentionKind.PARTIAL_NAME;
      } else if (genitiveOf != null) {
        id = genitiveOf; // "den Fleiß Schickhofers": the genitive of a discovered person's surname
        kind = MentionKind.PARTIAL_NAME;
      } else if (discoveredSurnames.containsKey(lastKey) && (e.type().equals("PERSON") && n == 1
          || surnameOf(text, discoveredNames.get(discoveredSurnames.get(lastKey))))) {
        id = discoveredSurnames.get(lastKey);
        kind = MentionKind.PARTIAL_NAME;
      } else {
        id = "auto:" + slug(text);
        if (id.equals("auto:") || namesNoActor(text, e.type().equals("PERSON"), nonActorNames)) {
          continue; // "Fußball-WM", "Gazakrieg", "KI": an event, a war, a thing, since 2026-12-07
        }
        discoveredNames.putIfAbsent(id, text);
        // a full name has words apart: a hyphenated compound NER took for a person ("Müll-Ballons") has no surname
        if (e.type().equals("PERSON") && n > 1 && text.trim().contains(" ")) {
          discoveredSurnames.put(lastKey, id);
        } else if (e.type().equals("ORGANIZATION") && n == 1) {
          d.discoveredOrganisations().putIfAbsent(lastKey, id);
        }
      }
      String type = kind == MentionKind.PARTIAL_NAME ? "person" : switch (e.type()) {
        case "PERSON" -> "person";
        case "ORGANIZATION" -> "organisation";
        default -> "location";
      };
      st.take(new Mention(id, titled != null ? titled.actorName() : discoveredNames.getOrDefault(id, text), type,
          MentionFactory.surface(doc, s, spanStart, e.endToken()), s.index(), spanStart, e.endToken(),
          TitleLabels.headOf(s, start, e.endToken(), genitiveOf != null), s.token(spanStart).begin(),
          s.token(e.endToken() - 1).end(), kind,
          genitiveOf != null ? List.of() : titles.labels(s, spanStart, e.endToken())));
    }
    // Surnames of discovered persons and one-word names of discovered organisations that NER did not tag here
    // ("so Brown"; "verklagt … die renommierte UCLA"). An organisation's word must be tagged a proper noun or be
    // written in capitals, so that a name that is also a common noun ("Kurier") links only where it is a name.
    for (int t = 0; t < s.size(); t++) {
      if (taken[t]) {
        continue;
      }
      Token tok = s.token(t);
      String key = norm.key(tok.word());
      String id = discoveredSurnames.get(key);
      boolean genitive = false;
      if (id == null && "de".equals(d.lang())) {
        id = genitiveSurname(tok.word(), discoveredSurnames, discoveredNames, d.discoveredOrganisations(), norm);
        genitive = id != null;
      }
      // a group noun is no one's surname, even where NER ended a person's span on it ("Tsipras Syriza-Partei")
      if (id != null && SingleWordMatcher.isNameLike(tok) && !isGroupNoun(tok.word())) {
        st.take(oneWordMention(s, t, id, discoveredNames.get(id), "person", MentionKind.PARTIAL_NAME, genitive));
        continue;
      }
      id = d.discoveredOrganisations().get(key);
      if (id != null && (isAcronym(tok.word()) || "PROPN".equals(tok.pos()))) {
        st.take(oneWordMention(s, t, id, discoveredNames.get(id), "organisation", MentionKind.DISCOVERED, false));
      }
    }
  }

  /**
   * Whether a name the recogniser tagged names no actor ({@code non-actor-names.tsv}): the whole name is listed
   * ("tour de france", "ki"), or its last hyphenated part ("Fußball-WM", "Frauen-EM"), or, but for a person's name
   * ("Amira Hass"), its last word ("Olympische Spiele"); or a name without a space ends in a listed ending ("-krieg")
   * and is longer than it ("Gazakrieg", "Ukraine-Krieg", not the surname "Krieg" alone). Only a name that would
   * become an actor of its own is asked: a surname or genitive linked to a person named before stays that person's.
   */
  static boolean namesNoActor(String name, boolean person, Set<String> nonActorNames) {
    String n = name.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT); // "D.\u00a0C." as "D. C."
    if (n.isEmpty() || nonActorNames.contains(n)) {
      return !n.isEmpty();
    }
    String lastWord = n.substring(n.lastIndexOf(' ') + 1);
    String lastPart = lastWord.substring(lastWord.lastIndexOf('-') + 1);
    if (lastPart.length() < lastWord.length() && nonActorNames.contains(lastPart)
        || !person && nonActorNames.contains(lastWord)) {
      return true;
    }
    if (n.contains(" ")) {
      return false;
    }
    for (String entry : nonActorNames) {
      if (entry.length() > 1 && entry.startsWith("-") && n.length() > entry.length() - 1
          && n.endsWith(entry.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code auto:} id of the discovered person whose surname {@code word} is the German genitive of ("den Fleiß
   * Schickhofers" after "Michael Schickhofer" or "Schickhofer": GermanGenitive, the surname plus "s" or "es"), or
   * null. Without it the genitive was a person of its own ("Schickhofers"), and what the sentence says of it was lost
   * to the person. Since 2026-12-07.
   */
  static String genitiveSurname(String word, Map<String, String> discoveredSurnames,
      Map<String, String> discoveredNames, Map<String, String> discoveredOrganisations, WordNormalizer norm) {
    if (word.length() < 4 || !word.endsWith("s")) {
      return null;
    }
    for (String stem : List.of(word.substring(0, word.length() - 1), word.substring(0, word.length() - 2))) {
      String id = discoveredSurnames.get(norm.key(stem));
      if (id == null && discoveredNames.containsKey("auto:" + slug(stem))
          && !discoveredOrganisations.containsValue("auto:" + slug(stem))) {
        id = "auto:" + slug(stem); // a one-word name found before ("Schickhofer"), not an organisation's
      }
      if (id != null && GermanGenitive.isGenitiveOfName(word, discoveredNames.get(id))) {
        return id;
      }
    }
    return null;
  }

  /**
   * Remembers in {@code stormNames} the names this sentence gives a weather system: a capitalised word right after a
   * noun that ends in one of {@code weather-system-nouns.tsv}, also in quotation marks ("Hurrikan Melissa",
   * Wintersturm "Elli"), whether or not the recogniser tagged it there.
   */
  private void noteStormNames(Sentence s, Set<String> stormNames) {
    for (int t = 0; t < s.size() - 1; t++) {
      if (!"NOUN".equals(s.token(t).pos())
          || !Endings.endsWithAny(s.token(t).word().toLowerCase(Locale.ROOT), weatherSystems)) {
        continue;
      }
      int name = t + 1;
      while (name < s.size() && QuoteMarks.isQuoteMark(s.token(name).word())) {
        name++;
      }
      // (any capitalised word: the tagger calls a name glued to a closing mark, "Elli'", a noun at times; the names
      // only keep a person-tagged span of the same words from becoming a person)
      if (name < s.size() && !"PUNCT".equals(s.token(name).pos()) && isCapitalised(s.token(name).word())) {
        stormNames.add(s.token(name).word().toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * Whether a person span [start, end) is a name the document gives a weather system ({@link #noteStormNames}; the
   * second pass knows the whole document's, so also a headline's "Melissa erreicht Jamaika" before "Hurrikan
   * Melissa").
   */
  private static boolean stormName(Sentence s, int start, int end, Set<String> stormNames) {
    return end - start == 1 && stormNames.contains(s.token(start).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The role mention of a catalogue person right before a name's first word (after lower-case name particles NER
   * left out: "EU-Kommissionschefin von der Leyen"), when the name is that person's surname ({@link #surnameOf}:
   * "Polizeiminister Ben-Gvir"), or null. Since 2026-12-06.
   */
  private static Mention titledPerson(SentenceState st, int start, String text) {
    int before = start - 1;
    while (before >= 0 && isParticle(st.sentence().token(before).word())) {
      before--;
    }
    for (Mention m : st.mentions()) {
      if (m.kind() == MentionKind.ROLE && "person".equals(m.actorType()) && m.endToken() == before + 1
          && surnameOf(text, m.actorName())) {
        return m;
      }
    }
    return null;
  }

  /** A lower-case name particle ("von", "der", "van", "de"). */
  private static boolean isParticle(String word) {
    return NAME_PARTICLES.contains(word);
  }

  private static final Set<String> NAME_PARTICLES = Set.of("von", "der", "van", "de", "den", "zu", "al", "el", "da",
      "di", "du", "la", "le", "ter", "vom");

  /**
   * Whether an entity's text, one word or words joined by hyphens ("Palla", "Brosius-Gersdorf"), is the surname of a
   * discovered person's full name ("Evelyn Palla", "Frauke Brosius-Gersdorf"), whatever type NER gave it: German NER
   * tags a lone surname as an organisation or a place at times ("Palla/ORGANIZATION folgt auf Richard Lutz"), which
   * made it an actor of its own beside the person. Since 2026-12-06.
   */
  static boolean surnameOf(String text, String fullName) {
    String t = text == null ? "" : text.strip();
    if (fullName == null || t.isEmpty() || t.contains(" ") || !fullName.strip().contains(" ")) {
      return false;
    }
    return GermanGenitive.lastWord(fullName).equalsIgnoreCase(t);
  }

  /** A mention of a discovered actor on the one token {@code t}. */
  private Mention oneWordMention(Sentence s, int t, String id, String name, String type, MentionKind kind,
      boolean genitive) {
    Token tok = s.token(t);
    // a genitive has no title before it: the noun before is what it owns ("die Entgleisung Swobodas"), neither its
    // label nor its head
    return new Mention(id, name, type, tok.word(), s.index(), t, t + 1, TitleLabels.headOf(s, t, t + 1, genitive),
        tok.begin(), tok.end(), kind, genitive ? List.of() : titles.labels(s, t, t + 1));
  }

  /**
   * Where the name in an NER span starts: after lower-case words NER took in ("der rechtspopulistischen Partei
   * Lider"), after a lower-case adjective inside it ("St. Pöltener Landhaus unbeliebte Hans Jörg Schelling") and
   * after a common noun naming a group before a capitalised name ("Partei Lider", "Islamistengruppe Ansar Dine":
   * {@code group-heads.tsv}; also a compound the tokenizer split at its hyphen, "Neonazi - Partei Goldene
   * Morgenröte", {@link #splitGroupCompound}, since 2026-12-06), which label the actor rather than name it.
   * {@code end} when no capitalised word is left.
   */
  int nameStart(Sentence s, int start, int end) {
    int t = start;
    while (t < end && !isCapitalised(s.token(t).word())) {
      t++;
    }
    // an attributive adjective inside the span ends what came before it: "der im St. Pöltener Landhaus unbeliebte
    // Hans Jörg Schelling" is Hans Jörg Schelling (name particles such as "von", "de", "al" are no adjectives)
    for (int u = end - 2; u >= t; u--) {
      if ("ADJ".equals(s.token(u).pos()) && !isCapitalised(s.token(u).word())
          && isCapitalised(s.token(u + 1).word())) {
        t = u + 1;
        break;
      }
    }
    if (t + 1 < end && isGroupNoun(s.token(t).word()) && isCapitalised(s.token(t + 1).word())) {
      t++;
    } else if (t + 3 < end && splitGroupCompound(s, t)) {
      t += 3; // "Neonazi - Partei Goldene Morgenröte": the name is Goldene Morgenröte
    }
    return t;
  }

  /**
   * Whether the token is a place's uninflected "-er" attribute the parser hangs on a later word of the span as
   * {@code amod} ("Südtiroler" in "der Südtiroler Sinner", "Schweizer" in "der Schweizer Federer"); a first name
   * ending so ("Peter", "Walter") is the name's {@code flat} or {@code appos}, not an attribute (since 2026-12-08).
   */
  private static boolean placeAttribute(Sentence s, int t, int end) {
    if (!s.parsed() || !s.token(t).word().endsWith("er") || !"amod".equals(s.tree().relation(t))) {
      return false;
    }
    int head = s.tree().head(t);
    return head > t && head < end;
  }

  /**
   * Whether tokens t, t+1, t+2 are a compound naming a group that the tokenizer split at its hyphen ("Neonazi - Partei",
   * "Islamisten - Miliz"): a label of the name after it, kept in the mention's span so that it labels the actor.
   */
  boolean splitGroupCompound(Sentence s, int t) {
    return t + 2 < s.size() && "-".equals(s.token(t + 1).word()) && isGroupNoun(s.token(t + 2).word())
        && isCapitalised(s.token(t).word());
  }

  private boolean isGroupNoun(String word) {
    return slant.lang.GroupNouns.endsInHead(word, groupHeads);
  }

  /**
   * A word of two or more letters, all capitals ("UCLA", "HDP", "UNIFIL"). Not {@code ActorIndex.isAcronym}, which
   * allows at most five letters and ignores other characters: a catalogue alias is short, a discovered name need not be.
   */
  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.codePoints().allMatch(Character::isUpperCase);
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** Whether a span is the subject or agent of its clause (parsed sentences only). */
  private static boolean actsAsAgent(Sentence s, int start, int end) {
    if (!s.parsed()) {
      return false;
    }
    String rel = s.tree().relation(TitleLabels.headOf(s, start, end));
    return rel != null && (rel.startsWith("nsubj") || rel.equals("obl:agent"));
  }

  /** A stable id part from a name: normalised keys, ASCII, hyphen-joined ("James Brown" → "james-brown"). */
  static String slug(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : ActorIndex.folded(name).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : "-").append(w);
      }
    }
    return sb.toString();
  }

  /** Articles of the German genitive singular of a masculine or neuter noun: the name's head noun has its ending. */
  private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "eines");

  /** The endings by which an inflected adjective's stem ends ("deutsch|er", "christlich|en"), for "-er". */
  private static final List<String> ADJECTIVE_STEM_ENDS = List.of("sch", "lich", "ig");

  /**
   * A German organisation's or place's name in its base form, of which its {@code auto:} id is made, so that the
   * cases of one name are one actor ("des Deutschen Wetterdienstes", "dem Deutschen Wetterdienst" → "Deutscher
   * Wetterdienst"; "der Süddeutschen Zeitung", "laut Süddeutscher Zeitung" → "Süddeutsche Zeitung"). Until
   * 2026-12-07 each case was an actor of its own. The declined adjectives that open the name ({@link
   * #declinedAdjective}; not "Osnabrücker") take the nominative ending of the gender ({@link GermanNounGender}) of the
   * head noun after them ("Deutsches Institut für Wirtschaftsforschung"); after "des" or "eines" the head loses its
   * genitive "es" or "s" (without opening adjectives, the head is the last capitalised word before the first
   * lower-case one: "Leibniz-Zentrum für …"). Other words stay as written ("Bundesvereinigung Deutscher
   * Apothekerverbände", "Geheimes Staatsarchiv Preußischer Kulturbesitz").
   */
  static String baseForm(Sentence s, int start, int end, String written, GermanNounGender genders) {
    String[] words = written.strip().split(" ");
    int adjectives = 0;
    while (adjectives < words.length - 1 && isCapitalised(words[adjectives])
        && declinedAdjective(words[adjectives], taggedAdjective(s, start, end, words[adjectives]))) {
      adjectives++;
    }
    int head = adjectives > 0 ? adjectives : words.length - 1;
    while (adjectives > 0 && head < words.length - 1 && words[head].endsWith("er")
        && taggedAdjective(s, start, end, words[head])) {
      head++; // a town's adjective between: "Neue Osnabrücker Zeitung"
    }
    for (int i = 1; adjectives == 0 && i < words.length; i++) {
      if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0))) {
        head = i - 1;
        break;
      }
    }
    boolean genitive = start > 0 && GENITIVE_ARTICLES.contains(s.token(start - 1).word().toLowerCase(Locale.ROOT));
    if (genitive && isCapitalised(words[head])) {
      words[head] = withoutGenitive(words[head]);
    }
    String gender = genders.of(words[head]);
    for (int i = 0; i < adjectives; i++) {
      words[i] = adjectiveBase(words[i], gender);
    }
    return String.join(" ", words);
  }

  /**
   * The noun without the genitive "es" ("Hauses", "Bundesamtes") or "s" ("Instituts", "Verbands") after a consonant
   * other than "s"; a noun that ends so in every case loses it too ("Fonds"), which no discovered name of the
   * 4,152 zeitgeist articles had.
   */
  static String withoutGenitive(String noun) {
    int n = noun.length();
    if (noun.endsWith("es") && n - 2 >= 3 && !isVowel(noun.charAt(n - 3))) {
      return noun.substring(0, n - 2);
    }
    if (noun.endsWith("s") && n - 1 >= 3 && !isVowel(noun.charAt(n - 2)) && noun.charAt(n - 2) != 's') {
      return noun.substring(0, n - 1);
    }
    return noun;
  }

  /**
   * Whether the word is a declined adjective: it has an adjective's ending, and its stem ends in "-sch", "-lich" or
   * "-ig" ("Deutschen", which the tagger calls a proper noun inside a name) or, but for "-er", the tagger calls it an
   * adjective ("Neuen"); not "Osnabrücker", "Berliner" (a town's adjective, not declined) nor "Bundes".
   */
  static boolean declinedAdjective(String word, boolean taggedAdjective) {
    String stem = GermanAdjectives.stem(word);
    if (stem == null) {
      return false;
    }
    boolean adjectiveStem = ADJECTIVE_STEM_ENDS.stream().anyMatch(stem.toLowerCase(Locale.ROOT)::endsWith);
    return adjectiveStem || taggedAdjective && !word.endsWith("er");
  }

  /** The declined adjective with the nominative ending of {@code gender}: "m" "-er", "n" "-es", else "-e". */
  static String adjectiveBase(String adjective, String gender) {
    return GermanAdjectives.stem(adjective) + ("m".equals(gender) ? "er" : "n".equals(gender) ? "es" : "e");
  }

  private static boolean taggedAdjective(Sentence s, int start, int end, String word) {
    for (int t = start; t < end; t++) {
      if (s.token(t).word().equals(word) && "ADJ".equals(s.token(t).pos())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return "aeiouäöüy".indexOf(Character.toLowerCase(c)) >= 0;
  }
}
