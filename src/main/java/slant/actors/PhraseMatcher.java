package slant.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.actors.ActorIndex.Target;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

/**
 * Step 1, catalogue phrases: links runs of word units that are a catalogue name, alias, metonym or role title
 * ({@link ActorIndex#phrases}), longest match first from left to right. Names inside hyphenated compounds become
 * kind COMPOUND ("Ukraine-Krieg"); a role resolves to the actor holding it on the article date; a metonym that is
 * only a place ({@link SeatOfPower}) is no mention. Adds to {@link DocState#fullNamesSeen} the persons named with a
 * multi-word name. Runs first: full phrases win over the single words of the later steps.
 */
final class PhraseMatcher implements SentenceStep {

  private final ActorIndex index;
  private final SeatOfPower seats;
  private final MentionFactory mentions;
  private final TitleLabels titles;
  /** Unqualified national office titles, lower case ({@code domestic-titles.tsv}). */
  private final Set<String> domesticTitles;

  private final RoleContext roles;

  PhraseMatcher(ActorIndex index, SeatOfPower seats, MentionFactory mentions, TitleLabels titles,
      Set<String> domesticTitles, RoleContext roles) {
    this.roles = roles;
    this.index = index;
    this.seats = seats;
    this.mentions = mentions;
    this.titles = titles;
    this.domesticTitles = Set.copyOf(domesticTitles);
  }

  @Override
  public void apply(SentenceState st) {
    DocState d = st.doc();
    List<WordUnit> units = st.units();
    Map<String, List<Target>> p = index.phrases(d.lang());
    int i = 0;
    while (i < units.size()) {
      // candidate matches starting at unit i, longest first; a match whose targets all fail (a role not held on
      // the article date, a lower-case common word) falls back to the next shorter one
      List<Integer> lengths = new ArrayList<>();
      List<List<Target>> found = new ArrayList<>();
      StringBuilder key = new StringBuilder();
      for (int j = i; j < Math.min(units.size(), i + ActorIndex.MAX_PHRASE); j++) {
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
        Mention m = toMention(d, st.sentence(), found.get(c), units.subList(i, i + lengths.get(c)));
        if (m != null && !st.overlaps(m)) {
          st.take(m);
          if (m.kind() == MentionKind.NAME && m.endToken() - m.startToken() > 1) {
            d.fullNamesSeen().add(m.actorId());
          }
          consumed = lengths.get(c);
        }
      }
      i += Math.max(1, consumed);
    }
  }

  /** German endings that make a country's name a noun for its people ("Iran": "Iraner"; "Ukraine": "Ukrainern"). */
  private static final List<String> INHABITANT_ENDINGS = List.of("er", "ern", "ers", "erin", "erinnen");

  /**
   * Whether a one-unit match is written as a noun for one person of the named country rather than the name: the
   * stemmer gives "Iraner", "Ukrainer", "Iraker" the keys of "Iran", "Ukraine", "Irak", so "ein 30-jähriger Ukrainer"
   * and "der Exil-Iraner" were mentions of the state, and what is said of the person (a suspect, "ist umstritten")
   * was said of it. The written word (the last part of a hyphenated word) is a noun for the country's people
   * ({@link #inhabitantEnding}: "Ukrainer", "Belgier"), and it names persons: a feminine singular ("Ukrainerin"),
   * counted or after an indefinite article ("ein 30-jähriger Ukrainer", "einem Iraner", "zwei Belgier", "einigen
   * Ukrainern"), or a hyphenated kind of person ("Exil-Iraner"). The people as a whole ("die Ukrainer", "der Iraner"
   * as a genitive plural) stay the country, as the team's annotators list them (data/eval). Not when a capitalised
   * noun follows: "Schweizer Behörden" uses the word as the country's adjective.
   */
  static boolean inhabitantNoun(Sentence s, WordUnit unit, String form) {
    String word = s.token(unit.token()).word();
    if (unit.joinedLeft() && word.lastIndexOf('-') >= 0) {
      word = word.substring(word.lastIndexOf('-') + 1);
    }
    String ending = inhabitantEnding(ActorIndex.folded(word), ActorIndex.folded(form));
    if (ending == null) {
      return false;
    }
    int next = unit.token() + 1;
    if (next < s.size() && s.token(next).isNoun() && Character.isUpperCase(s.token(next).word().charAt(0))) {
      return false;
    }
    return ending.equals("erin") || unit.joinedLeft() || countedOrIndefinite(s, unit.token());
  }

