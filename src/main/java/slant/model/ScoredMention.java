package slant.model;

import java.io.Serializable;
import java.util.List;

/**
 * A mention with everything the scorers found about it.
 *
 * @param sentiment in [-1, 1]
 * @param cues the evidence for {@code sentiment}, in sentence order
 * @param voice "outlet" when the outlet speaks, "quoted" inside quotations and reported speech
 * @param speakerId actor id of the quoted speaker when known, else null
 * @param frames framing cues toward this mention
 */
public record ScoredMention(
    Mention mention,
    double sentiment,
    Polarity polarity,
    List<Cue> cues,
    String voice,
    String speakerId,
    List<FrameCue> frames) implements Serializable {

  public ScoredMention {
    cues = List.copyOf(cues);
    frames = List.copyOf(frames);
  }
}
