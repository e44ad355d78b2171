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
import java.util.TreeSet;
import slant.lang.GermanNounGender;
import slant.lang.Rules;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.EntitySpan;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

/**
 * Finds actor mentions in an {@link AnnotatedDoc}: catalogue names and aliases (inflected forms through
 * {@link WordNormalizer}), surnames, metonyms that act, role descriptions resolved to their holder on the article
 * date, names inside hyphenated compounds, demonym adjectives, and NER entities outside the catalogue (discovered
 * actors, {@code auto:…}). Catalogue matches win over discovered ones; longer matches win over shorter.
 *
 * <p>The work is a fixed list of {@link SentenceStep}s, run in order on each sentence (the sentences in text order),
 * like an analyzer's token filters. Each step links only tokens the steps before it left free:
 * <ol>
 *   <li>{@link Bylines}: an author's byline and a closing agency credit take their tokens (no actors)</li>
 *   <li>{@link PhraseMatcher}: catalogue names, aliases, metonyms ({@link SeatOfPower}) and role titles, longest
 *       first</li>
 *   <li>{@link SingleWordMatcher}: surnames, first names of persons named in full, demonyms</li>
 *   <li>{@link EntityDiscovery} (if {@code discover}): NER entities outside the catalogue</li>
 *   <li>{@link CountryAnaphora}, {@link EpithetAnaphora} and {@link PairEpithets} (if {@code anaphora}): "das Land",
 *   "die Terrormiliz", "die beiden …"</li>
 *   <li>{@link TitleMerge}: sort; a role description before its holder's name merges into the name</li>
 *   <li>{@link PronounLinking} (if {@code pronouns}): German and English third-person pronouns</li>
 * </ol>
 * The steps share the catalogue index ({@link ActorIndex}), the word units of a sentence ({@link WordUnit}) and the
 * title labels of a span ({@link TitleLabels}); per-document and per-sentence state passes in {@link DocState} and
 * {@link SentenceState}.
 *
 * <p>Pure and thread-safe after construction; built once per catalogue and shared by all tasks of a JVM.
 */
public final class ActorResolver implements Serializable {

  private final Catalogue catalogue;
  private final Rules rules;
  private final ActorIndex index;
  private final TitleLabels titles;
  private final AppositionRepair appositions;
  private final List<SentenceStep> steps;
  /** Unqualified national office titles, lower case ({@code domestic-titles.tsv}). */
  private final Set<String> domesticTitles;
  /** How many of {@link #steps} the discovery sweep runs: through {@link EntityDiscovery}, 0 without discovery. */
  private final int discoverySteps;
  /** Keys of the epithet nouns ({@link EpithetAnaphora}) when anaphora is on, else empty: they make a candidate. */
  private final Set<String> epithetNouns;
  /**
   * Whether pronouns are linked, and so make a German or English sentence a parse candidate ({@link
   * #isCandidate}).
   */
  private final boolean pronouns;
  /** Title noun endings (title-endings.tsv): a German title after a definite determiner makes a candidate. */
  private final List<String> titleEndings;
  /** {@code de/title-anaphor-determiners.tsv}: a title after one of them makes a sentence a parse candidate. */
  private final Set<String> titleDeterminers;
  /**
   * Keys of the country anaphors ({@code country-anaphors.tsv}) when anaphora is on, else empty: after an anaphor
   * determiner one makes a candidate ({@link CountryAnaphora#mayHold}).
   */
  private final Set<String> countryAnaphors;
  private final Set<String> anaphorDeterminers;

  /**
   * @param rules the rule word lists (data/rules/README.md: place prepositions, statement nouns, title endings, …)
   * @param discover whether NER entities outside the catalogue become {@code auto:} actors
   * @param anaphora whether "das Land"/"der Staat" resolve to an unambiguous preceding country
   */
  public ActorResolver(Catalogue catalogue, Rules rules, boolean discover, boolean anaphora) {
    this(catalogue, rules, discover, anaphora, false);
  }

