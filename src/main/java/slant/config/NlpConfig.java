package slant.config;

import java.io.Serializable;
import java.util.List;

/**
 * How articles are analysed.
 *
 * @param languages languages analysed; articles in others are rejected ("unsupported_language")
 * @param maxChars articles longer than this (title + text) are rejected ("too_long")
 * @param maxSentenceTokens sentences longer than this are tokenised and tagged but not parsed (counted)
 * @param parse {@code all} sentences or only those with an actor {@code candidates} (same scores for the parsed ones)
 * @param threads CoreNLP threads per pipeline (1: parallelism comes from Spark tasks)
 */
public record NlpConfig(List<String> languages, Integer maxChars, Integer maxSentenceTokens, String parse, Integer threads)
    implements Serializable {

  public NlpConfig {
    languages = languages == null ? List.of("de", "en") : List.copyOf(languages);
    maxChars = maxChars == null ? 100_000 : maxChars;
    maxSentenceTokens = maxSentenceTokens == null ? 80 : maxSentenceTokens;
    parse = parse == null ? "candidates" : parse;
    threads = threads == null ? 1 : threads;
    for (String l : languages) {
      if (!l.equals("de") && !l.equals("en")) {
        throw new ConfigException("nlp.languages: only de and en have pipelines, got '" + l + "'");
      }
    }
    if (!parse.equals("all") && !parse.equals("candidates")) {
      throw new ConfigException("nlp.parse must be 'all' or 'candidates', got '" + parse + "'");
    }
    if (maxChars < 100) {
      throw new ConfigException("nlp.max_chars must be at least 100");
    }
    if (maxSentenceTokens < 5) {
      throw new ConfigException("nlp.max_sentence_tokens must be at least 5");
    }
  }

  public static NlpConfig defaults() {
    return new NlpConfig(null, null, null, null, null);
  }
}
