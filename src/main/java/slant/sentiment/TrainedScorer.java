package slant.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.Polarity;
import slant.model.Sentence;
import slant.voice.VoiceMap;

/**
 * Sentiment of mentions from a {@link SentimentModel} ({@code sentiment.method: trained}). Each mention gets
 * {@code sentiment = P(positive) − P(negative)} (in [-1, 1]) and {@code polarity} = the most probable class after the
 * model's decision offsets ({@link SentimentModel#decide}; not the
 * neutral band: a mention with P = 0.40 / 0.35 / 0.25 is negative although its sentiment is only −0.15). Its cues
 * stay the lexicon cues the rule scorer attributes (the evidence a researcher reads) plus one cue
 * {@code {text: "model", weight: P(pos) − P(neg), rule: "trained:sentiment-<lang>"}}, then — for a positive or
 * negative decision — up to {@link #MAX_WORDS} cues {@code {text: <word>, weight: <evidence>, rule: "trained:word"}}:
 * the sentence words whose hashed features pushed the model most toward that decision
 * ({@link SentimentModel#wordEvidence}, in log-odds positive vs negative, at least {@link #MIN_EVIDENCE} in size; a
 * bucket shared by several words is split among them; function words are weighed but not shown, {@link #NOT_SHOWN}).
 * So a decision without lexicon cues still names its words.
 */
public final class TrainedScorer implements Serializable {

  /** One mention's outcome. */
  public record Result(double sentiment, Polarity polarity, List<Cue> cues, double[] probabilities) {}

  static final int MAX_WORDS = 3;
  static final double MIN_EVIDENCE = 0.05;
  /**
   * Parts of speech not shown as a decision's words. The model weighs them (dropping them from the features cost
   * English 0.006 macro-F1 in every fold), but an article or pronoun ("einem", "das") is no evidence a researcher
   * can read; the explanation names content words, particles ("nicht") and adpositions ("gegen") only.
   */
  static final Set<String> NOT_SHOWN = Set.of("DET", "PRON", "AUX", "CCONJ", "SCONJ", "PUNCT", "SYM");

  private final SentimentModel model;
  private final TargetFeatures features;

  public TrainedScorer(SentimentScorer rules, SentimentModel model, int maxDistance) {
    this.model = model;
    this.features = new TargetFeatures(rules, maxDistance, model.hashBits());
  }

  public SentimentModel model() {
    return model;
  }

  public TargetFeatures features() {
    return features;
  }

  /**
   * Results per mention, in the order of {@code mentions}.
   *
   * @param ruleCues the rule scorer's cues per mention ({@link SentimentScorer#score})
   * @param voices the article's voice attribution, read by the features ({@link TargetFeatures#extractAll})
   */
  public List<Result> score(AnnotatedDoc doc, List<Mention> mentions, List<List<Cue>> ruleCues, VoiceMap voices) {
    List<TargetFeatures.Explained> x = features.extractAllExplained(doc, mentions, voices);
    List<Result> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      double[] p = model.probabilities(x.get(i).vector());
      double s = SentimentScorer.round(p[2] - p[0]);
      Polarity decided = model.decide(p);
      List<Cue> cues = new ArrayList<>(ruleCues.get(i));
      cues.add(new Cue("model", s, "trained:" + model.name(), mentions.get(i).headToken(), "model"));
      if (decided != Polarity.NEUTRAL) {
        cues.addAll(wordCues(doc.sentences().get(mentions.get(i).sentence()), x.get(i).words(), decided));
      }
      out.add(new Result(s, decided, cues, p));
    }
    return out;
  }

  /** The words that pushed the model most toward {@code decided}, strongest first. */
  List<Cue> wordCues(Sentence s, List<TargetFeatures.WordSource> words, Polarity decided) {
    Map<Integer, Set<Integer>> tokensOfBucket = new TreeMap<>();
    for (TargetFeatures.WordSource w : words) {
      tokensOfBucket.computeIfAbsent(w.bucket(), k -> new TreeSet<>()).add(w.token());
    }
    // a bucket's weight is split among all its words, shown or not
    Map<Integer, Double> evidence = new TreeMap<>();
    for (Map.Entry<Integer, Set<Integer>> e : tokensOfBucket.entrySet()) {
      double share = model.wordEvidence(e.getKey()) / e.getValue().size();
      for (int t : e.getValue()) {
        evidence.merge(t, share, Double::sum);
      }
    }
    double sign = decided == Polarity.POSITIVE ? 1 : -1;
    return evidence.entrySet().stream()
        .filter(e -> sign * e.getValue() >= MIN_EVIDENCE && !NOT_SHOWN.contains(s.token(e.getKey()).pos()))
        .sorted(Comparator.comparingDouble((Map.Entry<Integer, Double> e) -> -sign * e.getValue())
            .thenComparing(Map.Entry::getKey))
        .limit(MAX_WORDS)
        .map(e -> new Cue(s.token(e.getKey()).word(), SentimentScorer.round(e.getValue()), "trained:word", e.getKey(), "model"))
        .toList();
  }
}
