package slant.voice;

import slant.model.Sentence;

/**
 * Step 2 of {@link VoiceAttributor}: each attribution's content tokens are quoted with its speaker and rule. Writes
 * only sentences with an attribution, so it commutes with {@link KonjunktivChain}, which writes only sentences without
 * one.
 */
final class AttributedContent implements VoiceStep {

  @Override
  public void apply(VoiceContext ctx, Attribution[] attributions, VoiceMarks marks) {
    for (Sentence s : ctx.doc().sentences()) {
      Attribution a = attributions[s.index()];
      if (a == null) {
        continue;
      }
      for (int t = 0; t < s.size(); t++) {
        if (a.content()[t]) {
          marks.quote(s.index(), t, a.speaker(), a.rule());
        }
      }
    }
  }
}
