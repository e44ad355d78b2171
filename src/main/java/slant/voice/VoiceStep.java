package slant.voice;

import java.io.Serializable;

/**
 * A step after attribution finding: reads the document context and each sentence's attribution (null where none),
 * adds quoted tokens to the marks. {@link VoiceAttributor} runs the steps in order.
 */
interface VoiceStep extends Serializable {

  void apply(VoiceContext ctx, Attribution[] attributions, VoiceMarks marks);
}
