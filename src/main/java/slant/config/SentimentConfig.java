package slant.config;

import java.io.Serializable;
import java.util.List;

/**
 * Sentiment and framing scoring.
 *
 * @param lexiconDir folder holding {@code <lang>/polarity.tsv} and {@code <lang>/modifiers.tsv}; null means the
 *     lexicons bundled in the jar
 * @param framesDir folder holding {@code <lang>/frames.tsv} (the frame lexicon); null means the bundled one
 * @param neutralBand |sentiment| at or below this is neutral (rule scoring, and actor-level polarity)
 * @param maxDistance cues further than this many dependency edges from a mention are ignored
 * @param method {@code rules} (lexicon cues, tanh of their sum, neutral band) or {@code trained} (the trained model
 *     over the same cues and parse: sentiment = P(pos) − P(neg), polarity = most probable class); default
 *     {@link #DEFAULT_METHOD}
 * @param modelDir folder holding {@code sentiment-<lang>.json}; null means the models bundled in the jar
 * @param minEvidence the evaluation evidence (reliability-weighted sum of evaluation-cue weights) a mention, and an
 *     actor's outlet-voice mentions of an article together, need to be negative in {@code sentiment} (positive: twice
 *     that); below it they are neutral however the cues lean. Default
 *     {@link #DEFAULT_MIN_EVIDENCE}, chosen on the team's German dev set (docs/validation-sentiment.md)
 * @param rulesDir folder holding rule word lists (verbs of saying, place prepositions, title endings, …; layout and
 *     files in data/rules/README.md); each file present there replaces the bundled one, the others stay bundled;
 *     null means all bundled
 */
public record SentimentConfig(String lexiconDir, String framesDir, Double neutralBand, Integer maxDistance,
    String method, String modelDir, Double minEvidence, String rulesDir) implements Serializable {

  public static final List<String> METHODS = List.of("rules", "trained");
  public static final String DEFAULT_METHOD = "trained";
  public static final double DEFAULT_MIN_EVIDENCE = 0.5;

  public SentimentConfig {
    minEvidence = minEvidence == null ? DEFAULT_MIN_EVIDENCE : minEvidence;
    if (minEvidence < 0 || minEvidence > 5) {
      throw new ConfigException("sentiment.min_evidence must be in [0, 5]");
    }
    neutralBand = neutralBand == null ? 0.1 : neutralBand;
    maxDistance = maxDistance == null ? 4 : maxDistance;
    method = method == null ? DEFAULT_METHOD : method;
    if (neutralBand < 0 || neutralBand >= 1) {
      throw new ConfigException("sentiment.neutral_band must be in [0, 1)");
    }
    if (maxDistance < 1) {
      throw new ConfigException("sentiment.max_distance must be at least 1");
    }
    if (!METHODS.contains(method)) {
      throw new ConfigException("sentiment.method must be one of " + METHODS + ", got '" + method + "'");
    }
  }

  /** Without frames folder, method and model folder (defaults). */
  public SentimentConfig(String lexiconDir, Double neutralBand, Integer maxDistance) {
    this(lexiconDir, null, neutralBand, maxDistance, null, null, null, null);
  }

  public SentimentConfig(String lexiconDir, String framesDir, Double neutralBand, Integer maxDistance,
      String method, String modelDir) {
    this(lexiconDir, framesDir, neutralBand, maxDistance, method, modelDir, null, null);
  }

  public boolean trained() {
    return method.equals("trained");
  }

  public SentimentConfig withMethod(String m) {
    return new SentimentConfig(lexiconDir, framesDir, neutralBand, maxDistance, m, modelDir, minEvidence, rulesDir);
  }

  public SentimentConfig withLexiconDir(String dir) {
    return new SentimentConfig(dir, framesDir, neutralBand, maxDistance, method, modelDir, minEvidence, rulesDir);
  }

  public SentimentConfig withRulesDir(String dir) {
    return new SentimentConfig(lexiconDir, framesDir, neutralBand, maxDistance, method, modelDir, minEvidence, dir);
  }

  public SentimentConfig withMinEvidence(double e) {
    return new SentimentConfig(lexiconDir, framesDir, neutralBand, maxDistance, method, modelDir, e, rulesDir);
  }

  public static SentimentConfig defaults() {
    return new SentimentConfig(null, null, null, null, null, null, null, null);
  }
}
