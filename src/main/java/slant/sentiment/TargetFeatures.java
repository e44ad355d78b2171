package slant.sentiment;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.Sentence;
import slant.model.Token;
import slant.voice.VoiceMap;

/**
 * Features of one (sentence, target mention) pair for the trained sentiment layer, computed from the same
 * {@link AnnotatedDoc}, {@link Lexicon} and {@link CueAttribution} the rule scorer uses. Pure: no I/O, no model.
 *
 * <p>Two blocks ({@link #VERSION} names the layout; a model records the version it was trained with):
 *
 * <ul>
 *   <li><b>dense</b> ({@link #DENSE_NAMES}): the attributed cue sum and its tanh (the rule score), positive and negative
 *       attributed sums and counts, max |cue|, negated cues, signed sums and counts per attribution rule
 *       (predicate / modifier / label / clause / window), nearest cue distance, the sentence's cues not attributed to
 *       the target (other mentions' or nobody's), the target's syntactic role (subject, passive subject, object,
 *       oblique/nominal modifier, root, apposition/conjunct), inside quotation marks, contrast word and negator in
 *       the sentence, sentence length bucket, language, other mentions, whether the target is a named entity;
 *   <li><b>hashed</b> (2^{@code hashBits} buckets, FNV-1a of a namespaced key, value {@link #HASHED_VALUE}): the
 *       matching keys ({@link WordNormalizer}) of the words within dependency-tree distance ≤ 2 of the target head ({@code n:}), its
 *       governor with the relation ({@code g:}, {@code gr:}), the nearest governing verb ({@code gv:}), the
 *       attributed cue words ({@code c:}), the sentence's content words ({@code s:}) and the head relation
 *       ({@code r:}). Words of the target itself, proper nouns, named entities and numbers are never hashed by their
 *       identity (they become {@code <NE>}/{@code <NUM>}): the model must not learn priors about particular actors.
 * </ul>
 */
public final class TargetFeatures implements Serializable {

  /** Layout version of the features; bump on any change to names, order, hashing or namespaces. */
  public static final int VERSION = 2;

  public static final List<String> DENSE_NAMES = List.of(
      "att_sum", "att_tanh", "att_pos_sum", "att_neg_sum", "att_pos_n", "att_neg_n", "att_max_abs",
      "att_negated_n", "has_cue", "min_dist_inv",
      "rule_predicate_sum", "rule_modifier_sum", "rule_label_sum", "rule_clause_sum", "rule_window_sum",
      "rule_predicate_n", "rule_modifier_n", "rule_label_n", "rule_clause_n", "rule_window_n",
      "other_pos_sum", "other_neg_sum", "other_pos_n", "other_neg_n", "sent_pos_sum", "sent_neg_sum",
      "target_subj", "target_pass_subj", "target_obj", "target_obl_nmod", "target_root", "target_appos_conj",
      "in_quotes", "has_contrast", "has_negator",
      "len_le10", "len_le20", "len_le30", "len_le45", "len_gt45",
      "lang_de", "lang_en", "other_mentions", "parsed", "target_position", "target_named", "target_tokens");

  public static final int DENSE = DENSE_NAMES.size();

