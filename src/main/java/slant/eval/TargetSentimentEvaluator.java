package slant.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import slant.actors.ActorResolver;
import slant.analysis.ArticleAnalyzer;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Polarity;
import slant.model.Sentence;
import slant.model.Token;
import slant.nlp.Annotator;
import slant.sentiment.SentimentScorer;
import slant.sentiment.TrainedScorer;
import slant.voice.VoiceAttributor;
import slant.voice.VoiceMap;

/**
 * Scores gold targets the way the pipeline scores actor mentions, and compares with the gold polarity.
 *
 * <p>Per distinct sentence (annotated once, every sentence parsed): the gold target becomes a {@link Mention} over the
 * tokens overlapping its character span, with the head token found as {@code ActorResolver} finds it (the span token
 * whose head lies outside the span, then up appos/flat/compound edges to a noun). The other actor mentions the
 * {@link ActorResolver} finds in the sentence and that do not overlap the target are scored alongside it, so that cues
 * about other actors go to them and not to the target. The target's cues are aggregated
 * ({@link SentimentScorer#aggregate}) and mapped to a polarity with the neutral band.
 *
 * <p>With a {@link TrainedScorer} ({@code --method trained}) the target's sentiment and polarity come from the trained
 * model over the same mentions (polarity = most probable class), its cues being the lexicon cues plus the model cue.
 *
 * <p>A target that covers no token (never seen in the gold sets) is predicted neutral and counted as unresolved.
 */
public final class TargetSentimentEvaluator {

  /** Actor id of the gold target's mention. */
  public static final String TARGET_ID = "gold:target";

  private final Annotator annotator;
  private final ActorResolver resolver;
  private final SentimentScorer scorer;
  private final double neutralBand;
  private final LocalDate date;
  private final TrainedScorer trained;
  /** Voice attribution per language, for the trained layer's quotation feature (built on first use). */
  private final Map<String, VoiceAttributor> voices = new java.util.concurrent.ConcurrentHashMap<>();

  /** @param date the date role descriptions are resolved on ("der Kanzler") when finding the other actors */
  public TargetSentimentEvaluator(Annotator annotator, ActorResolver resolver, SentimentScorer scorer,
      double neutralBand, LocalDate date) {
    this(annotator, resolver, scorer, neutralBand, date, null);
  }

  /** @param trained the trained layer, or null for rule-only scoring */
  public TargetSentimentEvaluator(Annotator annotator, ActorResolver resolver, SentimentScorer scorer,
      double neutralBand, LocalDate date, TrainedScorer trained) {
    this.trained = trained;
    this.annotator = annotator;
    this.resolver = resolver;
    this.scorer = scorer;
    this.neutralBand = neutralBand;
    this.date = date;
  }

  /**
   * The outcome for one item.
   *
   * @param sentiment the target's tone (what the gold sets label)
   * @param predicted the tone's polarity
   * @param evidence the target's evaluation evidence, as the job computes it for a mention
   *     ({@link ArticleAnalyzer#ownVoiceEvidence}: evaluation cues in the mention's own voice, times their reliability)
   */
  public record Prediction(GoldItem item, double sentiment, Polarity predicted, List<Cue> cues, int otherMentions,
      boolean resolved, double evidence) {}

  /** Predictions in item order, their metrics, and counts. */
  public record Result(Metrics metrics, List<Prediction> predictions, int sentences, int unresolved) {}

  /**
   * Evaluates the items in {@code language}.
   *
   * @param progress receives a line every 250 sentences (may be null)
   */
  public Result evaluate(List<GoldItem> items, String language, Consumer<String> progress) {
    Map<String, List<Integer>> bySentence = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      bySentence.computeIfAbsent(items.get(i).sentence(), k -> new ArrayList<>()).add(i);
    }
    Prediction[] out = new Prediction[items.size()];
    int done = 0;
    int unresolved = 0;
    for (Map.Entry<String, List<Integer>> e : bySentence.entrySet()) {
      AnnotatedDoc doc = annotator.annotate(e.getKey(), language, Annotator.ParseSelector.ALL);
      List<Mention> resolved = resolver.resolve(doc, date);
      for (int i : e.getValue()) {
        out[i] = predict(doc, resolved, items.get(i));
        if (!out[i].resolved()) {
          unresolved++;
        }
      }
      done++;
      if (progress != null && done % 250 == 0) {
        progress.accept("eval: " + done + "/" + bySentence.size() + " sentences");
      }
    }
    Metrics metrics = new Metrics();
    for (Prediction p : out) {
      metrics.add(p.item().gold(), p.predicted());
    }
    return new Result(metrics, List.of(out), bySentence.size(), unresolved);
  }

  /** The prediction for one item in its annotated sentence, with the sentence's resolved actor mentions. */
  Prediction predict(AnnotatedDoc doc, List<Mention> resolved, GoldItem item) {
    List<Mention> mentions = mentions(doc, resolved, item);
    if (mentions == null) {
      return new Prediction(item, 0, Polarity.NEUTRAL, List.of(), 0, false, 0);
    }
    List<List<Cue>> all = scorer.score(doc, mentions);
    VoiceMap v = voices.computeIfAbsent(doc.language(), lang -> new VoiceAttributor(lang, resolver.rules()))
        .attribute(doc, mentions);
    double evidence = ArticleAnalyzer.ownVoiceEvidence(mentions.get(0), all.get(0), v);
    if (trained != null) {
      TrainedScorer.Result r = trained.score(doc, mentions, all, v).get(0);
      return new Prediction(item, r.sentiment(), r.polarity(), r.cues(), mentions.size() - 1, true, evidence);
    }
    List<Cue> cues = all.get(0);
    double s = SentimentScorer.aggregate(cues);
    return new Prediction(item, s, Polarity.of(s, neutralBand), cues, mentions.size() - 1, true, evidence);
  }

  /**
   * The mentions an item is scored with: the gold target first, then the resolved actor mentions of its sentence
   * that do not overlap it; null when the target covers no token.
   */
  public static List<Mention> mentions(AnnotatedDoc doc, List<Mention> resolved, GoldItem item) {
    Mention target = targetMention(doc, item);
    if (target == null) {
      return null;
    }
    List<Mention> mentions = new ArrayList<>();
    mentions.add(target);
    for (Mention m : resolved) {
      if (!overlaps(m, target)) {
        mentions.add(m);
      }
    }
    return mentions;
  }

  /** Whether another mention overlaps the target (same sentence and a shared token or the same head token). */
  static boolean overlaps(Mention m, Mention target) {
    if (m.sentence() != target.sentence()) {
      return false;
    }
    return m.startToken() < target.endToken() && target.startToken() < m.endToken()
        || m.headToken() == target.headToken();
  }

  /** The gold target as a mention: the tokens overlapping its span, in the sentence of its first token; or null. */
  static Mention targetMention(AnnotatedDoc doc, GoldItem item) {
    for (Sentence s : doc.sentences()) {
      int start = -1;
      int end = -1;
      for (Token t : s.tokens()) {
        if (t.begin() < item.end() && t.end() > item.begin()) {
          if (start < 0) {
            start = t.index();
          }
          end = t.index() + 1;
        } else if (start >= 0) {
          break;
        }
      }
      if (start >= 0) {
        int head = slant.actors.ActorResolver.headOf(s, start, end);
        int begin = s.token(start).begin();
        int stop = s.token(end - 1).end();
        return new Mention(TARGET_ID, item.target(), "target", doc.text().substring(begin, stop), s.index(), start,
            end, head, begin, stop, MentionKind.NAME, List.of());
      }
    }
    return null;
  }

}
