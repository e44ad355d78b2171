package slant.model;

import java.io.Serializable;

/**
 * One piece of evidence behind a score: the words, their signed contribution, and the rule that attributed them.
 *
 * @param text the cue as written in the article (with its modifiers, e.g. "nicht erfolgreich")
 * @param weight the signed contribution after modifiers and distance decay
 * @param rule the attribution rule, e.g. "predicate:nsubj", "modifier:amod", "label", "window"
 * @param token the cue's head token in the sentence
 * @param relation how the cue relates to the actor: evaluation (counts toward the outlet's sentiment), holder,
 *     affected, stance, topic, context or model (docs/tables.md, "Cue relations")
 * @param reliability how much an evaluation cue counts toward the evidence: 1, or less for a rule that was often
 *     wrong on the team's German dev set (docs/tables.md, "Cue relations")
 */
public record Cue(String text, double weight, String rule, int token, String relation, double reliability)
    implements Serializable {

  /** A cue at full reliability. */
  public Cue(String text, double weight, String rule, int token, String relation) {
    this(text, weight, rule, token, relation, 1.0);
  }

  public static final String EVALUATION = "evaluation";
  public static final String STANCE = "stance";

  /** Whether the cue is the outlet's (or, when quoted, the speaker's) evaluation of the actor. */
  public boolean isEvaluation() {
    return EVALUATION.equals(relation);
  }

  /**
   * Whether the cue is part of the tone around the actor: every lexicon cue the attribution reaches and the model's
   * evidence, not the verb-frame cues ({@code frame:} rules) that only the evaluation adds.
   */
  public boolean countsForTone() {
    return !rule.startsWith("frame:");
  }
}
