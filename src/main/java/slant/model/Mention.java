package slant.model;

import java.io.Serializable;
import java.util.List;

/**
 * One reference to an actor in an annotated document.
 *
 * @param sentence sentence index
 * @param startToken first token (inclusive)
 * @param endToken last token (exclusive)
 * @param headToken the token standing for the mention in the dependency tree (for a name under a title noun, the
 *     title noun: "Präsident" in "Präsident Wladimir Putin")
 * @param begin character offset of the surface (inclusive)
 * @param end character offset (exclusive)
 * @param labels title and role nouns attached to the mention ("Präsident", "Machthaber"); a single inflected title
 *     noun in its base form ("des Präsidenten" → "Präsident"), a multi-word role description as written
 */
public record Mention(
    String actorId,
    String actorName,
    String actorType,
    String surface,
    int sentence,
    int startToken,
    int endToken,
    int headToken,
    int begin,
    int end,
    MentionKind kind,
    List<String> labels) implements Serializable {

  public Mention {
    labels = List.copyOf(labels);
  }

  public boolean covers(int token) {
    return token >= startToken && token < endToken;
  }
}
