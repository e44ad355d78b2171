package slant.model;

import java.io.Serializable;
import java.util.List;

/**
 * The linguistic analysis of one article, in Slant's own records: the only form in which CoreNLP's output reaches
 * the scorers. Every scorer reads the same instance, so an article is annotated exactly once.
 *
 * @param text the analysed text; all offsets refer to it
 * @param language ISO 639-1 code of the pipeline that analysed it
 */
public record AnnotatedDoc(String text, String language, List<Sentence> sentences) implements Serializable {

  public AnnotatedDoc {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::size).sum();
  }
}
