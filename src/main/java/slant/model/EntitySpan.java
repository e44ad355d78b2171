package slant.model;

import java.io.Serializable;

/**
 * A named-entity span found by the NER tagger.
 *
 * @param startToken first token index (inclusive) in its sentence
 * @param endToken last token index (exclusive)
 * @param type PERSON, LOCATION, ORGANIZATION or MISC
 * @param text the span's surface text
 */
public record EntitySpan(int startToken, int endToken, String type, String text) implements Serializable {}