  /**
   * @param pronouns whether third-person pronouns ("er", "seine", "dessen"; English "he", "her") link to the one
   *     actor they can stand for ({@link PronounResolver}, kind pronoun)
   */
  public ActorResolver(Catalogue catalogue, Rules rules, boolean discover, boolean anaphora, boolean pronouns) {
    this.catalogue = catalogue;
    this.rules = rules;
    this.index = new ActorIndex(catalogue);
    this.titleEndings = rules.list("title-endings.tsv");
    this.titleDeterminers = TitleAnaphora.determiners(rules);
    this.titles = new TitleLabels(titleEndings);
    this.appositions = new AppositionRepair(titleEndings);
    MentionFactory mentions = new MentionFactory(catalogue, titles);
    SeatOfPower seats = new SeatOfPower(rules);
    List<SentenceStep> s = new ArrayList<>();
    s.add(new Bylines(rules));
    Set<String> domestic = rules.words("domestic-titles.tsv");
    this.domesticTitles = domestic;
    s.add(new PhraseMatcher(index, seats, mentions, titles, domestic, new RoleContext(index, catalogue,
        rules.words("former-title-words.tsv"), rules.words("class-quantifiers.tsv"), domestic,
        rules.words("shared-office-nouns.tsv"),
        rules.words("de/indefinite-articles.tsv", "en/indefinite-articles.tsv"),
        rules.words("predicative-marks.tsv"))));
    s.add(new SingleWordMatcher(index, mentions, rules.words("de/word-surnames.tsv"), titleEndings));
    GermanNounGender nounGenders = GermanNounGender.of(rules);
    if (discover) {
      s.add(new EntityDiscovery(titles, rules.words("group-heads.tsv"),
          rules.words("weather-system-nouns.tsv"), rules.words("non-actor-names.tsv"), nounGenders));
    }
    this.discoverySteps = discover ? s.size() : 0;
    if (anaphora) {
      s.add(new CountryAnaphora(rules, seats, mentions));
      s.add(new EpithetAnaphora(rules));
      s.add(new TitleAnaphora(rules));
      s.add(new PairEpithets(rules));
    }
    s.add(new TitleMerge());
    s.add(new StatementMedia(rules));
    if (pronouns) {
      s.add(new PronounLinking(new PronounResolver(catalogue, rules, nounGenders)));
    }
    this.steps = List.copyOf(s);
    this.epithetNouns = anaphora ? rules.words("epithet-anaphors.tsv") : Set.of();
    this.countryAnaphors = anaphora ? rules.words("country-anaphors.tsv") : Set.of();
    this.anaphorDeterminers = rules.words("anaphor-determiners.tsv");
    this.pronouns = pronouns;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** The rule word lists this resolver reads. */
  public Rules rules() {
    return rules;
  }

  /**
   * Whether a tagged (unparsed) sentence may hold a mention: decides which sentences get parsed. Besides names and
   * NER entities, a German sentence with an epithet noun ("Die Terrormiliz bestreitet das"), whose attribution needs
   * the parse, and, with pronouns linked, one with a third-person pronoun ({@link PronounResolver#mayHold}: "Damit
   * brüskierte er die anderen Euro-Staaten"): unparsed, the pronoun's mention could carry no evaluation but a
   * prenominal epithet, and a subject "sie" no link at all (since 2026-12-06). With anaphora on, also a sentence with
   * a country anaphor after its determiner ("Das Land hat zumindest einen Teilerfolg errungen", since 2026-12-07):
   * unparsed, the country's narrated outcome, act or predicate there was lost.
   */
  public boolean isCandidate(Sentence s, String language) {
    for (EntitySpan e : s.entities()) {
      if (EntityDiscovery.LINKABLE_NER.contains(e.type())) {
        return true;
      }
    }
    String lang = ActorIndex.lang(language);
    if (pronouns && PronounResolver.reads(lang) && PronounResolver.mayHold(s, lang)) {
      return true;
    }
    WordNormalizer norm = WordNormalizer.forLanguage(lang);
    if (!countryAnaphors.isEmpty() && CountryAnaphora.mayHold(s, countryAnaphors, anaphorDeterminers, norm)) {
      return true;
    }
    List<WordUnit> units = WordUnit.of(s, norm);
    if (lang.equals("de") && !epithetNouns.isEmpty()) {
      for (WordUnit u : units) {
        if (epithetNouns.contains(u.key())) {
          return true;
        }
      }
      if (TitleAnaphora.mayHold(s, titleEndings, titleDeterminers)) {
        return true;
      }
    }
    return index.mayHold(units, lang);
  }

  /**
   * What besides the catalogue decides {@link #isCandidate} for a document language: the epithet nouns, sorted and
   * joined, and whether pronouns make a candidate (in English since 2026-12-06: ";pronouns-en"), and the country
   * anaphors (since 2026-12-07). Part of the key of cached annotations, whose parse selection it changes.
   */
  public String candidateRulesKey(String language) {
    String key = String.join(",", new java.util.TreeSet<>(epithetNouns)) + (pronouns ? ";pronouns" : "")
        + (epithetNouns.isEmpty() ? "" : ";title-anaphors")
        + (countryAnaphors.isEmpty() ? "" : ";country-anaphors:" + String.join(",",
            new java.util.TreeSet<>(countryAnaphors)));
    return pronouns && "en".equals(ActorIndex.lang(language)) ? key + "-en" : key;
  }

  /**
   * All mentions in a document, in text order. {@code date} selects role holders. With discovery on, a sweep of the
   * steps up to {@link EntityDiscovery} first collects the persons outside the catalogue named in full anywhere in
   * the document, so that the full pass links their surnames also before the full name
   * ({@link DocState#startKnowing}). The sweep finds what a full pass would: the steps before discovery read only
   * the names seen so far, which they fill themselves.
   */
  public List<Mention> resolve(AnnotatedDoc doc, LocalDate date) {
    return resolve(doc, date, null);
  }

  /**
   * As {@link #resolve(AnnotatedDoc, LocalDate)}, for an outlet of a known country ({@link OutletCountry}): an
   * unqualified national office title ({@code domestic-titles.tsv}: "Bundespräsident", "Außenminister") names only
   * a holder of that country — in an Austrian paper "der Bundespräsident" is not the German one.
   *
   * @param homeCountry the catalogue id of the outlet's country, or null when unknown (every holder counts)
   */
  public List<Mention> resolve(AnnotatedDoc doc, LocalDate date, String homeCountry) {
    List<Mention> first = resolve(doc, date, homeCountry, Set.of(), Set.of());
    Set<String> barred = foreignReportHolders(first);
    Set<String> abroad = reportCountries(first, homeCountry);
    return barred.isEmpty() && abroad.isEmpty() ? first : resolve(doc, date, homeCountry, barred, abroad);
  }

  private List<Mention> resolve(AnnotatedDoc doc, LocalDate date, String homeCountry, Set<String> barred,
      Set<String> abroad) {
    DocState plain = DocState.start(doc, date, homeCountry);
    plain.foreignReportHolders().addAll(barred);
    plain.reportCountries().addAll(abroad);
    if (discoverySteps == 0) {
      return resolve(plain, steps);
    }
    DocState sweep = DocState.start(doc, date, homeCountry);
    sweep.foreignReportHolders().addAll(barred);
    sweep.reportCountries().addAll(abroad);
    resolve(sweep, steps.subList(0, discoverySteps));
    return resolve(!sweep.knowsNames() ? plain : DocState.startKnowing(doc, date, sweep), steps);
  }

  /**
   * How often another country must be named (by name, seat of power or demonym) in a document that never names the
   * office holder's own country, for the holder's bare national title to be that country's office
   * ({@link #foreignReportHolders}).
   */
  static final int FOREIGN_REPORT_MENTIONS = 3;

  /**
   * The holders whose unqualified national title ({@code domestic-titles.tsv}: "der Verteidigungsminister"), and the
   * ministries whose unqualified name ("das Verteidigungsministerium", since 2026-12-05), in this document is
   * another country's office: a report on another country — named {@link #FOREIGN_REPORT_MENTIONS} times
   * or more, while the holder's own country is never named — that never names the holder by name either ("Der
   * Verteidigungsminister musste zurücktreten, die Regierung zerbrach" in a report on Latvia was the German minister).
   * The document is then resolved again without those role matches (docs/validation-actors.md, "Role titles that
   * name someone else"). On 4,152 zeitgeist-de-news articles this applied to six bare titles, each another
   * country's minister.
   */
  Set<String> foreignReportHolders(List<Mention> mentions) {
    Set<String> named = new HashSet<>();
    for (Mention m : mentions) {
      if ((m.kind() == MentionKind.NAME || m.kind() == MentionKind.PARTIAL_NAME) && domesticName(m) == null) {
        named.add(m.actorId());
      }
    }
    Map<String, Integer> countries = countriesNamed(mentions);
    Set<String> barred = new TreeSet<>();
    for (Mention m : mentions) {
      String institution = domesticName(m);
      boolean ministry = institution != null && RoleContext.ministry(institution);
      if (m.kind() != MentionKind.ROLE && !ministry || named.contains(m.actorId())) {
        continue;
      }
      String title = m.kind() != MentionKind.ROLE ? institution : m.labels().isEmpty() ? m.surface()
          : m.labels().get(0);
      String own = index.countryOf(m.actorId());
      if (own == null || !domesticTitles.contains(title.toLowerCase(Locale.ROOT))
          || countries.getOrDefault(own, 0) > 0) {
        continue;
      }
      for (Map.Entry<String, Integer> c : countries.entrySet()) {
        if (!c.getKey().equals(own) && c.getValue() >= FOREIGN_REPORT_MENTIONS) {
          barred.add(m.actorId());
        }
      }
    }
    return barred;
  }

  /**
   * In a document of an outlet of known country that never names that country (by name, seat of power or demonym),
   * the countries it names {@link #FOREIGN_REPORT_MENTIONS} times or more: a report on them, in which their
   * unqualified national titles and institutions are theirs ("die Bundesregierung" in derStandard's report on German
   * asylum policy is the German one), not the outlet country's. Empty otherwise.
   */
  static Set<String> reportCountries(List<Mention> mentions, String homeCountry) {
    if (homeCountry == null) {
      return Set.of();
    }
    Map<String, Integer> countries = countriesNamed(mentions);
    if (countries.containsKey(homeCountry)) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    countries.forEach((c, n) -> {
      if (n >= FOREIGN_REPORT_MENTIONS) {
        out.add(c);
      }
    });
    return out;
  }

  /** How often each country is named in the mentions: by name, seat of power or demonym. */
  private static Map<String, Integer> countriesNamed(List<Mention> mentions) {
    Map<String, Integer> countries = new HashMap<>();
    for (Mention m : mentions) {
      if ("country".equals(m.actorType()) && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.METONYM
          || m.kind() == MentionKind.DEMONYM)) {
        countries.merge(m.actorId(), 1, Integer::sum);
      }
    }
    return countries;
  }

