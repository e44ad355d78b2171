package slant.nlp;

import slant.model.AnnotatedDoc;
import slant.model.Sentence;

/**
 * Turns text into an {@link AnnotatedDoc}: sentences, tokens with offsets, POS, NER spans and — for the sentences
 * the selector accepts — basic dependency edges. Implementations are thread-safe: one instance serves every task of
 * an executor JVM.
 */
public interface Annotator {

  /** Decides, after tagging, which sentences get a dependency parse. It sees tokens, POS and NER, no edges. */
  @FunctionalInterface
  interface ParseSelector {
    boolean shouldParse(Sentence taggedSentence);

    ParseSelector ALL = s -> true;
  }

  AnnotatedDoc annotate(String text, String language, ParseSelector selector);

  /** Versions of what produced the annotations, for the run manifest (e.g. "corenlp 4.5.10 de"). */
  String describe();
}
