package slant.actors;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.actors.ActorIndex.Target;
import slant.model.Sentence;

/**
 * Where a matched role title names someone other than the office's present holder, read on the words around it. A
 * role resolves to the actor holding it on the article date; before these checks every "Außenminister" in a German
 * outlet was the German foreign minister, also in "Irans Außenminister", "der dänische Außenminister", "die
 * Außenminister der EU", "beim Treffen der Außenminister", "Castro war Verteidigungsminister" and "der frühere
 * Außenminister" (docs/validation-actors.md, "Role titles that name someone else"). The title names someone else
 * when it is
 * <ul>
 *   <li>qualified by a former or future holder's word ({@code former-title-words.tsv}: "der frühere
 *       Außenminister", "der designierte Kanzler");
 *   <li>plural: after a plural quantifier ({@code class-quantifiers.tsv}: "mehrere Innenminister") or a number, a
 *       masculine title after "die" ("die Außenminister der EU") or as a genitive "der" after a noun ("das Treffen der
 *       Außenminister"), in the dative plural ("den Außenministern"), beside a feminine plural ("Innenministerinnen
 *       und Innenminister"), or an English plural ("foreign ministers");
 *   <li>a predicate ("Castro war Verteidigungsminister": the title has a copula and says what its subject was), also
 *       after a predicative mark with no article ({@code predicative-marks.tsv}: "Merz gilt als schlechter Kanzler",
 *       "Schröder setzte als Kanzler die Agenda 2010 durch": what the subject is or was, since 2026-12-08);
 *   <li>right before a person's name that is not the holder's ("Außenminister Mute Egede");
 *   <li>for an unqualified national title ({@code domestic-titles.tsv}), an office of another country: after a
 *       genitive ("Irans Außenminister", "Trumps Außenminister") or a demonym ("der dänische Außenminister") that is
 *       not the holder's country, or before a genitive or "von" phrase naming another country or organisation ("der
 *       Verteidigungsminister der Russischen Föderation", "der Umweltminister Dänemarks"), or in a report on another
 *       country that never names the holder ({@link DocState#foreignReportHolders}, found by
 *       {@link ActorResolver#foreignReportHolders}).
 * </ul>
 * A bare singular title with none of these still names the present holder ("Der Außenminister reist nach Kiew").
 */
final class RoleContext implements Serializable {

  private final ActorIndex index;
  private final Catalogue catalogue;
  private final Set<String> formerWords;
  private final Set<String> classQuantifiers;
  private final Set<String> domesticTitles;
  /** Endings of titles of an office several hold at once ({@code shared-office-nouns.tsv}: "sprecher"). */
  private final Set<String> sharedOffices;
  /** Indefinite articles of both languages ({@code de/indefinite-articles.tsv}, {@code en/indefinite-articles.tsv}). */
  private final Set<String> indefiniteArticles;
  /** Words that introduce a predicative ({@code predicative-marks.tsv}: "als"). */
  private final Set<String> predicativeMarks;

  RoleContext(ActorIndex index, Catalogue catalogue, Set<String> formerWords, Set<String> classQuantifiers,
      Set<String> domesticTitles, Set<String> sharedOffices, Set<String> indefiniteArticles,
      Set<String> predicativeMarks) {
    this.predicativeMarks = Set.copyOf(predicativeMarks);
    this.sharedOffices = Set.copyOf(sharedOffices);
    this.indefiniteArticles = Set.copyOf(indefiniteArticles);
    this.index = index;
    this.catalogue = catalogue;
    this.formerWords = Set.copyOf(formerWords);
    this.classQuantifiers = Set.copyOf(classQuantifiers);
    this.domesticTitles = Set.copyOf(domesticTitles);
  }

  /**
   * Whether the role title of {@code t} at tokens [start, end) names someone other than its present holder. In a
   * hyphenated compound ({@code compound}: "die Kanzler-Rede") the words before belong to the compound's head, so
   * only the name after it and the title's country count.
   */
  boolean namesSomeoneElse(DocState d, Sentence s, int start, int end, Target t, boolean compound) {
    int head = headToken(s, start, end, t.roleTitle());
    boolean domestic = domesticTitles.contains(t.roleTitle().toLowerCase(Locale.ROOT));
    return !compound && (former(s, start) || plural(s, start, head, t.roleTitle(), d.lang()) || predicate(s, head)
        || afterPredicativeMark(s, start)
        || oneOfSeveral(s, start, t.roleTitle()))
        || beforeAnotherPerson(d, s, end, t.actorId())
        || domestic && !compound && d.foreignReportHolders().contains(t.actorId())
        || domestic && otherCountry(d, s, start, end, t);
  }

