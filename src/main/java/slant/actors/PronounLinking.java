package slant.actors;

import java.util.List;
import slant.model.Mention;

/**
 * Step 7 (when pronouns are on; German documents, since 2026-12-06 English ones too), third-person pronouns:
 * {@link PronounResolver} links "er", "seine", "dessen", "he", "her" to the one actor they can stand for among this
 * sentence's mentions and those of the two sentences before (kind PRONOUN). Runs last: it needs the sentence's
 * finished, sorted mentions.
 */
final class PronounLinking implements SentenceStep {

  private final PronounResolver pronouns;

  PronounLinking(PronounResolver pronouns) {
    this.pronouns = pronouns;
  }

  @Override
  public void apply(SentenceState st) {
    DocState d = st.doc();
    if (!PronounResolver.reads(d.lang())) {
      return;
    }
    int index = st.sentence().index();
    List<Mention> earlier = d.resolved().stream().filter(m -> m.sentence() >= index - 2).toList();
    st.replaceMentions(pronouns.resolve(d.doc().text(), d.doc().sentences(), st.sentence(), st.mentions(), earlier,
        d.genders()));
  }
}
