package slant.model;

import java.io.Serializable;

/**
 * One piece of evidence behind a score: the words, their signed contribution, and the rule that attributed them.
 *
 * @param text the cue as written in the article (with its modifiers, e.g. "nicht erfolgreich")
 * @param weight the signed contribution after modifiers and distance decay
 * @param rule the attribution rule, e.g. "predicate:nsubj", "modifier:amod", "label", "window"
 * @param token the cue's head token in the sentence
 */
public record Cue(String text, double weight, String rule, int token) implements Serializable {}
