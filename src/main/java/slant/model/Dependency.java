package slant.model;

import java.io.Serializable;

/**
 * A basic (not enhanced) dependency edge inside one sentence.
 *
 * @param governor 0-based token index of the head, or -1 for the root edge
 * @param dependent 0-based token index of the dependent
 * @param relation UD relation name, lowercase, with subtype where the parser gives one ("obl:laut", "nsubj")
 */
public record Dependency(int governor, int dependent, String relation) implements Serializable {

  public static final int ROOT = -1;

  /** The relation without its subtype: "obl:laut" → "obl". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
