package slant.config;

import java.io.Serializable;

/**
 * The aggregate tables' statistics and duplicate detection.
 *
 * @param bootstrapSamples resamples for the 95 % bootstrap intervals
 * @param seed the bootstrap seed (each cell derives its own from it and its key)
 * @param minArticles cells with fewer articles are flagged {@code low_n} (kept, not dropped)
 * @param nearDuplicateJaccard two articles with at least this Jaccard similarity of their 5-word shingles are
 *     near-duplicates (MinHash LSH)
 */
public record AnalyticsConfig(Integer bootstrapSamples, Long seed, Integer minArticles, Double nearDuplicateJaccard)
    implements Serializable {

  public AnalyticsConfig {
    bootstrapSamples = bootstrapSamples == null ? 1000 : bootstrapSamples;
    seed = seed == null ? 20240618L : seed;
    minArticles = minArticles == null ? 5 : minArticles;
    nearDuplicateJaccard = nearDuplicateJaccard == null ? 0.6 : nearDuplicateJaccard;
    if (bootstrapSamples < 100) {
      throw new ConfigException("analytics.bootstrap_samples must be at least 100");
    }
    if (minArticles < 1) {
      throw new ConfigException("analytics.min_articles must be at least 1");
    }
    if (nearDuplicateJaccard <= 0 || nearDuplicateJaccard > 1) {
      throw new ConfigException("analytics.near_duplicate_jaccard must be in (0, 1]");
    }
  }

  public static AnalyticsConfig defaults() {
    return new AnalyticsConfig(null, null, null, null);
  }
}