  /**
   * Whether an unqualified national institution name of {@code domestic-titles.tsv} at tokens [start, end) ("das
   * Innenministerium", "die Bundesregierung") names another country's institution, as a domestic title does
   * ({@link #namesSomeoneElse}): a genitive, demonym or following phrase of another country ("das israelische
   * Außenministerium", "Schleswig-Holsteins Innenministerium"), another country's or a state's name written before it
   * in a hyphenated compound ({@code compoundModifier}: "US-Finanzministerium", "Taliban-Außenministerium",
   * "NRW-Innenministerium"), or, for a ministry, a report on another country that never names the ministry's own
   * ({@link DocState#foreignReportHolders}).
   */
  boolean namesAnotherCountrys(DocState d, Sentence s, int start, int end, Target t, boolean compound,
      String compoundModifier) {
    // every country has its ministries, so in a report on another country "das Außenministerium" is that country's;
    // "die Bundesregierung" or "der Verfassungsschutz" in such a report is still the outlet's own
    if (!compound && ministry(t.form()) && d.foreignReportHolders().contains(t.actorId())) {
      return true;
    }
    String own = index.countryOf(t.actorId());
    if (compoundModifier != null && own != null) {
      // "US-Finanzministerium", "Taliban-Außenministerium"; a modifier that is no catalogue actor names a state or a
      // place ("NRW-Innenministerium"); the own country's actors do not ("SPD-Innenministerium")
      String other = actorOf(d, compoundModifier);
      ActorEntry e = other == null ? null : catalogue.get(other);
      return other == null || !own.equals(other) && (e == null || !own.equals(e.country()));
    }
    return otherCountry(d, s, start, end, t);
  }

  /** Whether an institution name is a ministry's ("Außenministerium"), which every country has. */
  static boolean ministry(String form) {
    return form.toLowerCase(Locale.ROOT).endsWith("ministerium");
  }

  /**
   * The title's head noun: the first noun of a title with a genitive or prepositional attribute ("Präsidentin der
   * EU-Kommission", "Ministerpräsident von Hessen"), else its last token.
   */
  private static int headToken(Sentence s, int start, int end, String title) {
    String ti = " " + title.toLowerCase(Locale.ROOT) + " ";
    if (ti.contains(" der ") || ti.contains(" des ") || ti.contains(" von ") || ti.contains(" für ")
        || ti.contains(" of ")) {
      for (int i = start; i < end; i++) {
        if (s.token(i).isNoun()) {
          return i;
        }
      }
    }
    return end - 1;
  }

