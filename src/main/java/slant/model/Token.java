package slant.model;

import java.io.Serializable;

/**
 * One token of an analysed sentence.
 *
 * @param index 0-based position in its sentence
 * @param word the token text as the tokenizer produced it (multi-word tokens like "im" are split into "in", "dem"
 *     which share the original's character offsets)
 * @param begin character offset in the analysed text (inclusive)
 * @param end character offset in the analysed text (exclusive)
 * @param pos universal POS tag (UD: NOUN, PROPN, VERB, ADJ, ...)
 * @param ner named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 */
public record Token(int index, String word, int begin, int end, String pos, String ner) implements Serializable {

  public boolean isNoun() {
    return "NOUN".equals(pos) || "PROPN".equals(pos);
  }

  /**
   * A common noun: tagged one, or tagged a proper noun without an entity type, as the German tagger tags some nouns
   * after a genitive name ("Putins Plan/PROPN", "Maduros Regime/PROPN").
   */
  public boolean isCommonNoun() {
    return "NOUN".equals(pos) || "PROPN".equals(pos) && (ner == null || "O".equals(ner));
  }
}
