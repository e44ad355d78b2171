package slant.score;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.Polarity;

/**
 * Sentiment of mentions from a {@link SentimentModel} ({@code sentiment.method: trained}). Each mention gets
 * {@code sentiment = P(positive) − P(negative)} (in [-1, 1]) and {@code polarity} = the most probable class after the
 * model's decision offsets ({@link SentimentModel#decide}; not the
 * neutral band: a mention with P = 0.40 / 0.35 / 0.25 is negative although its sentiment is only −0.15). Its cues
 * stay the lexicon cues the rule scorer attributes (the evidence a researcher reads) plus one cue
 * {@code {text: "model", weight: P(pos) − P(neg), rule: "trained:sentiment-<lang>"}}.
 */
public final class TrainedScorer implements Serializable {

  /** One mention's outcome. */
  public record Result(double sentiment, Polarity polarity, List<Cue> cues, double[] probabilities) {}

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
   */
  public List<Result> score(AnnotatedDoc doc, List<Mention> mentions, List<List<Cue>> ruleCues) {
    List<TargetFeatures.Vector> x = features.extractAll(doc, mentions);
    List<Result> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      double[] p = model.probabilities(x.get(i));
      double s = SentimentScorer.round(p[2] - p[0]);
      List<Cue> cues = new ArrayList<>(ruleCues.get(i));
      cues.add(new Cue("model", s, "trained:" + model.name(), mentions.get(i).headToken()));
      out.add(new Result(s, model.decide(p), cues, p));
    }
    return out;
  }
}
