package slant.config;

import java.io.Serializable;

/**
 * The whole, immutable configuration of a Slant run: YAML file values, then command-line overrides. Each section
 * fills its own defaults, so a missing section means "all defaults"; unknown keys are rejected when the YAML is read
 * ({@link ConfigLoader}).
 */
public record SlantConfig(
    InputConfig input,
    OutputConfig output,
    RunConfig run,
    NlpConfig nlp,
    ActorsConfig actors,
    SentimentConfig sentiment,
    AnalyticsConfig analytics,
    SparkConfig spark) implements Serializable {

  public SlantConfig {
    input = input == null ? InputConfig.defaults() : input;
    output = output == null ? OutputConfig.defaults() : output;
    run = run == null ? RunConfig.defaults() : run;
    nlp = nlp == null ? NlpConfig.defaults() : nlp;
    actors = actors == null ? ActorsConfig.defaults() : actors;
    sentiment = sentiment == null ? SentimentConfig.defaults() : sentiment;
    analytics = analytics == null ? AnalyticsConfig.defaults() : analytics;
    spark = spark == null ? SparkConfig.defaults() : spark;
  }

  public static SlantConfig defaults() {
    return new SlantConfig(null, null, null, null, null, null, null, null);
  }

  public SlantConfig withInput(InputConfig v) {
    return new SlantConfig(v, output, run, nlp, actors, sentiment, analytics, spark);
  }

  public SlantConfig withOutput(OutputConfig v) {
    return new SlantConfig(input, v, run, nlp, actors, sentiment, analytics, spark);
  }

  public SlantConfig withRun(RunConfig v) {
    return new SlantConfig(input, output, v, nlp, actors, sentiment, analytics, spark);
  }

  public SlantConfig withNlp(NlpConfig v) {
    return new SlantConfig(input, output, run, v, actors, sentiment, analytics, spark);
  }

  public SlantConfig withActors(ActorsConfig v) {
    return new SlantConfig(input, output, run, nlp, v, sentiment, analytics, spark);
  }

  public SlantConfig withSentiment(SentimentConfig v) {
    return new SlantConfig(input, output, run, nlp, actors, v, analytics, spark);
  }

  public SlantConfig withAnalytics(AnalyticsConfig v) {
    return new SlantConfig(input, output, run, nlp, actors, sentiment, v, spark);
  }

  public SlantConfig withSpark(SparkConfig v) {
    return new SlantConfig(input, output, run, nlp, actors, sentiment, analytics, v);
  }
}
