package slant.score;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  private final Sentence s;
  private final List<Mention> mentions;
  private final List<Integer> idx;
  private final int maxDistance;
  private final int[][] dist;
  private final int[] heads;
  private final String[] rels;
  private final int[] coordinationHead;

  /**
   * @param mentions all mentions of the document
   * @param idx indexes (into {@code mentions}) of the mentions in sentence {@code s}
   */
  public CueAttribution(Sentence s, List<Mention> mentions, List<Integer> idx, int maxDistance) {
    this.s = s;
    this.mentions = mentions;
    this.idx = idx;
    this.maxDistance = maxDistance;
    this.heads = s.heads();
    this.rels = s.relations();
    this.dist = new int[idx.size()][];
    for (int k = 0; k < idx.size(); k++) {
      dist[k] = s.parsed() ? treeDistances(s, mentions.get(idx.get(k)).headToken())
          : linearDistances(s, mentions.get(idx.get(k)));
    }
    this.coordinationHead = new int[idx.size()];
    for (int k = 0; k < idx.size(); k++) {
      coordinationHead[k] = coordinationHead(k);
    }
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
    if (!"conj".equals(base(rels[h])) || heads[h] < 0) {
      return -1;
    }
    for (int j = 0; j < idx.size(); j++) {
      Mention o = mentions.get(idx.get(j));
      if (j != k && o.headToken() == heads[h] && !o.actorId().equals(m.actorId())) {
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
  private List<Integer> preferSubjects(List<Integer> winners) {
    if (winners.size() < 2 || !s.parsed()) {
      return winners;
    }
    List<Integer> subjects = new ArrayList<>();
    Set<String> actors = new HashSet<>();
    for (int k : winners) {
      Mention m = mentions.get(idx.get(k));
      actors.add(m.actorId());
      String r = rels[m.headToken()];
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
    return shared > 0 && heads[token] != firstHead ? Math.min(own, shared) : own;
  }

  private int ownDistance(int token, int k) {
    Mention m = mentions.get(idx.get(k));
    int[] d = dist[k];
    if (m.covers(token) || token == m.headToken()) {
      return 0;
    }
    if (!s.parsed()) {
      return d[token];
    }
    // A verb's polarity goes to its object rather than its subject when the object is a mention.
    if (heads[m.headToken()] == token && rels[m.headToken()] != null && rels[m.headToken()].startsWith("nsubj")
        && "VERB".equals(s.token(token).pos())) {
      for (int j : idx) {
        Mention o = mentions.get(j);
        int oh = o.headToken();
        if (o != m && heads[oh] == token && rels[oh] != null
            && (rels[oh].equals("obj") || rels[oh].equals("iobj") || rels[oh].startsWith("obl"))) {
          return Integer.MAX_VALUE - 1;
        }
      }
    }
    return d[token];
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
      return m.covers(token) ? "in-mention" : "label";
    }
    // the cue governs the mention (walking up from the mention head): a predicate or noun the mention depends on.
    // Both walks take at most one step per token: a malformed (cyclic) parse must not hang an executor.
    int t = m.headToken();
    String firstRel = rels[t];
    for (int step = 0; step < heads.length && t >= 0 && heads[t] >= 0; step++) {
      if (heads[t] == token) {
        return "predicate:" + base(firstRel);
      }
      t = heads[t];
    }
    // the cue below the mention: a modifier, apposition or relative clause of the actor
    t = token;
    for (int step = 0; step < heads.length && t >= 0 && heads[t] >= 0; step++) {
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
}
