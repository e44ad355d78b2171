package slant.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cells of the period tables (outlet_actor_daily/weekly/monthly) for one actor in one period, computed from the
 * actor's article-level values: for each content scope (all, own = wire copy excluded), voice and outlet one cell
 * with its counts, shares, mean/median and bootstrap interval, relative slant against the other outlets, attention and
 * the most frequent labels. Pure Java: the Spark job groups the article values by actor and period and calls this once
 * per group, so that one pass yields every cell of every outlet, voice and scope (docs/performance.md).
 *
 * <p>Definitions (docs/tables.md): an article's evaluation of the actor in a voice is {@code tanh(evidence)}, its
 * label negative when evidence ≤ −min_evidence, positive when evidence ≥ positive_factor × min_evidence; its tone is
 * the mean of its mentions' tone polarities (±1, 0), a label when beyond the neutral band. Each cell's interval
 * resamples its articles with the seed {@code Bootstrap.cellSeed(seed, "outlet|actor|period_start|voice|scope")}; the
 * slant compares the outlet's article values with the other outlets' (taken in outlet-name order) with the seed of the
 * same key plus {@code "|slant"}.
 */
public final class PeriodCells {

  private PeriodCells() {}

  /** The scopes, in output order. */
  public static final List<String> SCOPES = List.of("all", "own");

  /** One article's values for the actor in one voice (voice "all" = all its mentions of the actor). */
  public record ArticleValue(String articleId, String outlet, String voice, boolean wire, String actorName,
      String actorType, long mentions, double evidence, double tone, List<String> labels) {}

  /** The thresholds and bootstrap settings the cells depend on. */
  public record Params(int samples, long seed, double neutralBand, double minEvidence, double positiveFactor,
      int minArticles) implements java.io.Serializable {}

  /**
   * One cell. {@code nOutletArticles} and {@code attentionShare} are null when the outlet's article count is unknown;
   * the slant fields are null (and {@code nOtherArticles} 0) when no other outlet wrote about the actor.
   */
  public record Cell(String outlet, String actorName, String actorType, String voice, String scope, long nArticles,
      long nMentions, PeriodCell.Stats stats, double shareNegative, double shareNeutral, double sharePositive,
      double logitScale, Long nOutletArticles, Double attentionShare, Double slant, Double slantCiLow,
      Double slantCiHigh, long nOtherArticles, boolean lowN, List<String> topLabels, double toneMean,
      double toneShareNegative, double toneSharePositive) {}

  /** An outlet's articles in the period and scope (all articles, or its own content): the attention denominator. */
  @FunctionalInterface
  public interface OutletTotals {
    Long articles(String outlet, String scope);
  }