  /**
   * The inhabitant ending ({@link #INHABITANT_ENDINGS}) by which the folded word {@code w} is a noun for the people of
   * the name {@code f}, or null: the name, its final "e" dropped ("Ukraine": "Ukrainer") or its "-ien" made "-i"
   * ("Belgien": "Belgier"), plus the ending.
   */
  private static String inhabitantEnding(String w, String f) {
    List<String> stems = new ArrayList<>(List.of(f));
    if (f.endsWith("e")) {
      stems.add(f.substring(0, f.length() - 1));
    }
    if (f.endsWith("ien")) {
      stems.add(f.substring(0, f.length() - 2));
    }
    for (String stem : stems) {
      for (String ending : INHABITANT_ENDINGS) {
        if (!stem.isEmpty() && w.equals(stem + ending)) {
          return ending;
        }
      }
    }
    return null;
  }

  /** Endings a German name takes as written: none, the genitive ("Hollands", "Bundestages"), a plural's dative. */
  private static final List<String> NAME_ENDINGS = List.of("", "s", "es", "n", "en");

  /** The shortest singular of a plural name that is matched ("Demokrat" of "Demokraten"; not "Grün", "Pol"). */
  private static final int MIN_SINGULAR = 7;

  /**
   * Whether a word matched to a one-word catalogue name or alias by its stemmer key is written as that name: the name
   * with a German name's ending ({@link #NAME_ENDINGS}), a plural name's singular, also in the genitive ("Demokrat",
   * "Palästinensergebiets"; at least {@link #MIN_SINGULAR} letters), or, for a country's name, a noun for its people
   * ("Iraner", "Ukrainer", "Belgier", "Niederländer", which {@link #inhabitantNoun} sorts out further); case and
   * diacritics aside. Only a country has people: until 2026-12-06 "ihre Federn" (feathers) was the alias "Fed" of the
   * US central bank with an inhabitant's ending.
   * Lucene's German stemmer keys other words alike — it drops a final "e" and reads "oe" as "ö" —, and those are
   * other names: "Hollande" is not the alias "Holland" of the Netherlands, "Poel" (an island) not "Polen", "Greene"
   * (Marjorie Taylor Greene) not the English alias "Greens" of the German Greens, "Emirat" not "Emirate".
   */
  static boolean writtenAsName(String written, String form, boolean country) {
    String w = ActorIndex.folded(written);
    String f = ActorIndex.folded(form);
    for (String ending : NAME_ENDINGS) {
      if (w.equals(f + ending)) {
        return true;
      }
    }
    for (String plural : List.of("e", "en")) {
      String singular = f.substring(0, f.length() - plural.length());
      if (f.endsWith(plural) && singular.length() >= MIN_SINGULAR
          && (w.equals(singular) || w.equals(singular + "s") || w.equals(singular + "es"))) {
        return true;
      }
    }
    return country && inhabitantEnding(w, f) != null;
  }

