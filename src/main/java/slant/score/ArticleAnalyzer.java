package slant.score;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.actors.ActorResolver;
import slant.model.ActorScore;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Cue;
import slant.model.FrameCue;
import slant.model.QuoteSpan;
import slant.model.Mention;
import slant.model.Polarity;
import slant.model.ScoredMention;

/**
 * From one annotated article to its analysis: mentions, per-mention sentiment with cues and voice, and per-actor
 * article scores, framing cues and who speaks. Pure: no Spark, no CoreNLP; the same instance serves the Spark job and {@code slant explain}.
 */
public final class ArticleAnalyzer implements Serializable {

  private final ActorResolver resolver;
  private final Map<String, SentimentScorer> scorers;
  private final Map<String, TrainedScorer> trained;
  private final Map<String, FrameScorer> frameScorers;
  private final Map<String, VoiceAttributor> voices;
  private final double neutralBand;

  /**
   * Per language: a sentiment scorer, a frame scorer and a voice attributor (all three for every language).
   *
   * @param trainedByLanguage the trained layer per language ({@code sentiment.method: trained}); a language without
   *     one is scored by the rules
   */
  public ArticleAnalyzer(ActorResolver resolver, Map<String, SentimentScorer> scorersByLanguage,
      Map<String, TrainedScorer> trainedByLanguage, Map<String, FrameScorer> frameScorersByLanguage,
      Map<String, VoiceAttributor> voicesByLanguage, double neutralBand) {
    this.resolver = resolver;
    this.scorers = Map.copyOf(scorersByLanguage);
    this.trained = Map.copyOf(trainedByLanguage);
    this.frameScorers = Map.copyOf(frameScorersByLanguage);
    this.voices = Map.copyOf(voicesByLanguage);
    this.neutralBand = neutralBand;
  }

  /** The trained layer per language (empty for rule-only scoring). */
  public Map<String, TrainedScorer> trained() {
    return trained;
  }

  public ActorResolver resolver() {
    return resolver;
  }

  public Map<String, SentimentScorer> scorers() {
    return scorers;
  }

  public ArticleAnalysis analyze(Article article, AnnotatedDoc doc) {
    LocalDate date = LocalDate.parse(article.date());
    List<Mention> mentions = resolver.resolve(doc, date);
    SentimentScorer scorer = scorers.get(doc.language());
    if (scorer == null) {
      throw new IllegalStateException("no sentiment lexicon for language " + doc.language());
    }
    List<List<Cue>> cues = scorer.score(doc, mentions);
    TrainedScorer model = trained.get(doc.language());
    List<TrainedScorer.Result> results = model == null ? null : model.score(doc, mentions, cues);
    VoiceMap voiceMap = voices.get(doc.language()).attribute(doc, mentions);
    List<List<FrameCue>> frames = frameScorers.get(doc.language()).score(doc, mentions, voiceMap);
    List<ScoredMention> scored = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (results != null) {
        TrainedScorer.Result r = results.get(i);
        scored.add(new ScoredMention(m, r.sentiment(), r.polarity(), r.cues(), voiceMap.voiceOf(m),
            voiceMap.speakerIdOf(m), frames.get(i)));
      } else {
        double sentiment = SentimentScorer.aggregate(cues.get(i));
        scored.add(new ScoredMention(m, sentiment, Polarity.of(sentiment, neutralBand), cues.get(i),
            voiceMap.voiceOf(m), voiceMap.speakerIdOf(m), frames.get(i)));
      }
    }
    List<QuoteSpan> quotes = new ArrayList<>();
    for (VoiceMap.Span sp : voiceMap.spans()) {
      quotes.add(new QuoteSpan(sp.sentence(), sp.begin(), sp.end(), sp.speakerId(), sp.speakerName(), sp.rule()));
    }
    List<String> texts = doc.sentences().stream().map(s -> s.text(doc.text())).toList();
    int parsed = (int) doc.sentences().stream().filter(slant.model.Sentence::parsed).count();
    return new ArticleAnalysis(article, texts, doc.tokenCount(), parsed, scored, actorScores(scored), quotes);
  }

  private List<ActorScore> actorScores(List<ScoredMention> mentions) {
    Map<String, List<ScoredMention>> byActor = new LinkedHashMap<>();
    for (ScoredMention m : mentions) {
      byActor.computeIfAbsent(m.mention().actorId(), k -> new ArrayList<>()).add(m);
    }
    List<ActorScore> out = new ArrayList<>();
    for (List<ScoredMention> ms : byActor.values()) {
      int neg = 0;
      int neu = 0;
      int pos = 0;
      for (ScoredMention m : ms) {
        switch (m.polarity()) {
          case NEGATIVE -> neg++;
          case POSITIVE -> pos++;
          default -> neu++;
        }
      }
      double mean = SentimentScorer.round(articleSentiment(ms));
      Mention first = ms.get(0).mention();
      out.add(new ActorScore(first.actorId(), first.actorName(), first.actorType(), ms.size(), mean,
          Polarity.of(mean, neutralBand), neg, neu, pos));
    }
    return out;
  }

  /**
   * An actor's article-level sentiment: the net tone of its mentions in the outlet's own voice ({@code voice}
   * "outlet"), or of all its mentions when every one is quoted: (positive mentions − negative mentions) / mentions,
   * in [-1, 1], from each mention's polarity.
   *
   * <p>Why polarities and not the mean of the mention sentiments: a mention's polarity is the decision the gold-set
   * evaluation validates (macro-F1, docs/validation-sentiment.md); its number is not. With the trained model, a
   * mention decided neutral still carries P(positive) − P(negative) of ±0.2–0.3 (a neutral report such as "teilte der
   * Kreml mit"), and the mean of such leftovers could outvote the clearly polar mentions. Net tone is the measure
   * media-tone studies report ((positive − negative) / all), so every neutral mention dilutes, none tips.
   *
   * <p>Quoted passages are the sources' evaluations, not the outlet's (an expert quoted saying Nordkorea "entschlossen
   * unterstützt" Russland does not make the outlet's reporting positive); they stay visible per mention and in the
   * polarity counts. An actor that only appears in quotes gets the quotes' net tone, so no actor loses its score.
   */
  static double articleSentiment(List<ScoredMention> ms) {
    int outletNet = 0;
    int outletN = 0;
    int allNet = 0;
    for (ScoredMention m : ms) {
      int sign = m.polarity().sign();
      allNet += sign;
      if (!VoiceMap.QUOTED.equals(m.voice())) {
        outletNet += sign;
        outletN++;
      }
    }
    return outletN > 0 ? (double) outletNet / outletN : (double) allNet / ms.size();
  }

}
