package slant.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import slant.testing.SharedData;

/**
 * The team's German actor-sentiment gold ({@code data/eval/actor-sentiment-de*.jsonl}) keeps the rules it was made
 * under: no article of {@code ../shared/data/reserved-for-evaluation.tsv} (kept for independent checks; nor in the
 * precision check's labels, {@code data/eval/precision-zeit-de.jsonl}), only the
 * construct's labels and types, and second annotations only of articles the first annotation holds.
 */
class ActorSentimentGoldTest {

  private static final Path GOLD = Path.of("data/eval/actor-sentiment-de.jsonl");
  private static final Path SECOND = Path.of("data/eval/actor-sentiment-de-second.jsonl");
  /** The labels of the precision check on unseen zeit.de rows (data/eval/precision_check.py). */
  private static final Path PRECISION = Path.of("data/eval/precision-zeit-de.jsonl");
  /** The English check on NewsMTSC article excerpts (data/eval/actor_sentiment_en.py) and its second annotation. */
  private static final Path ENGLISH = Path.of("data/eval/actor-sentiment-en.jsonl");
  private static final Path ENGLISH_SECOND = Path.of("data/eval/actor-sentiment-en-second.jsonl");
  /** The held-out English check (2026-12-06) and its second annotation. */
  private static final Path ENGLISH_HELD_OUT = Path.of("data/eval/actor-sentiment-en-heldout.jsonl");
  private static final Path ENGLISH_HELD_OUT_SECOND = Path.of("data/eval/actor-sentiment-en-heldout-second.jsonl");
  /** The second English dev set (2026-12-06) and its second annotation. */
  private static final Path ENGLISH_DEV2 = Path.of("data/eval/actor-sentiment-en-dev2.jsonl");
  private static final Path ENGLISH_DEV2_SECOND = Path.of("data/eval/actor-sentiment-en-dev2-second.jsonl");
  private static final Set<String> LABELS = Set.of("negative", "neutral", "positive");
  private static final Set<String> TYPES = Set.of("person", "country", "organisation", "party", "government",
      "institution");

  private static List<JsonNode> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }

  @Test
  void noGoldArticleIsReservedForIndependentEvaluation() throws IOException {
    Path reserved = SharedData.require("../shared/data/reserved-for-evaluation.tsv",
        "that no gold article is one reserved for independent evaluation");
    List<String[]> keep = new ArrayList<>();
    for (String line : Files.readAllLines(reserved, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length == 2 && !f[0].equals("corpus")) {
        keep.add(f);
      }
    }
    assertTrue(keep.size() >= 80, "the reserved list has its 82 articles, got " + keep.size());
    int n = 0;
    for (Path file : List.of(GOLD, SECOND, PRECISION)) {
      for (JsonNode r : read(file)) {
        String corpus = r.get("corpus").asText();
        String key = r.get("key").asText();
        for (String[] k : keep) {
          // 10kGNAD keys are text prefixes of different lengths: one a prefix of the other is the same article
          assertTrue(!(k[0].equals(corpus) && (k[1].startsWith(key) || key.startsWith(k[1]))),
              file + ": " + corpus + " " + key + " is reserved for evaluation");
        }
        n++;
      }
    }
    assertTrue(n > 2000, "gold records read: " + n);
  }

  @Test
  void labelsAndTypesAreTheConstructsAndSecondAnnotationsDoubleFirstOnes() throws IOException {
    Set<String> first = new HashSet<>();
    for (JsonNode r : read(GOLD)) {
      assertTrue(first.add(r.get("corpus").asText() + "\t" + r.get("key").asText()), "one record per article: " + r);
      assertTrue(Set.of("dev", "test").contains(r.get("split").asText()), r.get("key").asText());
      for (JsonNode a : r.get("actors")) {
        assertTrue(LABELS.contains(a.get("outlet").asText()) && LABELS.contains(a.get("overall").asText()),
            r.get("key").asText() + ": " + a);
        assertTrue(TYPES.contains(a.get("type").asText()), r.get("key").asText() + ": " + a);
      }
    }
    Set<String> second = new HashSet<>();
    for (JsonNode r : read(SECOND)) {
      String k = r.get("corpus").asText() + "\t" + r.get("key").asText();
      assertTrue(first.contains(k), "a second annotation of an article with no first one: " + k);
      assertTrue(second.add(k), "one second annotation per article: " + k);
    }
    assertTrue(second.size() >= 400, "the κ of docs/validation-sentiment.md is on 421 articles, got " + second.size());
  }

  /**
   * The English excerpts point at NewsMTSC training sentences that exist, three or more of one article each, in
   * sentence order; the labels and types are the construct's; the second annotation doubles first ones. The held-out
   * set (2026-12-06) holds none of the check's excerpts, and the second dev set none of either's.
   */
  @Test
  void englishExcerptsPointAtSentencesOfOneArticleInOrder() throws IOException {
    Path train = SharedData.require("../shared/data/newsmtsc-train/train.jsonl",
        "that the English excerpts point at NewsMTSC sentences");
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(train, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        ids.add(json.readTree(line).get("primary_gid").asText());
      }
    }
    Set<String> check = checkEnglishSet(ENGLISH, ENGLISH_SECOND, ids, 60, 284);
    Set<String> heldOut = checkEnglishSet(ENGLISH_HELD_OUT, ENGLISH_HELD_OUT_SECOND, ids, 60, 285);
    Set<String> dev2 = checkEnglishSet(ENGLISH_DEV2, ENGLISH_DEV2_SECOND, ids, 72, 304);
    assertTrue(check.stream().noneMatch(heldOut::contains), "the held-out set shares an excerpt with the check");
    assertTrue(dev2.stream().noneMatch(k -> check.contains(k) || heldOut.contains(k)),
        "the second dev set shares an excerpt with the check or the held-out set");
  }

  /** Checks one English label file and its second annotation; returns its article keys. */
  private static Set<String> checkEnglishSet(Path labels, Path second, Set<String> ids, int expectedExcerpts,
      int expectedActors) throws IOException {
    Set<String> first = new HashSet<>();
    int actors = 0;
    for (JsonNode r : read(labels)) {
      String key = r.get("key").asText();
      assertTrue(first.add(key), "one record per article: " + key);
      int previous = -1;
      int sentences = 0;
      for (JsonNode g : r.get("sentence_gids")) {
        String gid = g.asText();
        assertTrue(ids.contains(gid), key + ": no such NewsMTSC sentence " + gid);
        assertTrue(gid.startsWith(key + "_"), key + ": a sentence of another article " + gid);
        int index = Integer.parseInt(gid.substring(key.length() + 1).split("_")[0]);
        assertTrue(index > previous, key + ": sentences out of order at " + gid);
        previous = index;
        sentences++;
      }
      assertTrue(sentences >= 3, key + ": fewer than three sentences");
      for (JsonNode a : r.get("actors")) {
        assertTrue(LABELS.contains(a.get("outlet").asText()) && LABELS.contains(a.get("overall").asText()), key);
        assertTrue(TYPES.contains(a.get("type").asText()), key + ": " + a);
        actors++;
      }
    }
    assertTrue(first.size() == expectedExcerpts && actors == expectedActors, labels + ": " + expectedExcerpts
        + " excerpts, " + expectedActors + " actors: " + first.size() + ", " + actors);
    for (JsonNode r : read(second)) {
      assertTrue(first.contains(r.get("key").asText()), "a second annotation of no first one: " + r.get("key"));
    }
    return first;
  }
}
