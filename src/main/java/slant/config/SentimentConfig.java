package slant.config;

import java.io.Serializable;

/**
 * Sentiment scoring.
 *
 * @param lexiconDir folder holding {@code <lang>/polarity.tsv} and {@code <lang>/modifiers.tsv}; null means the
 *     lexicons bundled in the jar
 * @param framesDir folder holding {@code <lang>/frames.tsv} (the frame lexicon); null means the bundled one
 * @param neutralBand |sentiment| at or below this is neutral
 * @param maxDistance cues further than this many dependency edges from a mention are ignored
 */
public record SentimentConfig(String lexiconDir, String framesDir, Double neutralBand, Integer maxDistance)
    implements Serializable {

  public SentimentConfig {
    neutralBand = neutralBand == null ? 0.1 : neutralBand;
    maxDistance = maxDistance == null ? 4 : maxDistance;
    if (neutralBand < 0 || neutralBand >= 1) {
      throw new ConfigException("sentiment.neutral_band must be in [0, 1)");
    }
    if (maxDistance < 1) {
      throw new ConfigException("sentiment.max_distance must be at least 1");
    }
  }

  public static SentimentConfig defaults() {
    return new SentimentConfig(null, null, null, null);
  }
}
