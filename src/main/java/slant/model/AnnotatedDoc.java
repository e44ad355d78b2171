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

  /**
   * This document with the edges of its parsed sentences repaired: {@code repair} gives a sentence's new edges, or
   * null to keep it as it is. This document itself when no sentence changes (parse repairs such as {@code
   * slant.actors.AppositionRepair} and {@code slant.lang.SeparatedParticles}).
   */
  public AnnotatedDoc withRepairedParses(java.util.function.Function<Sentence, List<Dependency>> repair) {
    List<Sentence> out = null;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      List<Dependency> repaired = s.parsed() ? repair.apply(s) : null;
      if (repaired != null) {
        if (out == null) {
          out = new java.util.ArrayList<>(sentences);
        }
        out.set(k, new Sentence(s.index(), s.begin(), s.end(), s.tokens(), s.entities(), repaired, true));
      }
    }
    return out == null ? this : new AnnotatedDoc(text, language, out);
  }
}
