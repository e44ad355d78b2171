package slant.voice;

import java.io.Serializable;
import java.util.List;
import slant.model.Sentence;

/**
 * Step 1 of {@link VoiceAttributor}: the attribution of each sentence — the first of the rules, in their order, that
 * finds one; null where none does. Reads each sentence alone (its mentions and quotation tokens); the cross-sentence
 * steps come after.
 */
final class AttributionFinder implements Serializable {

  private final List<AttributionRule> rules;

  AttributionFinder(List<AttributionRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The attribution per sentence index, null where the sentence has none. */
  Attribution[] find(VoiceContext ctx) {
    Attribution[] found = new Attribution[ctx.doc().sentences().size()];
    for (Sentence s : ctx.doc().sentences()) {
      found[s.index()] = find(ctx.sentence(s.index()));
    }
    return found;
  }

  Attribution find(SentenceView view) {
    for (AttributionRule rule : rules) {
      Attribution a = rule.find(view);
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}
