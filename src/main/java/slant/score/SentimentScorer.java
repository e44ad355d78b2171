package slant.score;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
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
  /** Double quotation marks only: single ones double as apostrophes ("Kids’"). */
  private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "„", "“", "”", "«", "»", "``", "''");

  private final Lexicon lexicon;
  private final int maxDistance;
  private final CueRelations relations;

  /** A scorer without relation rules: every cue's relation is decided by the attribution alone (no verb frames). */
  public SentimentScorer(Lexicon lexicon, int maxDistance) {
    this(lexicon, maxDistance, CueRelations.empty(lexicon.language()));
  }

  public SentimentScorer(Lexicon lexicon, int maxDistance, CueRelations relations) {
    this.lexicon = lexicon;
    this.maxDistance = maxDistance;
    this.relations = relations;
  }

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
  record RawCue(int token, String text, double weight, boolean negated, String form, String lemma, String match) {}

  /** The lexicon cues of a sentence with modifiers applied. Modifier words themselves are never cues. */
  List<RawCue> cues(Sentence s) {
    List<RawCue> raw = new ArrayList<>();
    List<List<Integer>> children = s.parsed() ? s.children() : null;
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
      if (lexicon.modifier(tok.word()) != null || !isContentWord(tok) || QUOTE_MARKS.contains(tok.word())) {
        continue;
      }
      Lexicon.Hit hit = null;
      String particle = children == null ? null : separatedParticle(s, children.get(t));
      String form = particle != null ? particle + tok.word().toLowerCase(Locale.ROOT) : tok.word();
      // a particle verb is its own lexeme: "teilte … mit" is mitteilen, not teilen
      hit = lexicon.lookup(form, tok.pos());
      if (hit == null) {
        continue;
      }
      double w = hit.weight();
      StringBuilder text = new StringBuilder();
      boolean negated = false;
      List<Integer> mods = children != null ? children.get(t) : windowBefore(s, t);
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
            negated = !negated;
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
      raw.add(new RawCue(t, text.toString(), Math.max(-1.5, Math.min(1.5, w)), negated, form, hit.entry().lemma(),
          hit.match()));
    }
    return raw;
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
      if (!QUOTE_MARKS.contains(s.token(t).word())) {
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

  /** Function words (determiners, pronouns, auxiliaries, adpositions, …) are never cues. */
  private static boolean isContentWord(Token t) {
    return t.pos() == null || CONTENT_POS.contains(t.pos());
  }

  /** The separated verb particle ("an" in "bahnt sich … an"), joined back to the verb for lookup. */
  private static String separatedParticle(Sentence s, List<Integer> children) {
    String[] rels = s.relations();
    for (int c : children) {
      if ("compound:prt".equals(rels[c])) {
        return s.token(c).word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
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
    CueAttribution attribution = new CueAttribution(s, mentions, idx, maxDistance);
    for (RawCue c : raw) {
      for (CueAttribution.Target t : attribution.targets(c.token())) {
        // a compound coloured only by a modifier part ("Kriegsgebiet", and the false split "Re|gier|ung") names a
        // thing near something bad, it evaluates nobody: tone only
        String relation = c.match().equals("compound-part") ? CueRelations.Relation.CONTEXT.code()
            : attribution.relation(c.token(), c.form(), c.lemma(), t, relations).code();
        boolean verbPredicate = isVerb(s, c.token()) && !attribution.isStatePredicate(c.token());
        out.get(t.mention()).add(new Cue(c.text(), round(c.weight() * t.decay()), t.rule(), c.token(), relation,
            reliability(t.rule(), verbPredicate)));
      }
    }
    if (s.parsed()) {
      addFrameCues(s, mentions, idx, attribution, out);
    }
  }

  /**
   * Verb-frame evaluations of a subject ("Putin täuscht Merkel": negative for Putin, although the attribution gives
   * the verb's lexicon cue to the object; "X verschleppt die Reform" with no lexicon entry for the verb): a verb whose
   * frame evaluates its subject (pos/neg) adds a cue {@code frame:nsubj} with the frame's weight (negated: flipped and
   * damped like a lexicon cue) to a mention that is its active subject, unless that mention already has a cue from the
   * verb. These cues count toward the evaluation only: the tone stays the lexicon's.
   */
  private void addFrameCues(Sentence s, List<Mention> mentions, List<Integer> idx, CueAttribution attribution,
      List<List<Cue>> out) {
    int[] heads = s.heads();
    String[] rels = s.relations();
    List<List<Integer>> children = s.children();
    for (int i : idx) {
      addStanceCue(s, mentions.get(i), attribution, out.get(i));
    }
    for (int i : idx) {
      Mention m = mentions.get(i);
      int h = m.headToken();
      String rel = rels[h] == null ? "" : rels[h];
      int verb = heads[h];
      if (verb < 0 || !rel.equals("nsubj") || !"VERB".equals(s.token(verb).pos())) {
        continue;
      }
      String form = attribution.verbForm(verb);
      CueRelations.Frame frame = relations.frame(form);
      if (frame == null || frame.subject() != CueRelations.Role.POS && frame.subject() != CueRelations.Role.NEG) {
        continue;
      }
      final int v = verb;
      if (out.get(i).stream().anyMatch(c -> c.token() == v)) {
        continue;
      }
      double w = frame.subject() == CueRelations.Role.POS ? frame.weight() : -frame.weight();
      StringBuilder text = new StringBuilder();
      boolean negated = false;
      for (int c : children.get(verb)) {
        Lexicon.Modifier mod = lexicon.modifier(s.token(c).word());
        if (mod != null && mod.type() == Lexicon.ModifierType.NEGATOR) {
          negated = !negated;
          text.append(s.token(c).word()).append(' ');
        }
      }
      if (negated) {
        w = -NEGATION * w;
      }
      text.append(s.token(verb).word());
      out.get(i).add(new Cue(text.toString(), round(w), "frame:nsubj", verb, Cue.EVALUATION,
          reliability("frame:nsubj", false)));
    }
  }

  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  /** The weight of a {@code frame:obj} stance cue: a clear but not strong evaluation by another actor. */
  static final double STANCE_WEIGHT = 0.6;

  /**
   * Another actor's stance toward the mention from a verb frame alone ("Die Opposition warf der Regierung Versagen
   * vor", "X lobte Y"): a verb whose frame gives its object pos/neg adds a cue {@code frame:obj} of
   * ±{@link #STANCE_WEIGHT} with relation stance to a mention that is its object, indirect object or passive subject
   * (negated: flipped and damped), unless the mention already has a cue from the verb. It counts toward
   * {@code overall_polarity} only.
   */
  private void addStanceCue(Sentence s, Mention m, CueAttribution attribution, List<Cue> cues) {
    int h = m.headToken();
    String rel = s.relations()[h] == null ? "" : s.relations()[h].toLowerCase(Locale.ROOT);
    int verb = s.heads()[h];
    if (verb < 0 || !"VERB".equals(s.token(verb).pos())
        || !(rel.equals("obj") || rel.equals("iobj") || rel.equals("nsubj:pass") || rel.equals("obl:arg"))) {
      return;
    }
    CueRelations.Frame frame = relations.frame(attribution.verbForm(verb));
    if (frame == null || frame.object() != CueRelations.Role.POS && frame.object() != CueRelations.Role.NEG
        || cues.stream().anyMatch(c -> c.token() == verb)) {
      return;
    }
    double w = frame.object() == CueRelations.Role.POS ? STANCE_WEIGHT : -STANCE_WEIGHT;
    String text = s.token(verb).word();
    for (int c : s.children().get(verb)) {
      Lexicon.Modifier mod = lexicon.modifier(s.token(c).word());
      if (mod != null && mod.type() == Lexicon.ModifierType.NEGATOR) {
        w = -NEGATION * w;
        text = s.token(c).word() + " " + text;
      }
    }
    cues.add(new Cue(text, round(w), "frame:obj", verb, Cue.STANCE));
  }

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
      "modifier:dep");

  /**
   * The weight of an evaluation cue attributed by a rule that was often wrong on the team's German dev set: an act
   * of the actor as subject of a verb ("X blockiert", "X bombardiert", lexicon or verb-frame cue), a noun the actor
   * is the genitive of ("die Bereitschaft der X"), a clause-level judgement, a common noun inside a name, an
   * apposition, a nominal or clausal modifier. Of the dev actors with such a negative cue, at most four in ten were
   * negative in the gold; with a title noun ("Machthaber Kim") or an attached adjective, one half to seven in ten
   * (docs/validation-sentiment.md). A weak cue alone never makes an actor polar; two do.
   */
  static final double WEAK_RULE = 0.5;

  /**
   * 1 for the {@link #RELIABLE_RULES}, {@link #WEAK_RULE} otherwise; under {@code predicate:nsubj} a verb the actor
   * is the active subject of ({@code verbPredicate}: not a state passive such as "ist geächtet", not an adjective
   * such as "ist korrupt") is weak. A conjunct inherits its rule's reliability.
   */
  public static double reliability(String rule, boolean verbPredicate) {
    String r = rule;
    while (r.startsWith("conjunct:")) {
      r = r.substring("conjunct:".length());
    }
    return RELIABLE_RULES.contains(r) && !(verbPredicate && r.equals("predicate:nsubj")) ? 1.0 : WEAK_RULE;
  }

  private static boolean isVerb(Sentence s, int token) {
    String pos = s.token(token).pos();
    return "VERB".equals(pos) || "AUX".equals(pos);
  }

  /** The mention's sentiment (the evaluation of its actor): tanh of its evaluation evidence, in (-1, 1). */
  public static double evaluation(List<Cue> cues) {
    return round(Math.tanh(evaluationEvidence(cues)));
  }
}
