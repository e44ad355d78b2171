package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.Dependency;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;

/** The annotations table's nested rows give back the very {@link AnnotatedDoc} they were made from (no Spark). */
class AnnotationRowsTest {

  @Test
  void anAnnotatedDocSurvivesTheRoundTrip() {
    Article a = new Article("x1", "blatt", "2024-06-17T07:00:00Z", "2024-06-17", "Kim droht",
        "Laut James Brown sei Putin isoliert.", null, "de", List.of());
    String text = a.fullText();
    assertEquals("Kim droht\n\nLaut James Brown sei Putin isoliert.", text);
    Sentence title = new Sentence(0, 0, 9, List.of(new Token(0, "Kim", 0, 3, "PROPN", "PERSON"),
        new Token(1, "droht", 4, 9, "VERB", "O")), List.of(new EntitySpan(0, 1, "PERSON", "Kim")), List.of(), false);
    List<Token> t = List.of(new Token(0, "Laut", 11, 15, "ADP", "O"), new Token(1, "James", 16, 21, "PROPN", "PERSON"),
        new Token(2, "Brown", 22, 27, "PROPN", "PERSON"), new Token(3, "sei", 28, 31, "AUX", "O"),
        new Token(4, "Putin", 32, 37, "PROPN", "PERSON"), new Token(5, "isoliert", 38, 46, "ADJ", "O"),
        new Token(6, ".", 46, 47, "PUNCT", "O"));
    Sentence body = new Sentence(1, 11, 47, t,
        List.of(new EntitySpan(1, 3, "PERSON", "James Brown"), new EntitySpan(4, 5, "PERSON", "Putin")),
        List.of(new Dependency(5, 0, "case"), new Dependency(5, 1, "obl:laut"), new Dependency(1, 2, "flat"),
            new Dependency(5, 3, "cop"), new Dependency(5, 4, "nsubj"), new Dependency(Dependency.ROOT, 5, "root"),
            new Dependency(5, 6, "punct")), true);
    AnnotatedDoc doc = new AnnotatedDoc(text, "de", List.of(title, body));
    List<Row> rows = CollectionConverters.asJava(AnnotationRows.toRows(doc));
    assertEquals(doc, AnnotationRows.toDoc(a, rows));
  }
}
