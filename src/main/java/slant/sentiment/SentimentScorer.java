package slant.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import slant.lang.Endings;
import slant.lang.QuoteMarks;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Target-dependent sentiment: each lexicon cue in a sentence counts toward the mention(s) it is about
 * ({@link CueAttribution}), so that in "Putin empfing Kim, den brutalen Diktator" the cues reach Kim and not Putin.
 *
 * <p>A cue's weight: the lexicon weight of the word (lemma, or compound part: {@link Lexicon#lookup}; a separated
 * verb particle is joined back: "bahnt … an"); intensifier/diminisher dependents multiply it ("sehr brutal"); a
 * negator dependent ("nicht", "kein", "nie", "ohne", "weder") flips it and damps it by {@link #NEGATION}; after a
 * contrast word ("aber", "jedoch") it counts {@link #AFTER_CONTRAST}×, inside a concessive ("zwar …") part
 * {@link #CONCESSIVE}×; a positive word in scare quotes (die „Freunde“, der "Friedensplan": one to three quoted words
 * without a verb, not introduced by a colon) reads as irony, flipped and damped by {@link #SCARE_QUOTES} — a negative
 * word in quotes stays as it is, since it is usually the source's own label („Augenwischerei“); then the attribution's
 * distance decay. The mention's sentiment is tanh of its cue sum, so it lies in (-1, 1).
 */
public final class SentimentScorer implements Serializable {

  static final double NEGATION = 0.8;
  static final double AFTER_CONTRAST = 1.2;
  static final double CONCESSIVE = 0.6;
  static final double SCARE_QUOTES = 0.5;
  static final int SCARE_QUOTE_MAX_WORDS = 3;

  private final Lexicon lexicon;
  private final int maxDistance;
  private final CueRelations relations;
  private final CueAttribution.Words words;
  /** Words after which a negator is "not only" ({@code de/not-only-words.tsv}, {@code en/not-only-words.tsv}). */
  private final java.util.Set<String> notOnlyWords;
  /** The present of "können" and "can": before a predicate they characterise (capacity-auxiliaries.tsv). */
  private final java.util.Set<String> capacityAuxiliaries;
  /** The Konjunktiv II of "sein" as a copula: a predicate supposed, not said (de/counterfactual-copulas.tsv). */
  private final java.util.Set<String> counterfactualCopulas;

  /** A scorer without relation rules: every cue's relation is decided by the attribution alone (no verb frames). */
  /** A scorer without verb frames and relation lists, with the bundled rule lists (tests, lexicon baselines). */
  public SentimentScorer(Lexicon lexicon, int maxDistance) {
    this(lexicon, maxDistance, CueRelations.empty(lexicon.language()), Rules.bundled());
  }

  /** A scorer with the bundled rule lists (tests, the holder evaluation). */
  public SentimentScorer(Lexicon lexicon, int maxDistance, CueRelations relations) {
    this(lexicon, maxDistance, relations, Rules.bundled());
  }

  /**
   * @param rules the rule files whose word lists the cue attribution reads ({@link CueAttribution.Words}); the
   *     job passes those of {@code sentiment.rules_dir}
   */
  public SentimentScorer(Lexicon lexicon, int maxDistance, CueRelations relations, Rules rules) {
    this.lexicon = lexicon;
    this.maxDistance = maxDistance;
    this.relations = relations;
    this.words = CueAttribution.Words.of(rules);
    this.notOnlyWords = rules.words("de/not-only-words.tsv", "en/not-only-words.tsv");
    this.capacityAuxiliaries = rules.words("capacity-auxiliaries.tsv");
    this.counterfactualCopulas = rules.words("de/counterfactual-copulas.tsv");
  }

  /**
   * Whether the token is a negator that negates: not one right before a word of {@code not-only-words.tsv}, the first
   * half of "nicht nur …, sondern auch" (since 2026-12-07; before, "hat nicht nur die Ukraine überfallen" flipped the
   * act into praise).
   */
  private boolean negating(Sentence s, int token) {
    Lexicon.Modifier mod = lexicon.modifier(s.token(token).word());
    return mod != null && mod.type() == Lexicon.ModifierType.NEGATOR && !(token + 1 < s.size()
        && notOnlyWords.contains(s.token(token + 1).word().toLowerCase(Locale.ROOT)));
  }

  /** Whether the token comes right after an indefinite article ("ein wenig", "a little"). */
  private boolean afterIndefiniteArticle(Sentence s, int token) {
    return token > 0 && words.indefiniteArticles().contains(s.token(token - 1).word().toLowerCase(Locale.ROOT));
  }

  /** The word lists the cue attribution reads. */
  public CueAttribution.Words attributionWords() {
    return words;
  }

  /** The verb frames and word classes the cue relations read. */
  public CueRelations relations() {
    return relations;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Cues per mention, in the order of {@code mentions}; mentions must all belong to {@code doc}. */
  public List<List<Cue>> score(AnnotatedDoc doc, List<Mention> mentions) {
    List<List<Cue>> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      out.add(new ArrayList<>());
    }
    for (Sentence s : doc.sentences()) {
      List<Integer> inSentence = new ArrayList<>();
      for (int i = 0; i < mentions.size(); i++) {
        if (mentions.get(i).sentence() == s.index()) {
          inSentence.add(i);
        }
      }
      if (!inSentence.isEmpty()) {
        scoreSentence(doc, s, mentions, inSentence, out);
      }
    }
    return out;
  }

  /**
   * A cue word before attribution.
   *
   * @param form the word its relation rules look up (a separated particle joined back: "anbiedert")
   * @param lemma the lexicon entry it matched (a compound's evaluative part)
   */
  record RawCue(int token, String text, double weight, boolean negated, String form, String lemma, String match,
      String entryPos, double lexiconWeight) {}

  /** The tokens of a sentence that are lexicon cues ({@link #cues}), before attribution. */
  public java.util.Set<Integer> cueTokens(Sentence s) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    for (RawCue c : cues(s)) {
      out.add(c.token());
    }
    return out;
  }

  /** The lexicon cues of a sentence with modifiers applied. Modifier words themselves are never cues. */
  List<RawCue> cues(Sentence s) {
    List<RawCue> raw = new ArrayList<>();
    DependencyTree tree = s.parsed() ? s.tree() : null;
    int contrastAt = -1;
    int concessiveAt = -1;
    for (int t = 0; t < s.size(); t++) {
      Lexicon.Modifier m = lexicon.modifier(s.token(t).word());
      if (m != null && m.type() == Lexicon.ModifierType.CONTRAST && contrastAt < 0 && t > 0) {
        contrastAt = t;
      }
      if (m != null && m.type() == Lexicon.ModifierType.CONCESSIVE && concessiveAt < 0) {
        concessiveAt = t;
      }
    }
    boolean[] scare = scareQuoted(s);
    for (int t = 0; t < s.size(); t++) {
      Token tok = s.token(t);
      if (lexicon.modifier(tok.word()) != null || !isContentWord(tok) || QuoteMarks.DOUBLE.contains(tok.word())
          || isPartOfName(tok)) {
        continue;
      }
      if (tree != null && "compound:prt".equals(tree.relation(t))) {
        continue; // a verb's particle is read with its verb ("redet … schön": schönreden), not as a word of its own
      }
      String form = tree == null ? tok.word() : lookupForm(s, t);
      // a participle before a noun is an adjective there: the lexicon's adjective entry ("verurteilt": convicted)
      // comes before the verb's ("verurteilen": condemn)
      boolean attribute = tree != null && "amod".equals(tree.relation(t)) && "VERB".equals(tok.pos());
      // a lower-case word the tagger called a name inside an NER span ("der rechtspopulistischen/PROPN Partei
      // Lider") is an adjective
      boolean lowerCaseName = "PROPN".equals(tok.pos()) && !form.isEmpty() && Character.isLowerCase(form.charAt(0));
      Lexicon.Hit hit = lexicon.lookup(form, attribute || lowerCaseName ? "ADJ" : tok.pos());
      if (hit == null && "PROPN".equals(tok.pos())) {
        hit = groupCompound(form);
      }
      if (hit == null || surnameLikeWord(s, t, hit)) {
        continue;
      }
      double w = hit.weight();
      StringBuilder text = new StringBuilder();
      boolean negated = false;
      List<Integer> mods = tree != null ? tree.children(t) : windowBefore(s, t);
      for (int c : mods) {
        Lexicon.Modifier m = lexicon.modifier(s.token(c).word());
        if (m == null) {
          continue;
        }
        switch (m.type()) {
          case INTENSIFIER, DIMINISHER -> {
            w *= m.value();
            text.append(s.token(c).word()).append(' ');
          }
          case NEGATOR -> {
            if (negating(s, c)) {
              negated = !negated;
              text.append(s.token(c).word()).append(' ');
            }
          }
          case LITOTES -> {
            // "wenig überzeugend", "kaum hilfreich": a positive word denied; "kaum Kritik", "ein wenig ungeschickt":
            // weakened (Lexicon.ModifierType.LITOTES)
            if (hit.weight() > 0 && !afterIndefiniteArticle(s, c)) {
              negated = !negated;
            } else {
              w *= m.value();
            }
            text.append(s.token(c).word()).append(' ');
          }
          default -> { }
        }
      }
      if (negated) {
        w = -NEGATION * w;
      }
      if (contrastAt >= 0 && t > contrastAt) {
        w *= AFTER_CONTRAST;
      } else if (concessiveAt >= 0 && t > concessiveAt && (contrastAt < 0 || t < contrastAt)) {
        w *= CONCESSIVE;
      }
      if (scare[t] && w > 0) {
        w = -SCARE_QUOTES * w;
        text.append('"').append(tok.word()).append('"');
      } else {
        text.append(tok.word());
      }
      raw.add(new RawCue(t, text.toString(), bounded(w), negated, form, hit.entry().lemma(), hit.match(),
          hit.entry().pos(), hit.weight()));
    }
    return raw;
  }

  /**
   * A compound naming a group by its head that the tagger called a proper noun as part of the group's name ("von der
   * Islamistengruppe/PROPN Ansar Dine"): the lexicon splits only common nouns, so it is looked up as one, and counts
   * only when its head names a group (data/rules/group-heads.tsv); any other proper noun stays unsplit ("Kirchschläger"
   * is no "Schläger").
   */
  private Lexicon.Hit groupCompound(String form) {
    Lexicon.Hit hit = lexicon.lookup(form, "NOUN");
    return hit != null && !hit.match().equals("lemma") && words.namesGroup(form, hit.entry().lemma()) ? hit : null;
  }

  /**
   * Tokens inside scare quotes: a pair of quotation marks in the sentence enclosing one to
   * {@link #SCARE_QUOTE_MAX_WORDS} words, none of them a verb (a quoted clause is speech, not irony), the opening mark
   * not right after a colon (speech introduced: „…“).
   */
  static boolean[] scareQuoted(Sentence s) {
    boolean[] out = new boolean[s.size()];
    int open = -1;
    for (int t = 0; t < s.size(); t++) {
      if (!QuoteMarks.DOUBLE.contains(s.token(t).word())) {
        continue;
      }
      if (open < 0) {
        open = t;
        continue;
      }
      int words = t - open - 1;
      boolean clause = false;
      for (int i = open + 1; i < t; i++) {
        String pos = s.token(i).pos();
        clause |= "VERB".equals(pos) || "AUX".equals(pos);
      }
      boolean afterColon = open > 0 && s.token(open - 1).word().equals(":");
      if (words >= 1 && words <= SCARE_QUOTE_MAX_WORDS && !clause && !afterColon) {
        for (int i = open + 1; i < t; i++) {
          out[i] = true;
        }
      }
      open = -1;
    }
    return out;
  }

  private static final java.util.Set<String> CONTENT_POS = java.util.Set.of("NOUN", "VERB", "ADJ", "ADV", "PROPN", "X");

  /**
   * A capitalised proper noun that NER tagged as a person or place is a name, not a word of the lexicon: "Los" in
   * "Los Angeles" is no "Loser", "Kirchschläger" no "Schläger". Organisation spans are left to the lexicon: group
   * nouns the tagger calls names ("Terrormiliz/PROPN IS") evaluate ({@link #groupCompound}).
   */
  private static boolean isPartOfName(Token t) {
    return "PROPN".equals(t.pos()) && ("PERSON".equals(t.ner()) || "LOCATION".equals(t.ner()))
        && !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
  }

  /**
   * A German name written like an adjective, adverb or verb ("Francis Lustig", "Lustig und Mantler", "Anna Fröhlich"):
   * a capitalised token the tagger calls a proper noun or an adverb, right after a word (not opening the sentence, a
   * quotation or a heading's clause: "Selenskyj: „Zynischer Angriff“") that is no article, adjective, numeral or
   * pronoun (an adjective used as a noun: "Bromance der Bösen"), whose lexicon entry is no noun. German writes
   * those words in lower case there, so the capital marks a name, whatever NER says ({@link #isPartOfName} needs its
   * person or place tag). Until 2026-12-05 "Lustig" was "lustig" (funny) wherever it stood.
   */
  private boolean surnameLikeWord(Sentence s, int t, Lexicon.Hit hit) {
    String w = s.token(t).word();
    String pos = s.token(t).pos();
    return "de".equals(lexicon.language()) && t > 0 && ("PROPN".equals(pos) || "ADV".equals(pos)) && !w.isEmpty()
        && Character.isUpperCase(w.codePointAt(0)) && !"NOUN".equals(hit.entry().pos())
        && Character.isLetterOrDigit(s.token(t - 1).word().codePointAt(0))
        && !NOMINALISING.contains(s.token(t - 1).pos());
  }

  /** Parts of speech before an adjective used as a noun ("der Bösen", "die beiden Radikalen"): no name follows. */
  private static final java.util.Set<String> NOMINALISING = java.util.Set.of("DET", "ADJ", "NUM", "PRON");

  /** Function words (determiners, pronouns, auxiliaries, adpositions, …) are never cues. */
  private static boolean isContentWord(Token t) {
    return t.pos() == null || CONTENT_POS.contains(t.pos());
  }

  /**
   * The form a token is looked up by: a particle verb is its own lexeme, so a separated particle ("an" in "bahnt sich
   * … an", "mit" in "teilte … mit") is joined back in front of the lower-cased verb ("anbahnt", "mitteilte", not
   * "teilte"); any other token is looked up as written (always so in an unparsed sentence, which has no edges).
   */
  static String lookupForm(Sentence s, int t) {
    for (int c : s.tree().children(t)) {
      if ("compound:prt".equals(s.tree().relation(c))) {
        return s.token(c).word().toLowerCase(Locale.ROOT) + s.token(t).word().toLowerCase(Locale.ROOT);
      }
    }
    return s.token(t).word();
  }

  private static List<Integer> windowBefore(Sentence s, int t) {
    List<Integer> out = new ArrayList<>();
    for (int i = Math.max(0, t - 3); i < t; i++) {
      out.add(i);
    }
    return out;
  }

  private void scoreSentence(AnnotatedDoc doc, Sentence s, List<Mention> mentions, List<Integer> idx,
      List<List<Cue>> out) {
    List<RawCue> raw = cues(s);
    CueAttribution attribution = new CueAttribution(s, mentions, idx, maxDistance, words);
    for (RawCue c : raw) {
      boolean verbPredicate = isVerb(s, c.token()) && !attribution.isStatePredicate(c.token());
      for (CueAttribution.Target t : attribution.targets(c.token())) {
        // a compound coloured only by a modifier part ("Kriegsgebiet", and the false split "Re|gier|ung") names a
        // thing near something bad, it evaluates nobody: tone only
        // (unless the compound names a group by its head: "Jihadistengruppe" says what the group is)
        CueRelations.Relation related = c.match().equals("compound-part") && !words.namesGroup(c.form(), c.lemma())
            ? CueRelations.Relation.CONTEXT : attribution.relation(c.token(), c.form(), c.lemma(),
            "VERB".equals(c.entryPos()), t, relations);
        String relation = related.code();
        String rule = attribution.cueRule(c.token(), t, related, relations);
        // a cue the refined rule finds said of the actor itself (its perfect participle, the manner of its act, its
        // class) is not distant from it, whatever the parse's path length
        double decay = rule.equals(t.rule()) ? t.decay() : 1.0;
        double reliability = reliability(rule, verbPredicate);
        if (reliability < 1.0 && verbPredicate && Cue.EVALUATION.equals(relation)
            && withoutConjunct(rule).equals("predicate:nsubj")) {
          if (judgedConduct(s, c.token(), c.lemma(), mentions.get(t.mention()))) {
            reliability = 1.0;
          } else {
            relation = actRelation(s, c.token());
          }
        }
        String bareRule = withoutConjunct(rule);
        boolean unstated = bareRule.equals("predicate:nsubj") && !verbPredicate && !predicateStated(s, c.token())
            || bareRule.equals("clause:attribute") && !attributeStated(s, c.token());
        if (Cue.EVALUATION.equals(relation) && unstated) {
          // "Ist Donald Trump ein Faschist?", "Merz soll korrupt sein": a predicate asked about, reported or supposed,
          // not said of the actor, as such an act is none the outlet narrates (actRelation): tone only (since
          // 2026-12-07); the adjective of a predicate noun likewise ("Merz soll ein schlechter Kanzler sein", "Scholz
          // wäre ein schlechter Kanzler"; since 2026-12-08)
          relation = CueRelations.Relation.CONTEXT.code();
        }
        out.get(t.mention()).add(new Cue(c.text(), round(narratedOutcomeWeight(c, rule, relation) * decay), rule,
            c.token(), relation, reliability));
      }
    }
    if (s.parsed()) {
      addFrameCues(s, mentions, idx, attribution, out);
    }
    for (int k : idx) {
      if (attribution.memberTitleOfName(mentions.get(k), relations)) {
        // "der umstrittene Republikaner Matt Gaetz", "nach dem Wahlsieg des Demokraten Zohran Mamdani": the party's
        // name for a member is the person's title; what the phrase says is said of the person, tone only for the
        // party (since 2026-12-07)
        out.set(k, new ArrayList<>(out.get(k).stream().map(c -> new Cue(c.text(), c.weight(), c.rule(), c.token(),
            CueRelations.Relation.CONTEXT.code(), c.reliability())).toList()));
      }
    }
  }

  /**
   * A narrated success by noun, a praise epithet that evaluates the actor ({@link #praiseEpithet}), or a noun of
   * praised conduct with the actor as its owner ({@code predicate:conduct}, positive: "den Fleiß Schickhofers",
   * "Selenskyjs Mut"; since 2026-12-07) weighs as a success idiom does ({@code data/rules/de/outcome-idioms.tsv},
   * +1.0: one is a positive label): "der wachsende Erfolg der AfD", "Magyars Wahlsieg", "die renommierte UCLA" count
   * like "Fischer gewann die Wahl". Praise of a venture ({@code predicate:venture}: "Hagel's exemplary record") keeps
   * its lexicon weight: weighed as a success, it turned one English dev actor positive that is negative in the gold,
   * and changed no German dev actor (tried 2026-12-07).
   * Before (until 2026-12-06) such a noun kept its lexicon weight (0.6–0.9), below the positive label's evidence
   * ({@link slant.analysis.ArticleAnalyzer#POSITIVE_FACTOR}), while a failure noun ("die Niederlage der SPD", −0.6)
   * made the actor negative alone. The word's modifiers keep their share: the lexicon weight is rescaled, so
   * "kein Erfolg der AfD" flips and damps as before. Other cues keep their weight.
   */
  double narratedOutcomeWeight(RawCue c, String rule, String relation) {
    if ((rule.endsWith("predicate:outcome") || rule.endsWith("predicate:conduct")
        || Cue.EVALUATION.equals(relation) && praiseEpithet(c, rule)) && c.lexiconWeight() > 0) {
      return bounded(c.weight() * NARRATED_SUCCESS_WEIGHT / c.lexiconWeight());
    }
    return c.weight();
  }

  /**
   * Whether the cue is a praise epithet ({@code data/rules/de/praise-epithets.tsv}: "renommiert", "legendär";
   * {@code en/praise-epithets.tsv}: "renowned") attached to the actor (an adjective of it or of its title noun, a
   * label, or the adjective of the noun said of it: "gilt als renommierte Expertin"): the outlet's praise, which
   * weighs as a narrated success does (since 2026-12-07; before, 0.5–0.9, below a positive label's evidence).
   */
  private boolean praiseEpithet(RawCue c, String rule) {
    String r = withoutConjunct(rule);
    return (r.equals("modifier:amod") || r.equals("predicate:amod") || r.equals("label")
        || r.equals("clause:attribute")) && c.lemma() != null
        && words.praiseEpithets().contains(c.lemma().toLowerCase(Locale.ROOT));
  }

  /** A narrated success's weight, as the success idioms' (outcome-idioms.tsv). */
  static final double NARRATED_SUCCESS_WEIGHT = 1.0;

  /** The largest size of one lexicon cue's weight, however its modifiers multiply it ("sehr sehr brutal"). */
  static final double MAX_CUE_WEIGHT = 1.5;

  /** {@code w} within ±{@link #MAX_CUE_WEIGHT}. */
  private static double bounded(double w) {
    return Math.max(-MAX_CUE_WEIGHT, Math.min(MAX_CUE_WEIGHT, w));
  }

  /**
   * Cues from verb frames alone, for mentions the lexicon cue of the verb did not reach as such (the mention has no cue
   * from the verb yet):
   * <ul>
   *   <li>{@code frame:nsubj}, relation evaluation, the frame's weight: a verb whose frame evaluates its subject
   *       (pos/neg) and whose active subject is the mention ("Putin täuscht Merkel": negative for Putin, although the
   *       attribution gives the verb's lexicon cue to the object; "X verschleppt die Reform" with no lexicon entry);
   *   <li>{@code frame:obj}, relation stance, ±{@link #STANCE_WEIGHT}: a verb whose frame gives its object pos/neg and
   *       whose object, indirect object or passive subject is the mention ("Die Grünen werfen der Regierung Versagen
   *       vor", "X lobte Y"); it counts toward {@code overall_polarity} only.
   * </ul>
   * A negated verb flips and damps the cue like a lexicon cue. Frame cues are not part of the tone. A conjunct of a
   * subject ("Die CDU und die SPD gewannen die Wahl": the SPD) gets the cues the first conjunct, the subject, gets,
   * their rules prefixed {@code conjunct:} (since 2026-12-07; before, a narrated outcome reached the first conjunct
   * only).
   */
  private void addFrameCues(Sentence s, List<Mention> mentions, List<Integer> idx, CueAttribution attribution,
      List<List<Cue>> out) {
    for (int i : idx) {
      if (CueAttribution.headlineTopic(s, mentions.get(i))) {
        continue; // "USA: Donald Trump droht Nigeria": the topic before the colon is not the verb's subject
      }
      int head = mentions.get(i).headToken();
      int subject = coordinatedSubject(s.tree(), head);
      if (subject == head) {
        addFrameCues(s, mentions.get(i), head, attribution, out.get(i));
        continue;
      }
      java.util.Set<Cue> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      before.addAll(out.get(i));
      addFrameCues(s, mentions.get(i), subject, attribution, out.get(i));
      out.get(i).replaceAll(c -> before.contains(c) ? c
          : new Cue(c.text(), c.weight(), "conjunct:" + c.rule(), c.token(), c.relation(), c.reliability()));
    }
  }

  /**
   * The narrated outcome of a relative clause on the mention whose subject is the relative pronoun ("Die SPD, die die
   * Wahl deutlich verlor, …", "Trump, der die Wahl gewonnen hat, …"): the outcome idiom or adverb of the clause's verb,
   * as for the verb's own subject. Read from the mention's own head, so a later conjunct does not take the first
   * one's clause. Since 2026-12-07 (before, only a verdict reached the actor so: {@link #convictingVerb}).
   */
  private void addRelativeClauseOutcome(Sentence s, int head, CueAttribution attribution, List<Cue> cues) {
    DependencyTree tree = s.tree();
    for (int c : tree.children(head)) {
      if (!lowerRelation(tree, c).startsWith("acl")) {
        continue;
      }
      for (int p : tree.children(c)) {
        if ("nsubj".equals(lowerRelation(tree, p)) && "PRON".equals(s.token(p).pos())) {
          int verb = clauseVerb(attribution, tree, p);
          if (verb >= 0) {
            addOutcomeIdiom(s, verb, cues);
            addOutcomeAdverb(s, verb, cues);
          }
        }
      }
    }
  }

  /**
   * The subject {@code token} is a conjunct of ("Die CDU und die SPD/conj(CDU) gewannen": the CDU), through any
   * chain of conjuncts; {@code token} itself when it is none. Only a coordination with a conjunction ("und", "oder"
   * under one of the subject's conjuncts): conjuncts joined by commas alone are as often the subjects of clauses the
   * parser took for a list ("Frankfurt besiegt Freiburg, Wolfsburg/conj(Frankfurt) verliert gegen Stuttgart").
   */
  private static int coordinatedSubject(DependencyTree tree, int token) {
    int t = token;
    while ("conj".equals(lowerRelation(tree, t)) && tree.head(t) >= 0) {
      t = tree.head(t);
    }
    if (t == token || !lowerRelation(tree, t).startsWith("nsubj")) {
      return token;
    }
    for (int c : tree.children(t)) {
      if ("conj".equals(lowerRelation(tree, c))) {
        for (int cc : tree.children(c)) {
          if ("cc".equals(lowerRelation(tree, cc))) {
            return t;
          }
        }
      }
    }
    return token;
  }

  /**
   * {@link #addFrameCues} for one mention, read as the word {@code h}: its own head, or the subject it is a conjunct
   * of.
   */
  private void addFrameCues(Sentence s, Mention mention, int h, CueAttribution attribution, List<Cue> cues) {
    DependencyTree tree = s.tree();
    int verb = clauseVerb(attribution, tree, h);
    int participle = verb != tree.head(h) ? verb : -1; // the perfect's participle, when clauseVerb took one
    String rel = lowerRelation(tree, h);
    // ("SPD-Mitgliederbegehren nimmt erste Hürde": a compound's outcome is its head's, not the actor's)
    if (mention.kind() != slant.model.MentionKind.COMPOUND) {
      addAchieversOutcomeIdiom(s, h, verb, rel, cues);
      addRelativeClauseOutcome(s, mention.headToken(), attribution, cues);
    }
    int force = stateForce(s, attribution, mention, h, rel);
    if (force >= 0) {
      // "Syrische Armee erzielte einen Teilerfolg", "regulären ukrainischen Truppen gelungen": the state's forces'
      // narrated outcome is the state's (since 2026-12-07)
      addAchieversOutcomeIdiom(s, force, clauseVerb(attribution, tree, force), lowerRelation(tree, force),
          cues);
    }
    if (verb >= 0 && rel.equals("nsubj") && mention.kind() != slant.model.MentionKind.COMPOUND) {
      addOutcomeAdverb(s, verb, cues);
    }
    if (rel.equals("nsubj") && mention.kind() != slant.model.MentionKind.COMPOUND) {
      for (int predicate : attribution.sharedSubjectPredicates(h)) {
        addSharedSubjectCues(s, attribution, predicate, mention, cues);
      }
    }
    int convicting = convictingVerb(s, mention, h, verb, rel);
    Cue verdict = convicting >= 0 ? verdict(s, convicting) : null;
    if (verdict == null && mention.kind() != slant.model.MentionKind.COMPOUND) {
      int receiving = receivingVerb(s, verb, rel);
      verdict = receiving >= 0 ? receivedSentence(s, receiving) : null;
    }
    if (verdict != null) {
      // the conviction, not the verb's lexicon sense ("condemn", the court's stance), is what is said of the actor
      int verdictVerb = verdict.token();
      cues.removeIf(c -> c.token() == verdictVerb);
      cues.add(verdict);
      return;
    }
    if (verb < 0 || !"VERB".equals(s.token(verb).pos()) || cues.stream().anyMatch(c -> c.token() == verb)) {
      return;
    }
    CueRelations.Frame frame = relations.frame(attribution.verbForm(verb));
    if (frame == null || participle >= 0 && attribution.perfectStatePassive(participle, frame)) {
      return; // "ist zerstört": a state passive, the actor is not the doer
    }
    if (attribution.misparsedAttribute(verb, frame.lemma())) {
      return; // "des … getöteten/VERB israelischen Soldaten/nsubj": a misparsed attribute, the noun is the victim
    }
    if (rel.equals("nsubj") && attribution.ellipticPassive(verb, frame, relations)) {
      rel = "nsubj:pass"; // "Ukrainischer Politiker Parubij erschossen": a headline's passive without auxiliary
    }
    if ((rel.equals("obj") || rel.equals("iobj") || rel.equals("nsubj:pass") || rel.equals("obl:arg"))
        && (frame.object() == CueRelations.Role.POS || frame.object() == CueRelations.Role.NEG)) {
      double w = frame.object() == CueRelations.Role.POS ? STANCE_WEIGHT : -STANCE_WEIGHT;
      cues.add(frameCue(s, attribution, verb, w, "frame:obj", Cue.STANCE, 1.0));
    }
    // the agent of a passive ("Merkel wurde von Putin getäuscht") is the doer, as the active subject is
    Cue subjectCue = rel.equals("nsubj") || attribution.passiveAgent(h)
        ? subjectFrameCue(s, attribution, verb, frame, mention) : null;
    if (subjectCue != null) {
      cues.add(subjectCue);
    }
  }

  /**
   * The verb of the clause {@code token} depends on: its governor, or in the perfect the participle the parser may
   * hang under the auxiliary ("Russland hat … verletzt", {@link CueAttribution#perfectParticiple}); -1 if none.
   */
  private static int clauseVerb(CueAttribution attribution, DependencyTree tree, int token) {
    int participle = attribution.perfectParticiple(token);
    return participle >= 0 ? participle : tree.head(token);
  }

  /** The token's dependency relation in lower case, "" if the parse has none. */
  private static String lowerRelation(DependencyTree tree, int token) {
    return tree.relation(token) == null ? "" : tree.relation(token).toLowerCase(Locale.ROOT);
  }

  /**
   * Adds the outcome idiom of {@code verb} ({@link #addOutcomeIdiom}) when {@code subject} (in relation {@code rel} to
   * it) is the one who achieves or fails: its subject, or the dative of a "gelingen"-type verb ({@link
   * #dativeAchiever}).
   */
  private void addAchieversOutcomeIdiom(Sentence s, int subject, int verb, String rel, List<Cue> cues) {
    if (verb >= 0 && (rel.equals("nsubj") || dativeAchiever(s, verb, subject, rel))) {
      addOutcomeIdiom(s, verb, cues);
    }
  }

  /**
   * Adds the outcome idiom of the actor's verb ({@link #outcomeIdiom}) in place of the verb's own cue: the phrase, not
   * its verb alone, is what the sentence says of the actor ("trumpfte … auf"). Whether there was one.
   */
  private boolean addOutcomeIdiom(Sentence s, int verb, List<Cue> cues) {
    Cue idiom = outcomeIdiom(s, verb);
    if (idiom == null) {
      return false;
    }
    // the idiom's word is part of the phrase, not a cue of its own besides it ("geht … leer aus": not also "leer" as
    // the manner of the act; since 2026-12-07)
    java.util.Set<String> phrase = java.util.Set.of(idiom.text().split(" … "));
    List<Integer> dependents = verbDependents(s, verb);
    cues.removeIf(c -> c.token() == verb
        || dependents.contains(c.token()) && phrase.contains(s.token(c.token()).word()));
    cues.add(idiom);
    return true;
  }

  /**
   * Adds the outcome adverb of the actor's verb ({@link #outcomeAdverb}) in place of the adverb's own cue (its manner
   * or, under a verb of saying, the speaker's stance): "Rajoy hatte erfolglos geworben" says how his bid ended.
   */
  private void addOutcomeAdverb(Sentence s, int verb, List<Cue> cues) {
    Cue adverb = outcomeAdverb(s, verb);
    if (adverb != null) {
      cues.removeIf(c -> c.token() == adverb.token());
      cues.add(adverb);
    }
  }

  /**
   * The {@code clause:outcome} cue of an outcome adverb ({@code data/rules/de/outcome-adverbs.tsv}: "erfolglos",
   * "erfolgreich"; {@code en/outcome-adverbs.tsv}: "unsuccessfully") that is an {@code advmod} of {@code verb}, the
   * verb the actor is the active subject of, or null: how the actor's act ended, an evaluation in full like the
   * outcome idioms, and only where those are narrated (not under a non-factual auxiliary, in a condition or a yes/no
   * question: "wenn die EU … erfolgreich ausverhandelt"). The cue is the adverb's; a negator of the adverb or of the
   * verb flips and damps it ("nicht erfolgreich"). Since 2026-12-06.
   */
  private Cue outcomeAdverb(Sentence s, int verb) {
    if (words.outcomeAdverbs().isEmpty() || !narratedAsFact(s, verb)) {
      return null;
    }
    for (int c : verbDependents(s, verb)) {
      Double w = words.outcomeAdverbs().get(s.token(c).word().toLowerCase(Locale.ROOT));
      if (w == null || !"advmod".equals(s.tree().relation(c))) {
        continue;
      }
      List<Integer> negators = new ArrayList<>(negators(s, c));
      negators.addAll(negators(s, verb));
      negators.addAll(perfectAuxiliaryNegators(s, verb));
      StringBuilder text = new StringBuilder();
      for (int n : negators) {
        text.append(s.token(n).word()).append(' ');
      }
      text.append(s.token(c).word());
      double weight = negators.size() % 2 == 1 ? -NEGATION * w : w;
      return new Cue(text.toString(), round(weight), "clause:outcome", c, Cue.EVALUATION, 1.0);
    }
    return null;
  }

  /**
   * Whether an adjective or noun said of its subject with a copula is stated as a fact, as {@link #narratedAsFact}
   * asks of a verb: not under a non-factual auxiliary ("Merz soll korrupt sein": hearsay; "könnte", "wird"), in a
   * condition or a yes/no question ("Ist Donald Trump ein Faschist?"). Since 2026-12-07.
   */
  private boolean predicateStated(Sentence s, int predicate) {
    // a non-factual auxiliary of the predicate other than one of capacity ("kann sehr nützlich sein" characterises,
    // "soll korrupt sein" reports); a counterfactual copula supposes ("wäre korrupt", since 2026-12-08)
    return !s.parsed() || !words.nonFactualAuxiliary(s, predicate, capacityAuxiliaries)
        && !counterfactualCopula(s, predicate) && !conditionedOrAsked(s, predicate);
  }

  /** Whether the predicate's copula is a Konjunktiv II of "sein" (de/counterfactual-copulas.tsv: "wäre"). */
  private boolean counterfactualCopula(Sentence s, int predicate) {
    return CueAttribution.hasDependentAmong(s, predicate, "cop", counterfactualCopulas);
  }

  /**
   * Whether the noun an attribute adjective ({@code clause:attribute}) belongs to is said of the actor as a fact
   * ({@link #predicateStated}): the noun with its copula ("ist ein schlechter Kanzler"), and the verb an "als"
   * predicative hangs on ("gilt als schlechter Kanzler"; "soll als schlechter Kanzler gelten" is hearsay).
   */
  private boolean attributeStated(Sentence s, int adjective) {
    if (!s.parsed()) {
      return true;
    }
    int noun = s.tree().head(adjective);
    if (noun < 0) {
      return true;
    }
    if (!predicateStated(s, noun)) {
      return false;
    }
    int governor = s.tree().head(noun);
    return governor < 0 || !isVerb(s, governor) || !predicative(s, noun) || predicateStated(s, governor);
  }

  /** Whether the token's clause is a condition ({@link #conditionalClause}, {@link #conditionalMark}) or asks. */
  private boolean conditionedOrAsked(Sentence s, int token) {
    return conditionalClause(s, token) || conditionalMark(s, token) || yesNoQuestion(s, token);
  }

  /**
   * Whether what the verb tells of its subject is narrated as a fact, the condition of an outcome idiom or adverb: a
   * verb, not under a non-factual auxiliary ("wird Schiffbruch erleiden", "könnte scheitern": a future, possible or
   * intended outcome), not in a condition ({@link #conditionalClause}, {@link #conditionalMark}) or a yes/no question
   * ({@link #yesNoQuestion}).
   */
  private boolean narratedAsFact(Sentence s, int verb) {
    return isVerb(s, verb) && !words.nonFactual(s, verb) && !conditionedOrAsked(s, verb);
  }

  /**
   * The {@code frame:nsubj} cue of a verb whose frame evaluates its subject (pos/neg), or null; in full for a conduct
   * verb said of mention {@code m} ({@link #judgedConduct}), else at {@link #WEAK_RULE}.
   */
  private Cue subjectFrameCue(Sentence s, CueAttribution attribution, int verb, CueRelations.Frame frame,
      Mention m) {
    if (frame.subject() != CueRelations.Role.POS && frame.subject() != CueRelations.Role.NEG) {
      return null;
    }
    double w = frame.subject() == CueRelations.Role.POS ? frame.weight() : -frame.weight();
    boolean conduct = judgedConduct(s, verb, frame.lemma(), m);
    return frameCue(s, attribution, verb, w, "frame:nsubj", conduct ? Cue.EVALUATION : actRelation(s, verb),
        conduct ? 1.0 : reliability("frame:nsubj", false));
  }

  /**
   * The relation of an act (not a judged conduct) said of its subject: an evaluation when narrated as a fact, else
   * context, tone only — an act intended, possible or supposed ("will durchhalten", "könnte überfallen") is none the
   * outlet narrates (since 2026-12-07).
   */
  private String actRelation(Sentence s, int verb) {
    return narratedAsFact(s, verb) ? Cue.EVALUATION : CueRelations.Relation.CONTEXT.code();
  }

  /**
   * Whether {@code verb} is a conduct verb ({@code data/rules/de/conduct-verbs.tsv}: "täuschen", "verleumden",
   * "schüren"; {@code en/conduct-verbs.tsv}) of lemma {@code lemma} said of mention {@code m}, its subject, as a
   * fact: then its cue is the outlet's judgement of how the actor acts ("Putin täuscht", ../shared/ACTOR-SENTIMENT.md:
   * a predicate said of the actor) and counts in full, where other acts ("greift an", "blockiert") count at
   * {@link #WEAK_RULE}. Not when the verb has the form of its infinitive ("Europa drangsalieren.", a headline's
   * fragment; also a plural present, given up) or is an English "-ing" form without an auxiliary, when an object of
   * the verb stands before the actor (German puts an object first, and the parser then often swaps the roles:
   * "Dmitrijew/obj hat Merz/nsubj verspottet"), or when the actor's noun phrase opens with an article that is never
   * nominative ({@code de/oblique-articles.tsv}: "Den Chef Powell hatte Trump beschimpft").
   */
  private boolean judgedConduct(Sentence s, int verb, String lemma, Mention m) {
    if (lemma == null || !words.conductVerbs().contains(lemma.toLowerCase(Locale.ROOT))
        || s.token(verb).word().equalsIgnoreCase(lemma) || gerundWithoutAuxiliary(s, verb)
        || !narratedAsFact(s, verb)) {
      return false;
    }
    for (int d : verbDependents(s, verb)) {
      if ("obj".equals(s.tree().relation(d)) && d < m.startToken()) {
        return false;
      }
    }
    return !obliqueNounPhrase(s, m.headToken());
  }

  /**
   * Whether {@code verb} is an English "-ing" form with no auxiliary: a gerund or participle ("accused Obama of
   * manipulating", "Obama, manipulating the data, …"), not a narrated act of the noun the parser made its subject.
   */
  private static boolean gerundWithoutAuxiliary(Sentence s, int verb) {
    if (!s.token(verb).word().toLowerCase(Locale.ROOT).endsWith("ing")) {
      return false;
    }
    for (int c : s.tree().children(verb)) {
      String rel = s.tree().relation(c);
      if ("aux".equals(rel) || "aux:pass".equals(rel)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the noun phrase of {@code head} (and of the noun it is an apposition or a flat part of: "Chef" for
   * "Powell" in "Den bisherigen Chef Powell") has a determiner among the oblique articles.
   */
  private boolean obliqueNounPhrase(Sentence s, int head) {
    List<Integer> nouns = new ArrayList<>(List.of(head));
    String rel = s.tree().relation(head);
    if (("appos".equals(rel) || "flat".equals(rel)) && s.tree().head(head) >= 0) {
      nouns.add(s.tree().head(head));
    }
    return nouns.stream().anyMatch(n -> CueAttribution.hasDeterminerAmong(s, n, words.obliqueArticles()));
  }

  /** A rule without its "conjunct:" prefixes. */
  private static String withoutConjunct(String rule) {
    String r = rule;
    while (r.startsWith("conjunct:")) {
      r = r.substring("conjunct:".length());
    }
    return r;
  }

  /**
   * The outcome idiom, else the subject's verb-frame cue ({@code frame:nsubj}), of a predicate the actor is the shared
   * subject of through verb coordination ({@link CueAttribution#sharedSubjectPredicates}: "Die Partei trat an und
   * blitzte ab"), as {@link #addFrameCues} gives them for the verb the actor is the subject of.
   */
  private void addSharedSubjectCues(Sentence s, CueAttribution attribution, int verb, Mention m, List<Cue> cues) {
    addOutcomeAdverb(s, verb, cues);
    if (addOutcomeIdiom(s, verb, cues) || !"VERB".equals(s.token(verb).pos())
        || cues.stream().anyMatch(c -> c.token() == verb)) {
      return;
    }
    CueRelations.Frame frame = relations.frame(attribution.verbForm(verb));
    if (frame == null || attribution.perfectStatePassive(verb, frame)
        || attribution.misparsedAttribute(verb, frame.lemma())) {
      return;
    }
    Cue subjectCue = subjectFrameCue(s, attribution, verb, frame, m);
    if (subjectCue != null) {
      cues.add(subjectCue);
    }
  }

  /**
   * The verb that convicts the actor, if any: the verb whose passive subject the mention is ("Wanovits war zu fünf
   * Jahren Haft verurteilt worden"), or a relative clause on the mention whose passive subject is the relative pronoun
   * ("Rumpold, der … zu drei Jahren Haft verurteilt wurde"), also for a name in apposition to such a noun; -1
   * otherwise, and for a compound ("ein BZÖ-Werber … wurde verurteilt": the Werber, not the party). In English also
   * the object of an active verdict verb ("Masipa convicted Pistorius of culpable homicide", 2026-12-06); in German
   * not (tried: the one dev case, "Richterin Raufer verurteilt ihn zu einem Jahr Haft", had its pronoun linked to the
   * expert witness). Whether it is a verdict is {@link #verdict}'s question.
   */
  private int convictingVerb(Sentence s, Mention m, int h, int verb, String rel) {
    if (m.kind() == slant.model.MentionKind.COMPOUND
        || m.endToken() + 1 < s.size() && "-".equals(s.token(m.endToken()).word())
        && "NOUN".equals(s.token(m.endToken() + 1).pos())) {
      return -1; // "ein BZÖ-Werber", also where the tokenizer split the compound at its hyphen
    }
    if (verb >= 0 && (rel.equals("nsubj:pass") || rel.equals("obj") && "en".equals(lexicon.language()))) {
      return verb;
    }
    DependencyTree tree = s.tree();
    if (rel.equals("appos") && verb >= 0 && "NOUN".equals(s.token(verb).pos())) {
      // a name in apposition to the convicted's noun ("Der Oppositionelle Lew Schlosberg ist … verurteilt worden")
      // is convicted as that noun is
      return convictingVerb(s, m, verb, tree.head(verb), lowerRelation(tree, verb));
    }
    for (int c : tree.children(h)) {
      String r = tree.relation(c) == null ? "" : tree.relation(c);
      if (r.startsWith("acl") && tree.children(c).stream().anyMatch(p -> "nsubj:pass".equals(tree.relation(p))
          && "PRON".equals(s.token(p).pos()))) {
        return c;
      }
    }
    return -1;
  }

  /** Relations of a clause below a verb, whose phrases are not the verb's own. */
  private static final java.util.Set<String> CLAUSAL = java.util.Set.of("advcl", "ccomp", "csubj", "acl",
      "acl:relcl", "parataxis", "conj", "xcomp");

  /**
   * The {@code clause:verdict} cue of a conviction, or null: a verdict participle ({@code
   * data/rules/de/verdict-participles.tsv}, "verurteilt") with a penalty after "zu" among its dependents ("zu drei
   * Jahren Haft", "zur Zahlung von 51.000 Euro": {@code de/penalty-nouns.tsv}; without one "verurteilt" is as often
   * "condemned"). The guide's "wurde wegen Betrugs verurteilt" is a fact the outlet states (data/eval/README.md), so
   * the conviction is the actor's narrated failure, an evaluation in full at {@link #VERDICT_WEIGHT}. None when the
   * convicted is the affected party of a state's act: grounds ("wegen", "für", "aufgrund") of speech or a political
   * charge ({@code de/political-charges.tsv}: "für seine Kritik am Krieg"), hedged grounds ("wegen angeblicher
   * falscher Berichterstattung"), or a convicted called a state's opponent ({@link #opponentConvicted}). None under a
   * non-factual auxiliary ("soll verurteilt werden") or a negator ("nicht verurteilt"; "nicht rechtskräftig
   * verurteilt" is a conviction). English since 2026-12-06: "sentenced" with a penalty after "to"
   * ({@code en/verdict-participles.tsv}, {@code en/penalty-nouns.tsv}: "was sentenced to five years in prison") and
   * "convicted" with or without one ({@code en/conviction-participles.tsv}: it has no "condemned" sense), with the
   * same exceptions read from the English lists.
   */
  private Cue verdict(Sentence s, int verb) {
    String word = s.token(verb).word().toLowerCase(Locale.ROOT);
    boolean conviction = "en".equals(lexicon.language()) && words.convictionParticiples().contains(word);
    if (!conviction && !words.verdictParticiples().contains(word)
        || words.nonFactual(s, verb) || opponentConvicted(s, verb)) {
      return null;
    }
    DependencyTree tree = s.tree();
    slant.lang.WordNormalizer norm = slant.lang.WordNormalizer.forLanguage(lexicon.language());
    if (stateActGrounds(s, verb)) {
      return null;
    }
    boolean penalty = conviction; // "convicted" needs none: it has no "condemned" sense
    for (int c : tree.children(verb)) {
      if (CLAUSAL.contains(java.util.Objects.requireNonNullElse(tree.relation(c), ""))) {
        continue; // a clause of its own ("…, weil er zu …"): not this verdict's phrase
      }
      // the "zu" phrase of the penalty, also where the parser hangs it under the grounds ("wegen fahrlässiger
      // Tötung/obl zu 16 Jahren/nmod Haft verurteilt")
      for (int z : tree.subtree(c)) {
        String prep = java.util.Objects.requireNonNullElse(CueAttribution.casePreposition(s, z), "");
        for (int t : words.penaltyPrepositions().contains(prep) ? tree.subtree(z) : new int[0]) {
          penalty |= "NOUN".equals(s.token(t).pos())
              && Endings.endsWithAny(norm.key(s.token(t).word()), words.penaltyNouns());
        }
      }
    }
    for (int n : negators(s, verb)) {
      if (n + 1 >= s.size() || !s.token(n + 1).word().toLowerCase(Locale.ROOT).startsWith("rechtskräftig")) {
        return null;
      }
    }
    return penalty ? new Cue(s.token(verb).word(), VERDICT_WEIGHT, "clause:verdict", verb, Cue.EVALUATION, 1.0)
        : null;
  }

  /**
   * The verb the actor is the active subject of, directly or as a name in apposition to the subject noun
   * ("Ex-Finanzchef/nsubj Stefano Colombo/appos bekam dreieinhalb Jahre"), or -1.
   */
  private static int receivingVerb(Sentence s, int verb, String rel) {
    if (verb < 0) {
      return -1;
    }
    if (rel.equals("nsubj")) {
      return verb;
    }
    DependencyTree tree = s.tree();
    boolean subjectNoun = "NOUN".equals(s.token(verb).pos()) && "nsubj".equals(tree.relation(verb));
    return rel.equals("appos") && subjectNoun ? tree.head(verb) : -1;
  }

  /**
   * The {@code clause:verdict} cue of a sentence the actor, the verb's active subject, receives, or null: a
   * sentence-receiving verb ({@code data/rules/de/sentence-receiving-verbs.tsv}: "bekam", "erhielt", "kassierte") with
   * a sentence as its object ({@code de/received-penalties.tsv}: "Colombo bekam dreieinhalb Jahre", "erhielt eine
   * Bewährungsstrafe"; not a payment, "erhielt eine Entschädigung"). The conviction is stated as by "wurde zu …
   * verurteilt" ({@link #verdict}), with the same exceptions: the grounds of a state's act ({@link #stateActGrounds}),
   * a convicted called a state's opponent, a non-factual auxiliary ("soll … bekommen"), any negator of the verb or of
   * the sentence ("bekam keine Haftstrafe").
   */
  private Cue receivedSentence(Sentence s, int verb) {
    if (!"de".equals(lexicon.language())
        || !words.sentenceVerbs().contains(s.token(verb).word().toLowerCase(Locale.ROOT))
        || words.nonFactual(s, verb) || !negators(s, verb).isEmpty()) {
      return null;
    }
    DependencyTree tree = s.tree();
    slant.lang.WordNormalizer norm = slant.lang.WordNormalizer.forLanguage("de");
    // the sentence is the object, or a bare accusative of time the parser made an obl ("bekam im Spätsommer 2013
    // zweieinhalb/nummod Jahre/obl") when the verb has no object of its own
    boolean hasObject = tree.children(verb).stream().anyMatch(c -> "obj".equals(tree.relation(c)));
    boolean penalty = false;
    for (int c : tree.children(verb)) {
      boolean bareAccusative = !hasObject && "obl".equals(tree.relation(c))
          && CueAttribution.casePreposition(s, c) == null;
      penalty |= ("obj".equals(tree.relation(c)) || bareAccusative) && "NOUN".equals(s.token(c).pos())
          && Endings.endsWithAny(norm.key(s.token(c).word()), words.receivedPenalties())
          && negators(s, c).isEmpty(); // "bekam keine Haftstrafe"
    }
    if (!penalty || stateActGrounds(s, verb) || opponentConvicted(s, verb)) {
      return null;
    }
    return new Cue(s.token(verb).word(), VERDICT_WEIGHT, "clause:verdict", verb, Cue.EVALUATION, 1.0);
  }

  /**
   * Whether the grounds of a conviction make it a state's act against the convicted: after a grounds preposition
   * ({@code de/grounds-prepositions.tsv}: "wegen", "für", "aufgrund"; English "of", "for", "on", "over") anywhere in
   * the verb's clause (the parser hangs "Für seine Kritik" on the verb or on the convicted's noun), a noun of speech or
   * a political charge ({@code de/political-charges.tsv}: "für seine Kritik am Krieg"; {@code en/political-charges.tsv}:
   * "on spying charges") or a hedge of allegation ("wegen angeblicher falscher Berichterstattung").
   */
  private boolean stateActGrounds(Sentence s, int verb) {
    DependencyTree tree = s.tree();
    slant.lang.WordNormalizer norm = slant.lang.WordNormalizer.forLanguage(lexicon.language());
    for (int c : tree.subtree(verb)) {
      String prep = c == verb ? "" : java.util.Objects.requireNonNullElse(CueAttribution.casePreposition(s, c), "");
      if (!words.groundsPrepositions().contains(prep)) {
        continue;
      }
      for (int t : tree.subtree(c)) {
        String w = s.token(t).word();
        boolean noun = "NOUN".equals(s.token(t).pos()) || "PROPN".equals(s.token(t).pos());
        if (noun && Endings.endsWithAny(norm.key(w), words.politicalCharges())
            || words.allegationHedge(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the convicted's phrase (the passive subject's, an active verdict's object, or the noun phrase a relative
   * clause on it is attached to) calls the convicted a state's opponent ({@code de/dissident-nouns.tsv}: "Der
   * Oppositionelle Lew Schlosberg ist … verurteilt worden", "die Aktivistin Maja T."; {@code en/dissident-nouns.tsv}:
   * "Kremlin critic …").
   */
  private boolean opponentConvicted(Sentence s, int verb) {
    DependencyTree tree = s.tree();
    slant.lang.WordNormalizer norm = slant.lang.WordNormalizer.forLanguage(lexicon.language());
    List<Integer> convicted = new ArrayList<>();
    for (int c : tree.children(verb)) {
      String r = tree.relation(c);
      if ("nsubj:pass".equals(r) || "nsubj".equals(r) || "obj".equals(r)) { // "obj": an active verdict's convicted
        for (int t : tree.subtree(c)) {
          convicted.add(t);
        }
      }
    }
    String verbRelation = tree.relation(verb) == null ? "" : tree.relation(verb);
    if (verbRelation.startsWith("acl") && tree.head(verb) >= 0) {
      for (int t : tree.subtree(tree.head(verb))) {
        if (!tree.dominates(verb, t)) {
          convicted.add(t);
        }
      }
    }
    return convicted.stream().anyMatch(t -> ("NOUN".equals(s.token(t).pos()) || "PROPN".equals(s.token(t).pos()))
        && Endings.endsWithAny(norm.key(s.token(t).word()), words.dissidentNouns()));
  }

  /** A conviction's weight: that of a narrated failure, so one conviction alone reaches sentiment.min_evidence. */
  static final double VERDICT_WEIGHT = -0.5;

  /**
   * The noun of a state's armed forces or government a demonym mention is the adjective of ("Syrische Armee",
   * "ukrainischen Truppen", "die russische Regierung"; de/state-force-nouns.tsv, WordNormalizer keys) or a country
   * mention the owner of ("Frankreichs Regierung"), or the government noun a person is the owner of ("seine
   * Regierung", government-nouns.tsv), or -1: what such a noun achieves or fails at is the state's or the leader's
   * own outcome, as "Syrien erzielte einen Teilerfolg" would be.
   */
  private int stateForce(Sentence s, CueAttribution attribution, Mention m, int head, String rel) {
    int noun = s.tree().head(head);
    if (noun < 0 || !"NOUN".equals(s.token(noun).pos())) {
      return -1;
    }
    boolean demonym = m.kind() == slant.model.MentionKind.DEMONYM;
    // a demonym as the noun's adjective; else the noun's owner: a genitive or possessor, or after "von"
    // ("Frankreichs Regierung", "die Regierung Frankreichs", "seine Regierung"; since 2026-12-08)
    boolean attached = demonym ? rel.equals("amod")
        : (rel.equals("nmod") || rel.equals("nmod:poss") || rel.equals("det:poss")) && attribution.ownerAttachment(head);
    if (!attached) {
      return -1;
    }
    String key = slant.lang.WordNormalizer.forLanguage("de").key(s.token(noun).word());
    if (demonym || "country".equals(m.actorType())) {
      return words.stateForceNouns().contains(key) ? noun : -1;
    }
    // a person's government (data/rules/government-nouns.tsv): "Seine Regierung hat zwei Misstrauensvoten
    // überstanden" is the prime minister's outcome; not the person's troops or army
    return "person".equals(m.actorType()) && words.governmentNouns().contains(key) ? noun : -1;
  }

  /**
   * Whether an actor (head {@code head}, in relation {@code rel} to {@code verb}) is the one a "gelingen"-type verb
   * narrates the outcome of ({@code data/rules/de/dative-outcome-verbs.tsv}: "Dem Hamburger SV gelingt ein Sieg"): the
   * dative, which the parser makes {@code iobj}, {@code obl} or {@code dep}, with no preposition. Until 2026-12-06 a
   * prepositional phrase counted too, and the opponent in "Das gelang gegen Mattersburg weitaus besser" or the club in
   * "gelang dem Schweden Mats Sundin für die Quebec Nordiques" took the success.
   */
  private boolean dativeAchiever(Sentence s, int verb, int head, String rel) {
    return (rel.equals("iobj") || rel.equals("obl") || rel.equals("obl:arg") || rel.equals("dep"))
        && CueAttribution.casePreposition(s, head) == null
        && words.dativeOutcomeVerbs().contains(s.token(verb).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The negator of what a "gelingen"-type verb ({@code de/dative-outcome-verbs.tsv}) says was achieved, its subject
   * ("gelang dem FC Bayern kein dreifacher Punktgewinn": no success, flipped and damped like "gewann die Wahl nicht");
   * -1 if none or another verb.
   */
  private int negatedAchievement(Sentence s, int verb) {
    return words.dativeOutcomeVerbs().contains(s.token(verb).word().toLowerCase(Locale.ROOT))
        ? negatedDependent(s, verb, "nsubj") : -1;
  }

  /**
   * The {@code clause:outcome} cue of an outcome idiom ({@code data/rules/de/outcome-idioms.tsv}) whose verb is
   * {@code verb} (the verb the actor is the active subject of) and whose word is one of the verb's dependents ("Terim
   * tut sich seit Jahren schwer": "tut … schwer"; a success's word only as the verb's object or, since 2026-12-07,
   * its adverb: "hat gut abgeschnitten"), or null. An evaluation in full, like the other narrated outcomes; a negator
   * of the verb or of the word flips and damps it like any cue. Under a non-factual auxiliary ({@code data/rules/de/non-factual-auxiliaries.tsv}: "wird", "könnte", "soll") there
   * is no idiom.
   */
  private Cue outcomeIdiom(Sentence s, int verb) {
    if (words.outcomeIdioms().isEmpty() || !narratedAsFact(s, verb)) {
      return null;
    }
    Cue idiom = outcomeIdiomIgnoringAuxiliary(s, verb);
    return idiom == null ? null : auxiliaryNegated(s, verb, idiom);
  }

  /** {@link #outcomeIdiom} but for a negator hung under the verb's perfect auxiliary. */
  private Cue outcomeIdiomIgnoringAuxiliary(Sentence s, int verb) {
    String form = lookupForm(s, verb).toLowerCase(Locale.ROOT);
    for (CueAttribution.Idiom idiom : words.outcomeIdioms()) {
      if (!idiom.verbForms().contains(form)) {
        continue;
      }
      if (idiom.word().isEmpty() || idiom.withoutObject() && !objectOrGain(s, verb)) {
        Cue cue = frameCue(s, null, verb, idiom.weight(), "clause:outcome", Cue.EVALUATION, 1.0);
        int nowhere = idiom.withoutObject() ? negatedCircumstance(s, verb) : negatedAchievement(s, verb);
        // "siegte in keiner Region": won nowhere, flipped and damped like "gewann die Wahl nicht"; "gelang kein Sieg"
        return nowhere < 0 ? cue : new Cue(s.token(nowhere).word() + " … " + cue.text(),
            round(-NEGATION * cue.weight()), cue.rule(), verb, cue.relation(), cue.reliability());
      }
      if (idiom.withoutObject()) {
        continue;
      }
      if (idiom.withNegativeObject()) {
        int object = negativeObject(s, verb);
        if (object < 0) {
          continue;
        }
        // a wrong not confessed ("gestand keine Schuld", "hat die Tat nicht gestanden") is no merit: no cue
        if (negators(s, object).size() % 2 == 1 || negators(s, verb).size() % 2 == 1
            || perfectAuxiliaryNegators(s, verb).size() % 2 == 1) {
          return null;
        }
        Cue verbCue = frameCue(s, null, verb, idiom.weight(), "clause:outcome", Cue.EVALUATION, 1.0);
        return new Cue(phraseText(s, object, verb, verbCue), verbCue.weight(), verbCue.rule(), verb,
            verbCue.relation(), verbCue.reliability());
      }
      List<Integer> dependents = verbDependents(s, verb);
      boolean hasObject = dependents.stream().anyMatch(c -> "obj".equals(s.tree().relation(c)));
      String preposition = idiom.preposition();
      for (int c : dependents) {
        // a success is what the verb achieves, its object ("gewann die Wahl", not "gewann bei der Wahl 20 Prozent"),
        // or, with no object, what the actor comes out as ("ging als Sieger hervor"; not "verbucht die Verhandlungen
        // als Erfolg": what the actor calls a success)
        boolean object = "obj".equals(s.tree().relation(c)) || !hasObject && predicative(s, c);
        // a success's adverb is how the act ended ("hat sehr gut abgeschnitten"), as a failure's word anywhere is
        boolean adverb = "advmod".equals(s.tree().relation(c));
        // or the phrase of the preposition the idiom writes ("hat sich an die Spitze gesetzt")
        boolean phrase = preposition != null && preposition.equals(CueAttribution.casePreposition(s, c));
        if (idiom.isWord(s.token(c).word())
            && (!idiom.objectWord() && (idiom.weight() < 0 || adverb || phrase) || object)) {
          Cue verbCue = frameCue(s, null, verb, idiom.weight(), "clause:outcome", Cue.EVALUATION, 1.0);
          // "erzielte keinen Erfolg": a negator of the word negates the phrase too
          boolean negatedWord = negators(s, c).size() % 2 == 1;
          double w = negatedWord ? -NEGATION * verbCue.weight() : verbCue.weight();
          String text = phraseText(s, c, verb, verbCue);
          return new Cue(text, round(w), verbCue.rule(), verb, verbCue.relation(), verbCue.reliability());
        }
      }
    }
    return null;
  }

  /** An idiom's cue text: its word and the verb's cue text in the order they are written ("Wahl … gewann"). */
  private static String phraseText(Sentence s, int word, int verb, Cue verbCue) {
    return word < verb ? s.token(word).word() + " … " + verbCue.text() : verbCue.text() + " … " + s.token(word).word();
  }

  /**
   * The verb's object or clausal complement that a negative lexicon word heads or modifies (an adjective of the
   * object: "die tödlichen Schüsse"), for an idiom of a confessed wrong ({@code CueAttribution.Idiom#NEGATIVE_OBJECT}:
   * "gestand 67 Einbruchsdiebstähle", "hat gestanden, seinen Neffen umgebracht zu haben"); -1 if none. The object
   * also tells the confession's "gestanden" from the perfect of "stehen" ("hat im Weg gestanden" has none).
   */
  private int negativeObject(Sentence s, int verb) {
    for (int c : verbDependents(s, verb)) {
      String rel = s.tree().relation(c);
      if (!"obj".equals(rel) && !"xcomp".equals(rel) && !"ccomp".equals(rel)) {
        continue;
      }
      if (negativeWord(s, c)) {
        return c;
      }
      if ("obj".equals(rel)) {
        for (int m : s.tree().children(c)) {
          if ("amod".equals(s.tree().relation(m)) && negativeWord(s, m)) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** Whether the token is a negative word of the lexicon. */
  private boolean negativeWord(Sentence s, int token) {
    Lexicon.Hit hit = lexicon.lookup(s.token(token).word(), s.token(token).pos());
    return hit != null && hit.weight() < 0;
  }

  /**
   * The dependents of {@code verb}, and, when the verb is a participle the parser hung under its perfect auxiliary
   * ({@code perfect-auxiliaries.tsv}, the participle its {@code xcomp}), the auxiliary's other dependents but its
   * subject: "Peugeot hat … einen Gewinn/obj(hat) eingefahren/xcomp(hat)", "Rajoy hatte erfolglos/advmod(hatte)
   * geworben". Until 2026-12-06 an outcome idiom or adverb in the perfect was found only when the parser hung the
   * object under the participle.
   */
  private List<Integer> verbDependents(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>(s.tree().children(verb));
    int aux = perfectAuxiliaryHead(s, verb);
    if (aux >= 0) {
      for (int c : s.tree().children(aux)) {
        String rel = s.tree().relation(c);
        if (c != verb && !"nsubj".equals(rel) && !"nsubj:pass".equals(rel)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * The negators of the perfect auxiliary the parser made the head of {@code verb} (its {@code xcomp}): "Merz
   * hat/root die Wahl nicht/advmod(hat) gewonnen/xcomp(hat)". Empty when the verb is not so hung.
   */
  private List<Integer> perfectAuxiliaryNegators(Sentence s, int verb) {
    int aux = perfectAuxiliaryHead(s, verb);
    return aux >= 0 ? negators(s, aux) : List.of();
  }

  /**
   * The perfect auxiliary ({@code perfect-auxiliaries.tsv}) the parser made the head of {@code verb}, the participle
   * its {@code xcomp}; -1 when the verb is not so hung.
   */
  private int perfectAuxiliaryHead(Sentence s, int verb) {
    int aux = s.tree().head(verb);
    return aux >= 0 && "xcomp".equals(s.tree().relation(verb))
        && words.perfectAuxiliaries().contains(s.token(aux).word().toLowerCase(Locale.ROOT)) ? aux : -1;
  }

  /** The cue flipped and damped, its negator's word before it, when the verb's perfect auxiliary is negated. */
  private Cue auxiliaryNegated(Sentence s, int verb, Cue cue) {
    List<Integer> negators = perfectAuxiliaryNegators(s, verb);
    if (negators.size() % 2 == 0) {
      return cue;
    }
    // the negator before the verb's word, as it is read: "Wahl … nicht gewonnen"
    String verbWord = s.token(verb).word();
    int at = Math.max(0, cue.text().lastIndexOf(verbWord));
    String text = cue.text().substring(0, at) + s.token(negators.get(0)).word() + " " + cue.text().substring(at);
    return new Cue(text, round(-NEGATION * cue.weight()), cue.rule(), cue.token(), cue.relation(), cue.reliability());
  }

  /** Whether the token is a predicative after "als" ({@code predicative-marks.tsv}): "ging als Sieger hervor". */
  private boolean predicative(Sentence s, int token) {
    return CueAttribution.hasDependentAmong(s, token, "case", words.predicativeMarks());
  }

  /**
   * Whether the verb has what a won contest's verb used alone has not ({@code CueAttribution.Idiom#NO_OBJECT}): an
   * object, which is what was won ("gewann 20 Prozent", "gewinnt Zeit"; the idioms with a word judge those), a phrase
   * of what grows (gain-prepositions.tsv: "gewinnt an Bedeutung"), a marker of purpose (purpose-marks.tsv: "um zu
   * gewinnen"), or a clausal complement ("failed to respond").
   */
  private boolean objectOrGain(Sentence s, int verb) {
    for (int c : verbDependents(s, verb)) {
      String rel = s.tree().relation(c);
      if ("obj".equals(rel) || "ccomp".equals(rel) || "xcomp".equals(rel)) {
        return true;
      }
      String word = s.token(c).word().toLowerCase(Locale.ROOT);
      if ("mark".equals(rel) && words.purposeMarks().contains(word)) {
        return true;
      }
      String prep = "obl".equals(rel) || "nmod".equals(rel) ? CueAttribution.casePreposition(s, c) : null;
      if (prep != null && words.gainPrepositions().contains(prep)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The negator of a circumstance of the verb ("siegte in keiner Region": the "in" phrase's "keiner"), which makes a
   * contest won by the verb alone one won nowhere; -1 if none.
   */
  private int negatedCircumstance(Sentence s, int verb) {
    return negatedDependent(s, verb, "obl");
  }

  /** The first negator of a dependent of the verb in {@code relation} that its negators negate (an odd number); -1. */
  private int negatedDependent(Sentence s, int verb, String relation) {
    for (int c : verbDependents(s, verb)) {
      if (relation.equals(s.tree().relation(c))) {
        List<Integer> negators = negators(s, c);
        if (negators.size() % 2 == 1) {
          return negators.get(0);
        }
      }
    }
    return -1;
  }

  /**
   * Whether the verb's clause is a yes/no question: the sentence ends with a question mark and opens with the verb,
   * its auxiliary or the modal it depends on ("Ist ihm das gelungen?", "Hat Merz die Wahl verloren?", "Kann er
   * gewinnen?"). It asks whether the outcome happened and narrates none; a question word before the verb ("Warum
   * scheiterte Merz?") takes the outcome as given. Since 2026-12-06.
   */
  private static boolean yesNoQuestion(Sentence s, int verb) {
    int first = firstWord(s);
    int last = s.size() - 1;
    while (last > first && QuoteMarks.DOUBLE.contains(s.token(last).word())) {
      last--;
    }
    if (first >= last || !"?".equals(s.token(last).word())) {
      return false;
    }
    String pos = s.token(first).pos();
    return ("VERB".equals(pos) || "AUX".equals(pos))
        && (first == verb || s.tree().head(first) == verb || s.tree().head(verb) == first);
  }

  /** The index of the sentence's first token that is neither punctuation nor a quotation mark (its size if none). */
  private static int firstWord(Sentence s) {
    int first = 0;
    while (first < s.size()
        && ("PUNCT".equals(s.token(first).pos()) || QuoteMarks.DOUBLE.contains(s.token(first).word()))) {
      first++;
    }
    return first;
  }

  /**
   * Whether the verb heads a conditional clause or an open question ("If he won, he'd be a great senator", "unless
   * Trump wins", "wenn die EU … erfolgreich ausverhandelt", "ob Merz sich durchsetzt"; {@code
   * data/rules/en/conditional-conjunctions.tsv}, {@code de/conditional-conjunctions.tsv}): an outcome that may happen,
   * not one that did. German conditionals with the verb first are read by {@link #conditionalClause}. Since
   * 2026-12-06 (German since the outcome adverbs: "wenn" is also "whenever", but no narrated outcome on the team's
   * sets follows it).
   */
  private boolean conditionalMark(Sentence s, int verb) {
    for (int c : verbDependents(s, verb)) {
      if ("mark".equals(s.tree().relation(c))
          && (words.conditionalConjunctions().contains(s.token(c).word().toLowerCase(Locale.ROOT))
          || CONTENT_MARKS.contains(s.token(c).word().toLowerCase(Locale.ROOT)) && conditionalNounClause(s, verb))) {
        return true;
      }
    }
    return false;
  }

  /** The markers of a clause that states a noun's content ("der Fall, dass …"), unlike "weil" or "als". */
  private static final java.util.Set<String> CONTENT_MARKS = java.util.Set.of("dass", "daß");

  /**
   * Whether the clause of {@code verb} is the content of a conditional noun ({@code de/conditional-nouns.tsv}: "für
   * den Fall, dass …", "im Falle, dass …"): the parser hangs it on the noun, or on the verb the noun is an oblique of
   * ("wurde für den Fall beschlossen, dass Infantino … durchdrückt"). Such a clause is a condition. Since 2026-12-07.
   */
  private boolean conditionalNounClause(Sentence s, int verb) {
    int head = s.tree().head(verb);
    if (head < 0) {
      return false;
    }
    if (conditionalNoun(s, head)) {
      return true;
    }
    for (int c : s.tree().children(head)) {
      if (c < verb && conditionalNoun(s, c)
          && ("obl".equals(s.tree().relation(c)) || "nmod".equals(s.tree().relation(c)))) {
        return true;
      }
    }
    return false;
  }

  private boolean conditionalNoun(Sentence s, int token) {
    return "NOUN".equals(s.token(token).pos())
        && words.conditionalNouns().contains(s.token(token).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the verb opens its sentence without being its root: a German conditional clause with the verb first
   * ("Verfehlt die Deutsche Bahn die Ziele, …, soll es weniger Boni geben"), an outcome that may happen, not one that
   * did. A main clause opening with its verb is its sentence's root (a question, a headline). Since 2026-12-05.
   */
  private static boolean conditionalClause(Sentence s, int verb) {
    int first = firstWord(s);
    return first == verb && s.tree().head(verb) >= 0;
  }

  /**
   * The lexeme of a cue's word, so that one act told twice ("Trump droht …" in the headline, "hatte … gedroht" in the
   * text) is known as one: a verb by its frame's lemma (particle verbs joined), else the lexicon entry the word matched,
   * else the word's normalised key.
   */
  public String cueLexeme(Sentence s, Cue c) {
    slant.model.Token t = s.token(c.token());
    CueRelations.Frame f = "VERB".equals(t.pos()) && s.parsed() ? relations.frame(lookupForm(s, c.token())) : null;
    if (f != null) {
      return f.lemma();
    }
    Lexicon.Hit hit = lexicon.lookup(t.word(), t.pos());
    return hit != null ? hit.entry().lemma() : slant.lang.WordNormalizer.forLanguage(lexicon.language()).key(t.word());
  }

  /** The dependents of {@code token} that are negators ("nicht", "keinen"), in sentence order. */
  private List<Integer> negators(Sentence s, int token) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.tree().children(token)) {
      if (negating(s, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A frame cue on {@code verb} of weight {@code w}, flipped and damped by {@link #NEGATION} when negated. */
  private Cue frameCue(Sentence s, CueAttribution attribution, int verb, double w, String rule, String relation,
      double reliability) {
    StringBuilder text = new StringBuilder();
    List<Integer> negators = negators(s, verb);
    boolean negated = negators.size() % 2 == 1;
    for (int c : negators) {
      text.append(s.token(c).word()).append(' ');
    }
    text.append(s.token(verb).word());
    return new Cue(text.toString(), round(negated ? -NEGATION * w : w), rule, verb, relation, reliability);
  }

  /** {@code v} rounded to three decimals, as cue weights and scores are reported; public for the article analyzer. */
  public static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  /** The weight of a {@code frame:obj} stance cue: a clear but not strong evaluation by another actor. */
  static final double STANCE_WEIGHT = 0.6;

  /** The mention's tone from its cues: tanh of the sum of the cues that count for tone, in (-1, 1). */
  public static double aggregate(List<Cue> cues) {
    double sum = 0;
    for (Cue c : cues) {
      if (c.countsForTone()) {
        sum += c.weight();
      }
    }
    return round(Math.tanh(sum));
  }

  /**
   * The evidence of a mention's evaluation: the sum of its evaluation cues' weights, each times its reliability
   * ({@link #reliability}).
   */
  public static double evaluationEvidence(List<Cue> cues) {
    double sum = 0;
    for (Cue c : cues) {
      if (c.isEvaluation()) {
        sum += c.weight() * c.reliability();
      }
    }
    return sum;
  }

  /** Attribution rules whose evaluation cues count at full weight; the others count {@link #WEAK_RULE}. */
  static final java.util.Set<String> RELIABLE_RULES = java.util.Set.of("label", "window",
      "predicate:nsubj", "predicate:amod", "predicate:appos", "predicate:flat", "predicate:compound", "modifier:amod",
      "modifier:dep", "clause:class", "clause:outcome", "clause:attribute", "predicate:outcome",
      "predicate:venture", "predicate:scandal", "predicate:conduct");

  /**
   * The weight of an evaluation cue attributed by a rule that was often wrong on the team's German dev set: an act
   * of the actor as subject of a verb ("X blockiert", "X bombardiert", lexicon or verb-frame cue), a noun the actor
   * is the genitive of ("die Bereitschaft der X"), a clause-level judgement, a common noun inside a name, an
   * apposition, a nominal or clausal modifier. Of the dev actors with such a negative cue, at most four in ten were
   * negative in the gold; with a title noun ("Machthaber Kim") or an attached adjective, one half to seven in ten
   * (docs/validation-sentiment.md). A weak cue alone makes an actor polar only at the lexicon's extreme weight (±1.0:
   * "die Kriegsverbrechen Russlands", a genitive); below it, two weak cues are needed.
   */
  static final double WEAK_RULE = 0.5;

  /**
   * 1 for the {@link #RELIABLE_RULES}, {@link #WEAK_RULE} otherwise; under {@code predicate:nsubj} a verb the actor
   * is the active subject of ({@code verbPredicate}: not a state passive such as "ist geächtet", not an adjective
   * such as "ist korrupt") is weak. A conjunct inherits its rule's reliability. The scorer makes a conduct verb's cue
   * full besides ({@link #judgedConduct}).
   */
  public static double reliability(String rule, boolean verbPredicate) {
    String r = withoutConjunct(rule);
    return RELIABLE_RULES.contains(r) && !(verbPredicate && r.equals("predicate:nsubj")) ? 1.0 : WEAK_RULE;
  }

  /**
   * A verb, or a finite verb the tagger took for its participle: an adjective with a direct object and no copula
   * ("Wieso entmachtet Xi seinen Top-General?" — no predicative adjective takes an accusative object). Until
   * 2026-12-07 such a word was an adjective said of its subject in full, "ist entmachtet".
   */
  private static boolean isVerb(Sentence s, int token) {
    String pos = s.token(token).pos();
    if ("VERB".equals(pos) || "AUX".equals(pos)) {
      return true;
    }
    if (!"ADJ".equals(pos) || !s.parsed()) {
      return false;
    }
    boolean object = false;
    for (int c : s.tree().children(token)) {
      String rel = s.tree().relation(c);
      if ("cop".equals(rel)) {
        return false;
      }
      object |= "obj".equals(rel);
    }
    return object;
  }

}
