package slant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.model.Article;

class BenchCorpusTest {

  @Test
  void csvWithSingleQuotesDoubledQuotesAndNewlines() {
    List<List<String>> r = BenchCorpus.parseCsv("Sport;'Er sagte: ''Ja''; dann\nging er.'\nWeb;kurz\n", ';', '\'');
    assertEquals(List.of(List.of("Sport", "Er sagte: 'Ja'; dann\nging er."), List.of("Web", "kurz")), r);
  }

  @Test
  void readsJsonlAndCsvFolders(@TempDir Path dir) throws IOException {
    Path j = Files.createDirectories(dir.resolve("news"));
    Files.writeString(j.resolve("archive.jsonl"), """
        {"title": "Titel", "content": "Merkel sprach.", "gathered_date": "2025-08-05"}
        {"title": "Leer", "content": ""}
        {"title": null, "text": "Zweiter Text.", "published_date": "2024-01-02T10:00:00Z"}
        """, StandardCharsets.UTF_8);
    List<Article> a = BenchCorpus.read(j, 10, "2016-01-01");
    assertEquals(2, a.size());
    assertEquals("Titel\n\nMerkel sprach.", a.get(0).fullText());
    assertEquals("2025-08-05", a.get(0).date());
    assertEquals("2024-01-02", a.get(1).date());
    assertEquals("news#3", a.get(1).id());
    Path c = Files.createDirectories(dir.resolve("gnad"));
    Files.writeString(c.resolve("test.csv"), "Inland;'Ein ''Text''.'\nSport;Noch einer.\nWeb;Dritter.\n",
        StandardCharsets.UTF_8);
    List<Article> b = BenchCorpus.read(c, 2, "2016-01-01");
    assertEquals(2, b.size());
    assertEquals("Ein 'Text'.", b.get(0).text());
    assertEquals("2016-01-01", b.get(1).date());
  }
}
