package slant.lang;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A text with a paragraph break inserted at each glue (where the corpus lost a break between two paragraphs), and the
 * way back to the original text's offsets: the annotator reads {@link #text}, and every stored offset, quotation and
 * mention keeps pointing into the article's own text. Pure.
 *
 * @param text what the annotator reads
 * @param glues the original text's offsets where a break was inserted, ascending, distinct
 */
public record SeparatedText(String text, List<Integer> glues) {

  /** What is inserted at each glue: a blank line, which ends a sentence and a paragraph for the splitter. */
  public static final String BREAK = "\n\n";

  /** {@code text} with a {@link #BREAK} at each offset of {@code glues} (any order; duplicates count once). */
  public static SeparatedText insertBreaks(String text, Collection<Integer> glues) {
    if (glues.isEmpty()) {
      return new SeparatedText(text, List.of());
    }
    List<Integer> sorted = List.copyOf(new TreeSet<>(glues));
    StringBuilder b = new StringBuilder(text.length() + sorted.size() * BREAK.length());
    int from = 0;
    for (int g : sorted) {
      b.append(text, from, g).append(BREAK);
      from = g;
    }
    b.append(text, from, text.length());
    return new SeparatedText(b.toString(), sorted);
  }

  /** The original text's offset of an offset into {@link #text} (not inside an inserted break). */
  public int original(int offset) {
    int shift = 0;
    for (int i = 0; i < glues.size(); i++) {
      int inserted = glues.get(i) + i * BREAK.length();
      if (inserted < offset) {
        shift += BREAK.length();
      }
    }
    return offset - shift;
  }
}