  private static final List<String> RULES = List.of("predicate", "modifier", "label", "clause", "window");
  private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "ADJ", "ADV");
  private static final int NEIGHBOURHOOD = 2;
  /**
   * The governing verb is looked for among the mention's governor and its next three heads: a linguistic reach (the
   * verb of the mention's own clause, through a noun or two), not a cycle guard — the tree's walks end on their own.
   */
  private static final int GOVERNING_VERB_HOPS = 4;

  /**
   * The value of a present hashed key (version 1: 1.0). Below 1, the single L2 strength of {@link SoftmaxRegression}
   * penalises word weights more than the standardised dense features ({@code l2 / v²} per unit of effect): on GerNTSA
   * dev the inner CV otherwise chose the strongest L2 of the grid to tame 2^14 sparse word weights, which also
   * flattened the dense lexicon features; with 0.5 it chooses weaker L2 and nested CV macro-F1 rose slightly (see
   * docs/validation-sentiment.md).
   */
  static final double HASHED_VALUE = 0.5;

  private final SentimentScorer scorer;
  private final int maxDistance;
  private final int hashBits;

  /** @param maxDistance the attribution distance the rule scorer uses ({@code sentiment.max_distance}) */
  public TargetFeatures(SentimentScorer scorer, int maxDistance, int hashBits) {
    if (hashBits < 4 || hashBits > 24) {
      throw new IllegalArgumentException("hashBits must be in [4, 24]");
    }
    this.scorer = scorer;
    this.maxDistance = maxDistance;
    this.hashBits = hashBits;
  }

  public int hashBits() {
    return hashBits;
  }

  /** Total dimension: dense features then hashed buckets. */
  public int dimension() {
    return DENSE + (1 << hashBits);
  }

  /** A sparse feature vector: strictly increasing indexes and their values. */
  public record Vector(int[] index, double[] value) implements Serializable {

    public double get(int i) {
      int k = Arrays.binarySearch(index, i);
      return k >= 0 ? value[k] : 0;
    }

    public int size() {
      return index.length;
    }
  }

  /** A hashed word feature's origin: its bucket and the sentence token whose word it is. */
  public record WordSource(int bucket, int token) implements Serializable {}

  /** One mention's features and, for explanation, which tokens its hashed word features came from. */
  public record Explained(Vector vector, List<WordSource> words) implements Serializable {}

  /**
   * Features of every mention, in the order of {@code mentions} (all mentions of {@code doc}).
   *
   * @param voices the article's voice attribution ({@link slant.voice.VoiceAttributor}, computed once per article
   *     before scoring): its quotation spans give {@code in_quotes}
   */
  public List<Vector> extractAll(AnnotatedDoc doc, List<Mention> mentions, VoiceMap voices) {
    return extractAllExplained(doc, mentions, voices).stream().map(Explained::vector).toList();
  }

  /**
   * As {@link #extractAll}, with the tokens behind the hashed word features (placeholders for the target, names and
   * numbers are not words and have no source).
   */
  public List<Explained> extractAllExplained(AnnotatedDoc doc, List<Mention> mentions, VoiceMap voices) {
    List<List<Integer>> bySentence = new ArrayList<>();
    for (int i = 0; i < doc.sentences().size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (int i = 0; i < mentions.size(); i++) {
      bySentence.get(mentions.get(i).sentence()).add(i);
    }
    Explained[] result = new Explained[mentions.size()];
    for (Sentence s : doc.sentences()) {
      List<Integer> idx = bySentence.get(s.index());
      if (idx.isEmpty()) {
        continue;
      }
      List<SentimentScorer.RawCue> raw = scorer.cues(s);
      CueAttribution attribution = new CueAttribution(s, mentions, idx, maxDistance, scorer.attributionWords());
      List<List<CueAttribution.Target>> targetsOfCue = new ArrayList<>(raw.size());
      for (SentimentScorer.RawCue c : raw) {
        targetsOfCue.add(attribution.targets(c.token()));
      }
      for (int i : idx) {
        List<WordSource> words = new ArrayList<>();
        result[i] = new Explained(extract(doc, s, mentions, i, idx.size() - 1, raw, targetsOfCue, voices, words),
            words);
      }
    }
    return Arrays.asList(result);
  }

  /** Features of mention {@code target} (an index into {@code mentions}). */
  public Vector extract(AnnotatedDoc doc, List<Mention> mentions, int target, VoiceMap voices) {
    return extractAll(doc, mentions, voices).get(target);
  }

  private Vector extract(AnnotatedDoc doc, Sentence s, List<Mention> mentions, int target, int others,
      List<SentimentScorer.RawCue> raw, List<List<CueAttribution.Target>> targetsOfCue, VoiceMap voices,
      List<WordSource> words) {
    Mention m = mentions.get(target);
    Lexicon lexicon = scorer.lexicon();
    WordNormalizer norm = WordNormalizer.forLanguage(doc.language());
    double[] d = new double[DENSE];
    Map<Integer, Double> hashed = new TreeMap<>();

    double attSum = 0;
    double posSum = 0;
    double negSum = 0;
    int posN = 0;
    int negN = 0;
    double maxAbs = 0;
    int negated = 0;
    int minDist = Integer.MAX_VALUE;
    double[] ruleSum = new double[RULES.size()];
    int[] ruleN = new int[RULES.size()];
    double otherPos = 0;
    double otherNeg = 0;
    int otherPosN = 0;
    int otherNegN = 0;
    double sentPos = 0;
    double sentNeg = 0;
    for (int c = 0; c < raw.size(); c++) {
      SentimentScorer.RawCue cue = raw.get(c);
      if (cue.weight() > 0) {
        sentPos += cue.weight();
      } else {
        sentNeg -= cue.weight();
      }
      CueAttribution.Target hit = null;
      for (CueAttribution.Target t : targetsOfCue.get(c)) {
        if (t.mention() == target) {
          hit = t;
        }
      }
      if (hit == null) {
        if (cue.weight() > 0) {
          otherPos += cue.weight();
          otherPosN++;
        } else if (cue.weight() < 0) {
          otherNeg -= cue.weight();
          otherNegN++;
        }
        continue;
      }
      double w = cue.weight() * hit.decay();
      attSum += w;
      if (w > 0) {
        posSum += w;
        posN++;
      } else if (w < 0) {
        negSum -= w;
        negN++;
      }
      maxAbs = Math.max(maxAbs, Math.abs(w));
      if (cue.negated()) {
        negated++;
      }
      minDist = Math.min(minDist, hit.distance());
      int r = ruleIndex(hit.rule());
      ruleSum[r] += w;
      ruleN[r]++;
      add(hashed, words, "c:" + (w > 0 ? "+" : "-"), wordKey(s.token(cue.token()), norm, m), cue.token());
    }
    int k = 0;
    d[k++] = attSum;
    d[k++] = Math.tanh(attSum);
    d[k++] = posSum;
    d[k++] = negSum;
    d[k++] = Math.log1p(posN);
    d[k++] = Math.log1p(negN);
    d[k++] = maxAbs;
    d[k++] = negated;
    d[k++] = posN + negN > 0 ? 1 : 0;
    d[k++] = minDist == Integer.MAX_VALUE ? 0 : 1.0 / (1 + minDist);
    for (double v : ruleSum) {
      d[k++] = v;
    }
    for (int v : ruleN) {
      d[k++] = Math.log1p(v);
    }
    d[k++] = otherPos;
    d[k++] = otherNeg;
    d[k++] = Math.log1p(otherPosN);
    d[k++] = Math.log1p(otherNegN);
    d[k++] = sentPos;
    d[k++] = sentNeg;

    DependencyTree tree = s.tree();
    int head = m.headToken();
    String rel = s.parsed() && tree.relation(head) != null ? tree.relation(head).toLowerCase(Locale.ROOT) : "none";
    String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
    d[k++] = base.equals("nsubj") && !rel.equals("nsubj:pass") ? 1 : 0;
    d[k++] = rel.equals("nsubj:pass") ? 1 : 0;
    d[k++] = base.equals("obj") || base.equals("iobj") ? 1 : 0;
    d[k++] = base.equals("obl") || base.equals("nmod") ? 1 : 0;
    d[k++] = base.equals("root") ? 1 : 0;
    d[k++] = base.equals("appos") || base.equals("conj") ? 1 : 0;
    d[k++] = voices.insideQuotation(m.begin(), m.end()) ? 1 : 0;
    boolean contrast = false;
    boolean negator = false;
    for (Token t : s.tokens()) {
      Lexicon.Modifier mod = lexicon.modifier(t.word());
      if (mod != null && mod.type() == Lexicon.ModifierType.CONTRAST) {
        contrast = true;
      }
      if (mod != null && mod.type() == Lexicon.ModifierType.NEGATOR) {
        negator = true;
      }
    }
    d[k++] = contrast ? 1 : 0;
    d[k++] = negator ? 1 : 0;
    int n = s.size();
    d[k++] = n <= 10 ? 1 : 0;
    d[k++] = n > 10 && n <= 20 ? 1 : 0;
    d[k++] = n > 20 && n <= 30 ? 1 : 0;
    d[k++] = n > 30 && n <= 45 ? 1 : 0;
    d[k++] = n > 45 ? 1 : 0;
    d[k++] = "de".equals(doc.language()) ? 1 : 0;
    d[k++] = "en".equals(doc.language()) ? 1 : 0;
    d[k++] = Math.log1p(others);
    d[k++] = s.parsed() ? 1 : 0;
    d[k++] = n <= 1 ? 0 : (double) m.startToken() / (n - 1);
    boolean named = false;
    for (int t = m.startToken(); t < m.endToken(); t++) {
      named |= isNamed(s.token(t));
    }
    d[k++] = named ? 1 : 0;
    d[k++] = Math.log1p(m.endToken() - m.startToken());
    if (k != DENSE) {
      throw new IllegalStateException("dense feature count " + k + " != " + DENSE);
    }

    // hashed: syntactic neighbourhood, governor, governing verb, sentence words, head relation
    add(hashed, words, "r:", rel, -1);
    if (s.parsed()) {
      int[] dist = tree.distancesFrom(head);
      for (int t = 0; t < n; t++) {
        if (dist[t] >= 1 && dist[t] <= NEIGHBOURHOOD && !m.covers(t) && !"PUNCT".equals(s.token(t).pos())) {
          add(hashed, words, "n:", wordKey(s.token(t), norm, m), t);
        }
      }
      int g = tree.head(head);
      if (g >= 0) {
        String gk = wordKey(s.token(g), norm, m);
        add(hashed, words, "g:", gk, g);
        add(hashed, words, "gr:" + base + "|", gk, g);
      }
      int[] up = g < 0 ? new int[0] : tree.pathToRoot(g);
      for (int hop = 0; hop < Math.min(up.length, GOVERNING_VERB_HOPS); hop++) {
        int v = up[hop];
        if ("VERB".equals(s.token(v).pos()) && !m.covers(v)) {
          add(hashed, words, "gv:", wordKey(s.token(v), norm, m), v);
          break;
        }
      }
    } else {
      for (int t = Math.max(0, m.startToken() - 3); t < Math.min(n, m.endToken() + 3); t++) {
        if (!m.covers(t) && !"PUNCT".equals(s.token(t).pos())) {
          add(hashed, words, "n:", wordKey(s.token(t), norm, m), t);
        }
      }
    }
    for (int t = 0; t < n; t++) {
      Token tok = s.token(t);
      if (!m.covers(t) && CONTENT.contains(tok.pos()) && !isNamed(tok)) {
        add(hashed, words, "s:", wordKey(tok, norm, m), t);
      }
    }

    int[] index = new int[DENSE + hashed.size()];
    double[] value = new double[index.length];
    int j = 0;
    for (int i = 0; i < DENSE; i++) {
      index[j] = i;
      value[j++] = d[i];
    }
    for (Map.Entry<Integer, Double> e : hashed.entrySet()) {
      index[j] = DENSE + e.getKey();
      value[j++] = e.getValue();
    }
    return new Vector(index, value);
  }

  private static int ruleIndex(String rule) {
    if (rule.startsWith("predicate")) {
      return 0;
    }
    if (rule.startsWith("modifier")) {
      return 1;
    }
    if (rule.equals("label") || rule.equals("in-mention")) {
      return 2;
    }
    if (rule.equals("window")) {
      return 4;
    }
    return 3;
  }

  private static boolean isNamed(Token t) {
    return "PROPN".equals(t.pos()) || t.ner() != null && !t.ner().equals("O");
  }

  /** The hashed identity of a word: its matching key, or a placeholder for target words, names and numbers. */
  static String wordKey(Token t, WordNormalizer norm, Mention target) {
    if (target.covers(t.index())) {
      return "<TARGET>";
    }
    if (isNamed(t)) {
      return "<NE>";
    }
    if ("NUM".equals(t.pos())) {
      return "<NUM>";
    }
    String key = norm.key(t.word());
    return key.isEmpty() ? t.word().toLowerCase(Locale.ROOT) : key;
  }

  /**
   * Presence of the key {@code namespace + word} in its bucket, as {@link #HASHED_VALUE} (a repeated key keeps that
   * value); {@code token} (or -1) is recorded as its source unless the word is a placeholder.
   */
  private void add(Map<Integer, Double> hashed, List<WordSource> words, String namespace, String word, int token) {
    int b = bucket(namespace + word);
    hashed.put(b, HASHED_VALUE);
    if (token >= 0 && !word.startsWith("<")) {
      words.add(new WordSource(b, token));
    }
  }

  /** The bucket of a namespaced key: 32-bit FNV-1a of its UTF-8 bytes, masked to {@code hashBits}. */
  public int bucket(String key) {
    return fnv1a(key) & ((1 << hashBits) - 1);
  }

  static int fnv1a(String s) {
    int h = 0x811c9dc5;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return h;
  }
}
