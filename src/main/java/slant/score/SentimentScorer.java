package slant.score;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Target-dependent sentiment: each lexicon cue in a sentence counts toward the mention(s) it is closest to in the
 * dependency tree, so that in "Putin empfing Kim, den brutalen Diktator" the cues reach Kim and not Putin.
 *
 * <p>Rules, in the order a cue's weight is built:
 * <ol>
 *   <li>lexicon weight of the word (lemma, or compound part: {@link Lexicon#lookup});
 *   <li>intensifier/diminisher dependents multiply it ("sehr brutal");
 *   <li>a negator dependent ("nicht", "kein", "nie", "ohne", "weder") flips it and damps it by {@link #NEGATION};
 *   <li>after a contrast word ("aber", "jedoch") it counts {@link #AFTER_CONTRAST}×, inside a concessive
 *       ("zwar …") part {@link #CONCESSIVE}×;
 *   <li>attribution: the cue goes to the mention(s) at the smallest tree distance (ties share), at most
 *       {@code maxDistance} edges away, weighted 1 / (1 + 0.3·(d − 1)); a verb whose object is a mention does not
 *       pass its polarity to its subject (in "X kritisiert Y" the criticism is about Y). Unparsed sentences use
 *       token distance within a window of 4 instead (rule "window").
 * </ol>
 * The mention's sentiment is tanh of its cue sum, so it lies in (-1, 1).
 */
public final class SentimentScorer implements Serializable {

  static final double NEGATION = 0.8;
  static final double AFTER_CONTRAST = 1.2;
  static final double CONCESSIVE = 0.6;
  private static final int WINDOW = 4;

  private final Lexicon lexicon;
  private final int maxDistance;

  public SentimentScorer(Lexicon lexicon, int maxDistance) {
    this.lexicon = lexicon;
    this.maxDistance = maxDistance;
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

  /** A cue word before attribution. */
  record RawCue(int token, String text, double weight, boolean negated) {}

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
    for (int t = 0; t < s.size(); t++) {
      Token tok = s.token(t);
      if (lexicon.modifier(tok.word()) != null || !isContentWord(tok)) {
        continue;
      }
      Lexicon.Hit hit = null;
      String particle = children == null ? null : separatedParticle(s, children.get(t));
      if (particle != null) {
        // a particle verb is its own lexeme: "teilte … mit" is mitteilen, not teilen
        hit = lexicon.lookup(particle + tok.word().toLowerCase(Locale.ROOT), tok.pos());
      } else {
        hit = lexicon.lookup(tok.word(), tok.pos());
      }
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
      text.append(tok.word());
      raw.add(new RawCue(t, text.toString(), Math.max(-1.5, Math.min(1.5, w)), negated));
    }
    return raw;
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
    if (raw.isEmpty()) {
      return;
    }
    int[][] dist = new int[idx.size()][];
    for (int k = 0; k < idx.size(); k++) {
      dist[k] = s.parsed() ? treeDistances(s, mentions.get(idx.get(k)).headToken())
          : linearDistances(s, mentions.get(idx.get(k)));
    }
    int[] heads = s.heads();
    String[] rels = s.relations();
    for (RawCue c : raw) {
      int best = Integer.MAX_VALUE;
      for (int k = 0; k < idx.size(); k++) {
        Mention m = mentions.get(idx.get(k));
        if (insideOther(c.token(), m, mentions, idx)) {
          continue;
        }
        best = Math.min(best, effectiveDistance(s, c, m, dist[k], mentions, idx));
      }
      int limit = s.parsed() ? maxDistance : WINDOW;
      if (best > limit) {
        continue;
      }
      List<Integer> winners = new ArrayList<>();
      for (int k = 0; k < idx.size(); k++) {
        Mention m = mentions.get(idx.get(k));
        if (!insideOther(c.token(), m, mentions, idx) && effectiveDistance(s, c, m, dist[k], mentions, idx) == best) {
          winners.add(k);
        }
      }
      winners = preferSubjects(s, mentions, idx, winners);
      for (int k : winners) {
        Mention m = mentions.get(idx.get(k));
        double decay = best <= 1 ? 1.0 : 1.0 / (1.0 + 0.3 * (best - 1));
        String rule = rule(s, c, m, heads, rels, best);
        out.get(idx.get(k)).add(new Cue(c.text(), round(c.weight() * decay), rule, c.token()));
      }
    }
  }

  /**
   * A cue inside another mention's span, or on its head (a title noun like "Machthaber", the "Regime" of "das Regime
   * in Pjöngjang"), belongs to that mention ("Putin-Regime" is about Putin).
   */
  private static boolean insideOther(int token, Mention m, List<Mention> mentions, List<Integer> idx) {
    if (m.covers(token) || m.headToken() == token) {
      return false;
    }
    for (int k : idx) {
      Mention o = mentions.get(k);
      if (o != m && (o.covers(token) || o.headToken() == token) && !o.actorId().equals(m.actorId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Among mentions at the same distance from a cue, a single subject wins: in "Verzweiflungstat, dass sich Putin …
   * einem Staat anbiedert: Nordkorea" the clause is about its subject.
   */
  private static List<Integer> preferSubjects(Sentence s, List<Mention> mentions, List<Integer> idx,
      List<Integer> winners) {
    if (winners.size() < 2 || !s.parsed()) {
      return winners;
    }
    String[] rels = s.relations();
    List<Integer> subjects = new ArrayList<>();
    java.util.Set<String> actors = new java.util.HashSet<>();
    for (int k : winners) {
      Mention m = mentions.get(idx.get(k));
      actors.add(m.actorId());
      String r = rels[m.headToken()];
      if (r != null && r.startsWith("nsubj")) {
        subjects.add(k);
      }
    }
    return subjects.size() == 1 && actors.size() > 1 ? subjects : winners;
  }

  private int effectiveDistance(Sentence s, RawCue c, Mention m, int[] dist, List<Mention> mentions,
      List<Integer> idx) {
    if (m.covers(c.token()) || c.token() == m.headToken()) {
      return 0;
    }
    int d = dist[c.token()];
    if (!s.parsed()) {
      return d;
    }
    // A verb's polarity goes to its object rather than its subject when the object is a mention.
    int[] heads = s.heads();
    String[] rels = s.relations();
    if (heads[m.headToken()] == c.token() && rels[m.headToken()] != null
        && rels[m.headToken()].startsWith("nsubj") && "VERB".equals(s.token(c.token()).pos())) {
      for (int k : idx) {
        Mention o = mentions.get(k);
        int oh = o.headToken();
        if (o != m && heads[oh] == c.token() && rels[oh] != null
            && (rels[oh].equals("obj") || rels[oh].equals("iobj") || rels[oh].startsWith("obl"))) {
          return Integer.MAX_VALUE - 1;
        }
      }
    }
    return d;
  }

  private static String rule(Sentence s, RawCue c, Mention m, int[] heads, String[] rels, int distance) {
    if (!s.parsed()) {
      return "window";
    }
    if (distance == 0) {
      return m.covers(c.token()) ? "in-mention" : "label";
    }
    // cue governs the mention (walking up from the mention head): a predicate or noun the mention depends on
    int t = m.headToken();
    String firstRel = rels[t];
    while (t >= 0 && heads[t] >= 0) {
      if (heads[t] == c.token()) {
        return "predicate:" + base(firstRel);
      }
      t = heads[t];
    }
    // cue below the mention: a modifier, apposition or relative clause of the actor
    t = c.token();
    while (t >= 0 && heads[t] >= 0) {
      if (heads[t] == m.headToken()) {
        return "modifier:" + base(rels[t]);
      }
      t = heads[t];
    }
    return "clause";
  }

  private static String base(String rel) {
    if (rel == null) {
      return "dep";
    }
    int i = rel.indexOf(':');
    return (i < 0 ? rel : rel.substring(0, i)).toLowerCase(Locale.ROOT);
  }

  /** Undirected tree distance from {@code from} to every token (MAX_VALUE if unreachable). */
  static int[] treeDistances(Sentence s, int from) {
    int n = s.size();
    List<List<Integer>> adj = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adj.add(new ArrayList<>());
    }
    int[] heads = s.heads();
    for (int i = 0; i < n; i++) {
      if (heads[i] >= 0) {
        adj.get(i).add(heads[i]);
        adj.get(heads[i]).add(i);
      }
    }
    int[] d = new int[n];
    Arrays.fill(d, Integer.MAX_VALUE);
    d[from] = 0;
    ArrayDeque<Integer> q = new ArrayDeque<>();
    q.add(from);
    while (!q.isEmpty()) {
      int u = q.poll();
      for (int v : adj.get(u)) {
        if (d[v] == Integer.MAX_VALUE) {
          d[v] = d[u] + 1;
          q.add(v);
        }
      }
    }
    return d;
  }

  private static int[] linearDistances(Sentence s, Mention m) {
    int[] d = new int[s.size()];
    for (int t = 0; t < s.size(); t++) {
      d[t] = t < m.startToken() ? m.startToken() - t : t >= m.endToken() ? t - m.endToken() + 1 : 0;
    }
    return d;
  }

  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }

  /** The mention sentiment from its cues: tanh of their sum, in (-1, 1). */
  public static double aggregate(List<Cue> cues) {
    double sum = 0;
    for (Cue c : cues) {
      sum += c.weight();
    }
    return round(Math.tanh(sum));
  }
}
