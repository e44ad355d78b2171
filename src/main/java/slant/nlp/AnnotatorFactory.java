package slant.nlp;

import java.io.Serializable;
import slant.config.NlpConfig;

/**
 * Creates (or returns the JVM's shared) {@link Annotator}. Serializable so the Spark job can ship it to executors;
 * the annotator itself never travels: it is built on first use inside each executor JVM.
 */
@FunctionalInterface
public interface AnnotatorFactory extends Serializable {
  Annotator get(NlpConfig config);
}
