package slant.model;

import java.io.Serializable;

/**
 * A framing cue attributed to a mention.
 *
 * @param frame the frame id, e.g. "desperation", "villainy", "pfc:security_defense"
 * @param family "device" (actor-centred framing device), "policy" (Policy Frames Codebook dimension) or "role"
 * @param text the cue as written
 * @param rule the attribution rule
 */
public record FrameCue(String frame, String family, String text, String rule, String voice)
    implements Serializable {}
