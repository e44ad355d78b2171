package slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.testing.SharedData;

/** {@code slant eval} end to end with CoreNLP on the first 40 GerNTSA dev items. */
@Tag("models")
class EvalCommandModelsTest {

  private static final String GERNTSA = "../shared/data/gerntsa-dev/GerNTSA-dev.json";

  @Test
  void gerNtsaFirstFortyItems() throws Exception {
    Path gerntsa = SharedData.require(GERNTSA, "slant eval on the first 40 GerNTSA dev items");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = SlantCli.execute("eval", "--format", "gerntsa", "--limit", "40", gerntsa.toString());
    } finally {
      System.setOut(old);
    }
    assertEquals(0, code);
    JsonNode j = new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
    assertEquals("gerntsa", j.get("format").asText());
    assertEquals(gerntsa.toString(), j.get("file").asText());
    assertEquals("slant-de", j.get("lexicon").asText());
    assertEquals(40, j.get("n").asInt());
    double f1 = j.get("macro_f1").asDouble();
    assertTrue(f1 >= 0 && f1 <= 1, "macro_f1 " + f1);
    double acc = j.get("accuracy").asDouble();
    assertTrue(acc >= 0 && acc <= 1, "accuracy " + acc);
    long total = 0;
    for (String gold : new String[] {"negative", "neutral", "positive"}) {
      for (String field : new String[] {"precision", "recall", "f1"}) {
        double v = j.get(gold).get(field).asDouble();
        assertTrue(v >= 0 && v <= 1, gold + "." + field);
      }
      for (String pred : new String[] {"negative", "neutral", "positive"}) {
        total += j.get("confusion").get(gold).get(pred).asLong();
      }
    }
    assertEquals(40, total);
  }
}
