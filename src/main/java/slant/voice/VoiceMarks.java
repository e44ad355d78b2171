package slant.voice;

import slant.model.AnnotatedDoc;
import slant.model.Sentence;

/**
 * The voice of each token while the steps run (one per document, not shared): quoted or not, speaker, rule. Starts
 * all in the outlet's voice; {@link #toVoiceMap} freezes it.
 */
final class VoiceMarks {

  private final AnnotatedDoc doc;
  private final boolean[][] quoted;
  private final String[][] speakerId;
  private final String[][] speakerName;
  private final String[][] rule;

  VoiceMarks(AnnotatedDoc doc) {
    this.doc = doc;
    int n = doc.sentences().size();
    quoted = new boolean[n][];
    speakerId = new String[n][];
    speakerName = new String[n][];
    rule = new String[n][];
    for (Sentence s : doc.sentences()) {
      int i = s.index();
      quoted[i] = new boolean[s.size()];
      speakerId[i] = new String[s.size()];
      speakerName[i] = new String[s.size()];
      rule[i] = new String[s.size()];
    }
  }

  /** Marks token t of sentence i quoted, with its speaker and rule. */
  void quote(int i, int t, Speaker speaker, String why) {
    quoted[i][t] = true;
    speakerId[i][t] = speaker.id();
    speakerName[i][t] = speaker.name();
    rule[i][t] = why;
  }

  /** Replaces the speaker of token t of sentence i, keeping its rule. */
  void speaker(int i, int t, Speaker speaker) {
    speakerId[i][t] = speaker.id();
    speakerName[i][t] = speaker.name();
  }

  boolean quoted(int i, int t) {
    return quoted[i][t];
  }

  /**
   * The speaker every token of sentence i is quoted with, by rule {@code why} ({@link Speaker#UNKNOWN} for an orphan);
   * null when a token is not so quoted or when the speakers differ.
   */
  Speaker wholeSentenceSpeaker(int i, String why) {
    Speaker found = null;
    for (int t = 0; t < quoted[i].length; t++) {
      if (!quoted[i][t] || !why.equals(rule[i][t])) {
        return null;
      }
      Speaker s = new Speaker(speakerId[i][t], speakerName[i][t]);
      if (found != null && !found.equals(s)) {
        return null;
      }
      found = s;
    }
    return found;
  }

  /** The map with the document's quotation spans found anew (the steps' tests; the attributor passes its own). */
  VoiceMap toVoiceMap() {
    return toVoiceMap(VoiceContext.of(doc, java.util.List.of()));
  }

  /** @param ctx the document's context: its quotation-mark spans are kept in the map for the sentiment features */
  VoiceMap toVoiceMap(VoiceContext ctx) {
    return new VoiceMap(doc, quoted, speakerId, speakerName, rule, ctx.quoteSpans(), ctx.bodyMarksQuotations());
  }
}
