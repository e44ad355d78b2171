package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.config.ConfigException;
import slant.model.Polarity;

class GoldReaderTest {

  private static final String GERNTSA = """
      [
        {"id": "a1", "opinion_snippet": "Scholz lobte die Einigung mit Macron.", "target": "Macron",
         "target_anchor": {"from": 30, "to": 36}, "sentiment": {"polarity": "positive"}},
        {"id": "a2", "opinion_snippet": "Scholz lobte die Einigung mit Macron.", "target": "Scholz",
         "target_anchor": {"from": 0, "to": 6}, "sentiment": {"polarity": "neutral"}},
        {"id": "a3", "opinion_snippet": "Die Polizei nahm drei Männer fest.", "target": "Polizei",
         "target_anchor": {"from": 4, "to": 11}, "sentiment": {"polarity": "negative"}}
      ]
      """;

  private static final String NEWSMTSC = """
      {"primary_gid": "s1", "sentence_normalized": "Trump attacked Judge Gorsuch.", "targets": [{"Input.gid": "t1", "from": 0, "to": 5, "mention": "Trump", "polarity": 2.0}, {"Input.gid": "t2", "from": 15, "to": 28, "mention": "Judge Gorsuch", "polarity": 4.0}]}

      {"primary_gid": "s2", "sentence_normalized": "Merkel won praise.", "targets": [{"Input.gid": "t3", "from": 0, "to": 6, "mention": "Merkel", "polarity": 6.0, "further_mentions": []}]}
      """;

  @Test
  void gerNtsaItemsInFileOrder() {
    List<GoldItem> items = GoldReader.parse("gerntsa", GERNTSA, "fixture");
    assertEquals(3, items.size());
    GoldItem a = items.get(0);
    assertEquals("a1", a.id());
    assertEquals("Macron", a.sentence().substring(a.begin(), a.end()));
    assertEquals(Polarity.POSITIVE, a.gold());
    assertEquals(Polarity.NEUTRAL, items.get(1).gold());
    assertEquals(Polarity.NEGATIVE, items.get(2).gold());
    assertEquals("de", GoldReader.language("gerntsa"));
  }

  @Test
  void newsMtscOneItemPerTarget() {
    List<GoldItem> items = GoldReader.parse("newsmtsc", NEWSMTSC, "fixture");
    assertEquals(3, items.size());
    assertEquals("t1", items.get(0).id());
    assertEquals(Polarity.NEGATIVE, items.get(0).gold());
    GoldItem judge = items.get(1);
    assertEquals("Judge Gorsuch", judge.sentence().substring(judge.begin(), judge.end()));
    assertEquals(Polarity.NEUTRAL, judge.gold());
    assertEquals(Polarity.POSITIVE, items.get(2).gold());
    assertEquals("en", GoldReader.language("newsmtsc"));
  }

  @Test
  void codePointOffsetsAreConvertedToJavaIndices() {
    // "😀" is two UTF-16 chars but one code point: Python writes from=2 for "Putin"
    String json = "[{\"id\": \"x\", \"opinion_snippet\": \"\uD83D\uDE00 Putin droht.\", \"target\": \"Putin\","
        + " \"target_anchor\": {\"from\": 2, \"to\": 7}, \"sentiment\": {\"polarity\": \"negative\"}}]";
    GoldItem g = GoldReader.parse("gerntsa", json, "fixture").get(0);
    assertEquals(3, g.begin());
    assertEquals("Putin", g.sentence().substring(g.begin(), g.end()));
  }

  @Test
  void shiftedOffsetsFallBackToTheNearestOccurrence() {
    GoldItem g = GoldReader.item("x", "Die EU und die EU-Kommission", "EU", 14, 16, Polarity.NEUTRAL, "fixture");
    assertEquals(15, g.begin());
  }

  @Test
  void formatErrorsAreConfigErrors() {
    assertThrows(ConfigException.class, () -> GoldReader.parse("gerntsa", "{}", "fixture"));
    assertThrows(ConfigException.class, () -> GoldReader.parse("gerntsa",
        "[{\"opinion_snippet\": \"a b\", \"target\": \"b\", \"target_anchor\": {\"from\": 2, \"to\": 3},"
            + " \"sentiment\": {\"polarity\": \"mixed\"}}]", "fixture"));
    assertThrows(ConfigException.class, () -> GoldReader.parse("newsmtsc",
        "{\"sentence_normalized\": \"a b\", \"targets\": [{\"from\": 2, \"to\": 3, \"mention\": \"b\","
            + " \"polarity\": 3.0}]}", "fixture"));
    assertThrows(ConfigException.class, () -> GoldReader.parse("newsmtsc",
        "{\"sentence_normalized\": \"a b\", \"targets\": [{\"from\": 0, \"to\": 1, \"mention\": \"zz\","
            + " \"polarity\": 4.0}]}", "fixture"));
    ConfigException e = assertThrows(ConfigException.class, () -> GoldReader.language("semeval"));
    assertTrue(e.getMessage().contains("gerntsa"));
  }
}
