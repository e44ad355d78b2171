package slant.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores predicted actor mentions against a hand-annotated set (format: {@code data/eval/README.md}). Pure: no
 * models, no I/O beyond reading the JSONL file.
 *
 * <p><b>Matching.</b> Within a sentence, a predicted mention may match a gold mention when their character spans
 * overlap by at least one character (exact-or-overlapping: "Kreml" matches "der Kreml", "Ukraine-Krieg" matches
 * "Ukraine"). Matching is one-to-one and greedy over all overlapping pairs, preferring, in this order: exact span,
 * the same actor, the larger overlap, the earlier gold mention. So two predictions for one gold span give one match
 * and one false positive (a title and a name counted twice for the same reference).
 *
 * <ul>
 *   <li>precision = matched / predicted, recall = matched / gold, F1 their harmonic mean (span detection, actor
 *       ignored);
 *   <li>actor accuracy = matched pairs with the gold {@code actor_id} / matched pairs;
 *   <li>linked P/R/F1: a match counts only with the right actor; strict P/R/F1: exact span and right actor;
 *   <li>per-kind recall: by the gold mention's kind, matched (span) and linked (span and actor);
 *   <li>not-mention false positives: predicted mentions that overlap a {@code not_mentions} span (places such as
 *       "in Moskau", adjectives, generic "das Land") and match no gold mention.
 * </ul>
 */
public final class MentionEval {

  private MentionEval() {}

  /** A hand-annotated mention; {@code end} exclusive. */
  public record GoldMention(int start, int end, String surface, String actorId, String kind) {}

  /** A span the annotators marked as not a mention, with the reason ("place", "adjective", …). */
  public record NotMention(int start, int end, String surface, String why) {}

  /** One sentence of the evaluation set. */
  public record EvalSentence(String id, String date, String text, List<GoldMention> mentions,
      List<NotMention> notMentions) {
    public EvalSentence {
      mentions = mentions == null ? List.of() : List.copyOf(mentions);
      notMentions = notMentions == null ? List.of() : List.copyOf(notMentions);
    }
  }

  /** A system mention: character span into the sentence text, actor id and kind code. */
  public record Predicted(int start, int end, String surface, String actorId, String kind) {}

