package slant.model;

import java.io.Serializable;

/**
 * A stretch of text in a quoted voice: a quotation, reported speech, or an indirect-speech (Konjunktiv I)
 * continuation.
 *
 * @param begin character offset (inclusive)
 * @param end character offset (exclusive)
 * @param speakerId the speaker's actor id when known, else null
 * @param rule how the voice was recognised ("quote", "laut", "so", "konjunktiv", "verb:sagte", …)
 */
public record QuoteSpan(int sentence, int begin, int end, String speakerId, String speakerName, String rule)
    implements Serializable {}
