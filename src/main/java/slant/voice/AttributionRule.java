package slant.voice;

import java.io.Serializable;

/**
 * One way a sentence attributes its words to a speaker. {@link AttributionFinder} asks the rules in order; the first
 * attribution found is the sentence's.
 */
interface AttributionRule extends Serializable {

  /** The attribution in this sentence by this rule, or null. */
  Attribution find(SentenceView s);
}
