package slant.actors;

import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.Rules;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.DependencyTree;
import slant.model.EntitySpan;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Finds actor mentions in an {@link AnnotatedDoc}: catalogue names and aliases (inflected forms through
 * {@link WordNormalizer}), surnames, metonyms that act, role descriptions resolved to their holder on the article
 * date, names inside hyphenated compounds, demonym adjectives, and NER entities outside the catalogue (discovered
 * actors, {@code auto:…}). Catalogue matches win over discovered ones; longer matches win over shorter.
 *
 * <p>Pure and thread-safe after construction; built once per catalogue and shared by all tasks of a JVM.
 */
public final class ActorResolver implements Serializable {

  /** Rule word lists (data/rules/README.md): where a seat-of-power name is a place, a source or the government. */
  private final Set<String> placePrepositions;
  private final Set<String> governmentNouns;
  private final Set<String> impersonalReporting;
  private final Set<String> statementNouns;
  /** "das Land", "der Staat" (normalised keys) after an anaphor determiner. */
  private final Set<String> countryAnaphors;
  private final Set<String> anaphorDeterminers;
  /** "die beiden Populisten", "beide Politiker". */
  private final Set<String> pairWords;
  /** Heads of title and role nouns, folded ({@link #isTitleNoun}). */
  private final List<String> titleEndings;

  private static final Set<String> LINKABLE_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  private static final int MAX_PHRASE = 8;

  /** @param acronym an all-caps form ("UN", "EU"): matches only where the text is written in capitals too */
  /**
   * @param capitalised the catalogue form starts with a capital: the text must too ("grünen Energie" is not the
   *     Greens)
   */
  private record Target(String actorId, MentionKind kind, String roleTitle, boolean acronym, boolean capitalised,
      String form) implements Serializable {
    Target(String actorId, MentionKind kind, String roleTitle, String form) {
      this(actorId, kind, roleTitle, isAcronym(form), !form.isEmpty() && Character.isUpperCase(form.charAt(0)), form);
    }
  }

  /** A word unit: a token, or one part of a hyphenated token. */
  /**
   * @param altKey the key without a genitive "s" the stemmer keeps ("Chinas", "Selenskyjs", "Natos"), for
   *     capitalised words; null otherwise
   */
  private record Unit(String key, String altKey, int token, boolean joinedLeft, boolean joinedRight) {}

  private final Catalogue catalogue;
  private final Rules rules;
  private final boolean discover;
  private final boolean anaphora;
  /** Null when pronouns are not resolved. */
  private final PronounResolver pronouns;
  private final Map<String, Map<String, List<Target>>> phrases = new HashMap<>(); // language -> key -> targets
  private final Map<String, Map<String, List<String>>> surnames = new HashMap<>(); // language -> key -> person ids
  /** First tokens of multi-word person names ("Kim", "Xi"): linked only after the full name occurred. */
  private final Map<String, Map<String, List<String>>> firstTokens = new HashMap<>();
  private final Map<String, Map<String, String>> demonyms = new HashMap<>(); // language -> stem key -> country id
  private final Map<String, List<ActorEntry.Role>> rolesByActor = new HashMap<>();

  /**
   * @param rules the rule word lists (data/rules/README.md: place prepositions, statement nouns, title endings, …)
   * @param discover whether NER entities outside the catalogue become {@code auto:} actors
   * @param anaphora whether "das Land"/"der Staat" resolve to an unambiguous preceding country
   */
  public ActorResolver(Catalogue catalogue, Rules rules, boolean discover, boolean anaphora) {
    this(catalogue, rules, discover, anaphora, false);
  }

