package slant.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.Endings;
import slant.lang.GermanVerbForms;
import slant.lang.QuoteMarks;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.Sentence;

/**
 * Which mention(s) a cue word in a sentence is about — shared by sentiment and framing, so both attribute the same
 * way. A cue goes to the mention(s) at the smallest dependency-tree distance (ties share; a single subject wins a
 * tie), at most {@code maxDistance} edges away; its weight decays as 1 / (1 + 0.3·(d − 1)). A cue inside another
 * actor's mention or on its head noun belongs to that mention. A verb whose object is a mention does not pass its
 * cue to its subject ("X kritisiert Y" is about Y). Coordinated mentions share what is said about the coordination
 * ("Bromance der Bösen zwischen Putin und Kim": both), but not the first conjunct's own modifiers ("der brutale Putin
 * und Kim": only Putin) — see {@link #coordinationHead}. Unparsed sentences use token distance within a window of 4
 * (rule "window").
 */
public final class CueAttribution {

  /** One attribution: the index into the caller's mention list, the rule, and the distance decay. */
  public record Target(int mention, String rule, int distance, double decay) {}

  private static final int WINDOW = 4;

  private final Words words;
  private final Sentence s;
  private final List<Mention> mentions;
  private final List<Integer> idx;
  private final int maxDistance;
  private final int[][] dist;
  private final DependencyTree tree;
  private final int[] coordinationHead;
  /** Per mention, the title noun right before it that the parse cut off ({@link #cutOffTitle}), or -1. */
  private final int[] cutOffTitle;
  /** {@link #sharedSubjectPredicates} by mention head, filled as asked. */
  private final Map<Integer, List<Integer>> sharedPredicatesByHead = new HashMap<>();
  /** The colon after a headline's topic ({@link #headlineColon(Sentence)}), or -1; computed once per sentence. */
  private final int headlineColon;
  /** Whether the sentence has a verb whose frame makes its subject the holder ({@link #calledAs}); computed once. */
  private Boolean holderVerb;

