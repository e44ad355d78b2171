package slant.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordParserTest {

  @Test
  void jsonLinesWithBadLinesKeepsGoingAndNumbersLines() {
    byte[] bad = {(byte) 0xC3, (byte) 0x28};
    String good = "{\"id\":\"a\",\"outlet\":\"o\",\"published_at\":\"2024-06-18\",\"text\":\"T\",\"authors\":[\"X\"]}";
    byte[] content = concat((good + "\n\n{not json\n").getBytes(StandardCharsets.UTF_8), bad,
        "\n[1,2]\n".getBytes(StandardCharsets.UTF_8));
    List<RawRecord> r = RecordParser.parseJsonFile("f.jsonl", content);
    assertEquals(4, r.size());
    assertNull(r.get(0).unreadable());
    assertEquals(List.of("X"), r.get(0).authors());
    assertEquals(3L, r.get(1).sourceLine());
    assertEquals(Reasons.MALFORMED_RECORD, r.get(1).unreadable());
    assertEquals(Reasons.INVALID_UTF8, r.get(2).unreadable());
    assertEquals(4L, r.get(2).sourceLine());
    assertEquals(Reasons.MALFORMED_RECORD, r.get(3).unreadable());
  }

  @Test
  void newsPleaseFileIsOneObject() {
    String np = """
        {
          "maintext": "Der Kreml erklärte …",
          "date_publish": "2024-06-18 09:30:00",
          "source_domain": "example.de",
          "title": "T",
          "url": "https://example.de/a",
          "language": "de",
          "authors": ["A B"]
        }
        """;
    List<RawRecord> r = RecordParser.parseJsonFile("np.json", np.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.size());
    assertEquals("example.de", r.get(0).outlet());
    assertEquals("2024-06-18 09:30:00", r.get(0).publishedAt());
    assertEquals("Der Kreml erklärte …", r.get(0).text());
  }

  @Test
  void binaryJunkIsRejectedNotParsed() {
    byte[] junk = {'{', 0x01, 0x02, 0x00, '}', '\n'};
    assertEquals(Reasons.BINARY_CONTENT, RecordParser.parseJsonFile("j.jsonl", junk).get(0).unreadable());
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int o = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, o, p.length);
      o += p.length;
    }
    return out;
  }
}
