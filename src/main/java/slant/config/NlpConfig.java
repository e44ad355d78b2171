package slant.config;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How articles are analysed.
 *
 * @param languages languages analysed; articles in others are rejected ("unsupported_language")
 * @param maxChars articles longer than this (title + text) are rejected ("too_long")
 * @param maxSentenceTokens sentences longer than this are tokenised and tagged but not parsed (counted)
 * @param parse {@code all} sentences or only those with an actor {@code candidates} (same scores for the parsed ones)
 * @param threads CoreNLP threads per pipeline (1: parallelism comes from Spark tasks)
 * @param verifyLanguage when true, a record's stated language is checked by the language detector and replaced when
 *     the detector confidently disagrees (margin at least {@code verifyMinMargin}); default false: stated languages
 *     are trusted
 * @param detectLanguages the languages the detector chooses from (ISO 639-1 codes); must include {@code languages}.
 *     A small candidate set is faster and more accurate than all 75 languages Lingua knows
 * @param detectMinMargin the detector's margin (1 − the second-best language's relative confidence) below which a
 *     text counts as undetectable ("undetected_language"); junk and one-word texts stay below 0.1, real sentences
 *     lie above it
 * @param verifyMinMargin the margin the detector needs to overrule a stated language ({@code verifyLanguage})
 * @param detectAccuracy {@code high} (all n-gram models: best on short texts, ≈ 260 MB heap for ten candidate
 *     languages, loaded once per JVM) or {@code low} (trigrams only: ≈ 35 MB, fine for article-length texts)
 */
public record NlpConfig(List<String> languages, Integer maxChars, Integer maxSentenceTokens, String parse,
    Integer threads, Boolean verifyLanguage, List<String> detectLanguages, Double detectMinMargin,
    Double verifyMinMargin, String detectAccuracy) implements Serializable {

  /** The detector's default candidate set: Slant's languages plus the ones a German news feed mostly carries. */
  public static final List<String> DEFAULT_DETECT_LANGUAGES =
      List.of("de", "en", "fr", "es", "it", "nl", "pl", "ru", "tr", "uk");

  private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

  public NlpConfig {
    languages = languages == null ? List.of("de", "en") : List.copyOf(languages);
    maxChars = maxChars == null ? 100_000 : maxChars;
    maxSentenceTokens = maxSentenceTokens == null ? 80 : maxSentenceTokens;
    parse = parse == null ? "candidates" : parse;
    threads = threads == null ? 1 : threads;
    verifyLanguage = verifyLanguage != null && verifyLanguage;
    detectLanguages = detectLanguages == null ? DEFAULT_DETECT_LANGUAGES
        : detectLanguages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    detectMinMargin = detectMinMargin == null ? 0.1 : detectMinMargin;
    verifyMinMargin = verifyMinMargin == null ? 0.15 : verifyMinMargin;
    detectAccuracy = detectAccuracy == null ? "high" : detectAccuracy.toLowerCase(Locale.ROOT);
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
    if (detectLanguages.size() < 2) {
      throw new ConfigException("nlp.detect_languages needs at least two languages, got " + detectLanguages);
    }
    for (String l : detectLanguages) {
      if (!ISO_639_1.matcher(l).matches() || !Lingua.KNOWN.contains(l)) {
        throw new ConfigException("nlp.detect_languages: '" + l + "' is not an ISO 639-1 code the detector knows");
      }
      if (NlpConfig.class.getResource("/language-models/" + l + "/unigrams.json") == null) {
        throw new ConfigException("nlp.detect_languages: no Lingua model for '" + l + "' on the classpath (a build "
            + "that keeps only some languages' models?)");
      }
    }
    if (!detectLanguages.containsAll(languages)) {
      throw new ConfigException("nlp.detect_languages " + detectLanguages + " must include every language of "
          + "nlp.languages " + languages);
    }
    if (detectMinMargin < 0 || detectMinMargin >= 1 || verifyMinMargin < 0 || verifyMinMargin >= 1) {
      throw new ConfigException("nlp.detect_min_margin and nlp.verify_min_margin must be in [0, 1)");
    }
    if (!detectAccuracy.equals("high") && !detectAccuracy.equals("low")) {
      throw new ConfigException("nlp.detect_accuracy must be 'high' or 'low', got '" + detectAccuracy + "'");
    }
  }

  /** The settings before language detection existed; detection settings take their defaults. */
  public NlpConfig(List<String> languages, Integer maxChars, Integer maxSentenceTokens, String parse,
      Integer threads) {
    this(languages, maxChars, maxSentenceTokens, parse, threads, null, null, null, null, null);
  }

  public static NlpConfig defaults() {
    return new NlpConfig(null, null, null, null, null);
  }

  public NlpConfig withLanguageDetection(boolean verify, List<String> candidates, Double minMargin) {
    return new NlpConfig(languages, maxChars, maxSentenceTokens, parse, threads, verify, candidates, minMargin,
        verifyMinMargin, detectAccuracy);
  }

  /** The ISO 639-1 codes of Lingua's languages (the enum only; no language model is loaded). */
  private static final class Lingua {
    static final Set<String> KNOWN = java.util.Arrays.stream(
            com.github.pemistahl.lingua.api.IsoCode639_1.values())
        .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