  /**
   * @param pronouns whether German third-person pronouns ("er", "seine", "dessen") link to the one actor they can
   *     stand for ({@link PronounResolver}, kind pronoun)
   */
  public ActorResolver(Catalogue catalogue, Rules rules, boolean discover, boolean anaphora, boolean pronouns) {
    this.catalogue = catalogue;
    this.rules = rules;
    this.placePrepositions = rules.words("place-prepositions.tsv");
    this.governmentNouns = rules.words("government-nouns.tsv");
    this.impersonalReporting = rules.words("impersonal-reporting.tsv");
    this.statementNouns = rules.words("statement-nouns.tsv");
    this.countryAnaphors = rules.words("country-anaphors.tsv");
    this.anaphorDeterminers = rules.words("anaphor-determiners.tsv");
    this.pairWords = rules.words("pair-words.tsv");
    this.titleEndings = rules.list("title-endings.tsv");
    this.discover = discover;
    this.anaphora = anaphora;
    this.pronouns = pronouns ? new PronounResolver(catalogue, rules) : null;
    for (String lang : List.of("de", "en")) {
      index(lang);
    }
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** The rule word lists this resolver reads. */
  public Rules rules() {
    return rules;
  }

  private void index(String lang) {
    WordNormalizer norm = WordNormalizer.forLanguage(lang);
    Map<String, List<Target>> p = new HashMap<>();
    Map<String, List<String>> s = new HashMap<>();
    Map<String, List<String>> f = new HashMap<>();
    Map<String, String> d = new HashMap<>();
    for (ActorEntry e : catalogue.entries()) {
      Set<String> nameForms = new HashSet<>();
      // Names in every language: "Putin" is written the same in both, and English names appear in German text.
      nameForms.addAll(e.names().values());
      for (List<String> a : e.aliases().values()) {
        nameForms.addAll(a);
      }
      for (String form : nameForms) {
        add(p, phraseKey(norm, form), new Target(e.id(), MentionKind.NAME, null, form));
        if (e.type().equals("person")) {
          String[] parts = form.trim().split("[\\s]+");
          if (parts.length > 1) {
            String last = phraseKey(norm, parts[parts.length - 1]);
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
        rolesByActor.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(r);
      }
    }
    phrases.put(lang, p);
    surnames.put(lang, s);
    firstTokens.put(lang, f);
    demonyms.put(lang, d);
  }

  private static boolean isAcronym(String form) {
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
  private static String phraseKey(WordNormalizer norm, String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.trim().split("[\\s\\-‐–]+")) {
      String k = norm.key(w);
      if (!k.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : " ").append(k);
      }
    }
    return sb.toString();
  }

  /** Whether a tagged (unparsed) sentence may hold a mention: decides which sentences get parsed. */
  public boolean isCandidate(Sentence s, String language) {
    for (EntitySpan e : s.entities()) {
      if (LINKABLE_NER.contains(e.type())) {
        return true;
      }
    }
    String lang = lang(language);
    List<Unit> units = units(s, WordNormalizer.forLanguage(lang));
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

  private static String lang(String language) {
    return "en".equals(language) ? "en" : "de";
  }

  /** All mentions in a document, in text order. {@code date} selects role holders. */
  public List<Mention> resolve(AnnotatedDoc doc, LocalDate date) {
    String lang = lang(doc.language());
    WordNormalizer norm = WordNormalizer.forLanguage(lang);
    List<Mention> out = new ArrayList<>();
    Set<String> fullNamesSeen = new HashSet<>();
    Map<String, String> discoveredSurnames = new LinkedHashMap<>(); // surname key -> auto id
    Map<String, String> discoveredNames = new HashMap<>(); // auto id -> display name
    PronounResolver.DocGenders genders = new PronounResolver.DocGenders();
    for (Sentence s : doc.sentences()) {
      boolean[] taken = new boolean[s.size()];
      List<Mention> sentenceMentions = new ArrayList<>();
      List<Unit> units = units(s, norm);
      Map<String, List<Target>> p = phrases.get(lang);
      int i = 0;
      while (i < units.size()) {
        // candidate matches starting at unit i, longest first; a match whose targets all fail (a role not held on
        // the article date, a lower-case common word) falls back to the next shorter one
        List<Integer> lengths = new ArrayList<>();
        List<List<Target>> found = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int j = i; j < Math.min(units.size(), i + MAX_PHRASE); j++) {
          String prefix = key.toString();
          key.append(j > i ? " " : "").append(units.get(j).key());
          List<Target> t = p.get(key.toString());
          if (t == null && units.get(j).altKey() != null) {
            t = p.get(prefix + (j > i ? " " : "") + units.get(j).altKey());
          }
          if (t != null) {
            lengths.add(0, j - i + 1);
            found.add(0, t);
          }
        }
        int consumed = 0;
        for (int c = 0; c < lengths.size() && consumed == 0; c++) {
          Unit first = units.get(i);
          Unit last = units.get(i + lengths.get(c) - 1);
          Mention m = toMention(doc, s, found.get(c), first, last, date, lang, fullNamesSeen);
          if (m != null && !overlaps(taken, m)) {
            mark(taken, m);
            sentenceMentions.add(m);
            if (m.kind() == MentionKind.NAME && m.endToken() - m.startToken() > 1) {
              fullNamesSeen.add(m.actorId());
            }
            consumed = lengths.get(c);
          }
        }
        i += Math.max(1, consumed);
      }
      // Surnames of catalogue persons, and demonyms.
      for (Unit u : units) {
        if (taken[u.token()]) {
          continue;
        }
        Token tok = s.token(u.token());
        List<String> persons = surnames.get(lang).get(u.key());
        if (persons == null && u.altKey() != null) {
          persons = surnames.get(lang).get(u.altKey());
        }
        if (persons == null) {
          List<String> byFirst = firstTokens.get(lang).get(u.key());
          if (byFirst != null) {
            persons = byFirst.stream().filter(fullNamesSeen::contains).toList();
            persons = persons.isEmpty() ? null : persons;
          }
        }
        if (persons != null && isSurnameAlone(s, u.token(), persons, fullNamesSeen)) {
          String id = pickPerson(persons, fullNamesSeen);
          if (id != null) {
            Mention m = mention(doc, s, id, u.token(), u.token() + 1,
                u.joinedLeft() || u.joinedRight() ? MentionKind.COMPOUND : MentionKind.PARTIAL_NAME, lang);
            mark(taken, m);
            sentenceMentions.add(m);
          }
          continue;
        }
        String country = demonyms.get(lang).get(u.key());
        boolean capitalisedInName = u.token() > 0 && Character.isUpperCase(tok.word().charAt(0))
            && lang.equals("de") && !u.joinedRight();
        if (country != null && !capitalisedInName && ("ADJ".equals(tok.pos()) || u.joinedRight())) {
          Mention m = mention(doc, s, country, u.token(), u.token() + 1, MentionKind.DEMONYM, lang);
          mark(taken, m);
          sentenceMentions.add(m);
        }
      }
      if (discover) {
        discoverEntities(doc, s, norm, taken, sentenceMentions, discoveredSurnames, discoveredNames);
      }
      if (anaphora) {
        resolveCountryAnaphora(doc, s, norm, taken, sentenceMentions, out, lang);
        resolvePairEpithets(doc, s, taken, sentenceMentions, out);
      }
      sentenceMentions.sort(Comparator.comparingInt(Mention::startToken));
      List<Mention> finished = mergeTitles(sentenceMentions);
      if (pronouns != null && lang.equals("de")) {
        List<Mention> earlier = out.stream().filter(m -> m.sentence() >= s.index() - 2).toList();
        finished = pronouns.resolve(doc.text(), doc.sentences(), s, finished, earlier, genders);
      }
      out.addAll(finished);
    }
    return out;
  }

  /**
   * A role description right before the name of its holder ("Der ukrainische Präsident Wolodymyr Selenskyj",
   * "Kremlchef Putin") is one mention: the name's, with the description as a label.
   */
  private static List<Mention> mergeTitles(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Mention m = sorted.get(i);
      Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (m.kind() == MentionKind.ROLE && next != null && next.actorId().equals(m.actorId())
          && next.startToken() == m.endToken()
          && (next.kind() == MentionKind.NAME || next.kind() == MentionKind.PARTIAL_NAME)) {
        List<String> labels = new ArrayList<>(m.labels());
        for (String l : next.labels()) {
          if (!labels.contains(l)) {
            labels.add(l);
          }
        }
        out.add(new Mention(next.actorId(), next.actorName(), next.actorType(), next.surface(), next.sentence(),
            next.startToken(), next.endToken(), next.headToken(), next.begin(), next.end(), next.kind(), labels));
        i++;
        continue;
      }
      out.add(m);
    }
    return out;
  }

  /**
   * "das Land" / "der Staat" → the one country acting in this or the previous sentence (countries after place
   * prepositions — "in der Ukraine" — do not count). Two or more candidates: no mention (precision over recall).
   */
  private void resolveCountryAnaphora(AnnotatedDoc doc, Sentence s, WordNormalizer norm, boolean[] taken,
      List<Mention> sentenceMentions, List<Mention> previous, String lang) {
    for (int t = 1; t < s.size(); t++) {
      Token tok = s.token(t);
      if (taken[t] || !"NOUN".equals(tok.pos()) || !countryAnaphors.contains(norm.key(tok.word()))
          || !anaphorDeterminers.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Set<String> candidates = new java.util.LinkedHashSet<>();
      List<Mention> context = new ArrayList<>(sentenceMentions);
      for (Mention m : previous) {
        if (m.sentence() >= s.index() - 1) {
          context.add(m);
        }
      }
      Set<String> places = new java.util.LinkedHashSet<>();
      for (Mention m : context) {
        if (!m.actorType().equals("country") || m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.COMPOUND
            || m.sentence() == s.index() && m.startToken() > t) {
          continue;
        }
        Sentence ms = doc.sentences().get(m.sentence());
        if (!isPlace(ms, m.startToken(), m.endToken() - 1, norm)) {
          candidates.add(m.actorId());
        } else {
          places.add(m.actorId());
        }
      }
      if (candidates.isEmpty()) {
        candidates = places; // "Nach den Protesten in Georgien hat das Land …": the only country there is
      }
      if (candidates.size() == 1) {
        String id = candidates.iterator().next();
        Mention m = mention(doc, s, id, t - 1, t + 1, MentionKind.ANAPHOR, lang);
        mark(taken, m);
        sentenceMentions.add(m);
      }
    }
  }

  /**
   * "die beiden Populisten" after "Putin und Kim …": a noun after "beide(n)"/"both" refers to the two actors of the
   * same type named before it in this sentence or in the previous one, when there are exactly two (precision over
   * recall; demonyms and compounds do not count). Each gets a mention over "beiden" whose head is the noun, so the
   * noun is the label of both ("Populisten" evaluates each).
   */
  private void resolvePairEpithets(AnnotatedDoc doc, Sentence s, boolean[] taken,
      List<Mention> sentenceMentions, List<Mention> previous) {
    for (int t = 0; t + 1 < s.size(); t++) {
      if (taken[t] || taken[t + 1] || !pairWords.contains(s.token(t).word().toLowerCase(Locale.ROOT))
          || !"NOUN".equals(s.token(t + 1).pos())) {
        continue;
      }
      Map<String, Mention> named = new LinkedHashMap<>();
      List<Mention> context = new ArrayList<>();
      for (Mention m : previous) {
        if (m.sentence() == s.index() - 1) {
          context.add(m);
        }
      }
      for (Mention m : sentenceMentions) {
        if (m.startToken() < t) {
          context.add(m);
        }
      }
      for (Mention m : context) {
        if (m.kind() != MentionKind.DEMONYM && m.kind() != MentionKind.COMPOUND) {
          named.putIfAbsent(m.actorId(), m);
        }
      }
      if (named.size() != 2 || named.values().stream().map(Mention::actorType).distinct().count() != 1) {
        continue;
      }
      Token pair = s.token(t);
      for (Mention m : named.values()) {
        sentenceMentions.add(new Mention(m.actorId(), m.actorName(), m.actorType(), pair.word(), s.index(), t, t + 1,
            t + 1, pair.begin(), pair.end(), MentionKind.ANAPHOR, List.of(s.token(t + 1).word())));
      }
      taken[t] = true;
    }
  }

  private void discoverEntities(AnnotatedDoc doc, Sentence s, WordNormalizer norm, boolean[] taken,
      List<Mention> sentenceMentions, Map<String, String> discoveredSurnames, Map<String, String> discoveredNames) {
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
      if (e.type().equals("LOCATION") && !actsAsAgent(s, e.startToken(), e.endToken())) {
        continue; // a place outside the catalogue is an actor only when it acts ("Charkiw meldete …")
      }
      String firstWord = s.token(e.startToken()).word();
      if (firstWord.isEmpty() || !Character.isUpperCase(firstWord.codePointAt(0))) {
        continue; // NER also tags lowercase function words ("her" in "vom Typ her"); names are capitalised
      }
      String id;
      MentionKind kind = MentionKind.DISCOVERED;
      int n = e.endToken() - e.startToken();
      String lastKey = norm.key(s.token(e.endToken() - 1).word());
      if (e.type().equals("PERSON") && n == 1 && discoveredSurnames.containsKey(lastKey)) {
        id = discoveredSurnames.get(lastKey);
        kind = MentionKind.PARTIAL_NAME;
      } else {
        id = "auto:" + slug(e.text());
        if (id.equals("auto:")) {
          continue;
        }
        discoveredNames.putIfAbsent(id, e.text());
        if (e.type().equals("PERSON") && n > 1) {
          discoveredSurnames.put(lastKey, id);
        }
      }
      String type = switch (e.type()) {
        case "PERSON" -> "person";
        case "ORGANIZATION" -> "organisation";
        default -> "location";
      };
      Mention m = new Mention(id, discoveredNames.getOrDefault(id, e.text()), type, surface(doc, s, e.startToken(),
          e.endToken()), s.index(), e.startToken(), e.endToken(), headOf(s, e.startToken(), e.endToken()),
          s.token(e.startToken()).begin(), s.token(e.endToken() - 1).end(), kind,
          labels(s, e.startToken(), e.endToken(), headOf(s, e.startToken(), e.endToken())));
      mark(taken, m);
      sentenceMentions.add(m);
    }
    // Surnames of discovered persons that NER did not tag again ("so Brown").
    for (int t = 0; t < s.size(); t++) {
      if (taken[t]) {
        continue;
      }
      Token tok = s.token(t);
      String id = discoveredSurnames.get(norm.key(tok.word()));
      if (id != null && isNameLike(tok)) {
        Mention m = new Mention(id, discoveredNames.get(id), "person", tok.word(), s.index(), t, t + 1,
            headOf(s, t, t + 1), tok.begin(), tok.end(), MentionKind.PARTIAL_NAME, labels(s, t, t + 1, headOf(s, t, t + 1)));
        mark(taken, m);
        sentenceMentions.add(m);
      }
    }
  }

  /** A stable id part from a name: normalised keys, ASCII, hyphen-joined ("James Brown" → "james-brown"). */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name.replace("ß", "ss").replace("ẞ", "SS"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    StringBuilder sb = new StringBuilder();
    for (String w : ascii.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : "-").append(w);
      }
    }
    return sb.toString();
  }

  /**
   * A surname alone refers to a catalogue person only where it reads as a name: a proper noun or an NER person,
   * not after an article ("der Spiegel", "in Kraft"), and not after another first name ("Peter Schmidt" is not
   * Wolfgang Schmidt) — unless the full name occurred earlier in the article.
   */
  private static boolean isSurnameAlone(Sentence s, int t, List<String> persons, Set<String> fullNamesSeen) {
    Token tok = s.token(t);
    if (!isNameLike(tok)) {
      return false;
    }
    boolean introduced = persons.stream().anyMatch(fullNamesSeen::contains);
    if (introduced) {
      return true;
    }
    if (!"PROPN".equals(tok.pos()) && !"PERSON".equals(tok.ner())) {
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

  private static boolean isNameLike(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
        && ("PROPN".equals(t.pos()) || "PERSON".equals(t.ner()) || "NOUN".equals(t.pos()) || "X".equals(t.pos()));
  }

  private static String pickPerson(List<String> candidates, Set<String> fullNamesSeen) {
    for (String c : candidates) {
      if (fullNamesSeen.contains(c)) {
        return c;
      }
    }
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  private Mention toMention(AnnotatedDoc doc, Sentence s, List<Target> targets, Unit first, Unit last,
      LocalDate date, String lang, Set<String> fullNamesSeen) {
    int start = first.token();
    int end = last.token() + 1;
    boolean compound = first.joinedLeft() || last.joinedRight();
    Target chosen = null;
    String firstWord = s.token(start).word();
    for (Target t : targets) {
      if (t.acronym() && !acronymWritten(s, first, last)) {
        continue;
      }
      if (t.capitalised() && !firstWord.isEmpty() && !Character.isUpperCase(firstWord.charAt(0))
          && !first.joinedLeft()) {
        continue;
      }
      if (t.kind() == MentionKind.METONYM && !metonymWritten(s, start, end, t.form(), compound)) {
        continue;
      }
      if (t.kind() == MentionKind.ROLE) {
        boolean held = rolesByActor.getOrDefault(t.actorId(), List.of()).stream()
            .anyMatch(r -> r.heldOn(date) && r.titles().getOrDefault(lang, List.of()).contains(t.roleTitle()));
        if (!held) {
          continue;
        }
      }
      if (chosen == null || priority(t, fullNamesSeen) > priority(chosen, fullNamesSeen)) {
        chosen = t;
      } else if (priority(t, fullNamesSeen) == priority(chosen, fullNamesSeen) && !t.actorId().equals(chosen.actorId())
          && t.kind() == chosen.kind()) {
        return null; // ambiguous between two actors of equal standing: no mention rather than a guess
      }
    }
    if (chosen == null) {
      return null;
    }
    MentionKind kind = compound ? MentionKind.COMPOUND : chosen.kind();
    if (chosen.kind() == MentionKind.METONYM && !compound) {
      WordNormalizer norm = WordNormalizer.forLanguage(lang);
      if (isPlace(s, start, end - 1, norm) && !underGovernmentNoun(s, end - 1, norm)
          && !reportsFrom(s, start, end - 1)) {
        return null;
      }
    }
    Mention m = mention(doc, s, chosen.actorId(), start, end, kind, lang);
    if (chosen.kind() == MentionKind.METONYM && s.parsed()
        && underGovernmentNoun(s, end - 1, WordNormalizer.forLanguage(lang))) {
      m = new Mention(m.actorId(), m.actorName(), m.actorType(), m.surface(), m.sentence(), m.startToken(),
          m.endToken(), s.tree().head(end - 1), m.begin(), m.end(), m.kind(), m.labels());
    }
    if (chosen.kind() == MentionKind.ROLE) {
      List<String> labels = new ArrayList<>(m.labels());
      String written = s.text(doc.text()).isEmpty() ? chosen.roleTitle() : surface(doc, s, start, end);
      labels.add(0, written.indexOf(' ') < 0 ? labelLemma(written) : written);
      m = withLabels(m, labels);
    } else if (chosen.kind() == MentionKind.METONYM && underGovernmentNoun(s, end - 1, WordNormalizer.forLanguage(lang))) {
      List<String> labels = new ArrayList<>(m.labels());
      labels.add(labelLemma(s.token(s.tree().head(end - 1)).word()));
      m = withLabels(m, labels);
    }
    return m;
  }

  /**
   * A seat-of-power name matches only as written (or with a genitive s): "Pariser", "Berliner" are adjectives, not
   * Paris and Berlin; and not as a first name ("Sofia Lindqvist").
   */
  private static boolean metonymWritten(Sentence s, int start, int end, String form, boolean compound) {
    StringBuilder w = new StringBuilder();
    for (int t = start; t < end; t++) {
      w.append(t > start ? " " : "").append(s.token(t).word());
    }
    String written = w.toString().toLowerCase(Locale.ROOT);
    String f = form.toLowerCase(Locale.ROOT);
    boolean same = compound ? written.startsWith(f + "-") || written.endsWith("-" + f) || written.contains(f)
        : written.equals(f) || written.equals(f + "s") || written.equals(f + "'s");
    if (!same) {
      return false;
    }
    if (!compound && end < s.size()) {
      Token next = s.token(end);
      if ("PERSON".equals(s.token(start).ner()) || "PROPN".equals(next.pos())
          && Character.isUpperCase(next.word().charAt(0)) && "PERSON".equals(next.ner())) {
        return false;
      }
    }
    return true;
  }

  /**
   * An acronym alias ("UN") matches only text in capitals; for a part of a hyphenated token ("UN-Sanktionen") the
   * part itself must be in capitals, so "Jong-un" is not the UN.
   */
  private static boolean acronymWritten(Sentence s, Unit first, Unit last) {
    String w = s.token(first.token()).word();
    if (first.token() != last.token() || w.indexOf('-') < 0) {
      StringBuilder written = new StringBuilder();
      for (int t = first.token(); t <= last.token(); t++) {
        written.append(s.token(t).word());
      }
      return written.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }
    for (String part : w.split("-")) {
      String letters = part.replaceAll("[^\\p{L}]", "");
      if (!letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT))
          && WordNormalizer.forLanguage("de").key(part).equals(first.key())) {
        return true;
      }
    }
    return false;
  }

  private static int priority(Target t, Set<String> fullNamesSeen) {
    int p = switch (t.kind()) {
      case NAME -> 3;
      case ROLE -> 2;
      default -> 1;
    };
    return p * 2 + (fullNamesSeen.contains(t.actorId()) ? 1 : 0);
  }

  private static Mention withLabels(Mention m, List<String> labels) {
    List<String> dedup = new ArrayList<>(new java.util.LinkedHashSet<>(labels));
    return new Mention(m.actorId(), m.actorName(), m.actorType(), m.surface(), m.sentence(), m.startToken(),
        m.endToken(), m.headToken(), m.begin(), m.end(), m.kind(), dedup);
  }

  private Mention mention(AnnotatedDoc doc, Sentence s, String actorId, int start, int end, MentionKind kind,
      String lang) {
    ActorEntry e = catalogue.get(actorId);
    int head = headOf(s, start, end);
    List<String> labels = e.type().equals("country") || kind == MentionKind.DEMONYM
        ? List.of() : labels(s, start, end, head);
    return new Mention(actorId, e.name(lang), e.type(), surface(doc, s, start, end), s.index(), start, end, head,
        s.token(start).begin(), s.token(end - 1).end(), kind, labels);
  }

  private static String surface(AnnotatedDoc doc, Sentence s, int start, int end) {
    return doc.text().substring(s.token(start).begin(), s.token(end - 1).end());
  }

  /**
   * The token that stands for a span in the tree: the span token whose head lies outside the span, then up through
   * appos/flat/compound edges to a title noun ("Präsident" in "Präsident Wladimir Putin"). Unparsed: the last token.
   */
  public static int headOf(Sentence s, int start, int end) {
    if (!s.parsed()) {
      return end - 1;
    }
    DependencyTree tree = s.tree();
    int head = end - 1;
    for (int t = start; t < end; t++) {
      if (tree.head(t) < start || tree.head(t) >= end) {
        head = t;
        break;
      }
    }
    int[] up = tree.pathToRoot(head);
    for (int i = 1; i < up.length && i <= MAX_NAME_ATTACHMENTS; i++) {
      String rel = tree.relation(up[i - 1]);
      if (rel == null || !isNameAttachment(rel) || !s.token(up[i]).isNoun()) {
        break;
      }
      head = up[i];
    }
    return head;
  }

  /**
   * How many appos/flat/compound edges a span's head climbs to its title noun, and how many governors
   * {@link #labels} reads as titles: a linguistic reach ("Präsident Wladimir Putin", "Russlands Präsident, der
   * Kremlchef Putin"), not a cycle guard — the tree's walks end on their own.
   */
  private static final int MAX_NAME_ATTACHMENTS = 5;

  private static boolean isNameAttachment(String rel) {
    return rel.equals("appos") || rel.startsWith("flat") || rel.equals("compound");
  }

  /**
   * Whether a noun is a title or role noun: its folded form, or the form without -n, -s or -en, ends in one of
   * {@code endings} (data/rules/title-endings.tsv: "Kremlchef", "Staatspräsident", "Machthaber"). A noun a name
   * merely depends on ("Besuch Putins", "Modell") is no label.
   */
  static boolean isTitleNoun(String word, List<String> endings) {
    String f = word.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
    String stem = f.endsWith("en") ? f.substring(0, f.length() - 2) : f.endsWith("n") || f.endsWith("s")
        ? f.substring(0, f.length() - 1) : f;
    for (String e : endings) {
      if (f.endsWith(e) || stem.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The base form of an inflected title noun, so that "des Präsidenten", "des Kanzlers", "des Machthabers" count
   * as the labels Präsident, Kanzler, Machthaber (CoreNLP German has no lemmatiser). The shortest ending among "",
   * "n", "s", "en", "es" whose removal leaves a word ending exactly in a known title ({@code title-endings.tsv}) is
   * removed; a word that matches none is returned as written. Feminine forms stay feminine ("Ministerin").
   */
  String labelLemma(String word) {
    for (String cut : List.of("", "n", "s", "en", "es")) {
      if (word.length() <= cut.length() + 2 || !word.endsWith(cut)) {
        continue;
      }
      String base = word.substring(0, word.length() - cut.length());
      String f = base.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u")
          .replace("ß", "ss");
      for (String e : titleEndings) {
        if (f.endsWith(e)) {
          return base;
        }
      }
    }
    return word;
  }

  /** Title and role nouns attached to a span: appos/flat governors and an immediately preceding common noun. */
  List<String> labels(Sentence s, int start, int end, int head) {
    List<String> labels = new ArrayList<>();
    if (s.parsed()) {
      DependencyTree tree = s.tree();
      int t = -1;
      for (int i = start; i < end; i++) {
        if (tree.head(i) < start || tree.head(i) >= end) {
          t = i;
          break;
        }
      }
      int[] up = t < 0 ? new int[0] : tree.pathToRoot(t);
      for (int i = 1; i < up.length && i <= MAX_NAME_ATTACHMENTS; i++) {
        String rel = tree.relation(up[i - 1]);
        if (rel == null || !isNameAttachment(rel)) {
          break;
        }
        Token g = s.token(up[i]);
        if ("NOUN".equals(g.pos()) && Character.isUpperCase(g.word().charAt(0)) && isTitleNoun(g.word(), titleEndings)) {
          labels.add(labelLemma(g.word()));
        }
      }
    }
    if (!s.parsed() && start > 0) {
      Token prev = s.token(start - 1);
      if ("NOUN".equals(prev.pos()) && Character.isUpperCase(prev.word().charAt(0)) && !labels.contains(prev.word())
          && prev.end() < s.token(start).begin() && isTitleNoun(prev.word(), titleEndings)) {
        labels.add(labelLemma(prev.word()));
      }
    }
    return labels;
  }

  /** Whether a span is the subject or agent of its clause (parsed sentences only). */
  private static boolean actsAsAgent(Sentence s, int start, int end) {
    if (!s.parsed()) {
      return false;
    }
    String rel = s.tree().relation(headOf(s, start, end));
    return rel != null && (rel.startsWith("nsubj") || rel.equals("obl:agent"));
  }

  /** Whether the span is a place: governed by a place preposition ("in Moskau", "nach Pjöngjang"). */
  boolean isPlace(Sentence s, int start, int last, WordNormalizer norm) {
    if (s.parsed()) {
      for (int t = start; t <= last; t++) {
        for (int c : s.tree().children(t)) {
          if ("case".equals(s.tree().relation(c)) && placePrepositions.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
      return false;
    }
    for (int t = start - 1; t >= 0 && t >= start - 3; t--) {
      Token tok = s.token(t);
      if (placePrepositions.contains(tok.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!"DET".equals(tok.pos()) && !"ADJ".equals(tok.pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a seat-of-power span after "aus" is the source of a report: an impersonal report in its sentence ("Aus
   * dem Kanzleramt hieß es, …") or a statement noun right before "aus" ("Nach Angaben aus Kiew", "Warnungen aus
   * Moskau"): then it stands for the government although a place preposition governs it.
   */
  boolean reportsFrom(Sentence s, int start, int last) {
    boolean fromAus = false;
    for (int t = start - 1; t >= 0 && t >= start - 3; t--) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      if (w.equals("aus")) {
        if (t > 0 && statementNouns.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))) {
          return true; // "Nach Angaben aus Kiew", "Informationen aus dem Kreml"
        }
        fromAus = true;
        break;
      }
      if (!"DET".equals(s.token(t).pos()) && !"ADJ".equals(s.token(t).pos())) {
        break;
      }
    }
    if (!fromAus) {
      return false;
    }
    for (Token tok : s.tokens()) {
      if (impersonalReporting.contains(tok.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean underGovernmentNoun(Sentence s, int token, WordNormalizer norm) {
    if (!s.parsed()) {
      return token >= 2 && governmentNouns.contains(norm.key(s.token(token - 2).word()));
    }
    int h = s.tree().head(token);
    return h >= 0 && governmentNouns.contains(norm.key(s.token(h).word()));
  }

  private static boolean overlaps(boolean[] taken, Mention m) {
    for (int t = m.startToken(); t < m.endToken(); t++) {
      if (taken[t]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] taken, Mention m) {
    for (int t = m.startToken(); t < m.endToken(); t++) {
      taken[t] = true;
    }
  }

  /**
   * Word units of a sentence: hyphen-only tokens dropped, hyphenated tokens split into parts; parts joined by a
   * hyphen without spaces are flagged so that "Ukraine-Krieg" yields a compound mention of Ukraine.
   */
  private static List<Unit> units(Sentence s, WordNormalizer norm) {
    List<Unit> units = new ArrayList<>();
    List<Token> toks = s.tokens();
    for (int t = 0; t < toks.size(); t++) {
      Token tok = toks.get(t);
      if (isHyphen(tok.word())) {
        continue;
      }
      boolean joinedLeft = t >= 2 && isHyphen(toks.get(t - 1).word()) && toks.get(t - 1).begin() == toks.get(t - 2).end()
          && toks.get(t - 1).end() == tok.begin();
      boolean joinedRight = t + 2 < toks.size() && isHyphen(toks.get(t + 1).word()) && toks.get(t + 1).begin() == tok.end()
          && toks.get(t + 2).begin() == toks.get(t + 1).end();
      String w = tok.word();
      if (w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1) {
        String[] parts = w.split("-");
        for (int k = 0; k < parts.length; k++) {
          String key = norm.key(parts[k]);
          if (!key.isEmpty()) {
            units.add(new Unit(key, altKey(parts[k], norm), t, k > 0 || joinedLeft, k < parts.length - 1 || joinedRight));
          }
        }
      } else {
        String key = norm.key(w);
        if (!key.isEmpty()) {
          units.add(new Unit(key, altKey(w, norm), t, joinedLeft, joinedRight));
        }
      }
    }
    return units;
  }

  private static String altKey(String word, WordNormalizer norm) {
    if (word.length() > 3 && Character.isUpperCase(word.charAt(0)) && (word.endsWith("s") || word.endsWith("'s"))) {
      String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.substring(0, word.length() - 1);
      String k = norm.key(stem);
      return k.isEmpty() || k.equals(norm.key(word)) ? null : k;
    }
    return null;
  }

  private static boolean isHyphen(String w) {
    return w.equals("-") || w.equals("‐") || w.equals("–");
  }
}
