package slant.voice;

import java.util.List;
import slant.model.Mention;
import slant.model.Sentence;

/**
 * One sentence as the attribution rules read it: its tokens, the mentions in it (document order), and which tokens
 * lie inside a quotation span.
 */
record SentenceView(Sentence sentence, List<Mention> mentions, boolean[] inQuote) {}
