package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import slant.testing.SharedData;

/**
 * The English pronoun sets ({@code data/eval/pronouns-en.tsv}, {@code pronouns-en-heldout.tsv}) point at pronouns:
 * each row's offset in its rebuilt NewsMTSC excerpt (the article's sentences in order, joined by one space, as
 * {@code data/eval/actor_sentiment_en.py} builds them) holds the row's pronoun; the held-out set shares no excerpt
 * with the dev set or the English sentiment check.
 */
class EnglishPronounGoldTest {

  private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");

  /** Excerpt text by article key: per sentence index the first sentence of the file with it, in index order. */
  private static Map<String, String> excerpts() throws IOException {
    Path train = SharedData.require("../shared/data/newsmtsc-train/train.jsonl",
        "that the English pronoun sets point at pronouns of NewsMTSC excerpts");
    ObjectMapper json = new ObjectMapper();
    Map<String, TreeMap<Integer, String>> byArticle = new HashMap<>();
    for (String line : Files.readAllLines(train, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      String[] parts = r.get("primary_gid").asText().split("_");
      String article = parts[0] + "_" + parts[1] + "_" + parts[2];
      byArticle.computeIfAbsent(article, k -> new TreeMap<>())
          .putIfAbsent(Integer.parseInt(parts[3]), r.get("sentence_normalized").asText());
    }
    Map<String, String> out = new HashMap<>();
    byArticle.forEach((article, sentences) -> out.put(article, String.join(" ", sentences.values())));
    return out;
  }

  /** Checks a label file's rows against the excerpts; returns its article keys. */
  private static Set<String> check(Path file, Map<String, String> excerpts, int expectedRows) throws IOException {
    Set<String> keys = new HashSet<>();
    int rows = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("corpus\t") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      String key = f[1];
      int offset = Integer.parseInt(f[2]);
      String pronoun = f[3];
      String text = excerpts.get(key);
      assertTrue(text != null, file + ": no NewsMTSC article " + key);
      assertTrue(PRONOUNS.contains(pronoun.toLowerCase(Locale.ROOT)), file + ": not a pronoun of the set: " + line);
      assertEquals(pronoun, text.substring(offset, offset + pronoun.length()), file + ": " + line);
      assertFalse(f[4].isBlank(), file + ": an empty label: " + line);
      keys.add(key);
      rows++;
    }
    assertEquals(expectedRows, rows, file + ": rows");
    return keys;
  }

  @Test
  void rowsPointAtTheirPronounsAndTheSetsAreApart() throws IOException {
    Map<String, String> excerpts = excerpts();
    Set<String> dev = check(Path.of("data/eval/pronouns-en.tsv"), excerpts, 264);
    Set<String> heldOut = check(Path.of("data/eval/pronouns-en-heldout.tsv"), excerpts, 204);
    assertEquals(80, dev.size());
    assertEquals(64, heldOut.size());
    assertTrue(dev.stream().noneMatch(heldOut::contains), "the held-out set shares an excerpt with dev");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of("data/eval/actor-sentiment-en.jsonl"), StandardCharsets.UTF_8)) {
      String key = json.readTree(line).get("key").asText();
      assertFalse(dev.contains(key) || heldOut.contains(key), "a pronoun set shares the sentiment check's " + key);
    }
  }
}