  /**
   * The institution name of {@code domestic-titles.tsv} a name mention is written as ("das Innenministerium", "des
   * Außenministeriums": the surface, lower case, without a genitive ending), or null.
   */
  private String domesticName(Mention m) {
    if (m.kind() != MentionKind.NAME) {
      return null;
    }
    String w = m.surface().toLowerCase(Locale.ROOT);
    for (String form : List.of(w, w.endsWith("es") ? w.substring(0, w.length() - 2) : w,
        w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
      if (domesticTitles.contains(form)) {
        return form;
      }
    }
    return null;
  }

  private static List<Mention> resolve(DocState state, List<SentenceStep> steps) {
    AnnotatedDoc doc = state.doc();
    for (Sentence s : doc.sentences()) {
      SentenceState sentence = SentenceState.start(state, s);
      for (SentenceStep step : steps) {
        step.apply(sentence);
      }
      state.resolved().addAll(sentence.mentions());
    }
    return state.resolved();
  }

  /**
   * The token that stands for a span in the tree: the span token whose head lies outside the span, then up through
   * appos/flat/compound edges to a title noun ("Präsident" in "Präsident Wladimir Putin"). Unparsed: the last token.
   */
  public static int headOf(Sentence s, int start, int end) {
    return TitleLabels.headOf(s, start, end);
  }

  /** A stable id part from a name: normalised keys, ASCII, hyphen-joined ("James Brown" → "james-brown"). */
  public static String slug(String name) {
    return EntityDiscovery.slug(name);
  }

  /**
   * The document with the parser's misattached appositive names re-attached ({@link AppositionRepair}): the analysis
   * resolves and scores this, not the stored annotation.
   */
  public AnnotatedDoc repairAppositions(AnnotatedDoc doc) {
    return appositions.apply(doc);
  }

  /** The base form of an inflected title noun ({@link TitleLabels#labelLemma}). */
  String labelLemma(String word) {
    return titles.labelLemma(word);
  }
}