  private boolean former(Sentence s, int start) {
    for (int i = start - 1; i >= Math.max(0, start - 3) && attributive(s, i); i--) {
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      if (formerWords.contains(w)) {
        return true;
      }
      for (String ending : slant.lang.GermanAdjectives.ENDINGS) {
        if (w.endsWith(ending) && formerWords.contains(w.substring(0, w.length() - ending.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the title follows a predicative mark with only attributes between ("als Kanzler", "als schlechter
   * Kanzler"): a predicative, not a reference. With an article it may be one ("beliebter als der Kanzler").
   */
  private boolean afterPredicativeMark(Sentence s, int start) {
    int mark = beforeAttributes(s, start);
    // at most four attributes between
    return mark >= 0 && start - mark <= 5 && predicativeMarks.contains(s.token(mark).word().toLowerCase(Locale.ROOT));
  }

  /** Whether a token can stand between a determiner and its noun: an adjective, adverb or number. */
  private static boolean attributive(Sentence s, int i) {
    String pos = s.token(i).pos();
    return "ADJ".equals(pos) || "ADV".equals(pos) || "NUM".equals(pos);
  }

  private boolean plural(Sentence s, int start, int head, String title, String lang) {
    String w = s.token(head).word().toLowerCase(Locale.ROOT);
    String ti = headWord(title.toLowerCase(Locale.ROOT));
    if ("en".equals(lang)) {
      return w.equals(ti + "s") || quantified(s, start);
    }
    if (w.endsWith("innen")) {
      return true;
    }
    if (w.endsWith("in")) {
      return false; // a feminine singular: "die Außenministerin"
    }
    if (w.equals(ti + "n") && ti.endsWith("er")) {
      return true; // "den Außenministern"
    }
    if (start >= 2 && Set.of("und", "oder").contains(s.token(start - 1).word().toLowerCase(Locale.ROOT))
        && s.token(start - 2).word().toLowerCase(Locale.ROOT).endsWith("innen")) {
      return true; // "Innenministerinnen und Innenminister"
    }
    if (quantified(s, start)) {
      return true;
    }
    if (ti.endsWith("e")) {
      return false; // a nominalised adjective ("die Außenbeauftragte", "die SPD-Vorsitzende"): "die" is singular too
    }
    int det = beforeAttributes(s, start);
    if (det < 0 || !"DET".equals(s.token(det).pos())) {
      return false;
    }
    String article = s.token(det).word().toLowerCase(Locale.ROOT);
    // a masculine title: "die" is its plural; "der" as the genitive attribute of a noun its genitive plural (the
    // singular is "des …s"); a sentence's first word may be a verb the tagger calls a noun ("Will der Kanzler …")
    return article.equals("die") || article.equals("der") && genitiveAttribute(s, det, head);
  }

  private static boolean genitiveAttribute(Sentence s, int det, int head) {
    // the noun right before the article ("das Treffen der Außenminister"), and the parse agrees where there is one
    if (det < 2 || !"NOUN".equals(s.token(det - 1).pos())) {
      return false;
    }
    if (s.parsed()) {
      String rel = s.tree().relation(head);
      return s.tree().head(head) == det - 1 && rel != null && rel.startsWith("nmod");
    }
    return true;
  }

  /**
   * Whether the title names one of several holders of a shared office ({@code shared-office-nouns.tsv}) after an
   * indefinite article, adjectives between ("ein Regierungssprecher", "einen wichtigen Hisbollah-Anführer"; until
   * 2026-12-07 the government's chief spokesman and the militia's leader). Since 2026-12-07.
   */
  private boolean oneOfSeveral(Sentence s, int start, String title) {
    String head = headWord(title.toLowerCase(Locale.ROOT));
    if (sharedOffices.stream().noneMatch(head::endsWith)) {
      return false;
    }
    int det = beforeAttributes(s, start);
    return det >= 0 && indefiniteArticles.contains(s.token(det).word().toLowerCase(Locale.ROOT));
  }

  /** The token before the attributive words (adjectives, adverbs, numbers) right before {@code start}, or -1. */
  private static int beforeAttributes(Sentence s, int start) {
    int t = start - 1;
    while (t >= 0 && attributive(s, t)) {
      t--;
    }
    return t;
  }

  /** Whether a plural quantifier or a number stands before the title ("mehrere Innenminister", "zwei Minister"). */
  private boolean quantified(Sentence s, int start) {
    for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
      String pos = s.token(i).pos();
      String w = s.token(i).word().toLowerCase(Locale.ROOT);
      // a number, but not the article the tagger may call one ("ein UN-Generalsekretär")
      if (classQuantifiers.contains(w) || "NUM".equals(pos) && !w.startsWith("ein")) {
        return true;
      }
      if (!attributive(s, i)) {
        return false;
      }
    }
    return false;
  }

  /** The head word of a lower-case title ("präsidentin der eu-kommission" → "präsidentin"; "us-präsident"). */
  private static String headWord(String title) {
    String t = " " + title + " ";
    for (String link : List.of(" der ", " des ", " von ", " für ", " of ")) {
      int at = t.indexOf(link);
      if (at > 0) {
        t = t.substring(0, at);
      }
    }
    t = t.trim();
    int space = t.lastIndexOf(' ');
    return space < 0 ? t : t.substring(space + 1);
  }

  /**
   * Whether the title is a predicate: its head has a copula and a subject of its own ("Castro war zu dieser Zeit
   * Verteidigungsminister").
   */
  private static boolean predicate(Sentence s, int head) {
    if (!s.parsed()) {
      return false;
    }
    boolean copula = false;
    boolean subject = false;
    for (int c : s.tree().children(head)) {
      String rel = s.tree().relation(c);
      if ("det".equals(rel) && OBLIQUE_ARTICLES.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
        return false; // a predicate is in the nominative: "waren dem Kanzler zufolge …" is a misparse
      }
      copula |= "cop".equals(rel);
      subject |= rel != null && rel.startsWith("nsubj");
    }
    return copula && subject;
  }

  /** German articles that are never nominative (dative, genitive, accusative forms). */
  private static final Set<String> OBLIQUE_ARTICLES = Set.of("dem", "des", "den", "einem", "eines", "einen");

  /** Whether a person's name not of the holder follows the title ("Außenminister Mute Egede"). */
  private boolean beforeAnotherPerson(DocState d, Sentence s, int end, String holder) {
    if (end >= s.size() || !"PERSON".equals(s.token(end).ner())
        || !Character.isUpperCase(s.token(end).word().codePointAt(0))) {
      return false;
    }
    String word = s.token(end).word();
    String key = d.norm().key(word);
    if (index.surnames(d.lang()).getOrDefault(key, List.of()).contains(holder)
        || index.firstTokens(d.lang()).getOrDefault(key, List.of()).contains(holder)) {
      return false;
    }
    ActorEntry entry = catalogue.get(holder);
    if (entry == null) {
      return false;
    }
    // a word of the holder's name ("Entwicklungsministerin Radovan" of Reem Alabali-Radovan, "Linken-Chef van Aken")
    String w = word.toLowerCase(Locale.ROOT);
    for (String name : entry.names().values()) {
      for (String part : name.toLowerCase(Locale.ROOT).split("[ \\-]")) {
        if (part.equals(w)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a genitive, demonym or following phrase gives the office to a country not the holder's. */
  private boolean otherCountry(DocState d, Sentence s, int start, int end, Target t) {
    String holderCountry = index.countryOf(t.actorId());
    if (holderCountry == null) {
      return false;
    }
    if (start > 0 && genitiveName(s, start - 1)) {
      return !holderCountry.equals(actorOf(d, s.token(start - 1).word()));
    }
    Map<String, String> demonyms = index.demonyms(d.lang());
    for (int i = start - 1; i >= Math.max(0, start - 3) && attributive(s, i); i--) {
      String country = demonyms.get(d.norm().key(s.token(i).word()));
      if (country != null) {
        return !country.equals(holderCountry);
      }
    }
    if (end < s.size() && genitiveName(s, end) && !"PERSON".equals(s.token(end).ner())) {
      return !holderCountry.equals(actorOf(d, s.token(end).word()));
    }
    if (end + 1 < s.size() && Set.of("der", "des", "von", "of").contains(s.token(end).word().toLowerCase(Locale.ROOT))) {
      for (int i = end + 1; i < Math.min(s.size(), end + 5); i++) {
        if ("PROPN".equals(s.token(i).pos()) && !"PERSON".equals(s.token(i).ner())) {
          // a country or place ("der Russischen Föderation", "der USA"), not a newspaper the title speaks to
          String actor = actorOf(d, s.token(i).word());
          ActorEntry e = actor == null ? null : catalogue.get(actor);
          boolean country = e != null ? "country".equals(e.type()) : "LOCATION".equals(s.token(i).ner());
          return country && !holderCountry.equals(actor);
        }
        if (!attributive(s, i) && !"DET".equals(s.token(i).pos())) {
          break;
        }
      }
    }
    return false;
  }

  /** A capitalised name in the genitive in -s ("Irans", "Dänemarks", "Trumps"). */
  private static boolean genitiveName(Sentence s, int i) {
    String w = s.token(i).word();
    return w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(0)) && "PROPN".equals(s.token(i).pos());
  }

  /**
   * The catalogue actor a one-word name stands for, or null: by its key, else by the key without a genitive "s" the
   * stemmer keeps ({@link WordUnit#altKey}: "Irans", "Dänemarks").
   */
  private String actorOf(DocState d, String word) {
    Map<String, List<Target>> phrases = index.phrases(d.lang());
    String alt = WordUnit.altKey(word, d.norm());
    for (String key : alt == null ? List.of(d.norm().key(word)) : List.of(d.norm().key(word), alt)) {
      List<Target> targets = phrases.get(key);
      if (targets != null && !targets.isEmpty()) {
        return targets.get(0).actorId();
      }
    }
    return null;
  }
}
