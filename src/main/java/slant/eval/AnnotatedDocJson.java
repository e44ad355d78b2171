package slant.eval;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;

/**
 * {@link AnnotatedDoc}s as JSON, for the local caches of the evaluation and benchmark commands. JSON rather than Java
 * serialization: Slant deserializes nothing with Java serialization except CoreNLP's own models (issue #7, safety).
 * Only the records' components are written (fields), not derived accessors such as {@code Token.isNoun()}.
 */
public final class AnnotatedDocJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .addMixIn(Sentence.class, SentenceCreator.class);

  /**
   * {@link Sentence} is a class (it keeps its dependency tree), not a record: Jackson reads it through its
   * constructor, named here so that the model stays free of Jackson. Its transient tree is not written.
   */
  private abstract static class SentenceCreator {
    @JsonCreator
    SentenceCreator(@JsonProperty("index") int index, @JsonProperty("begin") int begin, @JsonProperty("end") int end,
        @JsonProperty("tokens") List<Token> tokens, @JsonProperty("entities") List<EntitySpan> entities,
        @JsonProperty("dependencies") List<Dependency> dependencies, @JsonProperty("parsed") boolean parsed) {}
  }

  private static final TypeReference<LinkedHashMap<String, AnnotatedDoc>> BY_TEXT = new TypeReference<>() {};

  private AnnotatedDocJson() {}

  public static byte[] toBytes(AnnotatedDoc doc) {
    try {
      return MAPPER.writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static AnnotatedDoc fromBytes(byte[] json) {
    try {
      return MAPPER.readValue(json, AnnotatedDoc.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes documents keyed by their source text, in map order. */
  public static void write(OutputStream out, Map<String, AnnotatedDoc> docs) throws IOException {
    MAPPER.writeValue(out, docs);
  }

  /** Reads what {@link #write} wrote, in the same order. */
  public static Map<String, AnnotatedDoc> read(InputStream in) throws IOException {
    return MAPPER.readValue(in, BY_TEXT);
  }
}