  /**
   * All cells of one actor in one period.
   *
   * @param periodStart the period's first day as the seed keys spell it (ISO date)
   * @param values the actor's article values in the period, one per article and voice (including voice "all")
   */
  public static List<Cell> cells(String actorId, String periodStart, List<ArticleValue> values, Params p,
      OutletTotals totals) {
    List<ArticleValue> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(ArticleValue::outlet).thenComparing(ArticleValue::articleId));
    List<Cell> out = new ArrayList<>();
    for (String scope : SCOPES) {
      // voice -> outlet -> articles
      Map<String, TreeMap<String, List<ArticleValue>>> byVoice = new TreeMap<>();
      for (ArticleValue v : sorted) {
        if (scope.equals("own") && v.wire()) {
          continue;
        }
        byVoice.computeIfAbsent(v.voice(), k -> new TreeMap<>()).computeIfAbsent(v.outlet(), k -> new ArrayList<>())
            .add(v);
      }
      TreeMap<String, List<ArticleValue>> anyVoice = byVoice.getOrDefault("all", new TreeMap<>());
      for (Map.Entry<String, TreeMap<String, List<ArticleValue>>> voice : byVoice.entrySet()) {
        // by outlet name: the slant's comparison group is concatenated in this order
        TreeMap<String, double[]> evaluations = new TreeMap<>();
        for (Map.Entry<String, List<ArticleValue>> o : voice.getValue().entrySet()) {
          evaluations.put(o.getKey(), evaluations(o.getValue()));
        }
        for (Map.Entry<String, List<ArticleValue>> o : voice.getValue().entrySet()) {
          String key = o.getKey() + "|" + actorId + "|" + periodStart + "|" + voice.getKey() + "|" + scope;
          List<ArticleValue> any = anyVoice.get(o.getKey());
          out.add(cell(o.getKey(), voice.getKey(), scope, o.getValue(), evaluations, key, p,
              any == null ? 0 : any.size(), totals.articles(o.getKey(), scope)));
        }
      }
    }
    return out;
  }

  /** The articles' evaluations tanh(evidence), sorted ascending (the bootstrap's input order). */
  static double[] evaluations(List<ArticleValue> articles) {
    double[] v = new double[articles.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.tanh(articles.get(i).evidence());
    }
    java.util.Arrays.sort(v);
    return v;
  }

  private static Cell cell(String outlet, String voice, String scope, List<ArticleValue> articles,
      TreeMap<String, double[]> evaluations, String key, Params p, long anyVoiceArticles, Long outletArticles) {
    long n = articles.size();
    long mentions = 0;
    long neg = 0;
    long neu = 0;
    long pos = 0;
    long toneNeg = 0;
    long tonePos = 0;
    double toneSum = 0;
    String name = null;
    String type = null;
    Map<String, Long> labelCounts = new HashMap<>();
    for (ArticleValue a : articles) {
      mentions += a.mentions();
      int pol = polarity(a.evidence(), p);
      if (pol < 0) {
        neg++;
      } else if (pol > 0) {
        pos++;
      } else {
        neu++;
      }
      toneSum += a.tone();
      if (a.tone() > p.neutralBand()) {
        tonePos++;
      } else if (a.tone() < -p.neutralBand()) {
        toneNeg++;
      }
      name = name == null || a.actorName().compareTo(name) < 0 ? a.actorName() : name;
      type = type == null || a.actorType().compareTo(type) < 0 ? a.actorType() : type;
      for (String l : a.labels()) {
        labelCounts.merge(l, 1L, Long::sum);
      }
    }
    double[] mine = evaluations.get(outlet);
    PeriodCell.Stats stats = PeriodCell.stats(mine, p.samples(), Bootstrap.cellSeed(p.seed(), key));

    Double slant = null;
    Double slantLow = null;
    Double slantHigh = null;
    int others = 0;
    for (Map.Entry<String, double[]> e : evaluations.entrySet()) {
      others += e.getKey().equals(outlet) ? 0 : e.getValue().length;
    }
    if (others > 0) {
      double[] rest = new double[others];
      int i = 0;
      for (Map.Entry<String, double[]> e : evaluations.entrySet()) {
        if (!e.getKey().equals(outlet)) {
          System.arraycopy(e.getValue(), 0, rest, i, e.getValue().length);
          i += e.getValue().length;
        }
      }
      Bootstrap.Interval ci = Bootstrap.differenceCi(mine, rest, p.samples(),
          Bootstrap.cellSeed(p.seed(), key + "|slant"));
      slant = ci.estimate();
      slantLow = ci.low();
      slantHigh = ci.high();
    }
    List<String> top = topLabels(labelCounts, 3);
    return new Cell(outlet, name, type, voice, scope, n, mentions, stats, (double) neg / n, (double) neu / n,
        // StrictMath, as Spark SQL's ln (the tables were computed in SQL before)
        (double) pos / n, StrictMath.log((pos + 0.5) / (neg + 0.5)), outletArticles,
        outletArticles == null ? null : (double) anyVoiceArticles / outletArticles, slant, slantLow, slantHigh,
        others, n < p.minArticles(), top, toneSum / n, (double) toneNeg / n, (double) tonePos / n);
  }

  /** The article's evaluation label from its summed evidence: −1, 0 or 1 (as ArticleAnalyzer.polarityOf). */
  static int polarity(double evidence, Params p) {
    if (evidence <= -p.minEvidence() && evidence < 0) {
      return -1;
    }
    if (evidence >= p.positiveFactor() * p.minEvidence() && evidence > 0) {
      return 1;
    }
    return 0;
  }

  /** The {@code k} most frequent labels, ties in alphabetical order. */
  static List<String> topLabels(Map<String, Long> counts, int k) {
    TreeSet<Map.Entry<String, Long>> order = new TreeSet<>(
        Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue()).thenComparing(Map.Entry::getKey));
    order.addAll(counts.entrySet());
    List<String> top = new ArrayList<>();
    for (Map.Entry<String, Long> e : order) {
      if (top.size() == k) {
        break;
      }
      top.add(e.getKey());
    }
    return List.copyOf(top);
  }
}
