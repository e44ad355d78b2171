package slant.actors;

import java.io.Serializable;

/**
 * One step of {@link ActorResolver}: reads a sentence's state and adds, merges or rewrites its mentions. Steps run in
 * the order {@link ActorResolver} lists them, each on every sentence before the next sentence starts; a step must
 * not link a token an earlier step took. Serializable: the resolver is shipped to Spark executors.
 */
interface SentenceStep extends Serializable {

  void apply(SentenceState state);
}
