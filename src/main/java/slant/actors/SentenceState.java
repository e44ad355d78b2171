package slant.actors;

import java.util.ArrayList;
import java.util.List;
import slant.model.Mention;
import slant.model.Sentence;

/**
 * What the steps of {@link ActorResolver} hand on within one sentence: its word units, which tokens a mention
 * already covers ({@code taken}: a later step links only free tokens, so earlier steps win) and the sentence's
 * mentions so far (unsorted until {@link TitleMerge}).
 */
record SentenceState(DocState doc, Sentence sentence, List<WordUnit> units, boolean[] taken, List<Mention> mentions) {

  static SentenceState start(DocState doc, Sentence s) {
    return new SentenceState(doc, s, WordUnit.of(s, doc.norm()), new boolean[s.size()], new ArrayList<>());
  }

  /** Whether a token of the mention's span is taken. */
  boolean overlaps(Mention m) {
    for (int t = m.startToken(); t < m.endToken(); t++) {
      if (taken[t]) {
        return true;
      }
    }
    return false;
  }

  /** Adds the mention and marks its tokens taken. */
  void take(Mention m) {
    for (int t = m.startToken(); t < m.endToken(); t++) {
      taken[t] = true;
    }
    mentions.add(m);
  }

  /** Replaces the sentence's mentions (a step that reorders or merges them). */
  void replaceMentions(List<Mention> replacement) {
    List<Mention> copy = new ArrayList<>(replacement);
    mentions.clear();
    mentions.addAll(copy);
  }
}
