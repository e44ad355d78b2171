package slant.model;

import java.io.Serializable;
import java.util.List;

/**
 * A mention with everything the scorers found about it.
 *
 * @param sentiment the evaluation of the actor in this mention, in (-1, 1): tanh of the evaluation cues' weights
 *     (cues with relation {@code evaluation}); its polarity is polar only with enough evidence
 *     ({@code sentiment.min_evidence})
 * @param evidence the evaluation evidence: the sum of the evaluation cues' weights, each times its rule's reliability
 *     ({@code SentimentScorer.reliability}); {@code sentiment} is its tanh
 * @param outletEvidence what the mention adds to the outlet's evaluation of the actor: its {@code evidence} in the
 *     outlet's voice; in reported speech, the evaluation cues that are the reporter's own wording of the actor (label,
 *     in-mention, attached adjective and the noun it is the adjective of — {@code ArticleAnalyzer.REPORTER_WORDING} —
 *     outside quotation marks: "laut Albanese waren die Täter von der Terrororganisation IS beeinflusst"); else 0;
 *     an act of the actor told at several of its mentions counts only at its strongest telling
 *     ({@code ArticleAnalyzer.countRetoldActsOnce})
 * @param tone how what is reported around the actor comes across, in [-1, 1]: the trained model's P(pos) − P(neg),
 *     or with rule scoring tanh of all lexicon cues the attribution gives the mention
 * @param tonePolarity the tone's polarity (the model's decision, or the neutral band)
 * @param cues the evidence for both, in sentence order, each with its relation to the actor
 * @param voice "outlet" when the outlet speaks, "quoted" inside quotations and reported speech
 * @param speakerId actor id of the quoted speaker when known, else null
 * @param frames framing cues toward this mention
 */
public record ScoredMention(
    Mention mention,
    double sentiment,
    Polarity polarity,
    double evidence,
    double outletEvidence,
    double tone,
    Polarity tonePolarity,
    List<Cue> cues,
    String voice,
    String speakerId,
    List<FrameCue> frames) implements Serializable {

  public ScoredMention {
    cues = List.copyOf(cues);
    frames = List.copyOf(frames);
  }
}
