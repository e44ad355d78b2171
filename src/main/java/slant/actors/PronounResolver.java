package slant.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.GermanNounGender;
import slant.lang.Rules;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Links German (and English) third-person pronouns to the actor they stand for, producing mentions of kind
 * {@link MentionKind#PRONOUN}. Precision over recall: a pronoun is linked only when one actor fits.
 *
 * <p><b>Requires</b> the sentence's finished actor mentions (titles merged) and those of the three sentences before;
 * a parse helps (possessor and reported-speech rules, singular "sie") but is not needed for the window rule. Since
 * 2026-12-06 a sentence with a pronoun form ({@link #mayHold}) is a parse candidate (with {@code nlp.parse:
 * candidates}), so that the cues around the pronoun are attributed by the parse, as around a name. German and, since
 * 2026-12-06, English documents (below); others yield nothing.
 *
 * <p><b>Rules</b>, in this order, for the pronoun forms below (by word and UPOS; CoreNLP German gives no
 * morphological features, so gender and number come from the word, the candidate actor and verb agreement):
 * <ol>
 *   <li><i>dessen / deren</i> (relative or demonstrative possessor): the nearest preceding argument noun (a NOUN or
 *       PROPN without a preposition, current sentence, else previous one) must be covered by a mention of a
 *       compatible actor ("Nordkorea. … besuchte dessen Machthaber" → Nordkorea; "Kim und Putin bei dessen Besuch" →
 *       Putin; "eine Limousine, dessen Modell" → nothing).
 *   <li>possessive <i>sein… / ihr…</i> (UPOS DET): the subject of the clause when that subject is a mention of a
 *       compatible actor ("Kim besuchte seinen Amtskollegen" → Kim).
 *   <li>subject <i>er / sie</i> of a clause reported by a verb ("Putin sagte, er …"): the reporting clause's
 *       subject when it is a mention of a compatible actor.
 *   <li>otherwise the window rule: the distinct compatible actors mentioned in the previous sentence and earlier in
 *       this one (pronoun mentions included, demonyms and compound parts not); exactly one → linked, none or several
 *       → nothing. A personal pronoun that is not a subject never refers to its own clause's subject ("Putin lobte
 *       ihn"). With several, a subject pronoun continues the previous sentence's main-clause subject when that is a
 *       person among them not named again in the pronoun's sentence ({@code parallelSubject}, since 2026-12-06).
 *       A subject "sie" for an organisation or country of an earlier sentence needs that actor to have been a subject
 *       there ({@code subjectOrganisationContinued}, since 2026-12-06).
 * </ol>
 *
 * <p><b>Compatibility.</b> er/ihn: male persons. sein…/ihm/dessen: male persons and actors whose German name is
 * masculine or neuter (countries without article: "Russland … seine Truppen"). sie (subject of a singular verb:
 * "sie sagte", not "sie sagten"), ihr (dative), ihr…(possessive), deren: female persons and actors with a feminine
 * name ("die Ukraine", "die SPD", "die Bundesregierung"). Object "sie", "ihnen" and capitalised "Sie" inside a
 * sentence (plural or formal address) are never linked. A person's gender comes from the catalogue's
 * {@code gender} field, else the first-name list ({@code first-names-de.tsv}), else a feminine title label
 * ("Außenministerin"); unknown gender → never a candidate. Another actor's gender is the grammatical gender of its
 * German name, from the catalogue's {@code gender} field; without it a country is neuter and an organisation or
 * group goes by the ending of its head noun ({@code data/rules/de/organisation-gender-endings.tsv}); an actor
 * discovered outside the catalogue has no gender and is never a candidate.
 *
 * <p><b>English</b> (since 2026-12-06): he, him, his, himself (male persons) and she, her, hers, herself (female
 * persons) by the same rules 2–4: a possessive "his"/"her" (relation {@code nmod:poss}) is its clause's subject's, a
 * subject "he"/"she" of a reported clause the reporting subject's ("Trump said he …"), else the one compatible person
 * of the window. Only persons: "it", "its" and "they" are never linked. A person's gender comes from the catalogue,
 * then {@code first-names-de.tsv}, then {@code first-names-en.tsv}; the German title-noun evidence and age nouns
 * are German only.
 */
public final class PronounResolver implements Serializable {

  static final int M = 1;
  static final int F = 2;
  static final int N = 4;
  static final int PL = 8;

  private static final Set<String> MASC_PERSONAL = Set.of("er", "ihn");
  private static final Set<String> MASC_NEUT = Set.of("ihm", "sein", "seine", "seinem", "seinen", "seiner",
      "seines", "seins");
  private static final Set<String> FEM_POSSESSIVE = Set.of("ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres");
  private static final Set<String> EN_MASCULINE = Set.of("he", "him", "his", "himself");
  private static final Set<String> EN_FEMININE = Set.of("she", "her", "hers", "herself");
  /** Every form {@link #classify} may read as a linkable pronoun, and so every form {@link #mayHold} looks for. */
  private static final Set<String> LINKABLE_FORMS = linkableForms();

  private static Set<String> linkableForms() {
    Set<String> forms = new java.util.HashSet<>(Set.of("dessen", "deren", "sie"));
    forms.addAll(MASC_PERSONAL);
    forms.addAll(MASC_NEUT);
    forms.addAll(FEM_POSSESSIVE);
    return Set.copyOf(forms);
  }
  /** How many sentences back the window reaches when the previous sentence holds no compatible actor. */
  static final int FALLBACK_SENTENCES = 3;

  private static final Set<String> REPORTING_RELS = Set.of("ccomp", "parataxis");

  private final Catalogue catalogue;
  private final Map<String, String> firstNames;
  /** Possessed nouns whose possessor is a person or group, not a country ("sein Land", "ihre Heimat"). */
  private final Set<String> ownCountryNouns;
  /** Words after an organisation's head noun that open an attribute ("Partei der Arbeit Koreas"). */
  private final Set<String> genitiveAttributeWords;
  /** An organisation's gender by its head noun's ending. */
  private final GermanNounGender nounGenders;
  private final List<String> titleEndings;

  /**
   * @param rules the rule word lists read here (data/rules/README.md): {@code de/own-country-nouns.tsv},
   *     {@code de/genitive-attribute-words.tsv}, {@code de/organisation-gender-endings.tsv},
   *     {@code title-endings.tsv}
   */
  public PronounResolver(Catalogue catalogue, Rules rules) {
    this(catalogue, rules, GermanNounGender.of(rules));
  }

  /** As above, with the organisation genders the caller read from {@code rules} already (the resolver's discovery). */
  PronounResolver(Catalogue catalogue, Rules rules, GermanNounGender nounGenders) {
    this.catalogue = catalogue;
    this.firstNames = firstNameGenders();
    this.ownCountryNouns = rules.words("de/own-country-nouns.tsv");
    this.genitiveAttributeWords = rules.words("de/genitive-attribute-words.tsv");
    this.nounGenders = nounGenders;
    this.titleEndings = rules.list("title-endings.tsv");
  }

  /** The German first names with their gender (m, f) of {@code first-names-de.tsv}, read once per JVM. */
  static Map<String, String> firstNameGenders() {
    return FirstNames.BY_NAME;
  }

  /** Holder of the first-name lists: read on first use (a missing file fails there, loudly), then shared. */
  private static final class FirstNames {
    static final Map<String, String> BY_NAME = Map.copyOf(readFirstNames("first-names-de.tsv"));
    /** The German list, then the English one for names it lacks: read for English documents. */
    static final Map<String, String> ENGLISH = english();

    private static Map<String, String> english() {
      Map<String, String> names = new HashMap<>(readFirstNames("first-names-en.tsv"));
      names.putAll(BY_NAME);
      return Map.copyOf(names);
    }
  }

  private static Map<String, String> readFirstNames(String file) {
    Map<String, String> names = new HashMap<>();
    try (InputStream in = PronounResolver.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        names.put(f[0], f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** What a pronoun may refer to: gender mask, whether non-persons qualify, and how it is resolved. */
  private record Pronoun(int genders, boolean persons, boolean nonPersons, boolean recency, boolean possessive) {}

  /**
   * Per-document evidence on persons' gender, gathered from the nouns written before their names ("die
   * CDU-Schatzmeisterin Hoppermann" f, "der neue Oberbefehlshaber Drapatyj" m). One per document; not thread-safe.
   */
  public static final class DocGenders {
    private final Map<String, Integer> byActor = new HashMap<>();
    private final boolean english;

    /** @param language the document's language code: "en" reads English pronouns, any other German */
    public DocGenders(String language) {
      this.english = "en".equals(language);
    }
  }

  /**
   * Pronoun mentions of sentence {@code s}: {@code current} are its actor mentions (sorted by token), {@code earlier}
   * those of the sentences before (pronoun mentions included). Returns the current mentions plus the new pronoun
   * mentions, sorted by token.
   */
  public List<Mention> resolve(String text, List<Sentence> sentences, Sentence s, List<Mention> current,
      List<Mention> earlier, DocGenders genders) {
    List<Mention> out = new ArrayList<>(current);
    DependencyTree tree = s.parsed() ? s.tree() : null;
    boolean english = genders.english;
    if (!english) {
      noteGenders(s, current, genders);
    }
    List<Mention> previous = earlier.stream().filter(m -> m.sentence() == s.index() - 1).toList();
    List<Mention> beforePrevious = earlier.stream()
        .filter(m -> m.sentence() < s.index() - 1 && m.sentence() >= s.index() - FALLBACK_SENTENCES).toList();
    for (int t = 0; t < s.size(); t++) {
      Token tok = s.token(t);
      Pronoun p = english ? classifyEnglish(s, t, tree) : classify(s, t, tree);
      int ageStart = p == null && !english ? ageNounStart(s, t) : -1;
      if (ageStart >= 0) {
        p = ageNoun(s, t, ageStart, sentences);
      }
      boolean ageNoun = ageStart >= 0 && p != null;
      if (p == null || covered(out, t)) {
        continue;
      }
      if (p.possessive() && tree != null && tree.head(t) >= 0
          && ownCountryNouns.contains(s.token(tree.head(t)).word().toLowerCase(Locale.ROOT))) {
        p = new Pronoun(p.genders(), p.persons(), false, p.recency(), true); // "sein Land": a person's country
      }
      Mention antecedent;
      if (english && reflexive(s, t)) {
        antecedent = reflexiveSubject(t, tree, out, p, genders);
      } else if (p.recency()) {
        antecedent = nearestNoun(sentences, s, t, out, previous, p, genders);
      } else {
        // "ihre" is also the plural possessive: its own clause's subject may be a plural actor ("Die USA verschärften
        // ihre Sanktionen"); the window rules below keep the feminine reading only, because a plural "ihre" there
        // more often points to an unnamed group ("die Demonstranten")
        boolean ihre = p.possessive() && FEM_POSSESSIVE.contains(tok.word().toLowerCase(Locale.ROOT));
        Pronoun asSubject = ihre ? new Pronoun(F | PL, p.persons(), p.nonPersons(), false, true) : p;
        antecedent = clauseSubject(s, t, tree, out, asSubject, genders);
        if (antecedent == BLOCKED) {
          continue;
        }
        if (antecedent == null) {
          // an age noun only for a person of this sentence or the previous one: further back, the age is more often
          // an unnamed person's ("der Angeklagte", "der ehemalige Vizekanzler") than the last named one's
          Sentence before = s.index() > 0 && s.index() - 1 < sentences.size() ? sentences.get(s.index() - 1) : null;
          antecedent = unique(s, t, tree, out, previous, ageNoun ? List.of() : beforePrevious, p, genders,
              ageNoun ? null : before);
          if (antecedent != null && !ageNoun && antecedent.sentence() < s.index()
              && !subjectOrganisationContinued(s, t, tree, antecedent, sentences)) {
            continue;
          }
        }
      }
      if (antecedent == null && !english && !ageNoun) {
        antecedent = teaserCataphor(s, t, out, earlier, p, genders);
      }
      if (antecedent == null) {
        continue;
      }
      int first = ageNoun ? ageStart : t;
      int begin = s.token(first).begin();
      out.add(new Mention(antecedent.actorId(), antecedent.actorName(), antecedent.actorType(),
          text.substring(begin, tok.end()), s.index(), first, t + 1, t, begin, tok.end(),
          ageNoun ? MentionKind.ANAPHOR : MentionKind.PRONOUN, List.of()));
      out.sort(Comparator.comparingInt(Mention::startToken));
    }
    return out;
  }

  /**
   * Records the gender a noun right before a person's name shows: a noun ending in "-in" ("Schatzmeisterin",
   * "Politikerin") is feminine, another title noun ("Oberbefehlshaber", "Handelsminister") masculine. Only for persons
   * whose gender the catalogue and the first-name list leave open; the first evidence in a document wins.
   */
  private void noteGenders(Sentence s, List<Mention> current, DocGenders genders) {
    for (Mention m : current) {
      if (!"person".equals(m.actorType()) || m.kind() == MentionKind.PRONOUN || genders.byActor.containsKey(m.actorId())
          || staticPersonGender(m, false) != 0) {
        continue;
      }
      List<String> nouns = new ArrayList<>(m.labels());
      if (m.startToken() > 0 && "NOUN".equals(s.token(m.startToken() - 1).pos())) {
        nouns.add(s.token(m.startToken() - 1).word());
      }
      if (m.kind() == MentionKind.ROLE) {
        nouns.add(s.token(m.endToken() - 1).word());
      }
      for (String w : nouns) {
        int g = nounGender(w);
        if (g != 0) {
          genders.byActor.put(m.actorId(), g);
          break;
        }
      }
    }
  }

  /** F for a capitalised person noun in "-in" ("Ministerin"), M for another title noun, else 0. */
  int nounGender(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return 0;
    }
    if (w.endsWith("in") && w.length() > 5 && !w.endsWith("ein")) {
      return F;
    }
    return TitleLabels.isTitleNoun(w, titleEndings) && !w.endsWith("innen") ? M : 0;
  }

  private static boolean covered(List<Mention> mentions, int t) {
    return mentions.stream().anyMatch(m -> m.covers(t));
  }

  /** "Jährige", "Jährigen" after a number and a hyphen ("82-Jährige", which the tokenizer splits): a person's age. */
  private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("(\\d+-)?Jährigen?");

  /** "ein 34-jähriger Mann", "eine 34-Jährige", "die 34-jährige Frau": an age given to someone maybe unnamed. */
  private static final java.util.regex.Pattern UNNAMED_AGE = java.util.regex.Pattern.compile(
      "(?:\\b(?:ein|eine|einen|einem|einer|eines)\\s+(\\d+)\\s*-\\s*[Jj]ährige|\\b(\\d+)\\s*-\\s*jährige)");

  /**
   * The first token of a definite age noun at token t ("82 - Jährige" as the tokenizer splits it, or "82-Jährige"),
   * or -1: the noun "Jährige(n)" after a number and a hyphen, after a determiner.
   */
  static int ageNounStart(Sentence s, int t) {
    String w = s.token(t).word();
    if (!AGE_NOUN.matcher(w).matches() || !("NOUN".equals(s.token(t).pos()) || "PROPN".equals(s.token(t).pos()))) {
      return -1;
    }
    if (w.indexOf('-') > 0) {
      return t;
    }
    return t >= 2 && s.token(t - 1).word().equals("-") && s.token(t - 2).word().matches("\\d+") ? t - 2 : -1;
  }

  /**
   * The reading of token t, an age noun starting at token {@code start} ({@link #ageNounStart}), as a definite age
   * noun standing for a person named before ("Der 82-Jährige gilt als nicht vermittelbar" after "Gerhard Schröder"),
   * linked like "er"/"sie" (a single compatible person in this sentence before it or in the previous one, else none),
   * or null. The gender is the determiner's and the ending's: "der …-Jährige", "dem/den/des …-Jährigen" masculine,
   * "die …-Jährige", "der …-Jährigen" feminine; "die …-Jährigen" is a plural. Not when the document gives that age to
   * someone it may not name ("ein 34-jähriger Mann …", "eine 34-Jährige", "der 34-jährige Fahrer"): the noun may
   * stand for that person.
   */
  private static Pronoun ageNoun(Sentence s, int t, int start, List<Sentence> sentences) {
    if (start < 1) {
      return null;
    }
    String word = s.token(t).word();
    String number = start == t ? word.substring(0, word.indexOf('-')) : s.token(start).word();
    String det = s.token(start - 1).word().toLowerCase(Locale.ROOT);
    boolean oblique = word.endsWith("n");
    int gender = switch (det) {
      case "der" -> oblique ? F : M;
      case "die" -> oblique ? 0 : F;
      case "dem", "den", "des" -> oblique ? M : 0;
      default -> 0;
    };
    if (gender == 0) {
      return null;
    }
    for (Sentence other : sentences) {
      StringBuilder text = new StringBuilder();
      for (Token tok : other.tokens()) {
        text.append(tok.word()).append(' ');
      }
      java.util.regex.Matcher unnamed = UNNAMED_AGE.matcher(text);
      while (unnamed.find()) {
        if (number.equals(unnamed.group(1) != null ? unnamed.group(1) : unnamed.group(2))) {
          return null;
        }
      }
    }
    return new Pronoun(gender, true, false, false, false);
  }

  /** Whether pronouns of documents in this language (a language code, "de", "en") are read: German and English. */
  public static boolean reads(String language) {
    return "de".equals(language) || "en".equals(language);
  }

  /**
   * Whether a tagged (unparsed) sentence of a document in {@code language} ({@link #reads}) holds a word that may be
   * a linkable pronoun: a form of {@link #classify} (English: he, his, she, her and their forms) with its part of
   * speech (PRON or DET), read before the parse exists. Decides, with pronouns linked, that the sentence gets parsed
   * ({@code ActorResolver.isCandidate}).
   */
  public static boolean mayHold(Sentence s, String language) {
    boolean english = "en".equals(language);
    for (Token tok : s.tokens()) {
      String lower = tok.word().toLowerCase(Locale.ROOT);
      String pos = tok.pos();
      boolean form = english ? EN_MASCULINE.contains(lower) || EN_FEMININE.contains(lower)
          : LINKABLE_FORMS.contains(lower);
      if (("PRON".equals(pos) || "DET".equals(pos)) && form) {
        return true;
      }
    }
    return false;
  }

  /**
   * The English pronoun reading of token t, or null: he/him/himself and she/herself for a male or female person;
   * his, hers and a possessive her ({@code nmod:poss}, or unparsed before a noun) as possessives, another "her" as a
   * personal object pronoun.
   */
  private static Pronoun classifyEnglish(Sentence s, int t, DependencyTree tree) {
    Token tok = s.token(t);
    String lower = tok.word().toLowerCase(Locale.ROOT);
    if (!"PRON".equals(tok.pos()) && !"DET".equals(tok.pos())) {
      return null;
    }
    int gender = EN_MASCULINE.contains(lower) ? M : EN_FEMININE.contains(lower) ? F : 0;
    if (gender == 0) {
      return null;
    }
    boolean possessive = lower.equals("his") || lower.equals("hers")
        || lower.equals("her") && possessiveHer(s, t, tree);
    return new Pronoun(gender, true, false, false, possessive);
  }

  /** Whether token t is an English reflexive ("himself", "herself"): bound to its own clause's subject. */
  private static boolean reflexive(Sentence s, int t) {
    String lower = s.token(t).word().toLowerCase(Locale.ROOT);
    return lower.equals("himself") || lower.equals("herself");
  }

  /**
   * The antecedent of an English reflexive: the subject of the predicate it depends on (through xcomp to the
   * controlling clause), when a compatible person's mention; else none. "Reince Priebus should be ashamed of himself"
   * with no mention of Priebus links nothing, not the person of the sentence before.
   */
  private Mention reflexiveSubject(int t, DependencyTree tree, List<Mention> current, Pronoun p, DocGenders genders) {
    if (tree == null || tree.head(t) < 0) {
      return null;
    }
    int c = subjectOf(controllingClause(tree.head(t), tree), tree);
    return c < 0 ? null : subjectMention(current, c, tree, p, genders);
  }

  /** Whether "her" at t is the possessive ("her party"), not the object ("praised her"). */
  private static boolean possessiveHer(Sentence s, int t, DependencyTree tree) {
    if (tree != null && tree.relation(t) != null) {
      return tree.relation(t).endsWith(":poss") || tree.relation(t).startsWith("det");
    }
    return t + 1 < s.size() && (s.token(t + 1).isNoun() || "ADJ".equals(s.token(t + 1).pos()));
  }

  /** The pronoun reading of token t, or null when it is no (linkable) third-person pronoun. */
  private static Pronoun classify(Sentence s, int t, DependencyTree tree) {
    Token tok = s.token(t);
    String w = tok.word();
    String lower = w.toLowerCase(Locale.ROOT);
    String pos = tok.pos();
    if (!LINKABLE_FORMS.contains(lower)) {
      return null;
    }
    boolean capitalisedInside = t > 0 && Character.isUpperCase(w.charAt(0)) && !afterQuoteOrColon(s, t);
    if (lower.equals("dessen") && ("PRON".equals(pos) || "DET".equals(pos))) {
      return new Pronoun(M | N, true, true, true, true);
    }
    if (lower.equals("deren") && ("PRON".equals(pos) || "DET".equals(pos))) {
      return new Pronoun(F | PL, true, true, true, true);
    }
    if (capitalisedInside) {
      return null; // "Sie", "Ihr", "Ihre" inside a sentence: formal address
    }
    if (MASC_PERSONAL.contains(lower) && "PRON".equals(pos)) {
      return new Pronoun(M, true, false, false, false);
    }
    if (MASC_NEUT.contains(lower) && "DET".equals(pos) && !possessiveRelation(tree, t)) {
      return null; // the infinitive "sein" the tagger called a determiner ("soll bewusst gewesen sein")
    }
    if (MASC_NEUT.contains(lower) && ("DET".equals(pos) || lower.equals("ihm") && "PRON".equals(pos))) {
      return new Pronoun(M | N, true, true, false, "DET".equals(pos));
    }
    if (lower.equals("ihr") && "PRON".equals(pos)) {
      // dative "ihr" (feminine singular); "ihr" as a subject is the second person plural
      if (tree != null && tree.relation(t) != null && tree.relation(t).startsWith("nsubj")) {
        return null;
      }
      return new Pronoun(F, true, true, false, false);
    }
    if (FEM_POSSESSIVE.contains(lower) && "DET".equals(pos)) {
      return new Pronoun(F, true, true, false, true);
    }
    if (lower.equals("sie") && "PRON".equals(pos) && tree != null && tree.relation(t) != null
        && tree.relation(t).startsWith("nsubj") && singularVerb(s, tree.head(t), tree)) {
      return new Pronoun(F, true, true, false, false);
    }
    return null;
  }

  /**
   * Whether a possessive's parse makes it a determiner or possessor of a word after it, as a possessive determiner
   * is; true unparsed. Since 2026-12-06.
   */
  private static boolean possessiveRelation(DependencyTree tree, int t) {
    if (tree == null || tree.relation(t) == null) {
      return true;
    }
    String r = tree.relation(t);
    return (r.startsWith("det") || r.endsWith(":poss")) && tree.head(t) > t; // before its noun: "sein Land"
  }

  private static boolean afterQuoteOrColon(Sentence s, int t) {
    String prev = s.token(t - 1).word();
    return prev.equals(":") || prev.equals("\"") || prev.equals("„") || prev.equals("»") || prev.equals("«")
        || prev.equals("“");
  }

  /**
   * Whether the finite verb of the clause headed by {@code v} is singular: the first aux/cop child, else v itself;
   * plural forms end in "-en"/"-n" or are "sind" ("sie sagten", "sie haben", "sie seien").
   */
  static boolean singularVerb(Sentence s, int v, DependencyTree tree) {
    if (v < 0) {
      return false;
    }
    String finite = null;
    for (int c : tree.children(v)) {
      if (tree.relation(c) != null && (tree.relation(c).startsWith("aux") || tree.relation(c).equals("cop"))) {
        finite = s.token(c).word().toLowerCase(Locale.ROOT);
        break;
      }
    }
    if (finite == null) {
      String pos = s.token(v).pos();
      if (!"VERB".equals(pos) && !"AUX".equals(pos)) {
        return false;
      }
      finite = s.token(v).word().toLowerCase(Locale.ROOT);
      if (finite.startsWith("ge") && (finite.endsWith("t") || finite.endsWith("en"))) {
        return false; // a participle without its auxiliary: number unknown
      }
    }
    return !(finite.endsWith("en") || finite.endsWith("n") || finite.equals("sind"));
  }

  /** Rule 1: the nearest preceding argument noun, when a mention of a compatible actor covers it. */
  private Mention nearestNoun(List<Sentence> sentences, Sentence s, int t, List<Mention> current,
      List<Mention> previous, Pronoun p, DocGenders genders) {
    Integer found = nearestArgumentNoun(s, t - 1);
    if (found != null) {
      return compatibleAt(current, found, p, genders);
    }
    if (s.index() == 0) {
      return null;
    }
    Sentence ps = sentences.get(s.index() - 1);
    found = nearestArgumentNoun(ps, ps.size() - 1);
    return found == null ? null : compatibleAt(previous, found, p, genders);
  }

  private static Integer nearestArgumentNoun(Sentence s, int from) {
    for (int i = from; i >= 0; i--) {
      Token tok = s.token(i);
      if (!tok.isNoun()) {
        continue;
      }
      if (s.parsed()) {
        boolean prepositional = false;
        for (int c : s.tree().children(i)) {
          prepositional |= "case".equals(s.tree().relation(c));
        }
        // a noun under a preposition ("Im September", "in Moskau") is rarely what dessen points back to; a
        // name part (flat, appos) belongs to the phrase of its head, which is checked in its turn
        if (prepositional) {
          continue;
        }
      } else if (i > 0 && "ADP".equals(s.token(i - 1).pos())) {
        continue;
      }
      return i;
    }
    return null;
  }

  private Mention compatibleAt(List<Mention> mentions, int token, Pronoun p, DocGenders genders) {
    for (Mention m : mentions) {
      if ((m.covers(token) || m.headToken() == token) && candidateKind(m) && compatible(m, p, genders)) {
        return m;
      }
    }
    return null;
  }

  /**
   * How many xcomp edges {@link #clauseSubject} climbs from an infinitive clause to the clause whose subject controls
   * it ("Magyar kündigte an, … zu versuchen, sein Land … zu führen"): a linguistic reach, not a cycle guard.
   */
  private static final int MAX_CONTROL_CLIMB = 3;

  /**
   * How many appos/flat/conj edges {@link #attachedTo} climbs from a person mention to the subject it hangs on
   * ("Die Abgeordnete und Schatzmeisterin Franziska Hoppermann"): a linguistic reach, not a cycle guard.
   */
  private static final int MAX_ATTACHMENT_CLIMB = 4;

  /** Returned by {@link #clauseSubject} when the subject is a person-like word without an actor mention. */
  private static final Mention BLOCKED = new Mention("", "", "", "", 0, 0, 1, 0, 0, 0, MentionKind.PRONOUN,
      List.of());

  /**
   * Rules 2 and 3: the subject of the possessive's clause, or of the clause reporting the pronoun's clause. When that
   * subject is a name or a title noun without a compatible actor mention ("Der Minister lobte seine Rede", an
   * unlinked "Kim"), {@link #BLOCKED}: the pronoun most likely refers to it, so the window rule must not guess.
   */
  private Mention clauseSubject(Sentence s, int t, DependencyTree tree, List<Mention> current, Pronoun p,
      DocGenders genders) {
    if (tree == null || tree.head(t) < 0) {
      return null;
    }
    int clause;
    if (p.possessive()) {
      int noun = tree.head(t);
      if (tree.relation(noun) == null || tree.relation(noun).startsWith("nsubj") || tree.head(noun) < 0) {
        return null; // the possessive is inside the subject: "Seine Regierung" cannot refer to itself
      }
      clause = tree.head(noun);
    } else if (tree.relation(t) != null && tree.relation(t).startsWith("nsubj") && REPORTING_RELS.contains(tree.relation(tree.head(t)))
        && tree.head(tree.head(t)) >= 0) {
      clause = tree.head(tree.head(t));
    } else {
      return null;
    }
    int c = subjectOf(controllingClause(clause, tree), tree);
    if (c < 0 || !p.possessive() && c > t) {
      return null; // a possessive may precede its clause's subject ("Mit seinem Gesuch wollte Netanjahu …")
    }
    Mention m = subjectMention(current, c, tree, p, genders);
    if (m != null && (m.startToken() < t || p.possessive())) {
      return m;
    }
    Token subj = s.token(c);
    boolean personLike = "PROPN".equals(subj.pos()) || "PERSON".equals(subj.ner())
        || "NOUN".equals(subj.pos()) && TitleLabels.isTitleNoun(subj.word(), titleEndings);
    boolean otherActor = current.stream().anyMatch(x -> x.covers(c) || x.headToken() == c)
        || attachedTo(current, c, tree, new Pronoun(M | F | N | PL, true, true, false, true), null) != null;
    return personLike && !otherActor ? BLOCKED : null;
  }

  /**
   * A compatible person mention hanging on token c through appos/flat/conj edges: the subject is then a title noun
   * with the name in apposition ("Die Bundestagsabgeordnete und CDU-Schatzmeisterin Franziska Hoppermann ist …").
   */
  private Mention attachedTo(List<Mention> mentions, int c, DependencyTree tree, Pronoun p,
      DocGenders genders) {
    for (Mention m : mentions) {
      int[] up = tree.pathToRoot(m.headToken());
      int x = up[0];
      for (int i = 1; i <= MAX_ATTACHMENT_CLIMB && x >= 0 && x != c; i++) {
        String r = tree.relation(x);
        if (r == null || !(r.equals("appos") || r.startsWith("flat") || r.equals("conj"))) {
          break;
        }
        x = i < up.length ? up[i] : -1;
      }
      if (x == c && "person".equals(m.actorType()) && candidateKind(m) && compatible(m, p, genders)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The clause whose subject is {@code clause}'s: itself, or, for an infinitive clause without a subject of its own,
   * the governing clause up its xcomp edges (at most {@value #MAX_CONTROL_CLIMB}: "Magyar kündigte an, sein Land … zu
   * führen").
   */
  private static int controllingClause(int clause, DependencyTree tree) {
    int[] up = tree.pathToRoot(clause);
    for (int i = 1; i < up.length && i <= MAX_CONTROL_CLIMB; i++) {
      if (subjectOf(up[i - 1], tree) >= 0 || !"xcomp".equals(tree.relation(up[i - 1]))) {
        break;
      }
      clause = up[i];
    }
    return clause;
  }

  /** The compatible mention at subject token c, or one attached to it by apposition ({@link #attachedTo}); or null. */
  private Mention subjectMention(List<Mention> current, int c, DependencyTree tree, Pronoun p, DocGenders genders) {
    Mention m = compatibleAt(current, c, p, genders);
    return m != null ? m : attachedTo(current, c, tree, p, genders);
  }

  private static int subjectOf(int clause, DependencyTree tree) {
    for (int c : tree.children(clause)) {
      if (tree.relation(c) != null && tree.relation(c).startsWith("nsubj")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Rule 4: the one compatible actor of the window (previous sentence and this one up to the pronoun; when that
   * holds no compatible actor, up to {@value #FALLBACK_SENTENCES} sentences back). A compatible actor later in the same sentence that is a
   * subject or follows "so" ("Er wolle helfen, so Merz") competes as well.
   */
  private Mention unique(Sentence s, int t, DependencyTree tree, List<Mention> current, List<Mention> previous,
      List<Mention> beforePrevious, Pronoun p, DocGenders genders, Sentence before) {
    String excluded = null;
    if (tree != null && !p.possessive() && tree.head(t) >= 0 && tree.relation(t) != null && !tree.relation(t).startsWith("nsubj")) {
      int subj = subjectOf(tree.head(t), tree);
      for (Mention m : current) {
        if (subj >= 0 && (m.covers(subj) || m.headToken() == subj)) {
          excluded = m.actorId(); // "Putin lobte ihn": ihn is not Putin
        }
      }
    }
    List<Mention> here = new ArrayList<>();
    List<Mention> later = new ArrayList<>();
    for (Mention m : current) {
      (m.endToken() <= t ? here : later).add(m);
    }
    List<Mention> window = sameReferent(concat(previous, here));
    if (genders != null && genders.english && unknownGenderPerson(s, window, excluded)) {
      return null;
    }
    Map<String, Mention> byActor = candidates(s, window, excluded, p, genders);
    if (byActor.isEmpty()) {
      if (nounSubjectBefore(before, previous, p)) {
        return null; // "Die Sicherheitslage … hat sich verschlechtert. Doch sie war …": the noun, not an actor further back
      }
      byActor = candidates(s, sameReferent(concat(concat(beforePrevious, previous), here)), excluded, p, genders);
    }
    if (byActor.size() > 1) {
      Mention parallel = parallelSubject(s, t, tree, here, later, previous, byActor, before, p, genders);
      if (parallel == null) {
        return null;
      }
      byActor = Map.of(parallel.actorId(), parallel);
    }
    if (byActor.size() != 1) {
      return null;
    }
    for (Mention m : later) {
      boolean prominent = tree != null && tree.relation(m.headToken()) != null && tree.relation(m.headToken()).startsWith("nsubj")
          || m.startToken() > 0 && s.token(m.startToken() - 1).word().equalsIgnoreCase("so");
      if (prominent && candidateKind(m) && compatible(m, p, genders) && !byActor.containsKey(m.actorId())) {
        return null;
      }
    }
    return byActor.values().iterator().next();
  }

  /**
   * Whether the previous sentence's subject is a common noun, no actor's mention, of a gender the pronoun can have
   * ({@code de/organisation-gender-endings.tsv}: "Die Sicherheitslage im Jemen hat sich … verschlechtert. Doch sie war
   * …"): the nearer antecedent, so the pronoun is not linked to an actor further back; also the noun after a colon the
   * parser hung as an apposition on a label before it, which it made the subject ("STANDARD: Die Sicherheitslage …").
   * Since 2026-12-07, when such a "sie" became the interviewed archaeologist named two sentences before (and her label
   * negative).
   */
  private boolean nounSubjectBefore(Sentence before, List<Mention> previous, Pronoun p) {
    if (before == null || !before.parsed() || p.possessive()) {
      return false;
    }
    DependencyTree tree = before.tree();
    for (int t = 0; t < before.size(); t++) {
      String rel = tree.relation(t);
      boolean labelled = "appos".equals(rel) && tree.head(t) >= 0 && tree.head(t) + 1 < t
          && ":".equals(before.token(tree.head(t) + 1).word()) && tree.relation(tree.head(t)) != null
          && tree.relation(tree.head(t)).startsWith("nsubj");
      if (!(rel != null && rel.startsWith("nsubj") || labelled) || !before.token(t).isCommonNoun()) {
        continue; // (a label before a colon the parser made the subject: "STANDARD: Die Sicherheitslage …")
      }
      int token = t;
      if (previous.stream().anyMatch(m -> m.sentence() == before.index() && m.covers(token))) {
        continue;
      }
      String g = nounGenders.of(before.token(t).word());
      if (g != null && (code(g) & p.genders()) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person a teaser's opening pronoun points forward to, or null: "Er war wohl einer der umstrittensten
   * US-Vizepräsidenten - jetzt ist Dick Cheney gestorben", "Er war Vizekanzler …: Nun zieht sich Robert Habeck aus
   * der Politik zurück". A subject pronoun ("er", "sie" with a singular verb) that opens a sentence before which the
   * document names no actor, a colon or dash after it, and after that the first compatible person named in the same
   * sentence. Not when a compatible person is named between the pronoun and the colon or dash ("Er galt als
   * Herausforderer für Premierminister Starmer: Ex-Minister Streeting" stays open). Since 2026-12-07; before, such a
   * pronoun had no antecedent and its sentence's evaluation of the person was lost.
   */
  private Mention teaserCataphor(Sentence s, int t, List<Mention> current, List<Mention> earlier, Pronoun p,
      DocGenders genders) {
    // (earlier holds the two sentences before: from the third sentence on, an empty list says nothing of the rest)
    if (t != 0 || p.possessive() || p.recency() || s.index() > 2 || !earlier.isEmpty()) {
      return null;
    }
    int separator = -1;
    for (int i = t + 1; i < s.size() && separator < 0; i++) {
      String w = s.token(i).word();
      if (w.equals(":") || w.equals("-") || w.equals("–") || w.equals("—")) {
        separator = i;
      }
    }
    if (separator < 0) {
      return null;
    }
    for (Mention m : current) {
      if (m.kind() == MentionKind.PRONOUN || !candidateKind(m) || !compatible(m, p, genders)) {
        continue;
      }
      if (m.startToken() < separator) {
        return null; // a person before the colon may be the one meant
      }
      return m;
    }
    return null;
  }

  /**
   * Rule 4a, when the window holds several compatible actors: a subject pronoun continues the main-clause subject of
   * the sentence before ("Trump äußerte die Hoffnung, … Putin … . Allerdings wolle er zunächst abwarten" → Trump), when
   * that subject is a mention of one of the candidates, a person, not named again in the pronoun's own sentence ("Er
   * berichtete über eine Sitzung mit Budanow" is not Budanow), and no compatible actor stands before the pronoun in
   * its own sentence. Not for an age noun ("Der 82-Jährige" more often introduces someone new) nor a possessive. A
   * feminine organisation is no such antecedent: "sie" after a sentence about the CDU is more often a person the
   * article has not named by a catalogued name. Since 2026-12-06.
   */
  private Mention parallelSubject(Sentence s, int t, DependencyTree tree, List<Mention> here, List<Mention> later,
      List<Mention> previous, Map<String, Mention> byActor, Sentence before, Pronoun p, DocGenders genders) {
    if (tree == null || p.possessive() || before == null || !before.parsed() || tree.relation(t) == null
        || !tree.relation(t).startsWith("nsubj")) {
      return null;
    }
    for (Mention m : here) {
      if (candidateKind(m) && compatible(m, p, genders)) {
        return null;
      }
    }
    DependencyTree prev = before.tree();
    for (int root = 0; root < before.size(); root++) {
      int subj = prev.head(root) < 0 ? subjectOf(root, prev) : -1;
      if (subj < 0) {
        continue;
      }
      for (Mention m : previous) {
        if ((m.covers(subj) || m.headToken() == subj) && byActor.containsKey(m.actorId())
            && "person".equals(m.actorType())
            && later.stream().noneMatch(o -> o.actorId().equals(m.actorId()))) {
          return byActor.get(m.actorId());
        }
      }
    }
    return null;
  }

  /**
   * Rule 4b: a subject "sie" that would stand for an organisation or a country of an earlier sentence needs that
   * actor to have been a subject there ("Die Bundesregierung legte … vor. Dazu beschloss sie …"). Otherwise "sie" more
   * often continues a thing the sentence before spoke of ("Die Waffenruhe zwischen Russland und der Ukraine … Sie
   * gilt seit Mitternacht"; "das Heizungsgesetz der SPD … Sie verpflichtete Eigentümer …"). Persons are unaffected.
   * Since 2026-12-06, when sentences with a pronoun came to be parsed and their singular "sie" to be linked.
   */
  private static boolean subjectOrganisationContinued(Sentence s, int t, DependencyTree tree, Mention antecedent,
      List<Sentence> sentences) {
    if (!s.token(t).word().equalsIgnoreCase("sie") || "person".equals(antecedent.actorType())) {
      return true;
    }
    if (tree == null || antecedent.sentence() >= sentences.size()) {
      return false;
    }
    Sentence there = sentences.get(antecedent.sentence());
    if (!there.parsed()) {
      return false;
    }
    String r = there.tree().relation(antecedent.headToken());
    return r != null && r.startsWith("nsubj");
  }

  /**
   * English: whether the window (previous sentence and this one up to the pronoun, {@link #sameReferent}) names a
   * person whose gender no list tells. English news names many people by surname alone ("Warren", "Bharara"); such a
   * person may be the one "he" or "she" stands for, so the one person of known gender beside them is no safe
   * antecedent. (German keeps its rule: an unknown gender is no candidate; German features name people by their
   * first name alone, "Maria, 34, erzählt".) Since 2026-12-06, from the English pronoun set
   * (data/eval/pronouns-en.tsv).
   */
  private boolean unknownGenderPerson(Sentence s, List<Mention> window, String excluded) {
    for (Mention m : window) {
      if ("person".equals(m.actorType()) && candidateKind(m) && m.kind() != MentionKind.PRONOUN
          && !m.actorId().equals(excluded) && !modifiesPerson(m, window, s) && staticPersonGender(m, true) == 0) {
        return true;
      }
    }
    return false;
  }

  private static List<Mention> concat(List<Mention> a, List<Mention> b) {
    List<Mention> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The compatible actors of the window ({@link #sameReferent} of the sentences before and this one up to the pronoun),
   * each by its latest mention, in window order.
   */
  private Map<String, Mention> candidates(Sentence s, List<Mention> window, String excluded, Pronoun p,
      DocGenders genders) {
    Map<String, Mention> byActor = new java.util.LinkedHashMap<>();
    for (Mention m : window) {
      if (!candidateKind(m) || m.actorId().equals(excluded) || modifiesPerson(m, window, s)) {
        continue;
      }
      if (compatible(m, p, genders)) {
        byActor.put(m.actorId(), m); // the latest mention of the actor
      }
    }
    return byActor;
  }

  /**
   * A role description whose title is also a label of a person's name in the same sentence describes that person,
   * even when the resolver gave the two different actors ("Kanzler Merz" with a stale role holder; "Armeechef
   * Olexander Syrskyj" found once by role, once as a discovered name): one referent, not two competitors. The name's
   * actor is kept, except that a catalogue role holder wins over a discovered name.
   */
  private static List<Mention> sameReferent(List<Mention> window) {
    List<Mention> out = new ArrayList<>(window);
    for (Mention role : window) {
      if (role.kind() != MentionKind.ROLE) {
        continue;
      }
      String title = role.labels().isEmpty() ? role.surface() : role.labels().get(0);
      String head = title.substring(title.lastIndexOf(' ') + 1);
      for (Mention name : window) {
        if (name != role && name.sentence() == role.sentence() && "person".equals(name.actorType())
            && name.startToken() >= role.endToken() && name.startToken() - role.endToken() <= 4
            && name.kind() != MentionKind.PRONOUN && !name.actorId().equals(role.actorId())
            && name.labels().stream().anyMatch(l -> l.equals(head) || l.endsWith(head))) {
          out.remove(role);
          if (name.actorId().startsWith("auto:")) {
            int i = out.indexOf(name);
            if (i >= 0) {
              out.set(i, new Mention(role.actorId(), role.actorName(), role.actorType(), name.surface(),
                  name.sentence(), name.startToken(), name.endToken(), name.headToken(), name.begin(), name.end(),
                  name.kind(), name.labels()));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * A country or organisation named as the genitive attribute of a person's title is no antecedent of its own:
   * "Israels Premier Netanjahu", "Chinas Handelsminister Wang Wentao" (the pronoun then refers to the person).
   */
  private static boolean modifiesPerson(Mention m, List<Mention> window, Sentence current) {
    if ("person".equals(m.actorType()) || !m.surface().endsWith("s")) {
      return false;
    }
    for (Mention person : window) {
      int gap = person.startToken() - m.endToken();
      if ("person".equals(person.actorType()) && person.sentence() == m.sentence() && gap >= 0 && gap <= 3) {
        return true;
      }
    }
    return false;
  }

  /** Demonym adjectives and parts of compounds are no antecedents ("russische Truppen", "Ukraine-Krieg"). */
  private static boolean candidateKind(Mention m) {
    return m.kind() != MentionKind.DEMONYM && m.kind() != MentionKind.COMPOUND;
  }

  private boolean compatible(Mention m, Pronoun p, DocGenders genders) {
    boolean person = "person".equals(m.actorType());
    if (person ? !p.persons() : !p.nonPersons()) {
      return false;
    }
    int g = person ? staticPersonGender(m, genders != null && genders.english) : nonPersonGender(m);
    if (person && g == 0 && genders != null) {
      g = genders.byActor.getOrDefault(m.actorId(), 0);
    }
    return (g & p.genders()) != 0;
  }

  /** M or F from the catalogue, the first-name list or a title label; 0 when unknown. */
  int personGender(Mention m) {
    return staticPersonGender(m, false);
  }

  /** M or F by the lists of a German document, or ({@code english}) of an English one. */
  private int staticPersonGender(Mention m, boolean english) {
    ActorEntry e = catalogue.get(m.actorId());
    if (e != null && e.gender() != null) {
      return code(e.gender());
    }
    String name = e != null ? e.name(english ? "en" : "de") : m.actorName();
    Map<String, String> names = english ? FirstNames.ENGLISH : firstNames;
    if (english && e == null && !name.trim().contains(" ")) {
      return 0; // a person the article names by one word only ("Warren", "Bharara"): a surname, no first name
    }
    for (String part : name.trim().split("\\s+")) {
      if (part.endsWith(".")) {
        continue; // an initial ("J. D. Vance")
      }
      String g = names.get(part);
      if (g == null) {
        g = names.get(part.split("-")[0]);
      }
      if (g != null) {
        return code(g);
      }
      break; // only the first word is a first name
    }
    if (english) {
      return 0; // the title evidence below reads German feminine nouns ("Außenministerin")
    }
    for (String label : m.labels()) {
      if (label.endsWith("in") && TitleLabels.isTitleNoun(label, titleEndings)) {
        return F;
      }
    }
    if (m.kind() == MentionKind.ROLE && m.surface().endsWith("in")) {
      return F;
    }
    return 0;
  }

  /**
   * The grammatical gender of the word the mention stands on: a metonym or "das Land"/"der Staat" is masculine or
   * neuter ("der Kreml", "Pjöngjang"); otherwise the catalogue's {@code gender}, else (countries) neuter, else the
   * ending of the head noun of the actor's German name.
   */
  int nonPersonGender(Mention m) {
    if (m.kind() == MentionKind.METONYM || m.kind() == MentionKind.ANAPHOR) {
      return M | N;
    }
    ActorEntry e = catalogue.get(m.actorId());
    if (e != null && e.gender() != null) {
      return code(e.gender());
    }
    if (e == null) {
      return 0; // a discovered organisation or place: gender unknown
    }
    if (e.type().equals("country")) {
      return N; // a country without a catalogued gender: neuter, like most German country names ("Russland")
    }
    // the head noun: the last word that is not a genitive attribute ("Partei der Arbeit Koreas" → Partei)
    String[] words = e.name("de").split("[\\s/]+");
    String head = words[words.length - 1];
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && genitiveAttributeWords.contains(words[i])) {
        head = words[i - 1];
        break;
      }
    }
    String g = nounGenders.of(head);
    return g == null ? 0 : code(g);
  }

  private static int code(String g) {
    return switch (g) {
      case "m" -> M;
      case "f" -> F;
      case "n" -> N;
      case "pl" -> PL;
      default -> 0;
    };
  }
}
