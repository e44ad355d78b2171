package slant.lang;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Maps a word to its matching key with Lucene's language analysis: lowercase, German orthographic normalisation
 * (ä → a, ß → ss) and German light stemming ("Russlands" → "russland", "Präsidenten" → "prasident"), or English
 * possessive removal and minimal (plural) stemming. Lexicon entries, catalogue names and article tokens all go
 * through the same key, which is how inflected forms match their lemma without hand-written suffix rules.
 *
 * <p>Thread-safe; keys are cached per JVM.
 */
public final class WordNormalizer implements Serializable {

  private static final Map<String, WordNormalizer> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 500_000;

  private final String language;
  private transient Analyzer analyzer;
  private transient Map<String, String> cache;

  private WordNormalizer(String language) {
    this.language = language;
  }

  public static WordNormalizer forLanguage(String language) {
    return BY_LANGUAGE.computeIfAbsent("en".equals(language) ? "en" : "de", WordNormalizer::new);
  }

  public String language() {
    return language;
  }

  private Object readResolve() {
    return forLanguage(language);
  }

  /** The matching key of one word ("" for a word with no letters or digits). */
  public String key(String word) {
    if (cache == null) {
      init();
    }
    String cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    String k = analyze(word);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(word, k);
    }
    return k;
  }

  /** Keys of a multi-word phrase, space separated ("russischer Präsident" → "russisch prasident"). */
  public String phraseKey(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.trim().split("\\s+")) {
      String k = key(w);
      if (!k.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : " ").append(k);
      }
    }
    return sb.toString();
  }

  private synchronized void init() {
    if (cache != null) {
      return;
    }
    analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        if (language.equals("en")) {
          ts = new EnglishPossessiveFilter(ts);
          ts = new EnglishMinimalStemFilter(ts);
        } else {
          ts = new GermanNormalizationFilter(ts);
          ts = new GermanLightStemFilter(ts);
        }
        return new TokenStreamComponents(source, ts);
      }
    };
    cache = new ConcurrentHashMap<>();
  }

  private String analyze(String word) {
    String cleaned = word.strip();
    if (cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return ""; // punctuation and dashes ("—", "-", "„") are no word: they match nothing
    }
    try (TokenStream ts = analyzer.tokenStream("w", new StringReader(cleaned))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : "";
      ts.end();
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("in-memory analysis failed", e);
    }
  }
}
