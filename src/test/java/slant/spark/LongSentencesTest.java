package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.config.NlpConfig;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;
import slant.model.Token;

/** Sentences over nlp.max_sentence_tokens are counted (runs.n_sentences_skipped_long), at the boundary too. */
class LongSentencesTest {

  static Sentence sentence(int index, int tokens) {
    List<Token> t = new ArrayList<>();
    for (int i = 0; i < tokens; i++) {
      t.add(new Token(i, "w", i * 2, i * 2 + 1, "NOUN", "O"));
    }
    return new Sentence(index, 0, tokens * 2, t, List.of(), List.of(), false);
  }

  @Test
  void sentencesLongerThanTheLimitAreCounted() {
    NlpConfig nlp = new NlpConfig(List.of("de"), null, 10, null, null);
    AnnotatedDoc doc = new AnnotatedDoc("", "de",
        List.of(sentence(0, 5), sentence(1, 10), sentence(2, 11), sentence(3, 200)));
    assertEquals(2, AnalyzePartition.longSentences(doc, nlp), "10 tokens is at the limit and parsed; 11 and 200 not");
  }
}