  /** One disagreement, for the error list. {@code type}: missed, spurious, not_mention, wrong_actor. */
  public record Error(String sentenceId, String type, GoldMention gold, Predicted predicted, String note) {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** Reads a JSONL evaluation file (one sentence object per line; blank lines skipped). */
  public static List<EvalSentence> read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses JSONL text; checks every span against the text. */
  public static List<EvalSentence> parse(String jsonl) throws IOException {
    List<EvalSentence> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new StringReader(jsonl))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        RawSentence raw = JSON.readValue(line, RawSentence.class);
        List<GoldMention> gold = new ArrayList<>();
        for (RawSpan s : raw.mentions == null ? List.<RawSpan>of() : raw.mentions) {
          check(raw, s, n);
          gold.add(new GoldMention(s.start, s.end, s.surface, s.actor_id, s.kind));
        }
        List<NotMention> nots = new ArrayList<>();
        for (RawSpan s : raw.not_mentions == null ? List.<RawSpan>of() : raw.not_mentions) {
          check(raw, s, n);
          nots.add(new NotMention(s.start, s.end, s.surface, s.why));
        }
        out.add(new EvalSentence(raw.id, raw.date, raw.text, gold, nots));
      }
    }
    return out;
  }

  private static void check(RawSentence raw, RawSpan s, int line) {
    if (s.start < 0 || s.end > raw.text.length() || s.start >= s.end
        || !raw.text.substring(s.start, s.end).equals(s.surface)) {
      throw new IllegalArgumentException("line " + line + " (" + raw.id + "): span " + s.start + "-" + s.end
          + " does not cut '" + s.surface + "' out of the text");
    }
  }

  /** Jackson binding of one JSONL line. */
  static final class RawSentence {
    public String id;
    public String date;
    public String text;
    public List<RawSpan> mentions;
    public List<RawSpan> not_mentions;
  }

  /** Jackson binding of a gold or not-mention span. */
  static final class RawSpan {
    public int start;
    public int end;
    public String surface;
    public String actor_id;
    public String kind;
    public String why;
  }

  /** A matched pair. */
  public record Match(GoldMention gold, Predicted predicted) {
    public boolean sameActor() {
      return gold.actorId().equals(predicted.actorId());
    }

    public boolean exact() {
      return gold.start() == predicted.start() && gold.end() == predicted.end();
    }
  }

  static int overlap(int s1, int e1, int s2, int e2) {
    return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  }

  /** One-to-one matching of one sentence's predictions to its gold mentions (see the class comment). */
  public static List<Match> match(List<GoldMention> gold, List<Predicted> predicted) {
    record Pair(int g, int p, boolean exact, boolean sameActor, int overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldMention gm = gold.get(g);
      for (int p = 0; p < predicted.size(); p++) {
        Predicted pm = predicted.get(p);
        int o = overlap(gm.start(), gm.end(), pm.start(), pm.end());
        if (o > 0) {
          pairs.add(new Pair(g, p, gm.start() == pm.start() && gm.end() == pm.end(),
              gm.actorId().equals(pm.actorId()), o));
        }
      }
    }
    pairs.sort(Comparator.comparing((Pair x) -> !x.exact()).thenComparing(x -> !x.sameActor())
        .thenComparing(x -> -x.overlap()).thenComparingInt(Pair::g).thenComparingInt(Pair::p));
    boolean[] gUsed = new boolean[gold.size()];
    boolean[] pUsed = new boolean[predicted.size()];
    List<Match> out = new ArrayList<>();
    for (Pair x : pairs) {
      if (!gUsed[x.g()] && !pUsed[x.p()]) {
        gUsed[x.g()] = true;
        pUsed[x.p()] = true;
        out.add(new Match(gold.get(x.g()), predicted.get(x.p())));
      }
    }
    out.sort(Comparator.comparingInt(m -> m.gold().start()));
    return out;
  }

  /** Collects sentences one by one; {@link #result} gives the figures. Not thread-safe. */
  public static final class Accumulator {
    private int nGold;
    private int nPred;
    private int matched;
    private int sameActor;
    private int exactSameActor;
    private int sameKind;
    private int notMentionFp;
    private final Map<String, int[]> perKind = new TreeMap<>(); // kind -> {gold, matched, linked}
    private final Map<String, Integer> errorCounts = new TreeMap<>();
    private final List<Error> errors = new ArrayList<>();
    private int sentences;

    public void add(EvalSentence s, List<Predicted> predicted) {
      sentences++;
      nGold += s.mentions().size();
      nPred += predicted.size();
      List<Match> matches = match(s.mentions(), predicted);
      List<GoldMention> matchedGold = new ArrayList<>();
      List<Predicted> matchedPred = new ArrayList<>();
      for (Match m : matches) {
        matched++;
        matchedGold.add(m.gold());
        matchedPred.add(m.predicted());
        if (m.sameActor()) {
          sameActor++;
          if (m.exact()) {
            exactSameActor++;
          }
        } else {
          error(new Error(s.id(), "wrong_actor", m.gold(), m.predicted(), null));
        }
        if (m.gold().kind().equals(m.predicted().kind())) {
          sameKind++;
        }
      }
      for (GoldMention g : s.mentions()) {
        int[] k = perKind.computeIfAbsent(g.kind(), x -> new int[3]);
        k[0]++;
        for (Match m : matches) {
          if (m.gold() == g) {
            k[1]++;
            if (m.sameActor()) {
              k[2]++;
            }
          }
        }
        if (!containsIdentity(matchedGold, g)) {
          error(new Error(s.id(), "missed", g, null, null));
        }
      }
      for (Predicted p : predicted) {
        if (containsIdentity(matchedPred, p)) {
          continue;
        }
        NotMention hit = null;
        for (NotMention n : s.notMentions()) {
          if (overlap(n.start(), n.end(), p.start(), p.end()) > 0) {
            hit = n;
            break;
          }
        }
        if (hit != null) {
          notMentionFp++;
          error(new Error(s.id(), "not_mention", null, p, hit.why()));
        } else {
          error(new Error(s.id(), "spurious", null, p, null));
        }
      }
    }

    private static <T> boolean containsIdentity(List<T> list, T x) {
      for (T t : list) {
        if (t == x) {
          return true;
        }
      }
      return false;
    }

    private void error(Error e) {
      errors.add(e);
      errorCounts.merge(e.type(), 1, Integer::sum);
    }

    public Result result() {
      Map<String, KindRecall> kinds = new LinkedHashMap<>();
      for (Map.Entry<String, int[]> e : perKind.entrySet()) {
        int[] k = e.getValue();
        kinds.put(e.getKey(), new KindRecall(k[0], k[1], k[2], ratio(k[1], k[0]), ratio(k[2], k[0])));
      }
      return new Result(sentences, nGold, nPred, matched, ratio(matched, nPred), ratio(matched, nGold),
          f1(ratio(matched, nPred), ratio(matched, nGold)), ratio(sameActor, matched),
          ratio(sameActor, nPred), ratio(sameActor, nGold), f1(ratio(sameActor, nPred), ratio(sameActor, nGold)),
          ratio(exactSameActor, nPred), ratio(exactSameActor, nGold),
          f1(ratio(exactSameActor, nPred), ratio(exactSameActor, nGold)), ratio(sameKind, matched), kinds,
          notMentionFp, Map.copyOf(errorCounts), List.copyOf(errors));
    }
  }

  /** Recall for one gold kind: {@code matched} by span, {@code linked} by span and actor. */
  public record KindRecall(int nGold, int matched, int linked, double recall, double linkedRecall) {}

  /** The figures of one evaluation; ratios with a zero denominator are 0. */
  public record Result(int nSentences, int nGold, int nPred, int matched, double precision, double recall,
      double f1, double actorAccuracy, double linkedPrecision, double linkedRecall, double linkedF1,
      double strictPrecision, double strictRecall, double strictF1, double kindAgreement,
      Map<String, KindRecall> perKind, int notMentionFalsePositives, Map<String, Integer> errorCounts,
      List<Error> errors) {}

  /** a / b, or 0 when b is 0. */
  public static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
