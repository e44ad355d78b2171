package slant.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import slant.config.NlpConfig;
import slant.model.AnnotatedDoc;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;
import slant.nlp.Annotator;
import slant.nlp.AnnotatorFactory;

/**
 * A test annotator for the local-Spark tier: sentences split at . ! ?, tokens at spaces and punctuation,
 * capitalised words tagged PROPN, other words ADJ, no NER, no parse (scorers use their token-window rules).
 * Deterministic and model-free, so the Spark plumbing is tested in seconds.
 */
public final class FakeAnnotator implements Annotator {

  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*|[^\\s\\p{L}\\p{N}]");

  public static final FakeAnnotator INSTANCE = new FakeAnnotator();

  /** Fails on any text containing this marker, to test the analysis_error path. */
  public static final String FAIL_MARKER = "FAIL-ANALYSIS";

  public static AnnotatorFactory factory() {
    return (NlpConfig c) -> INSTANCE;
  }

  @Override
  public AnnotatedDoc annotate(String text, String language, ParseSelector selector) {
    if (text.contains(FAIL_MARKER)) {
      throw new IllegalStateException("fake annotator asked to fail");
    }
    List<Sentence> sentences = new ArrayList<>();
    Matcher sm = SENTENCE.matcher(text);
    while (sm.find()) {
      if (sm.group().isBlank()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>();
      Matcher tm = TOKEN.matcher(sm.group());
      while (tm.find()) {
        String w = tm.group();
        String pos = Character.isUpperCase(w.charAt(0)) ? "PROPN"
            : Character.isLetter(w.charAt(0)) ? "ADJ" : "PUNCT";
        tokens.add(new Token(tokens.size(), w, sm.start() + tm.start(), sm.start() + tm.end(), pos, "O"));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(),
            tokens, List.<EntitySpan>of(), List.of(), false));
      }
    }
    return new AnnotatedDoc(text, language, sentences);
  }

  @Override
  public String describe() {
    return "fake";
  }
}