  /**
   * The closed word lists the relation rules read, from the rule files (data/rules/README.md; hashed into
   * {@code rules_hash}); all lower case, matched on the lower-case word.
   *
   * @param classOf prepositions that put the actor in a class ("Politiker wie X": the noun labels X)
   * @param toward prepositions that mark the actor as the one something is done to ("Anschlag auf X": affected)
   * @param stateAuxiliaries copulas and state auxiliaries ("ist isoliert", "gilt als korrupt": said of the actor)
   * @param eventPassiveAuxiliaries auxiliaries of the event passive ("wurde angegriffen": done to the actor)
   * @param perfectAuxiliaries auxiliaries of the perfect ("Russland hat … verletzt": the actor is the subject of the
   *     participle the parser hangs under the auxiliary)
   * @param groupHeads head nouns of compounds that name a group ("Jihadisten|gruppe"): their modifier part says
   *     what the group is
   * @param governmentNouns nouns that name a state's government ("Regime", "Junta"; WordNormalizer keys): with the
   *     country as their genitive they name the actor ("Irans Regime")
   * @param outcomeVerbs light verbs whose object is the subject's own failure ("erleiden", "einstecken")
   * @param failureNouns nouns of a failure that do not say whose (WordNormalizer keys: "ruckschlag", "niederlag")
   * @param causePrepositions prepositions that make a failure noun the failure of the clause's subject ("wegen
   *     Rückschlägen", "angesichts der Niederlage")
   * @param outcomeIdioms fixed phrases narrating their subject's failure or success ("tut sich schwer", "gewann die
   *     Wahl")
   * @param nonFactualAuxiliaries auxiliaries of the future, of speculation, hearsay and intention ("wird", "könnte",
   *     "soll", "will"): an outcome under one is not narrated as a fact
   * @param allegationVerbs verbs of allegation ("anklagen", "beschuldigen"): their state passive or participle said of
   *     the actor is the accusers' stance
   * @param placePrepositions prepositions of place ("in", "bei"): an adjective's "in der EU" names where it holds
   *     ("ist in der EU umstritten"), not whom it judges
   * @param allegationHedges hedges of allegation ("mutmaßlich", "angeblich"): an evaluative word they qualify is
   *     alleged by others, the accusers' stance
   * @param dativeOutcomeVerbs forms of verbs whose outcome is the dative's ("gelungen": "Babis ist ein Comeback
   *     gelungen"), lower case
   * @param successNouns nouns of a success that do not say whose (WordNormalizer keys: "erfolg", "wahlsieg")
   * @param harmNouns nouns of bodily harm, which an outcome verb's subject suffers rather than fails at
   *     (WordNormalizer keys: "verletzung", "herzinfarkt")
   * @param verdictParticiples passive participles by which a court convicts or sentences ("verurteilt", "sentenced"),
   *     lower case
   * @param penaltyNouns ends of the WordNormalizer keys of what a court sentences to ("haft", "straf", "prison")
   * @param politicalCharges ends of the WordNormalizer keys of grounds that make a conviction a state's act against
   *     the convicted ("kritik", "berichterstattung", "hochverrat")
   * @param dissidentNouns ends of the WordNormalizer keys of what a state's convicted opponent is called
   *     ("oppositionell", "aktivist", "journalist")
   * @param ventureNouns nouns of an actor's venture or conduct ("Plan", "Strategie", "Kurs", "strategy"; both
   *     languages' WordNormalizer keys): what is said of the venture, with the actor as its genitive or possessor, is
   *     said of the actor's conduct
   * @param scandalNouns ends of the WordNormalizer keys of scandal nouns ("skandal", "affar"): with the actor as their
   *     genitive or possessor they name the actor's own misconduct
   * @param sentenceVerbs lower-case active verb forms by which the convicted receives a sentence ("bekam", "erhielt")
   * @param receivedPenalties ends of the WordNormalizer keys of the sentences received ("haftstraf", "jahr")
   * @param agentPrepositions prepositions of a passive's agent ("von", "durch", "by")
   * @param statementNouns nouns of a statement ("Angaben", "Informationen"): a "von" phrase right after one is its
   *     source ("nach Angaben von X"), not an agent, wherever the parser hangs it
   * @param indefiniteArticles indefinite articles ("ein", "eine", "a"): an outcome noun after one is supposed, not
   *     told
   * @param conditionalConjunctions conjunctions of a condition or an open question ("if", "unless", "wenn", "falls",
   *     "ob"; German and English in one set): an outcome idiom's or outcome adverb's verb under one is an outcome
   *     that may happen, not a narrated one
   * @param ownerPrepositions prepositions and possessive clitics of a noun's owner ("von", "of", "'s")
   * @param purposeMarks markers of an infinitive of purpose ("zu", "um", "to"): a goal, not an outcome
   * @param gainPrepositions prepositions of what is gained in degree ("an": "gewinnt an Bedeutung")
   * @param groundsPrepositions prepositions of a conviction's grounds ("wegen", "für", "aufgrund", "of")
   * @param convictionParticiples participles of a finding of guilt that need no penalty ("convicted")
   * @param penaltyPrepositions prepositions of the penalty a court sentences to ("zu", "zum", "zur", "to")
   * @param listJoins conjunctions that join a list of titles ("und", "sowie", "and")
   * @param predicativeMarks words that introduce a predicative ("als"), matched in any case
   * @param oneOfPronouns pronouns of "einer der …" a nominal predicate may hang under ("einer", "eine")
   * @param governmentPlacePrepositions prepositions by which a government noun names the actor's government ("in",
   *     "im": "das Regime in Teheran")
   * @param failureOwnerPrepositions prepositions of an attribute naming whose failure a failure noun is ("von",
   *     "für": "wegen der Niederlage von Merz")
   * @param outcomeAdverbs adverbs that tell how an act of the subject ended, lower case, with their weight
   *     ("erfolglos" −0.5, "erfolgreich" +1.0, "unsuccessfully"; German and English in one map)
   * @param conductVerbs verbs that judge how their subject acts ("täuschen", "verleumden", "defame"; lemmas, lower
   *     case, German and English in one set): said of the actor as a fact, their cue counts in full
   * @param obliqueArticles article forms that are never nominative ("den", "dem"): a noun phrase they open is no
   *     subject
   * @param praiseEpithets adjectives of repute or excellence ("renommiert", "renowned"; lexicon lemmas, lower case,
   *     German and English in one set): attached to the actor they weigh as a narrated success
   * @param conductNouns ends of the WordNormalizer keys of nouns that judge the conduct of their genitive or
   *     possessor ("lug", "propaganda", "incompetence"; "=mut" matches the whole key only; German and English in one
   *     set, each read with its document's keys): the actor's own conduct, in full
   * @param stateForceNouns nouns of a state's armed forces or government ("arme", "trupp", "regierung"; exact German
   *     WordNormalizer keys): with a demonym of the state as their adjective, their narrated outcome is the state's
   * @param performanceVerbs verbs whose object is the subject's own performance ("liefern", "halten", "deliver";
   *     infinitives, lower case, German and English in one set): an adjective of a venture noun as their object
   *     ("lieferte eine überzeugende Vorstellung", "hielt eine schwache Rede") is said of the subject's conduct
   * @param aboutPrepositions prepositions of what an actor speaks or acts about ("über", "about"): a phrase under the
   *     actor that one opens is not said of it
   * @param reflexivePassiveVerbs forms of the verb whose reflexive with an infinitive is a passive ("lässt sich …
   *     unterstützen"): the infinitive is done to the subject
   * @param conductMannerWords adjectives and adverbs that judge how their subject acts ("reagierte kopflos"), also
   *     under a verb whose subject is the holder
   * @param failureExperienceVerbs verbs whose failure-noun object is the subject's narrated failure ("erlebt ein
   *     Debakel"), other objects not
   * @param conditionalNouns nouns that, right before ", dass", make the clause a condition ("für den Fall, dass")
   * @param partyMemberNouns keys of a party's names for its members ("Republikaner", "Demokrat"): before a person's
   *     name they are that person's title
   * @param personAssociateNouns keys of compound heads that name someone or something around the person whose name
   *     is the first part ("Epstein-Komplizin", "Trump-Lager"), not the person's own act
   * @param conditionalPrepositions prepositions that make a bare outcome noun a condition ("bei Wahlsieg")
   */
  public record Words(Set<String> classOf, Set<String> toward, Set<String> stateAuxiliaries,
      Set<String> eventPassiveAuxiliaries, Set<String> perfectAuxiliaries, Set<String> groupHeads,
      Set<String> governmentNouns, Set<String> outcomeVerbs, Set<String> failureNouns, Set<String> causePrepositions,
      List<Idiom> outcomeIdioms, Set<String> nonFactualAuxiliaries, Set<String> allegationVerbs,
      Set<String> placePrepositions, Set<String> allegationHedges, Set<String> dativeOutcomeVerbs,
      Set<String> successNouns, Set<String> harmNouns, Set<String> verdictParticiples, Set<String> penaltyNouns,
      Set<String> politicalCharges, Set<String> dissidentNouns, Set<String> ventureNouns, Set<String> scandalNouns,
      Set<String> sentenceVerbs, Set<String> receivedPenalties, Set<String> agentPrepositions,
      Set<String> statementNouns, Set<String> indefiniteArticles, Set<String> conditionalConjunctions,
      Set<String> ownerPrepositions, Set<String> purposeMarks, Set<String> gainPrepositions,
      Set<String> groundsPrepositions, Set<String> convictionParticiples, Set<String> penaltyPrepositions,
      Set<String> listJoins, Set<String> predicativeMarks, Set<String> oneOfPronouns,
      Set<String> governmentPlacePrepositions, Set<String> failureOwnerPrepositions,
      Map<String, Double> outcomeAdverbs, Set<String> conductVerbs, Set<String> obliqueArticles,
      Set<String> praiseEpithets, Set<String> conductNouns, Set<String> stateForceNouns,
      Set<String> performanceVerbs, Set<String> aboutPrepositions, Set<String> reflexivePassiveVerbs,
      Set<String> conductMannerWords, Set<String> failureExperienceVerbs, Set<String> conditionalNouns,
      Set<String> partyMemberNouns, Set<String> personAssociateNouns, Set<String> conditionalPrepositions)
      implements java.io.Serializable {

    public static Words of(slant.lang.Rules rules) {
      // German and English idioms are one list: their verb forms never coincide (RulesTest checks)
      List<Idiom> idioms = new java.util.ArrayList<>();
      for (String file : List.of("de/outcome-idioms.tsv", "en/outcome-idioms.tsv")) {
        for (List<String> row : rules.rows(file)) {
          idioms.add(new Idiom(row.get(0), row.get(1),
              Set.copyOf(List.of(row.get(2).toLowerCase(Locale.ROOT).split("\\s+"))), Double.parseDouble(row.get(3))));
        }
      }
      Set<String> nonFactual = rules.words("de/non-factual-auxiliaries.tsv", "en/non-factual-auxiliaries.tsv");
      // German and English outcome nouns and articles in one set each: German and English keys of these words differ
      Set<String> failureNouns = rules.words("de/failure-nouns.tsv", "en/failure-nouns.tsv");
      Set<String> successNouns = rules.words("de/success-nouns.tsv", "en/success-nouns.tsv");
      Set<String> indefiniteArticles = rules.words("de/indefinite-articles.tsv", "en/indefinite-articles.tsv");
      // the words of a conviction, German and English in one set each (German keys and English words differ)
      Set<String> verdictParticiples = rules.words("de/verdict-participles.tsv", "en/verdict-participles.tsv");
      Set<String> penaltyNouns = rules.words("de/penalty-nouns.tsv", "en/penalty-nouns.tsv");
      Set<String> politicalCharges = rules.words("de/political-charges.tsv", "en/political-charges.tsv");
      Set<String> dissidentNouns = rules.words("de/dissident-nouns.tsv", "en/dissident-nouns.tsv");
      Set<String> groundsPrepositions = rules.words("de/grounds-prepositions.tsv", "en/grounds-prepositions.tsv");
      Set<String> penaltyPrepositions = rules.words("de/penalty-prepositions.tsv", "en/penalty-prepositions.tsv");
      Set<String> conditionals = rules.words("de/conditional-conjunctions.tsv", "en/conditional-conjunctions.tsv");
      // German and English outcome adverbs in one map: no word is both languages'
      Map<String, Double> outcomeAdverbs = new HashMap<>();
      for (String file : List.of("de/outcome-adverbs.tsv", "en/outcome-adverbs.tsv")) {
        for (List<String> row : rules.rows(file)) {
          outcomeAdverbs.put(row.get(0).toLowerCase(Locale.ROOT), Double.parseDouble(row.get(1)));
        }
      }
      return new Words(rules.words("class-prepositions.tsv"), rules.words("toward-prepositions.tsv"),
          rules.words("state-auxiliaries.tsv"), rules.words("event-passive-auxiliaries.tsv"),
          rules.words("perfect-auxiliaries.tsv"), rules.words("group-heads.tsv"),
          rules.words("government-nouns.tsv"), rules.words("de/outcome-verbs.tsv"),
          failureNouns, rules.words("de/cause-prepositions.tsv"), List.copyOf(idioms),
          nonFactual, rules.words("de/allegation-verbs.tsv"),
          rules.words("place-prepositions.tsv"), rules.words("de/allegation-hedges.tsv"),
          rules.words("de/dative-outcome-verbs.tsv"), successNouns,
          rules.words("de/harm-nouns.tsv"), verdictParticiples, penaltyNouns, politicalCharges, dissidentNouns,
          rules.words("de/venture-nouns.tsv", "en/venture-nouns.tsv"),
          rules.words("de/scandal-nouns.tsv"), rules.words("de/sentence-receiving-verbs.tsv"),
          rules.words("de/received-penalties.tsv"), rules.words("agent-prepositions.tsv"),
          rules.words("statement-nouns.tsv"), indefiniteArticles, conditionals,
          rules.words("owner-prepositions.tsv"), rules.words("purpose-marks.tsv"), rules.words("gain-prepositions.tsv"),
          groundsPrepositions, rules.words("en/conviction-participles.tsv"), penaltyPrepositions,
          rules.words("list-joins.tsv"), rules.words("predicative-marks.tsv"), rules.words("de/one-of-pronouns.tsv"),
          rules.words("government-place-prepositions.tsv"), rules.words("de/failure-owner-prepositions.tsv"),
          Map.copyOf(outcomeAdverbs), rules.words("de/conduct-verbs.tsv", "en/conduct-verbs.tsv"),
          rules.words("de/oblique-articles.tsv"), rules.words("de/praise-epithets.tsv", "en/praise-epithets.tsv"),
          rules.words("de/conduct-nouns.tsv", "en/conduct-nouns.tsv"), rules.words("de/state-force-nouns.tsv"),
          rules.words("de/performance-verbs.tsv", "en/performance-verbs.tsv"), rules.words("about-prepositions.tsv"),
          rules.words("de/reflexive-passive-verbs.tsv"), rules.words("de/conduct-manner-words.tsv"),
          rules.words("de/failure-experience-verbs.tsv"), rules.words("de/conditional-nouns.tsv"),
          rules.words("de/party-member-nouns.tsv"), rules.words("de/person-associate-nouns.tsv"),
          rules.words("de/conditional-prepositions.tsv"));
    }

    /** Whether the lower-case word is a hedge of allegation, inflected or not ("mutmaßlichen"). */
    public boolean allegationHedge(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      for (String ending : Lexicon.ADJECTIVE_ENDINGS) {
        if (w.length() > ending.length() && w.endsWith(ending)
            && allegationHedges.contains(w.substring(0, w.length() - ending.length()))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code verb} is not narrated as a fact: one of its auxiliaries (relation {@code aux}: "wird …
     * erleiden", "könnte scheitern"), or the auxiliary the parser made its head ("soll" governing "gescheitert" as
     * xcomp), is a {@link #nonFactualAuxiliaries} form.
     */
    public boolean nonFactual(Sentence s, int verb) {
      if (nonFactualAuxiliary(s, verb, Set.of())) {
        return true;
      }
      DependencyTree tree = s.tree();
      int head = tree.head(verb);
      return head >= 0 && "xcomp".equals(tree.relation(verb)) && "AUX".equals(s.token(head).pos())
          && nonFactualAuxiliaries.contains(s.token(head).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether one of the token's own auxiliaries (relation {@code aux}) is a {@link #nonFactualAuxiliaries} form other
     * than those of {@code except}.
     */
    public boolean nonFactualAuxiliary(Sentence s, int token, Set<String> except) {
      DependencyTree tree = s.tree();
      for (int c : tree.children(token)) {
        String word = s.token(c).word().toLowerCase(Locale.ROOT);
        if ("aux".equals(tree.relation(c)) && nonFactualAuxiliaries.contains(word) && !except.contains(word)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the word is itself a group noun of {@code group-heads.tsv}, up to an inflectional ending ("Partei"). */
    public boolean isGroupHead(String word) {
      return slant.lang.GroupNouns.isHead(word, groupHeads);
    }

    /**
     * Whether a compound names a group by its head and is coloured by its first part ("Islamistengruppe",
     * "Jihadistenmilizen"): it starts with the evaluative part {@code part} (not a false split inside a word:
     * "Nichtre|gier|ungsorganisation") and ends with a group head, inflected or not, after at least three letters.
     */
    public boolean namesGroup(String word, String part) {
      String w = word.toLowerCase(Locale.ROOT);
      if (part == null || part.length() < 3 || !w.startsWith(part.toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (String head : groupHeads) {
        if (Lexicon.isHead(w, head)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * An outcome idiom (data/rules/de/outcome-idioms.tsv, data/rules/en/outcome-idioms.tsv).
   *
   * @param name the idiom as written in the file ("sich schwer tun")
   * @param word the word among the verb's dependents ("schwer", "Tor"); empty: the verb alone ("auftrumpfen");
   *     {@link #NO_OBJECT}: the verb without an object or an "an" phrase ("Dortmund gewinnt", not "gewann 20 Prozent"
   *     or "gewinnt an Bedeutung"); {@link #NEGATIVE_OBJECT}: the verb with an object or a clausal complement that is a
   *     negative lexicon word ("gestand 67 Einbruchsdiebstähle", "hat gestanden, seinen Neffen umgebracht zu haben")
   * @param verbForms the verb's forms, lower case ("tut", "tat", "getan"; separable verbs with the particle joined)
   * @param weight the cue's weight (negative: failure, positive: success)
   */
  public record Idiom(String name, String word, Set<String> verbForms, double weight)
      implements java.io.Serializable {

    /** The word column of an idiom that is its verb used without an object (outcome-idioms.tsv). */
    public static final String NO_OBJECT = "(no-object)";

    /** Whether the idiom is its verb without an object ({@link #NO_OBJECT}). */
    public boolean withoutObject() {
      return NO_OBJECT.equals(word);
    }

    /**
     * The word column of an idiom that is its verb with a negative object or clausal complement (outcome-idioms.tsv:
     * a crime confessed). Added 2026-12-07.
     */
    public static final String NEGATIVE_OBJECT = "(negative-object)";

    /** Whether the idiom is its verb with a negative object ({@link #NEGATIVE_OBJECT}). */
    public boolean withNegativeObject() {
      return NEGATIVE_OBJECT.equals(word);
    }

    /**
     * Whether the idiom's word must be the verb's object: its name writes the word right after an article that opens
     * the name or follows the verb ("die Wahl verlieren", "eine Abstimmung verlieren", "lose the election"), not after
     * a preposition's article ("vor einem Scherbenhaufen stehen", "auf der Strecke bleiben"). A success's word always
     * must be; since 2026-12-06 such a failure's too ("hatte bei der Wahl … die Mehrheit verloren" lost no election).
     */
    public boolean objectWord() {
      List<String> parts = nameParts();
      int at = wordAfterArticle(parts);
      return at == 1 || at > 1 && verbForms.contains(parts.get(at - 2).toLowerCase(Locale.ROOT));
    }

    /**
     * The preposition the idiom's name writes before its word's article ("an" of "sich an die Spitze setzen"), lower
     * case; null when the word follows no such preposition. A success's word in that preposition's phrase is the
     * success ("hat sich an die Spitze gesetzt"), as an object is. Since 2026-12-07.
     */
    public String preposition() {
      List<String> parts = nameParts();
      int at = wordAfterArticle(parts);
      if (at < 2) {
        return null;
      }
      String before = parts.get(at - 2).toLowerCase(Locale.ROOT);
      return verbForms.contains(before) || ARTICLES.contains(before) || "sich".equals(before) ? null : before;
    }

    /** The idiom's name split at spaces. */
    private List<String> nameParts() {
      return List.of(name.split("\\s+"));
    }

    /** The position of the idiom's word in {@code parts} when an article stands right before it; -1 otherwise. */
    private int wordAfterArticle(List<String> parts) {
      int at = parts.indexOf(word.startsWith("*") ? word.substring(1) : word);
      return at >= 1 && ARTICLES.contains(parts.get(at - 1).toLowerCase(Locale.ROOT)) ? at : -1;
    }

    /** The articles of both languages' idiom names (not English "an": German "an Boden verlieren" is a preposition). */
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
        "einen", "einem", "einer", "eines", "the", "a");

    /**
     * Whether a dependent of the verb is the idiom's word: a noun by its WordNormalizer key, also as the last part of
     * a hyphenated compound ("Tore", "Zehn-Prozent-Hürde"); any other word as written, case aside ("schwer"). A noun
     * written with a leading {@code *} ("*Wahl") also matches as the head of a closed compound ("Parlamentswahl",
     * "Bürgermeisterwahl"): only for words whose compounds keep the sense ("*Erfolg" would take in "Misserfolg").
     */
    public boolean isWord(String token) {
      boolean compoundHead = word.startsWith("*");
      String base = compoundHead ? word.substring(1) : word;
      if (base.isEmpty() || token.isEmpty()) {
        return false;
      }
      if (!Character.isUpperCase(base.charAt(0))) {
        return token.equalsIgnoreCase(base);
      }
      slant.lang.WordNormalizer norm = slant.lang.WordNormalizer.forLanguage("de");
      String last = token.substring(token.lastIndexOf('-') + 1);
      if (last.isEmpty()) {
        return false;
      }
      String key = norm.key(last);
      String baseKey = norm.key(base);
      return key.equals(baseKey) || compoundHead && key.endsWith(baseKey);
    }
  }

  /**
   * @param mentions all mentions of the document
   * @param idx indexes (into {@code mentions}) of the mentions in sentence {@code s}
   */
  public CueAttribution(Sentence s, List<Mention> mentions, List<Integer> idx, int maxDistance, Words words) {
    this.words = words;
    this.s = s;
    this.mentions = mentions;
    this.idx = idx;
    this.maxDistance = maxDistance;
    this.tree = s.tree();
    this.dist = new int[idx.size()][];
    for (int k = 0; k < idx.size(); k++) {
      dist[k] = s.parsed() ? tree.distancesFrom(mentions.get(idx.get(k)).headToken())
          : linearDistances(s, mentions.get(idx.get(k)));
    }
    this.coordinationHead = new int[idx.size()];
    for (int k = 0; k < idx.size(); k++) {
      coordinationHead[k] = coordinationHead(k);
    }
    this.headlineColon = headlineColon(s);
    this.cutOffTitle = new int[idx.size()];
    for (int k = 0; k < idx.size(); k++) {
      cutOffTitle[k] = cutOffTitle(mentions.get(idx.get(k)));
    }
  }

  /**
   * Whether the cue is a second title coordinated with the one the name hangs on and written right before the name
   * ("den Revolutionsführer und Ex-Machthaber Fidel Castro": Ex-Machthaber is a conjunct of Revolutionsführer): a
   * label of the actor like the first.
   */
  private boolean coordinatedTitle(int token, Mention m) {
    return token == m.startToken() - 1 && tree.head(token) == m.headToken() && token > m.headToken()
        && "conj".equals(base(tree.relation(token))) && capitalisedNoun(s.token(token)) && !m.covers(m.headToken());
  }

  /**
   * Whether the cue is a noun in a list of titles that ends right before the name and whose last noun the name hangs
   * on ("des ukrainischen Nazi-Kollaborateurs, Kriegsverbrechers und Nationalhelden Stepan Bandera"): each listed
   * noun labels the actor like the last (distance 0, rule {@code label}), whatever the parser made of the list (it
   * hangs the first nouns elsewhere, out of a cue's reach).
   * Read on the words: capitalised nouns joined by commas or list joins ({@code list-joins.tsv}), at most
   * {@link #MAX_LISTED_TITLES}.
   */
  private boolean listedTitle(int token, Mention m) {
    int last = m.startToken() - 1;
    if (token >= last - 1 || !capitalisedNoun(s.token(last)) || !capitalisedNoun(s.token(token))
        || m.headToken() != last && tree.head(m.headToken()) != last) {
      return false;
    }
    int member = last;
    for (int n = 1; n < MAX_LISTED_TITLES && member - 2 >= token; n++) {
      String join = s.token(member - 1).word();
      if (!join.equals(",") && !words.listJoins().contains(join) || !capitalisedNoun(s.token(member - 2))) {
        return false;
      }
      member -= 2;
      if (member == token) {
        return true;
      }
    }
    return false;
  }

  private static final int MAX_LISTED_TITLES = 4;

  /** Relations of a nominal's dependent: a verb in one of them is a participle the parser misread as a clause. */
  private static final Set<String> NOMINAL_RELATIONS = Set.of("nmod", "amod", "obj", "iobj", "obl", "nsubj",
      "appos", "det");

  /**
   * Whether a verb token is an inflected past participle standing as an attribute, which the German parser at times
   * makes the head of the noun it modifies ("die Leiche des vor 11 Jahren getöteten/VERB israelischen
   * Soldaten/nsubj"): its own relation is a nominal one and its form a past participle of {@code verbLemma} with an
   * adjective ending. Its "subject" is what the act was done to.
   */
  public boolean misparsedAttribute(int verb, String verbLemma) {
    String rel = s.parsed() ? tree.relation(verb) : null;
    return rel != null && NOMINAL_RELATIONS.contains(base(rel))
        && GermanVerbForms.isAttributivePastParticiple(s.token(verb).word(), verbLemma);
  }

  /**
   * Words that may stand between "als" and the cue it introduces: "als einen brutalen Diktator", "als sehr …", and a
   * coordinated second predicate, "als undemokratisch und im Niedergang".
   */
  private static final Set<String> BETWEEN_ALS_AND_CUE = Set.of("DET", "ADV", "ADJ", "PART", "CCONJ", "ADP");

  /**
   * Whether the cue is what a verb of saying or judging calls someone: "als" right before its phrase ("als
   * undemokratisch bezeichnet", "bezeichnete die EU als Gefahr") and, in the sentence, a verb whose frame makes its
   * subject the holder (bezeichnen, nennen, einstufen, loben, kritisieren: verb-frames.tsv). Read on the words, not
   * the parse: the German parser hangs "als X" on the noun or the verb at random. "gilt als korrupt" has no such verb
   * (gelten is no verb of saying) and stays the outlet's word.
   */
  boolean calledAs(int token, CueRelations rules) {
    int als = token - 1;
    while (als >= 0 && als >= token - 5 && BETWEEN_ALS_AND_CUE.contains(s.token(als).pos())
        && !predicativeMark(als)) {
      als--;
    }
    if (als < 0 || !predicativeMark(als) || comparativeBefore(als)) {
      // "investiert mehr als dem ständig nörgelnden Präsidenten versprochen": a comparison, no calling (since
      // 2026-12-07)
      return false;
    }
    if (holderVerb == null) {
      holderVerb = false;
      for (int v = 0; v < s.size() && !holderVerb; v++) {
        CueRelations.Frame f = "VERB".equals(s.token(v).pos()) ? rules.frame(verbForm(v)) : null;
        holderVerb = f != null && f.subject() == CueRelations.Role.HOLDER;
      }
    }
    return holderVerb;
  }

  /** Whether the token is a predicative mark ({@code predicative-marks.tsv}: "als"), in any case. */
  private boolean predicativeMark(int token) {
    return words.predicativeMarks().contains(s.token(token).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the actor is the subject of a verb of saying or judging that the parser hangs as a parenthetical under the
   * words it introduces ("Das sei gefährlich, sagte Merkel", "Zu Unrecht, beschied der EuGH": {@code parataxis}), so
   * that those words govern the actor although they are what it says: the verb's frame makes its subject the holder
   * ({@code verb-frames.tsv}). A clause introduced by "dass" is no parenthetical: "Es war ein Fehler, dass Merz das
   * sagte" judges the saying.
   */
  private boolean invertedSpeaker(int actorHead, CueRelations rules) {
    int verb = tree.head(actorHead);
    if (verb < 0 || !"parataxis".equals(base(tree.relation(verb)))) {
      return false;
    }
    CueRelations.Frame frame = rules.frame(verbForm(verb));
    return frame != null && frame.subject() == CueRelations.Role.HOLDER;
  }

  /**
   * Whether the cue is an adjective of a government noun that names the actor's government: the actor its genitive,
   * possessor or place ({@code government-place-prepositions.tsv}: "die autoritäre Staatsführung im Iran", "Irans
   * autoritäre Führung", "die korrupte Regierung Syriens"). The noun is a stand-in for the state ("Irans Regime" is a
   * label of Iran), so its adjective is the state's, as "brutale" is in "das brutale Regime in Teheran", where the
   * mention takes in the noun.
   */
  private boolean adjectiveOfGovernment(int token, int actorHead) {
    int noun = tree.head(actorHead);
    if (noun < 0 || tree.head(token) != noun || !"amod".equals(base(tree.relation(token)))
        || !"ADJ".equals(s.token(token).pos()) || !namesGovernment(noun)) {
      return false;
    }
    String rel = tree.relation(actorHead) == null ? "" : tree.relation(actorHead).toLowerCase(Locale.ROOT);
    String prep = casePreposition(actorHead);
    return rel.startsWith("nmod") && (prep == null || words.governmentPlacePrepositions().contains(prep));
  }

  /** Whether the token is a noun that names a state's government ({@code government-nouns.tsv}: Regime, Junta). */
  private boolean namesGovernment(int token) {
    if (!s.token(token).isCommonNoun()) {
      return false;
    }
    String w = s.token(token).word();
    // the list holds the keys of both languages' words (data/rules/government-nouns.tsv)
    return words.governmentNouns().contains(slant.lang.WordNormalizer.forLanguage("de").key(w))
        || words.governmentNouns().contains(slant.lang.WordNormalizer.forLanguage("en").key(w));
  }

  /**
   * Whether the token is a noun of failure or success that does not say whose ({@code de/failure-nouns.tsv},
   * {@code de/success-nouns.tsv}: Niederlage, Scheitern, Isolation; Erfolg, Wahlsieg; since 2026-12-06 also the
   * {@code en/} lists: defeat, victory), by its WordNormalizer key in the document's language.
   */
  private boolean outcomeNoun(int token, String language) {
    if (!s.token(token).isCommonNoun()) {
      return false;
    }
    String key = key(token, language);
    return words.failureNouns().contains(key) || words.successNouns().contains(key);
  }

  /**
   * Whether the token lies inside a name of another actor than the target's (a name, partial name or discovered name;
   * not a compound or role mention, whose title or head noun may be the target's label: "US-Präsident Trump").
   */
  private boolean inOtherName(int token, Target t) {
    Mention target = mentions.get(t.mention());
    for (int j : idx) {
      Mention o = mentions.get(j);
      if (o.covers(token) && !o.actorId().equals(target.actorId()) && writtenName(o)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention is a name as written: a catalogue name, a partial name or a discovered name. */
  private static boolean writtenName(Mention m) {
    slant.model.MentionKind k = m.kind();
    return k == slant.model.MentionKind.NAME || k == slant.model.MentionKind.PARTIAL_NAME
        || k == slant.model.MentionKind.DISCOVERED;
  }

  /**
   * Whether the token is the first part of a group compound the tokenizer split at its hyphen, inside a mention that
   * goes on with a name ("Neonazi - Partei Goldene Morgenröte": EntityDiscovery keeps the compound in the discovered
   * mention): a label of the actor, as "Islamistengruppe" before "Ansar Dine" is, not a word of its name.
   */
  private boolean splitGroupLabel(int token, Mention target) {
    return target.covers(token) && token + 2 < target.endToken() - 1 && "-".equals(s.token(token + 1).word())
        && words.isGroupHead(s.token(token + 2).word());
  }

  /**
   * Whether an outcome noun ({@link #outcomeNoun}; German, and English since 2026-12-06) is the narrated outcome
   * ({@link #narratedOutcome}) of the actor whose head is {@code owner} ({@link #ownerAttachment}): "die Niederlage
   * der SPD", "Magyars Wahlsieg", "Romney's defeat". The relation ({@code attributedRelation}) and the rule ({@code
   * predicate:outcome}, {@link #cueRule}) read it alike.
   */
  private boolean ownNarratedOutcome(int token, int owner, CueRelations rules) {
    return outcomeNoun(token, rules.language()) && ownerAttachment(owner) && narratedOutcome(token);
  }

  /**
   * Whether an outcome noun is told as having happened: not after an indefinite article ({@code
   * de/indefinite-articles.tsv}, {@code en/indefinite-articles.tsv}: "Eine Niederlage Sandus könnte den EU-Beitritt
   * erschweren", "was für Folgen eine Niederlage der Ukraine hätte", "deuten auf einen Wahlsieg des Bündnisses hin":
   * supposed or expected, not narrated), nor bare after a conditional preposition ("Bei Wahlsieg der AfD droht …");
   * "die Niederlage der SPD", "nach Deutschlands Niederlage bei den UN" and "Der Wahlsieg von Magyar könnte die
   * Beziehungen ändern" (a consequence supposed, the victory told) are.
   */
  private boolean narratedOutcome(int token) {
    if (hasDeterminerAmong(s, token, words.indefiniteArticles())) {
      return false;
    }
    // "Bei Wahlsieg der AfD droht Chaos": a bare outcome noun after a conditional preposition
    // (de/conditional-prepositions.tsv) is a condition (since 2026-12-08)
    String prep = casePreposition(token);
    return prep == null || !words.conditionalPrepositions().contains(prep) || hasDeterminer(token);
  }

  /** Whether the noun has any determiner ({@code det}, {@code det:poss}). */
  private boolean hasDeterminer(int noun) {
    for (int c : tree.children(noun)) {
      if ("det".equals(base(tree.relation(c)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code noun} has a determiner ({@code det}) whose lower-case word is one of {@code determiners}. */
  static boolean hasDeterminerAmong(Sentence s, int noun, Set<String> determiners) {
    return hasDependentAmong(s, noun, "det", determiners);
  }

  /**
   * Whether {@code token} has a dependent in exactly {@code relation} ("det", "cop", "case") whose lower-case word is
   * one of {@code words}.
   */
  static boolean hasDependentAmong(Sentence s, int token, String relation, Set<String> words) {
    for (int c : s.tree().children(token)) {
      if (relation.equals(s.tree().relation(c)) && words.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The token's German WordNormalizer key, as the German noun lists hold their entries. */
  private String germanKey(int token) {
    return key(token, "de");
  }

  /** The token's WordNormalizer key in a language ("de", "en"), as that language's noun lists hold their entries. */
  private String key(int token, String language) {
    return slant.lang.WordNormalizer.forLanguage(language).key(s.token(token).word());
  }

  /**
   * Whether the actor ({@code actorHead}) attached to a noun is its owner (whose outcome, scandal or venture it is): a
   * genitive or possessor ("der SPD", "Magyars") or after an owner preposition or possessive clitic
   * (owner-prepositions.tsv: "der Wahlsieg von Magyar", "the defeat of Romney", "Trump's victory"), not after another
   * preposition ("sein Wahlsieg über Orbán": the loser; "die Niederlage gegen X"; "der Skandal um X").
   */
  boolean ownerAttachment(int actorHead) {
    String prep = casePreposition(actorHead);
    return prep == null || words.ownerPrepositions().contains(prep);
  }

  /** A common noun written with a capital, as German titles are ("Machthaber"). */
  private static boolean capitalisedNoun(slant.model.Token t) {
    return "NOUN".equals(t.pos()) && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  /**
   * The title noun written right before a mention that is one of its labels although the parse attached it elsewhere
   * (the German parser at times cuts "die umstrittene Heimatschutzministerin Noem" apart: title as subject, name as
   * object; {@code TitleLabels} still labels the name): the title then counts as the mention's label, its modifiers
   * as the mention's, as in a correct parse. -1 when the parse joins them or there is no such title.
   */
  private int cutOffTitle(Mention m) {
    int t = m.startToken() - 1;
    if (!s.parsed() || t < 0 || m.labels().isEmpty()) {
      return -1;
    }
    slant.model.Token title = s.token(t);
    if (!capitalisedNoun(title) || tree.head(t) == m.headToken()) {
      return -1;
    }
    for (int up : tree.pathToRoot(m.headToken())) {
      if (up == t) {
        return -1; // the parse makes the title govern the name: then it is the mention's head or on its path
      }
    }
    for (int j : idx) {
      Mention o = mentions.get(j);
      if (o != m && (o.covers(t) || o.headToken() == t)) {
        return -1;
      }
    }
    for (String label : m.labels()) {
      if (title.word().startsWith(label.substring(label.lastIndexOf('-') + 1))) {
        return t;
      }
    }
    return -1;
  }

  /**
   * The mention (index into {@code idx}) that mention {@code k} is coordinated with as a later conjunct — in UD the
   * first conjunct heads the coordination ("Putin und Kim": Kim is {@code conj} of Putin) — or -1. Only a
   * coordination of two mentions of different actors counts.
   */
  private int coordinationHead(int k) {
    if (!s.parsed()) {
      return -1;
    }
    Mention m = mentions.get(idx.get(k));
    int h = m.headToken();
    if (!"conj".equals(base(tree.relation(h))) || tree.head(h) < 0) {
      return -1;
    }
    for (int j = 0; j < idx.size(); j++) {
      Mention o = mentions.get(idx.get(j));
      if (j != k && o.headToken() == tree.head(h) && !o.actorId().equals(m.actorId())) {
        return j;
      }
    }
    return -1;
  }

  /** The mentions a cue at {@code token} is about (empty: none close enough). */
  public List<Target> targets(int token) {
    int best = Integer.MAX_VALUE;
    for (int k = 0; k < idx.size(); k++) {
      Mention m = mentions.get(idx.get(k));
      if (!insideOther(token, m)) {
        best = Math.min(best, effectiveDistance(token, k));
      }
    }
    int limit = s.parsed() ? maxDistance : WINDOW;
    if (best > limit) {
      return List.of();
    }
    List<Integer> winners = new ArrayList<>();
    for (int k = 0; k < idx.size(); k++) {
      Mention m = mentions.get(idx.get(k));
      if (!insideOther(token, m) && effectiveDistance(token, k) == best) {
        winners.add(k);
      }
    }
    winners = preferSubjects(winners);
    double decay = best <= 1 ? 1.0 : 1.0 / (1.0 + 0.3 * (best - 1));
    List<Target> out = new ArrayList<>(winners.size());
    for (int k : winners) {
      out.add(new Target(idx.get(k), rule(token, k, best), best, decay));
    }
    return out;
  }

  /**
   * A cue inside another mention's span, or on its head (a title noun like "Machthaber", the "Regime" of "das Regime
   * in Pjöngjang"), belongs to that mention ("Putin-Regime" is about Putin).
   */
  private boolean insideOther(int token, Mention m) {
    if (m.covers(token) || m.headToken() == token) {
      return false;
    }
    for (int k : idx) {
      Mention o = mentions.get(k);
      // mentions sharing a head are one reference to several actors ("die beiden Populisten"): the head is theirs
      if (o != m && (o.covers(token) || o.headToken() == token) && !o.actorId().equals(m.actorId())
          && o.headToken() != m.headToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Among mentions at the same distance from a cue, a single subject wins: in "Verzweiflungstat, dass sich Putin …
   * einem Staat anbiedert: Nordkorea" the clause is about its subject.
   */
  private List<Integer> preferSubjects(List<Integer> winners) {
    if (winners.size() < 2 || !s.parsed()) {
      return winners;
    }
    List<Integer> subjects = new ArrayList<>();
    Set<String> actors = new HashSet<>();
    for (int k : winners) {
      Mention m = mentions.get(idx.get(k));
      actors.add(m.actorId());
      String r = tree.relation(m.headToken());
      if (r != null && r.startsWith("nsubj")) {
        subjects.add(k);
      }
    }
    if (subjects.size() != 1 || actors.size() < 2) {
      return winners;
    }
    // the subject's conjuncts are part of the subject ("Putin und Kim")
    List<Integer> subject = new ArrayList<>(subjects);
    for (int k : winners) {
      if (coordinationHead[k] == subjects.get(0)) {
        subject.add(k);
      }
    }
    subject.sort(null);
    return subject;
  }

  private int effectiveDistance(int token, int k) {
    int own = ownDistance(token, k);
    int c = coordinationHead[k];
    if (c < 0 || own == 0) {
      return own;
    }
    // a later conjunct stands where the coordination stands, except for the first conjunct's own modifiers (its
    // direct dependents: "der brutale Putin und Kim") and words inside it
    int firstHead = mentions.get(idx.get(c)).headToken();
    int shared = ownDistance(token, c);
    return shared > 0 && tree.head(token) != firstHead ? Math.min(own, shared) : own;
  }

  private int ownDistance(int token, int k) {
    Mention m = mentions.get(idx.get(k));
    int[] d = dist[k];
    if (m.covers(token) || token == m.headToken() || token == cutOffTitle[k]
        || s.parsed() && listedTitle(token, m)) {
      return 0; // the actor's own words and its labels
    }
    if (!s.parsed()) {
      return d[token];
    }
    if (sharedSubjectPredicates(m.headToken()).contains(token)) {
      // the actor's own predicate, one step from it as the governor's is; its object, if a mention, takes it
      return objectMention(token, m) ? Integer.MAX_VALUE - 1 : 1;
    }
    if (cutOffTitle[k] >= 0 && tree.head(token) == cutOffTitle[k]) {
      return Math.min(d[token], 1); // a modifier of the cut-off title ("die umstrittene Heimatschutzministerin")
    }
    if (performedVentureAdjective(token, m)) {
      return 1; // "Scholz hielt eine schwache Rede im Bundestag": the performer's, as "seine schwache Rede" is
    }
    if (attributeOfPredicate(token, m.headToken())) {
      // "Höcke gilt als umstrittener AfD-Politiker", "X ist ein umstrittener Politiker der Union": the adjective of
      // the noun said of the actor is one step from it, as its own adjective would be, so a name inside the noun's
      // phrase does not take it (since 2026-12-08)
      return 1;
    }
    // A verb's polarity goes to its object rather than its subject when the object is a mention.
    String mr = tree.relation(m.headToken());
    if (tree.head(m.headToken()) == token && mr != null && mr.startsWith("nsubj")
        && "VERB".equals(s.token(token).pos()) && objectMention(token, m)) {
      return Integer.MAX_VALUE - 1;
    }
    return d[token];
  }

  /**
   * Whether the cue is an adjective of a venture noun without an owner of its own that is the object of the verb
   * {@code m} is the active subject of ("Scholz hielt eine schwache Rede im Bundestag"): it is one step from the
   * subject, as the adjective of "seine schwache Rede" is from its possessor, so a name in the noun's phrase ("im
   * Bundestag") does not take it. Whether the verb makes the noun the subject's performance ({@link
   * #performedVenture}) decides its relation. Since 2026-12-07.
   */
  private boolean performedVentureAdjective(int token, Mention m) {
    int noun = tree.head(token);
    if (noun < 0 || !"ADJ".equals(s.token(token).pos()) || !base(tree.relation(token)).equals("amod")
        || !base(tree.relation(noun)).equals("obj") || !s.token(noun).isCommonNoun()) {
      return false;
    }
    int head = m.headToken();
    int verb = tree.head(noun);
    boolean subject = activeSubject(head) && (tree.head(head) == verb || perfectParticiple(head) == verb);
    // the venture lists hold German and English keys, which do not coincide
    boolean venture = words.ventureNouns().contains(key(noun, "de")) || words.ventureNouns().contains(key(noun, "en"));
    return subject && venture && !hasOwner(noun);
  }

  /**
   * Whether another mention than {@code m} is an object, indirect object or oblique of the verb. A passive's agent
   * ("von Putin", {@code obl:agent}) is none: it is the doer, and the passive subject keeps the verb's polarity.
   */
  private boolean objectMention(int verb, Mention m) {
    for (int j : idx) {
      Mention o = mentions.get(j);
      int oh = o.headToken();
      String or = tree.relation(oh);
      if (o != m && tree.head(oh) == verb && or != null
          && (or.equals("obj") || or.equals("iobj") || or.startsWith("obl") && !passiveAgent(oh))) {
        return true;
      }
    }
    return false;
  }

  private String rule(int token, int k, int distance) {
    if (!s.parsed()) {
      return "window";
    }
    int c = coordinationHead[k];
    if (c >= 0 && distance > 0 && ownDistance(token, k) > distance) {
      return "conjunct:" + rule(token, c, distance);
    }
    Mention m = mentions.get(idx.get(k));
    if (distance == 0) {
      // an anaphor's own noun is the outlet's description of the actor it stands for, like a title before a name
      // ("die Terrormiliz" after the Hamas, EpithetAnaphora)
      boolean anaphorNoun = m.kind() == slant.model.MentionKind.ANAPHOR && token == m.headToken();
      return m.covers(token) && !anaphorNoun ? "in-mention" : "label";
    }
    if (cutOffTitle[k] >= 0 && tree.head(token) == cutOffTitle[k]) {
      return "modifier:" + base(tree.relation(token));
    }
    if (coordinatedTitle(token, m)) {
      return "label";
    }
    if (adjectiveOfGovernment(token, m.headToken())) {
      return "modifier:amod";
    }
    if (sharedSubjectPredicates(m.headToken()).contains(token)) {
      return "predicate:nsubj"; // "Die SPD trat an und scheiterte": the coordinated verb is said of the subject too
    }
    // the cue governs the mention (walking up from the mention head): a predicate or noun the mention depends on.
    // Both walks end on a malformed (cyclic) parse too: see DependencyTree.pathToRoot.
    int[] up = tree.pathToRoot(m.headToken());
    for (int i = 1; i < up.length; i++) {
      if (up[i] == token) {
        return "predicate:" + (possessorAfterNoun(m) ? "nmod" : base(tree.relation(m.headToken())));
      }
    }
    // the cue below the mention: a modifier, apposition or relative clause of the actor
    int step = stepUnder(token, m.headToken());
    return step >= 0 ? "modifier:" + base(tree.relation(step)) : "clause";
  }


  /**
   * Whether a noun names adherents of a creed or movement ("Rechtsextremisten", "Nationalisten", "Islamistin",
   * "Nazis"): people, not a state or its organs.
   */
  static boolean namesAdherents(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    return w.endsWith("ist") || w.endsWith("isten") || w.endsWith("istin") || w.endsWith("istinnen")
        || w.endsWith("nazi") || w.endsWith("nazis");
  }

  /** Whether a noun has a possessive determiner or possessor of its own ("seinem Vorbild", "ihr Vertrauter"). */
  private boolean possessed(int noun) {
    for (int c : tree.children(noun)) {
      String r = tree.relation(c);
      if (r != null && (r.equals("det:poss") || r.equals("nmod:poss"))) {
        return true;
      }
    }
    return false;
  }

  /** Relations under the actor that do not attach a description to it. */
  private static final Set<String> NOT_ATTACHED = Set.of("conj", "flat", "parataxis", "list", "orphan",
      "cc", "punct", "case", "det", "mark", "fixed", "goeswith", "reparandum", "vocative", "discourse");


  /**
   * Whether a mention opens its sentence and a colon follows it: the topic or the speaker of a headline or an
   * interview turn ("USA: Donald Trump droht Nigeria mit Militäreinsatz", "Moldau: Proeuropäische Partei von Maia
   * Sandu holt parlamentarische Mehrheit", "Kaiser: Wenn die SPÖ jetzt glaubt, …"), not the subject of the clause after
   * the colon, which the parser often makes it. Such a mention takes no cue as that clause's subject; a phrase
   * describing it ("Wladimir Putin: Eine Pleite nach der anderen") still does.
   */
  public static boolean headlineTopic(Sentence s, Mention m) {
    for (int t = 0; t < m.startToken(); t++) {
      if (!QuoteMarks.DOUBLE.contains(s.token(t).word())) {
        return false;
      }
    }
    return m.endToken() < s.size() && s.token(m.endToken()).word().equals(":");
  }

  /**
   * How the cue at {@code token} relates to the actor of the mention it reached ({@code t} from {@link #targets}):
   * the rules of docs/tables.md, "Cue relations". Only {@link CueRelations.Relation#EVALUATION} counts toward the
   * outlet's evaluation of the actor; everything reaches the tone.
   *
   * @param cueForm the form the cue's word classes and verb frame are looked up by (particle verbs joined)
   * @param cueLemma the lexicon entry's lemma (a compound's evaluative part: "Krise" in "Wirtschaftskrise"), or null
   * @param verbEntry whether the lexicon entry is a verb (an adjective-like participle may take a verb's entry)
   */
  public CueRelations.Relation relation(int token, String cueForm, String cueLemma, boolean verbEntry, Target t,
      CueRelations rules) {
    CueRelations.Relation relation = attributedRelation(token, cueForm, cueLemma, verbEntry, t, rules);
    if (relation == CueRelations.Relation.EVALUATION && castCredit(mentions.get(t.mention()))) {
      return CueRelations.Relation.CONTEXT; // "die beiden Gauner Joe (Bruce Willis)": the role is judged, not the cast
    }
    // "der mutmaßliche Drahtzieher", "der angebliche Spion": an alleged judgement is the accusers', not the outlet's;
    // so is a verb of allegation made a title ("die Angeklagten Mantler und Lustig", "der Beschuldigte X": since
    // 2026-12-05; de/allegation-verbs.tsv)
    boolean allegationTitle = verbEntry && cueLemma != null && !"VERB".equals(s.token(token).pos())
        && words.allegationVerbs().contains(cueLemma.toLowerCase(Locale.ROOT));
    return relation == CueRelations.Relation.EVALUATION && (alleged(token) || allegationTitle)
        ? CueRelations.Relation.STANCE : relation;
  }

  /**
   * Whether the mention is a German party's name for its members ({@code de/party-member-nouns.tsv}: "der
   * Republikaner", "des Demokraten", "die Sozialdemokratin") written right before a person's name, whose title it is
   * ("der umstrittene Republikaner Matt Gaetz"), or after it in apposition ("Matt Gaetz, der umstrittene
   * Republikaner", since 2026-12-08): the party is mentioned, but nothing there is said of it. {@code m} is one of
   * this sentence's mentions.
   */
  public boolean memberTitleOfName(Mention m, CueRelations rules) {
    // the member noun is the mention's last word (its head may have been set to the name it stands beside)
    int noun = m.endToken() - 1;
    if (!"de".equals(rules.language()) || "person".equals(m.actorType())
        || !words.partyMemberNouns().contains(key(noun, "de"))) {
      return false;
    }
    boolean apposition = s.parsed() && "appos".equals(base(tree.relation(noun)));
    for (int k : idx) {
      Mention other = mentions.get(k);
      if (!"person".equals(other.actorType())) {
        continue;
      }
      if (other.startToken() == m.endToken()) {
        return true;
      }
      // after the name, in apposition: "Matt Gaetz, der umstrittene Republikaner, …" (since 2026-12-08)
      if (apposition && other.endToken() <= m.startToken() && other.covers(tree.head(noun))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the mention is a cast credit: a person's name alone in parentheses right after a noun or name, the role
   * or character it plays ("Joe (Bruce Willis)", "bigotte Fleischhauer (Karl Wottila)", "Hedda Hopper (Helen
   * Mirren)"). What a review says of the role is not the outlet's evaluation of the player (until 2026-12-06 "Gauner"
   * made Bruce Willis negative); the person keeps the evaluations of its other mentions.
   */
  private boolean castCredit(Mention m) {
    int before = m.startToken() - 1;
    return "person".equals(m.actorType()) && before >= 1 && m.endToken() < s.size()
        && "(".equals(s.token(before).word()) && ")".equals(s.token(m.endToken()).word())
        && ("NOUN".equals(s.token(before - 1).pos()) || "PROPN".equals(s.token(before - 1).pos()));
  }

  /**
   * Whether a German adjective attached as an attribute has no inflection ending, and is not the adverb of the
   * adjective or participle after it ("der autoritär regierende Staatschef") nor the first part of a hyphenated pair
   * ("radikal-islamistischen", split by the tokenizer).
   */
  private boolean uninflectedAttribute(int token) {
    String w = s.token(token).word().toLowerCase(Locale.ROOT);
    if (!"ADJ".equals(s.token(token).pos()) || !Character.isLowerCase(w.codePointAt(0))
        || slant.lang.GermanAdjectives.ENDINGS.stream().anyMatch(w::endsWith)) {
      return false;
    }
    if (token + 1 >= s.size()) {
      return true;
    }
    String next = s.token(token + 1).pos();
    boolean hyphenated = s.token(token + 1).word().equals("-") && s.token(token).end() == s.token(token + 1).begin();
    return !"ADJ".equals(next) && !"VERB".equals(next) && !hyphenated;
  }

  /** Whether a dependent of the cue (adjective or adverb) is a hedge of allegation ({@link Words#allegationHedge}). */
  private boolean alleged(int token) {
    if (!s.parsed()) {
      return false;
    }
    for (int c : tree.children(token)) {
      String r = base(tree.relation(c));
      if ((r.equals("amod") || r.equals("advmod")) && words.allegationHedge(s.token(c).word())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor's clause hangs from the cue as a parataxis set beside the cue's clause, after a dash, a comma or
   * a semicolon ("Aus seinem Lager gibt es viel Kritik – dann relativiert er seinen Post"): the cue does not judge that
   * clause as it judges a clause it governs ("Verzweiflungstat, dass sich Putin anbiedert"). After a colon the clause
   * is what the cue announces and judges ("Es war peinlich: Merz vergaß die Rede"). Since 2026-12-06.
   */
  private boolean besideClause(int cue, int actorHead) {
    int[] up = tree.pathToRoot(actorHead);
    for (int i = 1; i < up.length; i++) {
      if (up[i] == cue) {
        int clause = up[i - 1];
        if (!"parataxis".equals(base(tree.relation(clause)))) {
          return false;
        }
        int from = Math.min(cue, clause);
        int to = Math.max(cue, clause);
        for (int k = from + 1; k < to; k++) {
          if (":".equals(s.token(k).word()) && tree.head(k) == clause) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue hangs as a nominal attribute (nmod) below the subject of a copula the actor is the predicate of,
   * as the parser reads "Nutznießer der Verfälschungen war der ORF" (the name as root, "Nutznießer" its subject): the
   * subject noun and its adjectives describe the actor, but the falsifications are another's, of which the ORF is
   * the beneficiary. Since 2026-12-06.
   */
  private boolean attributeOfSubject(int cue, int actorHead) {
    int[] up = tree.pathToRoot(cue);
    for (int i = 0; i + 1 < up.length && up[i + 1] != actorHead; i++) {
      if ("nmod".equals(base(tree.relation(up[i])))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether, between a cue and the actor's head it modifies, stands the participle of a verb of allegation
   * ({@code de/allegation-verbs.tsv}, all weak verbs): "Korruption" in "der wegen Korruption angeklagte
   * Premierminister" names what the accusers allege, as the participle itself is their stance, not the outlet's
   * evaluation.
   */
  private boolean allegationBetween(int token, int actorHead) {
    int[] up = tree.pathToRoot(token);
    for (int i = 1; i < up.length && up[i] != actorHead; i++) {
      String w = s.token(up[i]).word().toLowerCase(Locale.ROOT);
      for (String verb : words.allegationVerbs()) {
        if (GermanVerbForms.isRegularPastParticiple(w, verb)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What the relation rules read of the cue's own word: its form and lexicon lemma, its tag, its word classes
   * (data/lexicons/de/relations.tsv) and its verb frame.
   *
   * @param topic a topic word, by the word or by the evaluative part of a compound ("Wirtschaftskrise"), not a word the
   *     lexicon lists whole ("Angriffskrieg")
   * @param eventWord an act done to someone (Invasion, Angriff), by the word or by the evaluative part of a compound
   * @param frame the verb frame of a verb or auxiliary, else null
   */
  private record CueWord(int token, String form, String lemma, boolean verbEntry, String pos, boolean topic,
      boolean feeling, boolean stanceNoun, boolean speechNoun, boolean eventWord, boolean holderNoun,
      CueRelations.Frame frame) {

    /** Whether the word names a feeling, a stance or a statement: the actor's own, where it is the subject. */
    boolean holdersWord() {
      return feeling || stanceNoun || speechNoun;
    }

    boolean verbish() {
      return "VERB".equals(pos) || "AUX".equals(pos);
    }
  }

  private CueWord cueWord(int token, String cueForm, String cueLemma, boolean verbEntry, CueRelations rules) {
    String pos = s.token(token).pos();
    boolean wholeWord = cueLemma != null && cueLemma.equalsIgnoreCase(cueForm);
    Set<CueRelations.WordClass> classes = rules.classes(cueForm, true);
    boolean topic = (wholeWord ? rules.classes(cueForm, false) : classes).contains(CueRelations.WordClass.TOPIC)
        || cueLemma != null && rules.is(cueLemma, CueRelations.WordClass.TOPIC, false);
    boolean eventWord = classes.contains(CueRelations.WordClass.EVENT)
        || cueLemma != null && rules.is(cueLemma, CueRelations.WordClass.EVENT);
    CueRelations.Frame frame = "VERB".equals(pos) || "AUX".equals(pos) ? rules.frame(cueForm) : null;
    return new CueWord(token, cueForm, cueLemma, verbEntry, pos, topic,
        classes.contains(CueRelations.WordClass.FEELING), classes.contains(CueRelations.WordClass.STANCE),
        classes.contains(CueRelations.WordClass.SPEECH), eventWord, classes.contains(CueRelations.WordClass.HOLDER),
        frame);
  }

  private CueRelations.Relation attributedRelation(int token, String cueForm, String cueLemma, boolean verbEntry,
      Target t, CueRelations rules) {
    if (!s.parsed()) {
      Mention m = mentions.get(t.mention());
      return prenominalEpithet(token, m, rules, cueForm, cueLemma) || anaphorNoun(token, m, rules, cueForm, cueLemma)
          ? CueRelations.Relation.EVALUATION : CueRelations.Relation.CONTEXT;
    }
    Related related = related(t, token);
    String rule = related.rule();
    int head = related.head();
    if ((rule.startsWith("predicate:nsubj") || rule.equals("clause")) && headlineTopic(s, mentions.get(t.mention()))) {
      return CueRelations.Relation.CONTEXT; // the headline's topic or speaker is not the subject after its colon
    }
    if (!rule.equals("in-mention") && describesCompoundHead(token, mentions.get(t.mention()))) {
      return CueRelations.Relation.CONTEXT;
    }
    if ("en".equals(rules.language()) && nounAdjunct(mentions.get(t.mention())) && token != head) {
      // "the last tumultuous Bush presidency", "a scathing State Department report", "a Trump aide lied": what is said
      // of the noun a name modifies is said of that noun (the presidency, the report, the aide), not of the name
      return CueRelations.Relation.CONTEXT;
    }
    if (headlineTopicWord(token, mentions.get(t.mention()))) {
      return CueRelations.Relation.CONTEXT; // "Sabotage: Dänemark ordnet Drohnen … als Anschlag ein"
    }
    if (rule.equals("modifier:amod") && "de".equals(rules.language()) && uninflectedAttribute(token)) {
      // German attributes inflect: an uninflected adjective the parser made one is a predicate or an adverb of
      // something else ("In Polen ist eine Militärdrohne abgestürzt - aus Warschau hieß es", "sind … illegal in die
      // Europäische Union gekommen")
      return CueRelations.Relation.CONTEXT;
    }
    CueWord c = cueWord(token, cueForm, cueLemma, verbEntry, rules);
    if (c.holderNoun() && !"VERB".equals(c.pos())) {
      // a noun that names someone as the holder of a stance ("Kremlkritiker Nawalny", "X gilt als Kritiker der
      // Regierung", "Befürworter"): the actor it describes holds the stance; a genitive after it is the stance's
      // target ("Kritiker der Regierung")
      boolean target = rule.startsWith("predicate:") && tree.head(head) == token
          && (base(tree.relation(head)).equals("nmod") || base(tree.relation(head)).equals("obl"))
          && head > token;
      return target ? CueRelations.Relation.STANCE : CueRelations.Relation.HOLDER;
    }
    if ((rule.startsWith("modifier:") || rule.startsWith("predicate:nsubj") || rule.equals("predicate:amod")
        || rule.equals("predicate:appos")) && calledAs(token, rules)) {
      // "die EU, die als undemokratisch bezeichnet wird", "Trump nannte ihn einen Verräter und lobte Merz als mutig":
      // what someone calls the actor is that someone's stance toward it, not the outlet's word
      return CueRelations.Relation.STANCE;
    }
    if (rule.equals("in-mention")) {
      return inMentionRelation(c, mentions.get(t.mention()));
    }
    if (rule.equals("label") && possessed(token)) {
      // "seinem großen Vorbild Strache", "ihr Vertrauter X", "sein Rivale X": a noun with a possessive names a
      // relation to the possessor, in the possessor's eyes, not the outlet's evaluation of the actor (its adjectives
      // still are)
      return CueRelations.Relation.CONTEXT;
    }
    if (rule.equals("label") && inOtherName(token, t)) {
      // "des Chaos Computer Clubs (CCC)": a word of another actor's name is no label of the name beside it
      return CueRelations.Relation.CONTEXT;
    }
    if (rule.equals("label")) {
      return nounBeforeName(t, c.pos(), c.eventWord(), c.holdersWord(), c.topic());
    }
    if ((rule.startsWith("modifier:") || rule.startsWith("predicate:"))
        && (ownScandal(token, t, head, rules) || ownConduct(token, t, head, rules))) {
      // "die Spendenaffäre der CDU": the actor's own scandal, no topic; "Trumps Lügen": its own misconduct
      return CueRelations.Relation.EVALUATION;
    }
    if (rule.startsWith("modifier:")) {
      return modifierRelation(c, rule.substring("modifier:".length()), head, rules);
    }
    if (rule.startsWith("predicate:")) {
      return predicateRelation(c, t, head, rules);
    }
    return clauseRelation(c, t, head, rules); // "clause": the cue is elsewhere in the sentence
  }

  /**
   * Rule {@code in-mention}: a word of the name itself ("Demokratische Volksrepublik Korea") evaluates nobody; a
   * compound ("Putin-Regime") or a role title ("der Kremlchef") does.
   */
  private CueRelations.Relation inMentionRelation(CueWord c, Mention target) {
    // ("die Terrormiliz Islamischer Staat" as one catalogue alias: a common noun before the name of a group is a
    // label; a person's name is never one, even when the tagger calls it a noun: "Kirchschläger" is no "Schläger")
    slant.model.MentionKind kind = target.kind();
    // (the tagger often calls such a group noun a proper noun: "der Terrormiliz/PROPN IS"; it counts when it names
    // a group by its head, data/rules/group-heads.tsv)
    // A discovered name's own nouns are its words ("Chaos Computer Club", "Ärzte ohne Grenzen"); only a group
    // compound before it is a label there ("Islamistengruppe Ansar Dine"). Since 2026-12-06: "Chaos" had made the
    // club negative.
    boolean discovered = kind == slant.model.MentionKind.DISCOVERED;
    boolean groupNoun = "NOUN".equals(c.pos()) && !discovered
        || ("PROPN".equals(c.pos()) || discovered) && c.lemma() != null && words.namesGroup(c.form(), c.lemma());
    boolean labelInName = (groupNoun || splitGroupLabel(c.token(), target)) && !"person".equals(target.actorType())
        && c.token() < target.endToken() - 1;
    if (kind != slant.model.MentionKind.COMPOUND && kind != slant.model.MentionKind.ROLE && !labelInName) {
      return CueRelations.Relation.CONTEXT;
    }
    return c.topic() ? CueRelations.Relation.TOPIC : CueRelations.Relation.EVALUATION;
  }

  /** Rules {@code modifier:<via>}: the cue depends on the actor's head by {@code via}. */
  private CueRelations.Relation modifierRelation(CueWord c, String via, int head, CueRelations rules) {
    int token = c.token();
    if (NOT_ATTACHED.contains(via)) {
      return CueRelations.Relation.CONTEXT; // a conjunct, a name part or a loosely attached clause: not said of it
    }
    if (allegationBetween(token, head)) {
      return CueRelations.Relation.STANCE; // "der wegen Korruption angeklagte Premierminister": the accusers' ground
    }
    if (via.equals("nsubj") && attributeOfSubject(token, head)) {
      return CueRelations.Relation.CONTEXT; // "Nutznießer der Verfälschungen war der ORF": another's falsifications
    }
    if (c.topic()) {
      return CueRelations.Relation.TOPIC;
    }
    if (c.feeling()) {
      return CueRelations.Relation.HOLDER;
    }
    if (via.equals("amod") && c.verbEntry() && c.lemma() != null
        && GermanVerbForms.isAttributivePastParticiple(c.form(), c.lemma())) {
      // a past participle before the actor's noun says what was done to it ("die entführte Journalistin", "des
      // getöteten Soldaten"): the verb's object, not its doer; only a verb without an object ("die zurückgetretene
      // Ministerin") describes its subject
      return participleRelation(c.lemma(), rules);
    }
    int step = via.equals("nmod") ? stepUnder(token, head) : -1;
    String stepCase = step >= 0 ? casePreposition(step) : null;
    if (stepCase != null && words.aboutPrepositions().contains(stepCase)) {
      // "Merkel über die Krise: …", "Wie die UN über die Gräuel im Sudan diskutieren": what the actor speaks or acts
      // about, not what it is (since 2026-12-07)
      return CueRelations.Relation.CONTEXT;
    }
    if (via.equals("acl") && tree.head(token) == head && zuInfinitive(token, rules)) {
      // "wirft der US-Regierung vor, die NATO/obj … zu schädigen/acl(NATO)": a German zu-infinitive has no subject
      // of its own, so a noun the parser hung it on is its object, not its doer (since 2026-12-07)
      return objectRelation(c.frame(), c.pos(), true);
    }
    if (c.frame() != null || "VERB".equals(c.pos())) {
      return subjectRelation(c.frame());
    }
    return CueRelations.Relation.EVALUATION;
  }

  /** The word under {@code head} on the path from {@code token} up to it ({@code token} itself if a child), or -1. */
  private int stepUnder(int token, int head) {
    int[] up = tree.pathToRoot(token);
    for (int i = 0; i + 1 < up.length; i++) {
      if (up[i + 1] == head) {
        return up[i];
      }
    }
    return -1;
  }

  /** Whether the German verb has the infinitive's "zu" as its {@code mark} ("zu schädigen"). */
  private boolean zuInfinitive(int verb, CueRelations rules) {
    if (!"de".equals(rules.language()) || !"VERB".equals(s.token(verb).pos())) {
      return false;
    }
    for (int c : tree.children(verb)) {
      if ("mark".equals(tree.relation(c)) && "zu".equalsIgnoreCase(s.token(c).word())) {
        return true;
      }
    }
    return false;
  }

  /** Rules {@code predicate:<relation>}: the actor's head depends on the cue, or on a word the cue is said of. */
  private CueRelations.Relation predicateRelation(CueWord c, Target t, int head, CueRelations rules) {
    int token = c.token();
    String pos = c.pos();
    CueRelations.Frame frame = c.frame();
    String full = ownerRelation(t, head);
    String rel = base(full);
    boolean direct = tree.head(head) == token || sharedSubjectPredicates(head).contains(token);
    boolean passive = direct && eventPassive(token)
        || (full.equals("nsubj:pass") || full.equals("nsubjpass")) && !(direct && hasStateAux(token))
        || direct && rel.startsWith("nsubj") && ellipticPassive(token, frame, rules);
    if (!direct && judgedVenture(token, head, full, rules) && !c.topic() && !c.holdersWord()) {
      return CueRelations.Relation.EVALUATION; // "Putins Plan ist fehlgeschlagen": the actor's venture judged
    }
    if (rel.startsWith("nsubj") && passive) {
      return objectRelation(frame, pos, direct);
    }
    if (direct && tree.head(head) == token && passiveAgent(head) && "VERB".equals(pos)) {
      return subjectRelation(frame); // "Merkel wurde von Putin getäuscht": the agent does what a subject does
    }
    if (rel.startsWith("nsubj") && direct && c.verbEntry() && c.lemma() != null
        && misparsedAttribute(token, c.lemma())) {
      return objectRelation(rules.frame(c.lemma()), "VERB", true); // "des getöteten/VERB Soldaten/nsubj"
    }
    if (rel.startsWith("nsubj")) {
      return direct ? subjectPredicateRelation(c) : governedClauseRelation(c, head, rules);
    }
    if (rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") || rel.equals("dobj")) {
      if (!c.verbish()) {
        return c.topic() ? CueRelations.Relation.TOPIC : CueRelations.Relation.CONTEXT;
      }
      return objectRelation(frame, pos, direct);
    }
    if (rel.equals("nmod") || rel.equals("amod") || rel.equals("compound") || rel.equals("poss")) {
      if (!direct) {
        return c.topic() ? CueRelations.Relation.TOPIC : CueRelations.Relation.CONTEXT;
      }
      return nominalOwnerRelation(c, t, head, full, rules);
    }
    if (rel.equals("appos") || rel.equals("flat")) {
      return nounBeforeName(t, pos, c.eventWord(), c.holdersWord(), c.topic());
    }
    return c.topic() ? CueRelations.Relation.TOPIC : CueRelations.Relation.CONTEXT;
  }

  /**
   * The cue governs the clause the actor is the subject of, not the actor: the clause is judged
   * ("Verzweiflungstat, dass sich Putin anbiedert"), unless a speaker's verb governs it or the clause is only set
   * beside the cue's.
   */
  private CueRelations.Relation governedClauseRelation(CueWord c, int head, CueRelations rules) {
    if (invertedSpeaker(head, rules)) {
      return CueRelations.Relation.HOLDER; // "Das sei gefährlich, sagte Merkel": her words, not a judgement
    }
    if (besideClause(c.token(), head)) {
      return CueRelations.Relation.CONTEXT;
    }
    if (c.topic()) {
      return CueRelations.Relation.TOPIC;
    }
    return "NOUN".equals(c.pos()) || "ADJ".equals(c.pos()) ? CueRelations.Relation.EVALUATION
        : CueRelations.Relation.CONTEXT;
  }

  /** The actor is the active subject of the cue: a verb it does, a state or a noun said of it. */
  private CueRelations.Relation subjectPredicateRelation(CueWord c) {
    int token = c.token();
    String pos = c.pos();
    CueRelations.Frame frame = c.frame();
    if (("VERB".equals(pos) || "ADJ".equals(pos)) && hasStateAux(token)) {
      // a state passive says what the actor is: judged ("ist international geächtet", "gilt als isoliert") or
      // something done to it ("ist zerstört"); an allegation ("ist der Untreue beschuldigt") is the accusers'
      if (frame != null && frame.object() == CueRelations.Role.AFFECTED) {
        return CueRelations.Relation.AFFECTED;
      }
      if (frame != null && words.allegationVerbs().contains(frame.lemma())) {
        return CueRelations.Relation.STANCE;
      }
      return c.feeling() ? CueRelations.Relation.HOLDER : CueRelations.Relation.EVALUATION;
    }
    if (frame != null || "VERB".equals(pos)) {
      return subjectRelation(frame);
    }
    if (c.holdersWord()) {
      return CueRelations.Relation.HOLDER;
    }
    if ("NOUN".equals(pos) && !hasStateAux(token) && c.eventWord()) {
      // an act noun with the actor as its subject but no copula is the actor's act, misparsed as a nominal
      // predicate ("… ritten Hofer und sein Wahlkampfleiter Kickl heftige Attacken": Attacken governs Kickl); the
      // agent of a narrated act is news, as in "russische Drohnenangriffe"; "X ist ein Angriff auf …" judges X
      return CueRelations.Relation.CONTEXT;
    }
    return c.topic() ? CueRelations.Relation.TOPIC : CueRelations.Relation.EVALUATION;
  }

  /**
   * The actor depends on the cue noun as its genitive, possessor, attribute or prepositional phrase ({@code full}
   * the actor's relation): "die Korruption der Partei", "Russlands Invasion", "die Invasion der Ukraine", "die Reform
   * ist in der EU umstritten".
   */
  private CueRelations.Relation nominalOwnerRelation(CueWord c, Target t, int head, String full,
      CueRelations rules) {
    int token = c.token();
    String pos = c.pos();
    String rel = base(full);
    if (rel.equals("amod") && mentions.get(t.mention()).kind() == slant.model.MentionKind.DEMONYM
        && namesAdherents(c.form())) {
      // "ukrainische Rechtsextremisten": the demonym names people of the country, not the state
      return CueRelations.Relation.CONTEXT;
    }
    String prep = casePreposition(head);
    boolean toward = prep != null && words.toward().contains(prep);
    boolean place = prep != null && words.placePrepositions().contains(prep);
    if ("ADJ".equals(pos) && place) {
      // "die Reform ist in der EU umstritten", "bei den Grünen beliebt": the actor is where the judgement holds,
      // not the one judged
      return CueRelations.Relation.CONTEXT;
    }
    if ("NOUN".equals(pos) && place && "country".equals(mentions.get(t.mention()).actorType()) && !c.holdersWord()
        && !namesGovernment(token)) {
      // "Kriegsverbrechen im Iran": a country after a preposition of place is where it happened, not who did it
      // ("Korruption in der Partei" still judges the party; "der Ärger in Frankreich" is still its people's;
      // "das Regime im Iran" is its government, like "Irans Regime")
      return c.topic() ? CueRelations.Relation.TOPIC : CueRelations.Relation.AFFECTED;
    }
    if (c.eventWord()) {
      // an act done to someone: its agent stands before it ("Russlands Invasion") or after an agent preposition
      // (agent-prepositions.tsv: "durch", "von", "vom", "by");
      // a genitive after it is the one it is done to ("die Invasion der Ukraine")
      boolean agent = head < token && prep == null || prep != null && words.agentPrepositions().contains(prep)
          || "poss".equals(rel) || full.endsWith(":poss") || rel.equals("amod");
      // the agent of a narrated act is news, not a judgement ("russische Drohnenangriffe"); a word that judges
      // the act ("Angriffskrieg") is not an event word but an evaluation
      return agent ? CueRelations.Relation.CONTEXT : CueRelations.Relation.AFFECTED;
    }
    if ("NOUN".equals(pos) && rel.equals("nmod") && ownNarratedOutcome(token, head, rules)) {
      // "die Niederlage der SPD", "Norwegens Sieg": the owner's narrated outcome (predicate:outcome), also where
      // the noun alone is a topic word; until 2026-12-06 "Niederlage" and "Sieg" stayed topic here
      return CueRelations.Relation.EVALUATION;
    }
    if (c.topic()) {
      return toward ? CueRelations.Relation.AFFECTED : CueRelations.Relation.TOPIC;
    }
    if (c.stanceNoun()) {
      return toward ? CueRelations.Relation.STANCE : CueRelations.Relation.HOLDER;
    }
    if (c.feeling() || c.speechNoun()) {
      return toward ? CueRelations.Relation.CONTEXT : CueRelations.Relation.HOLDER;
    }
    if ("NOUN".equals(pos) && "de".equals(rules.language()) && (bareName(token, head, mentions.get(t.mention()))
        || hasDeterminerAmong(s, token, words.indefiniteArticles())) && underHolderVerb(token, rules)) {
      // "Iran wirft USA Verletzung der Waffenruhe vor": a name with no mark of a genitive, hung on a noun in what a
      // verb's holder subject charges, is that verb's dative, the one charged; the charge is the subject's stance,
      // as with a conduct noun there (ownConduct). "warnten vor einem weiteren russischen Angriffskrieg": a noun
      // after an indefinite article there is what the subject fears or supposes. A marked owner of a told act
      // ("verurteilte den russischen Angriffskrieg", "die Angriffe Russlands") keeps the outlet's designation
      // (since 2026-12-08)
      return CueRelations.Relation.STANCE;
    }
    return toward ? CueRelations.Relation.AFFECTED : CueRelations.Relation.EVALUATION;
  }

  /**
   * Rule {@code clause}: the cue is elsewhere in the actor's sentence. It evaluates the actor only as the actor's
   * judged venture, its own verb in the perfect, its narrated outcome, how it acts or comes across, the class it is
   * put in, or the adjective of the noun said of it.
   */
  private CueRelations.Relation clauseRelation(CueWord c, Target t, int head, CueRelations rules) {
    int token = c.token();
    String pos = c.pos();
    CueRelations.Frame frame = c.frame();
    if (judgedVenture(token, head, ownerRelation(t, head), rules) && !c.topic() && !c.holdersWord()) {
      return CueRelations.Relation.EVALUATION; // "der umstrittene Plan von Putin": the actor's venture judged
    }
    int participle = perfectParticiple(head);
    if (participle == token) {
      // the actor's own verb in the perfect ("Russland hat … verletzt"), as in the present tense
      if (perfectStatePassive(token, frame)) {
        if (frame.object() == CueRelations.Role.AFFECTED) {
          return CueRelations.Relation.AFFECTED;
        }
        return c.feeling() ? CueRelations.Relation.HOLDER : CueRelations.Relation.EVALUATION;
      }
      return subjectRelation(frame);
    }
    if ("NOUN".equals(pos) && outcomeOf(token, head, rules)) {
      // "Rubio erlitt eine herbe Niederlage": the actor's narrated failure, even with a topic word
      return CueRelations.Relation.EVALUATION;
    }
    if (c.topic()) {
      return CueRelations.Relation.TOPIC;
    }
    int verb = tree.head(head);
    if (verb >= 0 && activeSubject(head)) {
      if (participle >= 0) {
        verb = participle; // what the actor did, says or demands hangs under the participle
      }
      CueRelations.Frame verbFrame = rules.frame(verbForm(verb));
      if (verbFrame != null && verbFrame.subject() == CueRelations.Role.HOLDER && tree.dominates(verb, token)) {
        if (conductManner(c, verb)) {
          // how the actor acts as it speaks or reacts: "X reagierte kopflos", "X antwortete ausweichend"
          // (de/conduct-manner-words.tsv; since 2026-12-07)
          return CueRelations.Relation.EVALUATION;
        }
        // what the actor says, demands or fears: "X warnte vor einer Katastrophe", "X nannte die Vorwürfe verlogen",
        // "X kritisierte harsch"
        return CueRelations.Relation.HOLDER;
      }
      String cr = base(tree.relation(token));
      if (tree.head(token) == tree.head(head) && cr.equals("xcomp") && "VERB".equals(pos)
          && hasAuxiliary(token, words.eventPassiveAuxiliaries())) {
        // "Merz ist … getäuscht worden": the passive in the perfect, done to the actor
        return objectRelation(frame, pos, true);
      }
      if (tree.head(token) == verb && cr.equals("xcomp") && "VERB".equals(pos) && reflexiveObject(verb)
          && words.reflexivePassiveVerbs().contains(s.token(verb).word().toLowerCase(Locale.ROOT))) {
        // "Wie lässt sich das Land weiter unterstützen?": "sich … lassen" with an infinitive is a passive, the act
        // is done to the actor (de/reflexive-passive-verbs.tsv; since 2026-12-07)
        return objectRelation(frame, pos, true);
      }
      if ((tree.head(token) == verb || tree.head(token) == tree.head(head))
          && (cr.equals("advmod") || cr.equals("xcomp"))) {
        // how the actor acts or comes across: "X reagierte kopflos", "X gilt als korrupt", "X zeigte sich zufrieden";
        // a verb there whose subject holds what it says or feels is the actor's own saying or feeling, the actor its
        // understood subject: "X versuchte, den Westen zu kritisieren", "X begann, die Opposition zu loben", "X zeigte
        // sich entrüstet" (since 2026-12-07)
        return c.feeling() || controlledHolderVerb(c, cr) ? CueRelations.Relation.HOLDER
            : CueRelations.Relation.EVALUATION;
      }
    }
    if (isClassLabel(token, head)) {
      // the actor put in a described class: "einem isolierten Staat …: Nordkorea", "diskreditierte Persönlichkeiten
      // wie Baldizón"
      return CueRelations.Relation.EVALUATION;
    }
    if (predicateNoun(token, head) && !calledAs(token, rules)) {
      // "Haluschtschenko ist einer der Verdächtigen": the noun said of the actor, as a predicate noun is
      if (c.holdersWord()) {
        return CueRelations.Relation.HOLDER;
      }
      return c.topic() ? CueRelations.Relation.TOPIC
          : c.eventWord() ? CueRelations.Relation.CONTEXT : CueRelations.Relation.EVALUATION;
    }
    if (attributeOfPredicate(token, head) && !calledAs(token, rules)) {
      // the adjective of the noun said of the actor: "Die Kanzlerin ist eine erfahrene Krisenmanagerin", "Merz gilt
      // als umstrittener Politiker"; a participle with an object says what was done to it ("ist ein angegriffenes
      // Land"), a feeling is the actor's own
      if (c.verbEntry() && c.lemma() != null && GermanVerbForms.isAttributivePastParticiple(c.form(), c.lemma())) {
        return participleRelation(c.lemma(), rules);
      }
      return c.feeling() ? CueRelations.Relation.HOLDER : CueRelations.Relation.EVALUATION;
    }
    return CueRelations.Relation.CONTEXT;
  }

  /**
   * Whether the cue is an adjective or adverb of the verb ({@code advmod}) that judges how the verb's subject acts
   * (de/conduct-manner-words.tsv, by its lexicon lemma or written form), not a feeling.
   */
  private boolean conductManner(CueWord c, int verb) {
    if (tree.head(c.token()) != verb || !base(tree.relation(c.token())).equals("advmod") || c.feeling()
        || !("ADJ".equals(c.pos()) || "ADV".equals(c.pos()))) {
      return false;
    }
    return words.conductMannerWords().contains(c.form().toLowerCase(Locale.ROOT))
        || c.lemma() != null && words.conductMannerWords().contains(c.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the cue is a verb complement ({@code xcomp}) of the actor's verb whose frame makes its subject the holder
   * ("kritisieren", "loben", "sich entrüsten"): the infinitive or participle the actor is the understood subject of.
   */
  private static boolean controlledHolderVerb(CueWord c, String relation) {
    return relation.equals("xcomp") && c.verbish() && c.frame() != null
        && c.frame().subject() == CueRelations.Role.HOLDER;
  }

  /**
   * The relation of an attributive past participle ({@code verbLemma}'s) to the noun it describes: what was done to
   * it, the verb's object ("die entführte Journalistin", "ein angegriffenes Land"), unless the verb takes no object
   * ("die zurückgetretene Ministerin": its subject).
   */
  private CueRelations.Relation participleRelation(String verbLemma, CueRelations rules) {
    CueRelations.Frame verb = rules.frame(verbLemma);
    return verb != null && verb.object() == CueRelations.Role.NONE ? subjectRelation(verb)
        : objectRelation(verb, "VERB", true);
  }

  /**
   * Whether the cue is an adjective ({@code amod}) of the nominal predicate of the actor ({@code head}): the noun
   * the actor is the subject of with a copula and no preposition ("X ist eine erfahrene Krisenmanagerin", not "X ist
   * bei exzellenter Gesundheit") or the "als"-predicative of the verb the actor is the active subject of ("X gilt als
   * umstrittener Politiker"), also as the genitive of "einer" ("ist einer der umstrittensten Politiker") and as a
   * hyphenated compound the parser headed by its first part ("gilt als umstrittener AfD-Politiker"). What the
   * predicate noun says of the actor, its adjective says too.
   */
  private boolean attributeOfPredicate(int token, int head) {
    if (!"ADJ".equals(s.token(token).pos()) || !base(tree.relation(token)).equals("amod")) {
      return false;
    }
    int noun = tree.head(token);
    if (noun < 0 || !"NOUN".equals(s.token(noun).pos()) && !hyphenCompoundFirstPart(noun)) {
      return false;
    }
    // "ist einer der umstrittensten Politiker": the predicate is "einer", the noun its genitive
    int up = oneOfPronoun(noun);
    return saidOfActor(up >= 0 ? up : noun, head);
  }

  /**
   * Whether the token is the first part of a hyphenated compound that the parser made the phrase's head, the common
   * noun after the hyphen its {@code flat} ("AfD" in "gilt als umstrittener AfD-Politiker", "Grünen" in "einer der
   * profiliertesten Grünen-Politiker"): the phrase is that noun, and an adjective of it is the noun's (since
   * 2026-12-08).
   */
  private boolean hyphenCompoundFirstPart(int token) {
    int hyphen = token + 1;
    int part = token + 2;
    return part < s.size() && "-".equals(s.token(hyphen).word()) && s.token(part).isCommonNoun()
        && tree.head(part) == token && "flat".equals(base(tree.relation(part)))
        && s.token(hyphen).begin() == s.token(token).end() && s.token(part).begin() == s.token(hyphen).end();
  }

  /**
   * Whether the cue is a predicate noun said of the actor that the parser does not make the actor's governor: the
   * noun of a one-of predicate ("Haluschtschenko ist einer von mehreren Verdächtigen", "Assad gilt als einer der
   * Diktatoren der Region": "einer" is the predicate, the noun its {@code nmod}, and the noun is what a predicate noun
   * is, "ist ein Verdächtiger"), or the "als"-predicative noun of the verb the actor is the active subject of ("Kickl
   * gilt als Scharfmacher"). Since 2026-12-07.
   */
  private boolean predicateNoun(int token, int head) {
    if (!"NOUN".equals(s.token(token).pos())) {
      return false;
    }
    int up = oneOfPronoun(token);
    return up >= 0 ? saidOfActor(up, head) : tree.head(head) != token && saidOfActor(token, head);
  }

  /** The one-of pronoun ("einer", de/one-of-pronouns.tsv) the noun is the {@code nmod} of, or -1. */
  private int oneOfPronoun(int noun) {
    int up = tree.head(noun);
    return up >= 0 && base(tree.relation(noun)).equals("nmod")
        && words.oneOfPronouns().contains(s.token(up).word().toLowerCase(Locale.ROOT)) ? up : -1;
  }

  /**
   * Whether the predicate (a noun, or the pronoun of "einer der …") is said of the actor: with a copula or state
   * auxiliary and the actor as its active subject, not a prepositional predicate; or as the "als"-predicative of the
   * verb the actor is the active subject of, when that verb has no object.
   */
  private boolean saidOfActor(int predicate, int head) {
    if (tree.head(head) == predicate) {
      // not a prepositional predicate: "ist bei exzellenter Gesundheit", "ist in großer Sorge"
      return activeSubject(head) && hasStateAux(predicate) && casePreposition(predicate) == null;
    }
    String nr = base(tree.relation(predicate));
    String mark = casePreposition(predicate);
    return tree.head(head) >= 0 && tree.head(predicate) == tree.head(head) && activeSubject(head)
        && (nr.equals("xcomp") || nr.equals("obl")) && mark != null && words.predicativeMarks().contains(mark)
        && !hasObject(tree.head(head)) && !comparison(predicate);
  }

  /**
   * Whether the verb has a direct object other than a reflexive pronoun: then an "als" phrase is said of the object
   * ("nutzte die Übungen als Drohgebärde", "hat den Ruf als Ablenkungsmanöver abgetan"), not of the subject; "gibt
   * sich als Hardliner" is the subject's (since 2026-12-07).
   */
  private boolean hasObject(int verb) {
    return hasObject(verb, false);
  }

  /** Whether the verb has a reflexive pronoun as its direct object ("lässt sich … unterstützen"). */
  private boolean reflexiveObject(int verb) {
    return hasObject(verb, true);
  }

  /** Whether the verb has a direct object that is ({@code reflexive}) or is not a reflexive pronoun. */
  private boolean hasObject(int verb, boolean reflexive) {
    for (int c : tree.children(verb)) {
      if ("obj".equals(base(tree.relation(c)))
          && REFLEXIVES.contains(s.token(c).word().toLowerCase(Locale.ROOT)) == reflexive) {
        return true;
      }
    }
    return false;
  }

  /** Reflexive pronouns of the persons a subject may be in ("sich", "mich", …; German and English). */
  private static final Set<String> REFLEXIVES = Set.of("sich", "mich", "dich", "uns", "euch", "himself", "herself",
      "itself", "themselves");

  /**
   * Whether the "als" of a predicative follows a comparative ("nicht weniger als einen Befreiungsschlag", "mehr als
   * ein Erfolg"): a comparison, not a predicative (since 2026-12-07).
   */
  private boolean comparison(int predicate) {
    return comparativeBefore(caseToken(s, predicate));
  }

  /** Whether the word before the "als" at {@code mark} is a comparative ("mehr", "weniger", "größer"). */
  private boolean comparativeBefore(int mark) {
    if (mark <= 0) {
      return false;
    }
    String before = s.token(mark - 1).word().toLowerCase(Locale.ROOT);
    return before.equals("mehr") || before.length() > 3 && before.endsWith("er")
        && !"NOUN".equals(s.token(mark - 1).pos()) && !"PROPN".equals(s.token(mark - 1).pos());
  }

  /**
   * Whether the cue describes the head of a compound an actor is the first part of, not the actor: "die
   * gescheiterte Russland-Politik", "der umstrittene US-Vizepräsident", "Der Iran-Krieg drohte zu eskalieren",
   * "Luftraumverletzungen von NATO-Gebiet" (the parser makes the actor the phrase's head and the noun after the
   * hyphen its {@code flat}). A government noun as the head names the country's government ("die
   * umstrittene US-Regierung", government-nouns.tsv): then the cue counts as for the country. The head part itself
   * keeps its relation. A person's name describes its head only when the head names someone or something around
   * the person (de/person-associate-nouns.tsv: "die falsche Epstein-Leiche", "Epstein-Komplizin Maxwell",
   * "Verstimmung im Trump-Lager"; since 2026-12-08), the head itself included; other heads are the person's own
   * acts and policies ("die gescheiterte Merkel-Politik", "rechtswidrige Trump-Zölle").
   */
  private boolean describesCompoundHead(int token, Mention m) {
    int part = m.endToken() + 1;
    if (m.endToken() >= s.size() || !s.token(m.endToken()).word().equals("-") || part >= s.size()
        || !compoundHeadPart(s.token(part))) {
      return false; // one token ("Russlandpolitik"): the lexicon's compound rules judge it
    }
    if ("person".equals(m.actorType()) && !words.personAssociateNouns().contains(key(part, "de"))) {
      return false;
    }
    // a mention resolved as a name is a compound's first part too when the hyphen is written without spaces
    // ("die konsequenten FN-Gegner", FN named alone earlier in the article; since 2026-12-07), not a dash
    boolean compound = m.kind() == slant.model.MentionKind.COMPOUND
        || s.token(m.endToken()).begin() == s.token(m.endToken() - 1).end()
        && s.token(part).begin() == s.token(m.endToken()).end();
    // (a person's associate is itself no word on the person: "Epstein-Komplizin Maxwell" is said of Maxwell)
    return compound && (token != part || "person".equals(m.actorType())) && !namesGovernment(part);
  }

  /**
   * Whether an English mention is a noun adjunct: the name's top word hangs by {@code compound} under a common noun
   * outside it ("Bush" in "the Bush presidency", "State Department" in "a State Department report", "FBI" in "FBI
   * Director James Comey"), which the resolver then takes as the mention's head. A title before a name ("President
   * Trump") is the name's own {@code compound} and does not count. Since 2026-12-06.
   */
  private boolean nounAdjunct(Mention m) {
    for (int k = m.startToken(); k < m.endToken(); k++) {
      int up = tree.head(k);
      if (up < m.startToken() || up >= m.endToken()) {
        return up >= 0 && "compound".equals(tree.relation(k)) && "NOUN".equals(s.token(up).pos());
      }
    }
    return false;
  }

  /** A noun after the hyphen; the tagger calls some "Iran-Krieg/PROPN", but names of places or people are not. */
  private static boolean compoundHeadPart(slant.model.Token t) {
    String ner = t.ner() == null ? "O" : t.ner();
    return "NOUN".equals(t.pos()) || "PROPN".equals(t.pos()) && !ner.startsWith("PER") && !ner.startsWith("LOC");
  }

  /**
   * Whether the cue is the topic of a headline before its colon and the mention is in the clause after it:
   * "Sabotage: Dänemark ordnet Drohnen … als Anschlag ein" (the parser makes "Dänemark" the apposition of
   * "Sabotage"). The topic labels nothing after the colon; the mirror of {@link #headlineTopic}. Only when the part
   * before the colon has no verb (a topic, not a clause).
   */
  private boolean headlineTopicWord(int token, Mention m) {
    return headlineColon >= 0 && token < headlineColon && m.startToken() > headlineColon;
  }

  /** The sentence's first colon when no verb stands before it (a headline's topic precedes it), else -1. */
  private static int headlineColon(Sentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).word().equals(":")) {
        return i;
      }
      String pos = s.token(i).pos();
      if ("VERB".equals(pos) || "AUX".equals(pos)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The rule a cue is reported and weighed by: the attribution rule of {@code t}, except for four clause-level
   * patterns that say something of the actor itself and are not decayed by distance (the class and the attribute
   * count in full like a label; the manner, like the actor's other acts, counts half: on the dev set none of its
   * negative cues was on a gold-negative actor — {@link SentimentScorer#reliability}):
   * <ul>
   *   <li>{@code clause:class} — an adjective of the class the actor is put in ("diskreditierte Persönlichkeiten wie
   *       Baldizón", "einem isolierten Staat …: Nordkorea");</li>
   *   <li>{@code clause:manner} — an adverb or predicative of the verb the actor is the active subject of ("X
   *       reagierte kopflos", "X gilt als korrupt"; an outcome adverb, "erfolglos", is the scorer's
   *       {@code clause:outcome});</li>
   *   <li>{@code clause:outcome} — a noun as the object of an outcome verb the actor is the active subject of ("Rubio
   *       erlitt eine herbe Niederlage"); counts in full, as the construct names the actor's narrated failure beside
   *       labels;</li>
   *   <li>{@code clause:attribute} — an adjective of the noun said of the actor, with a copula or as the "als"-
   *       predicative of its own verb ("X gilt als umstrittener Politiker", {@link #attributeOfPredicate}).</li>
   * </ul>
   * All four only for a cue whose {@code relation} is evaluation (a holder's "findet die Vorlage unsinnig" stays
   * {@code clause}). A participle the parser hung under a perfect auxiliary is reported as {@code predicate:nsubj}, as
   * in the present tense. The attribution target keeps its rule (the trained tone's features read it), so only the
   * evaluation changes.
   */
  public String cueRule(int token, Target t, CueRelations.Relation relation, CueRelations rules) {
    if (!s.parsed()) {
      return t.rule();
    }
    Related r = related(t, token);
    String conjunct = r.conjuncts();
    // an evaluative noun the actor is the genitive or possessor of, attached directly
    boolean ownedNoun = (r.rule().equals("predicate:nmod") || r.rule().equals("predicate:poss"))
        && relation == CueRelations.Relation.EVALUATION && tree.head(r.head()) == token;
    if (relation == CueRelations.Relation.EVALUATION && r.rule().equals("in-mention")
        && splitGroupLabel(token, mentions.get(t.mention()))) {
      return conjunct + "label"; // "der Neonazi-Partei Goldene Morgenröte": a label, as before a name
    }
    if (relation == CueRelations.Relation.EVALUATION && ownScandal(token, t, r.head(), rules)) {
      // "die Spendenaffäre der CDU", "seiner Gehaltsaffäre": the actor's own misconduct
      return conjunct + "predicate:scandal";
    }
    if (relation == CueRelations.Relation.EVALUATION && ownConduct(token, t, r.head(), rules)) {
      // "Trumps Lügen", "die Manipulationen der GfK", "seine Drohgebärden": the actor's own conduct, judged
      return conjunct + "predicate:conduct";
    }
    if (ownedNoun && namesGovernment(token)) {
      // "Irans Regime", "das Regime Syriens": the noun names the country's government, a label of the actor
      return conjunct + "label";
    }
    if (ownedNoun && ownNarratedOutcome(token, r.head(), rules)) {
      // "die Niederlage der SPD", "Magyars Wahlsieg": the actor's own narrated failure or success
      return conjunct + "predicate:outcome";
    }
    if (relation == CueRelations.Relation.EVALUATION && (r.rule().startsWith("predicate:") || r.rule().equals("clause"))
        && judgedVenture(token, r.head(), ownerRelation(t, r.head()), rules)) {
      return conjunct + "predicate:venture";
    }
    if (!r.rule().equals("clause")) {
      return conjunct + r.rule();
    }
    int head = r.head();
    int participle = perfectParticiple(head);
    if (participle == token) {
      return conjunct + "predicate:nsubj";
    }
    if (relation != CueRelations.Relation.EVALUATION) {
      return t.rule();
    }
    if (isClassLabel(token, head)) {
      return conjunct + "clause:class";
    }
    if (attributeOfPredicate(token, head) || predicateNoun(token, head)) {
      return conjunct + "clause:attribute";
    }
    if ("NOUN".equals(s.token(token).pos()) && outcomeOf(token, head, rules)) {
      return conjunct + "clause:outcome";
    }
    int verb = participle >= 0 ? participle : tree.head(head);
    if (verb >= 0 && activeSubject(head) && (tree.head(token) == verb || tree.head(token) == tree.head(head))) {
      String cr = base(tree.relation(token));
      String pos = s.token(token).pos();
      // an adverb or adjective only: a verb there is another act of the actor ("will … bombardieren")
      if ((cr.equals("advmod") || cr.equals("xcomp")) && ("ADV".equals(pos) || "ADJ".equals(pos))) {
        return conjunct + "clause:manner";
      }
    }
    return t.rule();
  }


  /**
   * The participle of the actor's clause in the perfect, when the parser made the auxiliary its head: the actor
   * ({@code head}) is the active subject of a perfect auxiliary ("hat", "ist", perfect-auxiliaries.tsv) whose
   * {@code xcomp} is a verb ("Russland hat … verletzt", "Rajoy hatte … geworben"). -1 otherwise (the parse hangs the
   * auxiliary under the participle, as the English parser does, and the participle governs the actor itself).
   */
  public int perfectParticiple(int head) {
    if (!s.parsed()) {
      return -1;
    }
    int g = tree.head(head);
    if (g < 0 || !activeSubject(head)
        || !words.perfectAuxiliaries().contains(s.token(g).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int c : tree.children(g)) {
      if ("xcomp".equals(base(tree.relation(c))) && "VERB".equals(s.token(c).pos())
          && !hasAuxiliary(c, words.eventPassiveAuxiliaries())) {
        return c; // (not "ist … getötet worden": a passive, the actor is the one it was done to)
      }
    }
    return -1;
  }

  /**
   * A headline's bare past participle ("Ukrainischer Politiker Parubij erschossen", "Journalist in Moskau
   * festgenommen"): the event passive without its auxiliary, whose subject is the one the act was done to, not its
   * doer. Only a German participle at the root of its sentence, with no auxiliary, copula or object, of a verb whose
   * frame has an object role: an intransitive verb's bare participle is its perfect ("Lecornu zurückgetreten": what
   * the actor did), and the strong verb's preterite plural of the same form ("Soldaten erschossen Demonstranten") has
   * an object. German documents only ({@code rules}' language).
   */
  boolean ellipticPassive(int verb, CueRelations.Frame frame, CueRelations rules) {
    if (!"de".equals(rules.language()) || !s.parsed() || frame == null || tree.head(verb) >= 0
        || frame.object() == CueRelations.Role.NONE
        || frame.object() == CueRelations.Role.HOLDER
        || !GermanVerbForms.isPastParticiple(s.token(verb).word(), frame.lemma())) {
      return false;
    }
    for (int c : tree.children(verb)) {
      String r = tree.relation(c) == null ? "" : tree.relation(c).toLowerCase(Locale.ROOT);
      if (r.startsWith("aux") || r.equals("cop") || r.equals("obj") || r.equals("iobj") || r.equals("dobj")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a perfect participle under a form of "sein" is a state passive: the verb has an object role in its frame
   * ("ist zerstört", "ist geächtet": a state of the actor), unlike an intransitive verb's perfect ("ist gescheitert",
   * "ist zurückgetreten": what the actor did).
   */
  boolean perfectStatePassive(int participle, CueRelations.Frame frame) {
    int aux = tree.head(participle);
    return aux >= 0 && words.stateAuxiliaries().contains(s.token(aux).word().toLowerCase(Locale.ROOT))
        && frame != null && frame.object() != CueRelations.Role.NONE && frame.object() != CueRelations.Role.HOLDER;
  }

  /**
   * Whether the cue noun is the object of an outcome verb ({@code de/outcome-verbs.tsv}: "erlitt eine Niederlage",
   * "musste eine Schlappe einstecken") whose active subject is the actor (the participle in the perfect: "hat …
   * erlitten").
   */
  private boolean outcomeOf(int token, int head, CueRelations rules) {
    if (!activeSubject(head)) {
      return false;
    }
    int participle = perfectParticiple(head);
    int verb = participle >= 0 ? participle : tree.head(head);
    // "wird Schiffbruch erleiden", "könnte eine Niederlage erleiden": not narrated as a fact
    if (verb < 0 || words.nonFactual(s, verb)) {
      return false;
    }
    int attached = tree.head(token);
    if (attached >= 0 && attached != verb && tree.head(attached) == verb
        && base(tree.relation(attached)).equals("obj") && base(tree.relation(token)).equals("nmod")) {
      // "Pentagon legt Programm wegen Rückschlägen auf Eis": the parser often hangs a causal phrase on the object
      return failureOfSubject(token);
    }
    if (attached != verb) {
      return false;
    }
    if (base(tree.relation(token)).equals("obl")) {
      return failureOfSubject(token);
    }
    if (!base(tree.relation(token)).equals("obj")) {
      return false;
    }
    CueRelations.Frame f = rules.frame(verbForm(verb));
    String lemma = f != null ? f.lemma() : verbForm(verb).toLowerCase(Locale.ROOT);
    // harm or an act done to the subject is no failure of its venture ({@code de/harm-nouns.tsv}: "erlitt schwere
    // Verletzungen"; an event noun: "erlitt einen Angriff")
    if (words.failureExperienceVerbs().contains(lemma)) {
      // "die SPD erlebt ein Debakel", not "erlebte einen Angriff" (de/failure-experience-verbs.tsv; since 2026-12-07)
      return words.failureNouns().contains(germanKey(token));
    }
    return words.outcomeVerbs().contains(lemma) && !words.harmNouns().contains(germanKey(token))
        && !rules.is(s.token(token).word(), CueRelations.WordClass.EVENT);
  }

  /**
   * Whether an oblique noun is a failure that can only be the subject's: a failure noun ({@code de/failure-nouns.tsv})
   * after a preposition of cause or sequence ({@code de/cause-prepositions.tsv}: "wegen Rückschlägen", "angesichts
   * massiver Rückschläge") with no genitive, owner's attribute ({@code de/failure-owner-prepositions.tsv}: "von",
   * "für") or name of its own ("nach der Niederlage der SPD" is the SPD's).
   */
  private boolean failureOfSubject(int token) {
    String prep = casePreposition(token);
    if (prep == null || !words.causePrepositions().contains(prep)
        || !words.failureNouns().contains(germanKey(token))) {
      return false;
    }
    for (int c : tree.children(token)) {
      String r = base(tree.relation(c));
      String of = casePreposition(c);
      // a genitive or an owner's preposition ("von", "für") names whose failure it is; "auf Eis", "bei der Wahl"
      // do not
      if (r.equals("nmod") && (of == null || words.failureOwnerPrepositions().contains(of))
          || r.equals("acl") || "PROPN".equals(s.token(c).pos())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The predicates the actor is the unexpressed subject of through verb coordination. In UD the first verb heads the
   * coordination and a shared subject hangs on it alone ("Die SPD/nsubj trat/root an und scheiterte/conj"): with the
   * actor as the active subject of its governor, each later conjunct of that governor that is a verb (or an adjective
   * with a copula, "und ist seither zerstritten") with no subject, passive auxiliary or subordinator of its own is
   * said of the actor too. A perfect auxiliary coordinated so stands for its participle ("Der VKI ist … vorgegangen
   * und hat mehrmals Recht bekommen": "hat" is the conjunct, "bekommen" its xcomp). Empty when the actor is no such
   * subject or the sentence is unparsed. Since 2026-12-05.
   */
  public List<Integer> sharedSubjectPredicates(int head) {
    // asked for every cue and mention of the sentence (distance, rule, relation): computed once per head
    return sharedPredicatesByHead.computeIfAbsent(head, this::coordinatedPredicates);
  }

  private List<Integer> coordinatedPredicates(int head) {
    if (!s.parsed() || !"nsubj".equals(tree.relation(head)) || tree.head(head) < 0) {
      return List.of();
    }
    int governor = tree.head(head);
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(governor)) {
      String pos = s.token(c).pos();
      if (c < governor || !"conj".equals(base(tree.relation(c))) || ownClause(c)) {
        continue;
      }
      if ("VERB".equals(pos) || "AUX".equals(pos)) {
        int participle = words.perfectAuxiliaries().contains(s.token(c).word().toLowerCase(Locale.ROOT))
            ? xcompVerb(c) : -1;
        out.add(participle >= 0 ? participle : c);
      } else if ("ADJ".equals(pos) && tree.children(c).stream().anyMatch(k -> "cop".equals(tree.relation(k)))) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** Whether a conjunct has a subject, passive auxiliary or subordinator of its own: a clause of its own. */
  private boolean ownClause(int conjunct) {
    for (int k : tree.children(conjunct)) {
      String r = tree.relation(k) == null ? "" : tree.relation(k).toLowerCase(Locale.ROOT);
      if (r.startsWith("nsubj") || r.equals("expl") || r.equals("aux:pass") || r.equals("mark")
          || r.equals("csubj")) {
        return true;
      }
    }
    return false;
  }

  private int xcompVerb(int verb) {
    for (int c : tree.children(verb)) {
      if ("xcomp".equals(base(tree.relation(c))) && "VERB".equals(s.token(c).pos())) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether the mention is a German genitive name after the noun it depends on, attached by the parser as an apposition
   * or a name part ("die Währungsabschwächung/nmod Chinas/appos", "die Blockade Ungarns"): the noun's possessor, so
   * it relates to its cues as a genitive does ({@code predicate:nmod}), not as a name under its title. Since
   * 2026-12-05.
   */
  private boolean possessorAfterNoun(Mention m) {
    if (!s.parsed()) {
      return false;
    }
    int h = m.headToken();
    String r = base(tree.relation(h));
    return (r.equals("appos") || r.equals("flat")) && tree.head(h) >= 0 && tree.head(h) < m.startToken()
        && slant.lang.GermanGenitive.isGenitiveOfName(s.token(m.endToken() - 1).word(), m.actorName());
  }

  /** The relations by which a small clause's predicate depends on the verb that frames it. */
  private static final Set<String> COMPLEMENT_RELATIONS = Set.of("xcomp", "ccomp", "obj", "iobj", "obl");

  /** Whether {@code noun} is a common noun of {@code de/venture-nouns.tsv} or {@code en/venture-nouns.tsv}. */
  private boolean ventureNoun(int noun, CueRelations rules) {
    return s.token(noun).isCommonNoun() && words.ventureNouns().contains(key(noun, rules.language()));
  }

  /**
   * The venture noun the actor ({@code head}) performs, or -1: the object of a verb of {@code performance-verbs.tsv}
   * the actor is the active subject of, narrated as a fact, with no genitive or possessor of its own ("Pastewka
   * liefert eine überzeugende Vorstellung", "Scholz hat eine schwache Rede gehalten", "she delivered a strong
   * performance"; not "lieferte eine Analyse der Bilanz Merkels", where the noun is not a venture, nor "zeigte die
   * schwache Bilanz der Regierung", whose noun has an owner). Since 2026-12-07.
   */
  private int performedVenture(int head, CueRelations rules) {
    if (words.performanceVerbs().isEmpty() || !activeSubject(head)) {
      return -1;
    }
    int participle = perfectParticiple(head);
    int verb = participle >= 0 ? participle : tree.head(head);
    if (verb < 0 || !"VERB".equals(s.token(verb).pos()) || words.nonFactual(s, verb)) {
      return -1;
    }
    CueRelations.Frame frame = rules.frame(verbForm(verb));
    String lemma = frame != null ? frame.lemma() : verbForm(verb).toLowerCase(Locale.ROOT);
    if (lemma == null || !words.performanceVerbs().contains(lemma.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int c : tree.children(verb)) {
      if (base(tree.relation(c)).equals("obj") && ventureNoun(c, rules) && !hasOwner(c)) {
        return c;
      }
    }
    return -1;
  }

  /** Whether a noun has a genitive, possessive or "of"/"von" attribute of its own. */
  private boolean hasOwner(int noun) {
    for (int c : tree.children(noun)) {
      String rel = tree.relation(c) == null ? "" : tree.relation(c).toLowerCase(Locale.ROOT);
      if (rel.endsWith(":poss") || base(rel).equals("nmod") && ownerAttachment(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue judges a venture of the actor ({@code de/venture-nouns.tsv}): the actor is the venture noun's
   * genitive or possessor ("Putins Plan", "der Plan Putins", "die Strategie von Merz", "sein Plan"; not "der Plan für
   * Syrien"), and the cue is an adjective of that noun ("Putins gescheiterter Plan") or its predicate without an
   * object of its own ("Putins Plan ist fehlgeschlagen", "Die Strategie der SPD scheiterte"; not "Der Plan wurde
   * kritisiert", "Der Plan bedroht Europa"). The construct counts the actor's narrated failure or success and what is
   * said of its conduct; the failure of its plan is its own. German documents since 2026-12-06; English ones
   * ({@code en/venture-nouns.tsv}: "his defiant posture", "Hagel's inconsistent performance", "Romney's plan
   * failed") and the German conduct nouns ("Leistung", "Vorgehen", "Rhetorik") since item 130 of that day. Since
   * 2026-12-07 also an adjective of the venture the actor performs ({@link #performedVenture}: "hielt eine schwache
   * Rede"), and not a venture in the object or a complement of a verb whose subject is the holder ({@link
   * #underHolderVerb}: "Merz warnt vor den imperialistischen Plänen Putins").
   */
  private boolean judgedVenture(int token, int head, String ownerRelation, CueRelations rules) {
    if (!s.parsed() || !("de".equals(rules.language()) || "en".equals(rules.language()))) {
      return false;
    }
    String pos = s.token(token).pos();
    // (an adjective only: the performer path looks a frame up, and runs for every cue near a subject; any other cue
    // under the performed noun fails the owner test below, as the performer's governor is a verb, no venture noun)
    if ("ADJ".equals(pos) && base(tree.relation(token)).equals("amod") && tree.head(token) >= 0
        && tree.head(token) == performedVenture(head, rules)) {
      return true;
    }
    // ownerRelation: the mention head's relation as attribution reads it ("nmod" for a genitive name the parser made
    // an apposition, possessorAfterNoun)
    boolean owner = base(ownerRelation).equals("nmod")
        || base(ownerRelation).equals("det") && "det:poss".equals(tree.relation(head));
    int noun = tree.head(head);
    if (!owner || noun < 0 || noun == token || !ventureNoun(noun, rules)) {
      return false;
    }
    if (!ownerAttachment(head) || underHolderVerb(noun, rules)) {
      // (not "Merz warnt vor imperialistischen Plänen Putins": the warner's judgement; since 2026-12-07)
      return false;
    }
    String nounRel = tree.relation(noun) == null ? "" : tree.relation(noun);
    if (tree.head(token) == noun) {
      return base(tree.relation(token)).equals("amod") && ("ADJ".equals(pos) || "VERB".equals(pos));
    }
    if (tree.head(noun) != token || !nounRel.equals("nsubj")) {
      return false;
    }
    // a small clause under another verb is that verb's subject's judgement, not the outlet's: "Ein Historiker
    // nannte Gunnlaugssons Verhalten absurd" (the parser hangs "Verhalten" under "absurd", "absurd" under "nannte")
    int governor = tree.head(token);
    if (governor >= 0 && ("VERB".equals(s.token(governor).pos()) || "AUX".equals(s.token(governor).pos()))
        && COMPLEMENT_RELATIONS.contains(base(tree.relation(token)))) {
      return false;
    }
    if ("ADJ".equals(pos)) {
      return true;
    }
    if (!"VERB".equals(pos)) {
      return false;
    }
    for (int c : tree.children(token)) {
      String cr = base(tree.relation(c));
      if (cr.equals("obj") || cr.equals("iobj") || cr.equals("ccomp") || cr.equals("xcomp")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the cue is the actor's own scandal (de/scandal-nouns.tsv: "Affäre", "Abgasskandal", by the end of the
   * noun's WordNormalizer key): the actor is the noun's genitive or possessor, directly ("die Spendenaffäre der CDU",
   * "Bablers Affäre", "seiner Gehaltsaffäre", "die Affäre von X"; not "der Skandal um X"), or an organisation's or
   * party's name the noun follows after a hyphen the tokenizer split off ("Volkswagen - Abgasaffäre", which the parser
   * hangs under the name as flat). A person's or country's name before a hyphen often names the victim or the place
   * ("Skripal-Affäre", "Ukraine-Affäre") and does not count.
   */
  private boolean ownScandal(int token, Target t, int head, CueRelations rules) {
    if (!s.parsed() || !"de".equals(rules.language()) || head < 0 || !s.token(token).isCommonNoun()
        || !Endings.endsWithAny(germanKey(token), words.scandalNouns())) {
      return false;
    }
    Mention m = mentions.get(t.mention());
    if (tree.head(token) == head && "flat".equals(base(tree.relation(token)))) {
      return token == m.endToken() + 1 && "-".equals(s.token(m.endToken()).word())
          && ("organisation".equals(m.actorType()) || "party".equals(m.actorType()));
    }
    return ownedDirectly(token, t, head);
  }

  /**
   * Whether the actor ({@code head} for target {@code t}) is the genitive or possessor of the noun {@code token},
   * attached to it directly and not after another preposition than an owner's ({@link #ownerAttachment}): "die
   * Spendenaffäre der CDU", "seiner Gehaltsaffäre", "Trumps Lügen", "die Affäre von X"; not "der Skandal um X".
   */
  private boolean ownedDirectly(int token, Target t, int head) {
    if (tree.head(head) != token) {
      return false;
    }
    String relation = ownerRelation(t, head);
    boolean owner = base(relation).equals("nmod") || relation.endsWith(":poss");
    return owner && ownerAttachment(head);
  }

  /**
   * Whether the cue is a noun judging the actor's own conduct (de/conduct-nouns.tsv: "Lüge", "Propaganda",
   * "Manipulation", "Arroganz"; en/conduct-nouns.tsv: "lie", "propaganda", "incompetence"; each a polar lexicon noun,
   * so the list only says the lexicon's polarity counts in full) with the actor as its genitive or possessor, attached
   * directly ("Trumps Lügen", "die Manipulationen der GfK", "seine Drohgebärden", "die Propaganda von X", "Trump's
   * lies", "the incompetence of the government"; not after another preposition: "die Hetze gegen X" is what X
   * suffers). The list holds nouns whose genitive is the doer; nouns of an act whose genitive is as often its victim
   * ("die Unterdrückung der Uiguren", "die Erpressung Deutschlands") are left out.
   */
  private boolean ownConduct(int token, Target t, int head, CueRelations rules) {
    boolean german = "de".equals(rules.language());
    if (!s.parsed() || !(german || "en".equals(rules.language())) || head < 0 || !s.token(token).isCommonNoun()
        || !conductNoun(key(token, rules.language()))) {
      return false;
    }
    return ownedDirectly(token, t, head) && !(german && bareName(token, head, mentions.get(t.mention())))
        && !underHolderVerb(token, rules);
  }

  /**
   * Whether the first verb above a noun is one whose frame makes its subject the holder (verb-frames.tsv: vorwerfen,
   * kritisieren, sehen), the noun in its object or another complement, not its subject: the noun is what that
   * subject charges or sees ("werfen ihr Heuchelei vor", "sieht darin einen Beleg für die Skrupellosigkeit Putins",
   * "warnt vor den imperialistischen Plänen Putins"), the subject's judgement, not the outlet's; not a phrase of the
   * circumstance after a preposition of cause ("angesichts", "wegen").
   */
  private boolean underHolderVerb(int token, CueRelations rules) {
    int below = token;
    int verb = tree.head(token);
    for (int steps = 0; verb >= 0 && steps < s.size() && !"VERB".equals(s.token(verb).pos()); steps++) {
      below = verb;
      verb = tree.head(verb);
    }
    if (verb < 0 || !"VERB".equals(s.token(verb).pos()) || base(tree.relation(below)).startsWith("nsubj")) {
      return false; // the noun phrase is the verb's subject ("Trump's lies are well known"), not what it charges
    }
    String prep = casePreposition(below);
    if (prep != null && words.causePrepositions().contains(prep)) {
      return false; // a circumstance of the saying, not what is said ("sprach angesichts der gescheiterten Bewerbung
      // Deutschlands von einer Niederlage"; de/cause-prepositions.tsv; since 2026-12-07)
    }
    CueRelations.Frame frame = rules.frame(verbForm(verb));
    return frame != null && frame.subject() == CueRelations.Role.HOLDER;
  }

  /**
   * Whether a name the parser hangs under a noun as its genitive shows no mark of one: no preposition, no article
   * before it, and not in the genitive form ("Putins", "des Kremls", "von Putin" are marked; in "Er wirft Putin Terror
   * gegen die Zivilbevölkerung vor" the dative "Putin" is parsed as the owner of "Terror"). Only a name itself
   * ({@code head} its head) is checked: a title noun it relates through has its own article, a pronoun its own form.
   */
  private boolean bareName(int noun, int head, Mention m) {
    if (!writtenName(m) || head != m.headToken() || casePreposition(head) != null) {
      return false;
    }
    int before = m.startToken() - 1;
    if (before >= 0 && before != noun && "DET".equals(s.token(before).pos())) {
      return false;
    }
    int after = m.endToken();
    boolean apostrophe = after < s.size() && ("'".equals(s.token(after).word()) || "’".equals(s.token(after).word()));
    return !apostrophe && !slant.lang.GermanGenitive.isGenitiveOfName(s.token(m.endToken() - 1).word(), m.actorName());
  }

  /**
   * Whether a WordNormalizer key is a conduct noun of de/conduct-nouns.tsv: it ends with an entry ("wahlbetrug" with
   * "betrug"), or equals an entry written with a leading "=" (short keys that end many other words: "=mut", not
   * "armut").
   */
  private boolean conductNoun(String key) {
    for (String e : words.conductNouns()) {
      if (e.startsWith("=") ? key.equals(e.substring(1)) : key.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The relation of {@code head} (the mention head, or the noun it relates through) to its governor as attribution
   * reads it, lower case, "dep" when the parse has none: "nmod" for a genitive name the parser made an apposition
   * ("die Blockade Ungarns/appos", {@link #possessorAfterNoun}), else the parser's.
   */
  private String ownerRelation(Target t, int head) {
    Mention m = mentions.get(t.mention());
    if (head == m.headToken() && possessorAfterNoun(m)) {
      return "nmod";
    }
    return tree.relation(head) == null ? "dep" : tree.relation(head).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the token is the agent of an event passive, the doer of its verb's act ("Merkel wurde von Putin getäuscht",
   * "der von Ungarn blockierte Kredit"): the parser's {@code obl:agent} under a verb with an event-passive auxiliary
   * (event-passive-auxiliaries.tsv; not the active perfect, "hat … zerstört", whose "nach Angaben von X" the parser may
   * label so), marked by an agent preposition (agent-prepositions.tsv), not right after a statement noun ("nach
   * Angaben von Gouverneur Kiper wurden zwei Menschen getötet": the source; statement-nouns.tsv). A participle before
   * its noun ("der von Ungarn blockierte Kredit") is a passive without an auxiliary.
   */
  boolean passiveAgent(int token) {
    if (!s.parsed() || !"obl:agent".equals(tree.relation(token)) || tree.head(token) < 0) {
      return false;
    }
    int verb = tree.head(token);
    String verbRelation = base(tree.relation(verb));
    boolean eventPassive = verbRelation.equals("amod") || verbRelation.equals("acl") // a participle before its noun
        || hasAuxiliary(verb, words.eventPassiveAuxiliaries(), false);
    for (int c : tree.children(token)) {
      if ("case".equals(tree.relation(c))) {
        String prep = s.token(c).word().toLowerCase(Locale.ROOT);
        boolean afterStatement = c > 0
            && words.statementNouns().contains(s.token(c - 1).word().toLowerCase(Locale.ROOT));
        return eventPassive && words.agentPrepositions().contains(prep) && !afterStatement;
      }
    }
    return false;
  }

  /** Whether the mention head is the active (not passive) subject of its governor. */
  private boolean activeSubject(int head) {
    String hr = tree.relation(head) == null ? "" : tree.relation(head).toLowerCase(Locale.ROOT);
    return hr.startsWith("nsubj") && !hr.equals("nsubj:pass") && !hr.equals("nsubjpass");
  }

  /**
   * How a target relates to a cue: its rule without its {@code conjunct:} prefixes ({@code conjuncts}), and the head
   * it relates through. A later conjunct relates to a cue as the coordination (its first conjunct) does. A name in
   * apposition to a noun the cue governs relates as that noun does ("Ukrainischer Politiker/nsubj Parubij/appos
   * getötet" is {@code predicate:nsubj}); a noun the name is in apposition to is itself the cue ("Machthaber Kim"):
   * {@code predicate:appos}. Until 2026-12-05 any cue above an apposed name was read as its title.
   */
  private record Related(String conjuncts, String rule, int head) {}

  private Related related(Target t, int token) {
    String rule = t.rule();
    int head = mentions.get(t.mention()).headToken();
    while (rule.startsWith("conjunct:")) {
      rule = rule.substring("conjunct:".length());
      int k = idx.indexOf(t.mention());
      if (k >= 0 && coordinationHead[k] >= 0) {
        head = mentions.get(idx.get(coordinationHead[k])).headToken();
      }
    }
    String conjuncts = t.rule().substring(0, t.rule().length() - rule.length());
    while ((rule.equals("predicate:appos") || rule.equals("predicate:flat")) && tree.head(head) >= 0
        && tree.head(head) != token && !possessorAfterNoun(mentions.get(t.mention()))) {
      head = tree.head(head);
      rule = "predicate:" + base(tree.relation(head));
    }
    return new Related(conjuncts, rule, head);
  }

  /** Whether the cue is an adjective of a class noun the actor is an apposition, name part or "wie"-example of. */
  private boolean isClassLabel(int token, int head) {
    String hr = tree.relation(head) == null ? "" : tree.relation(head).toLowerCase(Locale.ROOT);
    return tree.head(head) >= 0 && tree.head(token) == tree.head(head) && base(tree.relation(token)).equals("amod")
        && (hr.equals("appos") || hr.equals("flat") || base(hr).equals("nmod") && words.classOf().contains(
            String.valueOf(casePreposition(head))));
  }

  /**
   * Without a parse only the epithet pattern is trusted: adjectives and nouns right before the mention, at most two
   * words away with nothing but adjectives and nouns between ("der brutale Diktator Putin"); everything else in an
   * unparsed sentence (longer than nlp.max_sentence_tokens) is tone only.
   */
  private boolean prenominalEpithet(int token, Mention m, CueRelations rules, String cueForm, String cueLemma) {
    if (token >= m.startToken() || m.startToken() - token > 3 || rules.is(cueForm, CueRelations.WordClass.TOPIC)
        || cueLemma != null && rules.is(cueLemma, CueRelations.WordClass.TOPIC, false)) {
      return false;
    }
    for (int i = token; i < m.startToken(); i++) {
      String pos = s.token(i).pos();
      if (!"ADJ".equals(pos) && !"NOUN".equals(pos) && !"PROPN".equals(pos)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Without a parse, the noun an anaphor mention stands for and the adjectives between its first word and that noun
   * ("die beiden Populisten", "die beiden umstrittenen Politiker": PairEpithets, the mention over "beiden", its head
   * the noun): the outlet's description of the actors, as the parse's rule {@code label} reads it. Until 2026-12-07
   * such a sentence without a name of its own, left unparsed, gave the noun as context only. Not a topic word.
   */
  private boolean anaphorNoun(int token, Mention m, CueRelations rules, String cueForm, String cueLemma) {
    if (m.kind() != slant.model.MentionKind.ANAPHOR || token < m.startToken() || token > m.headToken()
        || rules.is(cueForm, CueRelations.WordClass.TOPIC)
        || cueLemma != null && rules.is(cueLemma, CueRelations.WordClass.TOPIC, false)) {
      return false;
    }
    for (int i = m.endToken(); i < m.headToken(); i++) {
      if (!"ADJ".equals(s.token(i).pos())) {
        return false;
      }
    }
    return token == m.headToken() || "ADJ".equals(s.token(token).pos());
  }

  /**
   * The relation of a noun the parse puts before the actor's name like a title (rule {@code label}, or the name its
   * {@code appos}/{@code flat}): a title labels the actor (evaluation; topic for a topic word), unless the name is
   * really the noun's genitive, as in headlines: an act before a person's name is done to the person ("Kreml
   * bestreitet Vergiftung Nawalnys"; a country's genitive may be the agent, "Invasion Russlands"); a noun of a stance,
   * speech or feeling is what the actor says or feels ("Scharfe Kritik Chinas an …", "Warnung Moskaus").
   */
  private CueRelations.Relation nounBeforeName(Target t, String pos, boolean eventWord, boolean holderNoun,
      boolean topic) {
    if (eventWord && "NOUN".equals(pos) && "person".equals(mentions.get(t.mention()).actorType())) {
      return CueRelations.Relation.AFFECTED;
    }
    if (holderNoun) {
      return CueRelations.Relation.HOLDER;
    }
    return topic ? CueRelations.Relation.TOPIC : CueRelations.Relation.EVALUATION;
  }

  private static CueRelations.Relation subjectRelation(CueRelations.Frame frame) {
    if (frame == null) {
      return CueRelations.Relation.CONTEXT;
    }
    return switch (frame.subject()) {
      case POS, NEG -> CueRelations.Relation.EVALUATION;
      case HOLDER -> CueRelations.Relation.HOLDER;
      default -> CueRelations.Relation.CONTEXT;
    };
  }

  /** The actor as the object (or passive subject) of the cue verb: another's stance toward it, or what befalls it. */
  private static CueRelations.Relation objectRelation(CueRelations.Frame frame, String pos, boolean direct) {
    if (!direct) {
      return CueRelations.Relation.CONTEXT;
    }
    if (frame == null) {
      return "VERB".equals(pos) ? CueRelations.Relation.AFFECTED : CueRelations.Relation.CONTEXT;
    }
    return switch (frame.object()) {
      case POS, NEG -> CueRelations.Relation.STANCE;
      case AFFECTED -> CueRelations.Relation.AFFECTED;
      default -> CueRelations.Relation.CONTEXT;
    };
  }

  /**
   * A participle in an event passive ("X wurde kritisiert", "X was attacked"): its subject is the one the act is done
   * to. A state passive with "sein" ("Russland ist international geächtet") is not: it says what the actor is, like an
   * adjective ("ist isoliert", "ist umstritten"). Nor is a copula: "X was corrupt", "X wurde immer unbeliebter" say
   * what X was or became (until 2026-12-06 an English past-tense copula, "was", read as the passive's auxiliary and
   * made "Obama was corrupt" context while "Obama is corrupt" was an evaluation).
   */
  private boolean eventPassive(int token) {
    return ("VERB".equals(s.token(token).pos()) || "ADJ".equals(s.token(token).pos()))
        && hasAuxiliary(token, words.eventPassiveAuxiliaries(), false);
  }

  /** Whether a verb cue is a state predicate ("ist geächtet", "gilt als isoliert"): said of, not done by, the actor. */
  public boolean isStatePredicate(int token) {
    if (!s.parsed()) {
      return false;
    }
    int aux = tree.head(token);
    // the parser's perfect with "sein" as head ("… ist gescheitert"): as with "ist" below the participle
    return hasStateAux(token) || aux >= 0 && "xcomp".equals(base(tree.relation(token)))
        && words.stateAuxiliaries().contains(s.token(aux).word().toLowerCase(Locale.ROOT))
        && words.perfectAuxiliaries().contains(s.token(aux).word().toLowerCase(Locale.ROOT));
  }

  /** Whether the participle's auxiliary is a form of "sein" (state passive: "ist geächtet"). */
  private boolean hasStateAux(int token) {
    return hasAuxiliary(token, words.stateAuxiliaries());
  }

  /** Whether {@code token} has an auxiliary or copula dependent among {@code forms} (lower case). */
  private boolean hasAuxiliary(int token, Set<String> forms) {
    return hasAuxiliary(token, forms, true);
  }

  /** Whether {@code token} has an auxiliary (or, with {@code copula}, a copula) dependent among {@code forms}. */
  private boolean hasAuxiliary(int token, Set<String> forms, boolean copula) {
    for (int i : tree.children(token)) {
      String r = tree.relation(i) == null ? "" : tree.relation(i).toLowerCase(Locale.ROOT);
      if ((r.startsWith("aux") || copula && r.equals("cop"))
          && forms.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }



  /** The preposition ({@code case} dependent) of a token, lower case, or null. */
  private String casePreposition(int token) {
    return casePreposition(s, token);
  }

  /** The preposition ({@code case} dependent) of a token of a parsed sentence, lower case, or null. */
  static String casePreposition(Sentence s, int token) {
    int c = caseToken(s, token);
    return c < 0 ? null : s.token(c).word().toLowerCase(Locale.ROOT);
  }

  /** The first {@code case} dependent of a token of a parsed sentence, or -1. */
  private static int caseToken(Sentence s, int token) {
    DependencyTree t = s.tree();
    for (int i : t.children(token)) {
      if ("case".equals(base(t.relation(i)))) {
        return i;
      }
    }
    return -1;
  }


  /** A verb's form with its separated particle joined back, as the lexicon looks it up ("teilte … mit": mitteilte). */
  String verbForm(int verb) {
    return SentimentScorer.lookupForm(s, verb);
  }


  private static String base(String rel) {
    if (rel == null) {
      return "dep";
    }
    int i = rel.indexOf(':');
    return (i < 0 ? rel : rel.substring(0, i)).toLowerCase(Locale.ROOT);
  }

  private static int[] linearDistances(Sentence s, Mention m) {
    int[] d = new int[s.size()];
    for (int t = 0; t < s.size(); t++) {
      d[t] = t < m.startToken() ? m.startToken() - t : t >= m.endToken() ? t - m.endToken() + 1 : 0;
    }
    return d;
  }
}