  /**
   * Whether the words of a matched span are capitalised where a catalogue name that opens with an article
   * capitalises them after it: such a name is an article and a noun made of an adjective ("Das Erste", "Die Linke"),
   * and written in lower case the same words are an article and an adjective ("Das erste Mal" is not the channel "Das
   * Erste"; until 2026-12-07 it was the ARD). Other names keep their matches written in lower case ("Spiegel
   * online"). Words are compared in order, as the span's units (hyphen-joined parts apart); a span whose word count
   * differs from the name's is not judged. Names only: role titles are written with lower-case adjectives of their own.
   */
  static boolean capitalisedAsWritten(List<WordUnit> span, String form) {
    String[] names = form.trim().split("[\\s\\-‐–]+");
    if (!NAME_ARTICLES.contains(names[0].toLowerCase(java.util.Locale.ROOT)) || span.size() != names.length) {
      return true;
    }
    for (int i = 1; i < names.length; i++) {
      String written = span.get(i).text();
      if (Character.isUpperCase(names[i].codePointAt(0)) && Character.isLowerCase(written.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** German definite articles that open a name ("Das Erste", "Die Linke", "Der Spiegel"), lower case. */
  private static final Set<String> NAME_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

  /** The singular forms of the German indefinite article, lower case. */
  private static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "einem", "einen", "eines", "einer");

  /**
   * Quantifiers that count persons ("einige Ukrainer", "mehrere Syrer"), lower case. Not {@code
   * class-quantifiers.tsv}, which RoleContext reads for role titles: there "alle Außenminister" and "kein Kanzler" name
   * a class rather than the holder, while "alle Ukrainer" is the people as a whole, which the annotators list as the
   * country.
   */
  private static final Set<String> QUANTIFIERS = Set.of("einige", "einigen", "mehrere", "mehreren", "viele",
      "vielen", "zahlreiche", "zahlreichen", "wenige", "wenigen", "etliche", "etlichen", "beide", "beiden");

  /**
   * Whether the noun phrase of the token counts persons: an indefinite article ("ein 30-jähriger Ukrainer"), a
   * number ("zwei Belgier", "die drei Iraner") or a quantifier ("einige Ukrainern"). Those are people of the country,
   * not the state; the people as a whole ("die Ukrainer") are.
   */
  private static boolean countedOrIndefinite(Sentence s, int t) {
    for (int i = t - 1; i >= Math.max(0, t - 4); i--) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (INDEFINITE_ARTICLES.contains(w) || QUANTIFIERS.contains(w) || "NUM".equals(s.token(i).pos())) {
        return true;
      }
      String pos = s.token(i).pos();
      if (!"ADJ".equals(pos) && !"NUM".equals(pos) && !"ADV".equals(pos) && !"PUNCT".equals(pos)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The mention a matched unit run stands for, or null: the target of highest {@link #priority} among those whose
   * written form fits; null when two actors of the same kind and priority fit (no guess).
   */
  private Mention toMention(DocState d, Sentence s, List<Target> targets, List<WordUnit> span) {
    WordUnit first = span.get(0);
    WordUnit last = span.get(span.size() - 1);
    AnnotatedDoc doc = d.doc();
    LocalDate date = d.date();
    String lang = d.lang();
    Set<String> fullNamesSeen = d.fullNamesSeen();
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
      if (t.kind() == MentionKind.METONYM && !SeatOfPower.metonymWritten(s, start, end, t.form(), compound)) {
        continue;
      }
      if (first != last && "de".equals(lang) && t.kind() == MentionKind.NAME
          && !capitalisedAsWritten(span, t.form())) {
        continue; // "Das erste Mal" is not the channel "Das Erste"
      }
      if (first == last && "de".equals(lang) && inhabitantNoun(s, last, t.form())) {
        continue; // "ein 30-jähriger Ukrainer", "der Exil-Iraner": a person of the country, not the state
      }
      if (first == last && "de".equals(lang) && t.kind() == MentionKind.NAME
          && !writtenAsName(last.text(), t.form(), "country".equals(mentions.type(t.actorId())))) {
        continue; // "Hollande" is no form of "Holland", nor "Poel" of "Polen", nor "Federn" of "Fed"
      }
      if (first == last && t.kind() == MentionKind.NAME && surnameOfNamedPerson(d, last, t.actorId())) {
        continue; // "Spiegel" after "Anne Spiegel" is her surname, not the magazine (SingleWordMatcher takes it)
      }
      if (first == last && t.kind() == MentionKind.NAME && !"person".equals(mentions.type(t.actorId()))
          && insidePersonName(s, start)) {
        continue; // "Paul Spiegel": a word of a person's name the entity recogniser found is not the magazine
      }
      if (t.kind() == MentionKind.NAME && domesticForm(t) != null && (!homeOffice(t, d)
          || roles.namesAnotherCountrys(d, s, start, end, t, compound, compoundModifier(s, first)))) {
        continue; // "das Innenministerium" in an Austrian paper, "das israelische Außenministerium"
      }
      if (t.kind() == MentionKind.ROLE && !index.holds(t.actorId(), t.roleTitle(), lang, date)) {
        continue;
      }
      if (t.kind() == MentionKind.ROLE && !homeOffice(t, d)) {
        continue; // "der Bundespräsident" in an Austrian paper is not the German one
      }
      if (t.kind() == MentionKind.ROLE && partitive(s, start)) {
        continue; // "einer der umstrittensten US-Vizepräsidenten": one of the office's holders, not the present one
      }
      if (t.kind() == MentionKind.ROLE && roles.namesSomeoneElse(d, s, start, end, t, compound)) {
        continue; // "Irans Außenminister", "die Außenminister der EU", "der frühere Außenminister", a report on Latvia
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
    MentionKind kind = compound && !("organisation".equals(mentions.type(chosen.actorId()))
        && parliamentaryGroup(s, first, last)) ? MentionKind.COMPOUND : chosen.kind();
    if (chosen.kind() == MentionKind.METONYM && !compound) {
      WordNormalizer norm = WordNormalizer.forLanguage(lang);
      if (seats.isMerePlace(s, start, end - 1, norm)) {
        return null;
      }
    }
    Mention m = mentions.mention(doc, s, chosen.actorId(), start, end, kind, lang);
    if (chosen.kind() == MentionKind.METONYM && s.parsed()
        && seats.underGovernmentNoun(s, end - 1, WordNormalizer.forLanguage(lang))) {
      // "das Regime in Pjöngjang": the government noun stands for the mention
      m = new Mention(m.actorId(), m.actorName(), m.actorType(), m.surface(), m.sentence(), m.startToken(),
          m.endToken(), s.tree().head(end - 1), m.begin(), m.end(), m.kind(), m.labels());
    }
    if (chosen.kind() == MentionKind.ROLE) {
      List<String> labels = new ArrayList<>(m.labels());
      String written = s.text(doc.text()).isEmpty() ? chosen.roleTitle() : MentionFactory.surface(doc, s, start, end);
      labels.add(0, written.indexOf(' ') < 0 ? titles.labelLemma(written) : written);
      m = MentionFactory.withLabels(m, labels);
    } else if (chosen.kind() == MentionKind.METONYM
        && seats.underGovernmentNoun(s, end - 1, WordNormalizer.forLanguage(lang))) {
      List<String> labels = new ArrayList<>(m.labels());
      labels.add(titles.labelLemma(s.token(s.tree().head(end - 1)).word()));
      m = MentionFactory.withLabels(m, labels);
    }
    return m;
  }

  /**
   * An acronym alias ("UN") matches only text in capitals; for a part of a hyphenated token ("UN-Sanktionen") the
   * part itself must be in capitals, so "Jong-un" is not the UN.
   */
  private static boolean acronymWritten(Sentence s, WordUnit first, WordUnit last) {
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

  /**
   * Whether a role title or institution name may name its holder in the document's outlet: always when the outlet's
   * country is unknown or the title says whose office it is ("deutscher Bundespräsident", "Kremlchef"); an
   * unqualified national office title or institution ({@code domestic-titles.tsv}) only for the outlet's own country,
   * or for a country the document reports on without naming the outlet's ({@link DocState#reportCountries}).
   */
  private boolean homeOffice(Target t, DocState d) {
    if (d.homeCountry() == null || domesticForm(t) == null) {
      return true;
    }
    String holderCountry = index.countryOf(t.actorId());
    return holderCountry == null || holderCountry.equals(d.homeCountry())
        || d.reportCountries().contains(holderCountry);
  }

  /**
   * The unqualified national title or institution name ({@code domestic-titles.tsv}) a target was matched by, lower
   * case, or null: a role's title ("außenminister"), a name's or alias's form ("außenministerium").
   */
  private String domesticForm(Target t) {
    String form = t.kind() == MentionKind.ROLE ? t.roleTitle() : t.kind() == MentionKind.NAME ? t.form() : null;
    return form != null && domesticTitles.contains(form.toLowerCase(Locale.ROOT)) ? form.toLowerCase(Locale.ROOT)
        : null;
  }

  /**
   * The part of a hyphenated compound written before the matched unit ("US" of "US-Finanzministerium"), or null when
   * the unit does not continue a compound.
   */
  private static String compoundModifier(Sentence s, WordUnit first) {
    if (!first.joinedLeft()) {
      return null;
    }
    String word = s.token(first.token()).word();
    int cut = word.lastIndexOf('-' + first.text());
    if (cut > 0) {
      return word.substring(word.lastIndexOf('-', cut - 1) + 1, cut);
    }
    // the tokenizer split "US", "-", "Finanzministerium"
    return first.token() >= 2 ? s.token(first.token() - 2).word() : null;
  }

  /**
   * Whether the unit run is the first part of a compound naming a parliamentary group ("die AfD-Fraktion", "der
   * SPD-Bundestagsfraktion", "der FPÖ-Klub"), for an organisation (the catalogue types parties so): the guide
   * (data/eval/README.md) makes a party and its group one actor, so such a compound is a mention of the party itself,
   * not a compound of it ("AfD-Wähler"). Since 2026-12-05.
   */
  private static boolean parliamentaryGroup(Sentence s, WordUnit first, WordUnit last) {
    if (first.joinedLeft() || !last.joinedRight()) {
      return false;
    }
    String word = s.token(last.token()).word();
    String head = word.indexOf('-') > 0 ? word.substring(word.lastIndexOf('-') + 1)
        : last.token() + 2 < s.size() ? s.token(last.token() + 2).word() : "";
    String h = head.toLowerCase(Locale.ROOT);
    return h.endsWith("fraktion") || h.endsWith("fraktionen") || h.equals("klub") || h.endsWith("parlamentsklub");
  }

  /**
   * Whether the token is the word right after a known first name (first-names-de.tsv) that opens a person's name the
   * entity recogniser tagged ("Paul Spiegel"); entity spans alone are too loose ("Huthi-Ziele" is tagged a person,
   * and a byline's "Michael Götschenberg ARD-Hauptstadtstudio" one).
   */
  private static boolean insidePersonName(Sentence s, int token) {
    for (slant.model.EntitySpan e : s.entities()) {
      if ("PERSON".equals(e.type()) && token == e.startToken() + 1 && token < e.endToken()
          && PronounResolver.firstNameGenders().containsKey(s.token(e.startToken()).word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the one-word unit is the surname, as written, of another catalogue person the document has named in full
   * so far, or of a person outside the catalogue it names in full anywhere (the discovery sweep's surnames): a
   * one-word name of an organisation ("Spiegel", the magazine) then yields to the person's surname.
   */
  private boolean surnameOfNamedPerson(DocState d, WordUnit u, String actorId) {
    if (d.discoveredSurnames().containsKey(u.key())) {
      return true; // a person outside the catalogue named in full in the article ("Paul Spiegel"): EntityDiscovery
    }
    List<String> persons = index.surnames(d.lang()).get(u.key());
    if (persons == null) {
      return false;
    }
    for (String id : persons) {
      if (!id.equals(actorId) && d.fullNamesSeen().contains(id) && index.writesSurname(id, u.text())) {
        return true;
      }
    }
    return false;
  }

  /** Names over roles over metonyms; within a kind, an actor already named in full first. */
  private static int priority(Target t, Set<String> fullNamesSeen) {
    int p = switch (t.kind()) {
      case NAME -> 3;
      case ROLE -> 2;
      default -> 1;
    };
    return p * 2 + (fullNamesSeen.contains(t.actorId()) ? 1 : 0);
  }

  /**
   * Whether the title starting at {@code start} is in a partitive plural, read on the words (the parse of such
   * phrases is often wrong): "einer der mächtigsten und umstrittensten US-Vizepräsidenten", "zu den … Ministern" — a
   * class of office holders, not the present one. Between the article and the title only lower-case words, "und"
   * and commas.
   */
  private static boolean partitive(Sentence s, int start) {
    int t = start - 1;
    while (t >= 0 && (Character.isLowerCase(s.token(t).word().codePointAt(0)) || s.token(t).word().equals(","))
        && !s.token(t).word().equals("der") && !s.token(t).word().equals("den")) {
      t--;
    }
    if (t < 1) {
      return false;
    }
    String article = s.token(t).word();
    String before = s.token(t - 1).word().toLowerCase(Locale.ROOT);
    return article.equals("der") && PARTITIVE_PRONOUNS.contains(before)
        || article.equals("den") && before.equals("zu");
  }

  private static final Set<String> PARTITIVE_PRONOUNS = Set.of("einer", "eine", "eines");
}
