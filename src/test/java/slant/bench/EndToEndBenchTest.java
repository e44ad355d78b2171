package slant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end bench's corpus mapping and month subsets (the runs themselves are the bench). */
class EndToEndBenchTest {

  @TempDir
  Path tmp;

  static String zeitgeist(String date, String url, String title) {
    return "{\"gathered_date\": \"" + date + "\", \"title\": \"" + title + "\", \"content\": \"Text " + title
        + ".\", \"url\": \"" + url + "\", \"language\": \"de\", \"published_date\": null}\n";
  }

  @Test
  void zeitgeistRecordsBecomeCanonicalArticlesSortedByDate() throws IOException {
    Path corpus = tmp.resolve("archive.jsonl");
    Files.writeString(corpus, zeitgeist("2025-09-02", "https://www.zeit.de/a", "B")
        + zeitgeist("2025-08-05", "https://www.tagesschau.de/x", "A") + "\n"
        + zeitgeist("2025-10-01", "https://www.zeit.de/c", "C"), StandardCharsets.UTF_8);
    List<ObjectNode> records = EndToEndBench.canonicalRecords(corpus);
    assertEquals(3, records.size());
    ObjectNode first = records.get(0);
    assertEquals("https://www.tagesschau.de/x", first.get("id").asText());
    assertEquals("www.tagesschau.de", first.get("outlet").asText());
    assertEquals("2025-08-05", first.get("published_at").asText());
    assertEquals("Text A.", first.get("text").asText());
    assertEquals("de", first.get("language").asText());
    assertEquals(List.of("2025-08", "2025-09", "2025-10"), EndToEndBench.months(records));

    Path in = tmp.resolve("in");
    assertEquals(2, EndToEndBench.writeInput(records, EndToEndBench.months(records), 2, in));
    List<String> lines = Files.readAllLines(in.resolve("articles.jsonl"));
    assertEquals("B", new ObjectMapper().readTree(lines.get(1)).get("title").asText());
    assertEquals(3, EndToEndBench.writeInput(records, EndToEndBench.months(records), 0, tmp.resolve("all")));
  }

  @Test
  void canonicalRecordsAreTakenAsTheyAre() throws IOException {
    ObjectNode n = (ObjectNode) new ObjectMapper().readTree(
        "{\"id\":\"x1\",\"outlet\":\"blatt\",\"published_at\":\"2024-06-18T08:00:00+02:00\",\"text\":\"T.\"}");
    assertEquals(n, EndToEndBench.canonical(n));
    assertEquals("unknown", EndToEndBench.host("not a url"));
  }
}
