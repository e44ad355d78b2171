package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;

class AnnotatedDocJsonTest {

  static AnnotatedDoc doc(String text) {
    List<Token> tokens = List.of(new Token(0, "Putin", 0, 5, "PROPN", "PERSON"), new Token(1, "droht", 6, 11, "VERB", "O"));
    Sentence parsed = new Sentence(0, 0, 11, tokens, List.of(new EntitySpan(0, 1, "PERSON", "Putin")),
        List.of(new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 0, "nsubj")), true);
    return new AnnotatedDoc(text, "de", List.of(parsed));
  }

  @Test
  void aDocumentRoundTripsWithEveryComponentAndNoDerivedProperty() {
    AnnotatedDoc d = doc("Putin droht");
    byte[] json = AnnotatedDocJson.toBytes(d);
    assertEquals(d, AnnotatedDocJson.fromBytes(json));
    assertFalse(new String(json, StandardCharsets.UTF_8).contains("\"noun\""), "Token.isNoun() is not a property");
  }

  @Test
  void aCacheMapKeepsItsOrder() throws Exception {
    Map<String, AnnotatedDoc> docs = new LinkedHashMap<>();
    docs.put("zweiter", doc("zweiter"));
    docs.put("erster", doc("erster"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnotatedDocJson.write(out, docs);
    Map<String, AnnotatedDoc> back = AnnotatedDocJson.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(List.copyOf(docs.keySet()), List.copyOf(back.keySet()));
    assertEquals(docs, back);
  }
}
