package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.ConfigException;
import slant.model.ActorScore;
import slant.model.AnnotatedDoc;
import slant.model.ArticleAnalysis;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Polarity;
import slant.model.ScoredMention;
import slant.sentiment.Lexicon;
import slant.testing.Docs;

/** The actor-level scorer on a hand-made analysis: matching by surface, the figures, the baseline, the misses. */
class ActorSentimentEvalTest {

  @TempDir
  Path tmp;

  private static final String GOLD = """
      {"article": {"id": "a1", "outlet": "x", "date": "2024-06-18", "title": "", "text": "Putin täuscht Merkel brutal .", "language": "de"}, "actors": [{"actor": "Wladimir Putin", "type": "person", "surfaces": ["Putin"], "outlet": "negative", "overall": "negative", "only_quoted": false}, {"actor": "Angela Merkel", "type": "person", "surfaces": ["Merkel"], "outlet": "neutral", "overall": "neutral", "only_quoted": false}, {"actor": "Olaf Scholz", "type": "person", "surfaces": ["Scholz"], "outlet": "neutral", "overall": "neutral", "only_quoted": false}]}
      """;

  private static ScoredMention mention(AnnotatedDoc doc, String id, String name, int token, Polarity p) {
    var t = doc.sentences().get(0).token(token);
    Mention m = new Mention(id, name, "person", t.word(), 0, token, token + 1, token, t.begin(), t.end(),
        MentionKind.PARTIAL_NAME, List.of());
    List<Cue> cues = p == Polarity.NEUTRAL ? List.of() : List.of(new Cue("täuscht", -0.8, "frame:nsubj", 1,
        "evaluation"));
    return new ScoredMention(m, p.sign() * 0.6, p, p.sign() * 0.8, p.sign() * 0.8, 0, Polarity.NEUTRAL, cues, "outlet",
        null,
        List.of());
  }

  private static ActorScore actor(String id, String name, Polarity p) {
    return new ActorScore(id, name, "person", 1, p.sign(), p, 0, 0, 0, p, 0, Polarity.NEUTRAL, false);
  }

  @Test
  void matchesBySurfaceAndReportsTheConstructsFigures() throws IOException {
    Path file = tmp.resolve("gold.jsonl");
    Files.writeString(file, GOLD, StandardCharsets.UTF_8);
    List<ActorSentimentEval.GoldArticle> gold = ActorSentimentEval.read(file);
    AnnotatedDoc doc = Docs.doc("de", "Putin/PROPN/2/nsubj täuscht/VERB/0/root Merkel/PROPN/2/obj "
        + "brutal/ADV/2/advmod ./PUNCT/2/punct");
    ArticleAnalysis x = new ArticleAnalysis(gold.get(0).article(), List.of("s"), 5, 1,
        List.of(mention(doc, "Q7747", "Wladimir Putin", 0, Polarity.NEGATIVE),
            mention(doc, "Q567", "Angela Merkel", 2, Polarity.POSITIVE),
            mention(doc, "Q6279", "Joe Biden", 4, Polarity.NEUTRAL)),
        List.of(actor("Q7747", "Wladimir Putin", Polarity.NEGATIVE), actor("Q567", "Angela Merkel", Polarity.POSITIVE),
            actor("Q6279", "Joe Biden", Polarity.NEUTRAL)), List.of());
    Lexicon lexicon = Lexicon.fromTsv("de", "t", "lemma\tpos\tweight\nbrutal\tADV\t-0.8\n", null);
    ActorSentimentEval.Result r = ActorSentimentEval.evaluate(gold, g -> x, g -> doc, lexicon, 0.1);

    assertEquals(3, r.goldActors());
    assertEquals(2, r.matched(), "Scholz is not found");
    assertEquals(1, r.unmatchedSlantActors(), "Biden has no gold actor");
    assertEquals(List.of(Map.of("actor", "Joe Biden [Q6279]", "articles", 1)),
        ActorSentimentEval.unmatchedSlantActors(r, 10));
    assertEquals(1, r.outlet().count(Polarity.NEGATIVE, Polarity.NEGATIVE));
    assertEquals(1, r.outlet().count(Polarity.NEUTRAL, Polarity.POSITIVE));
    assertEquals(0.5, ActorSentimentEval.Result.polarPrecision(r.outlet()), 1e-12);
    assertEquals(1.0, ActorSentimentEval.Result.neutralLabelledPolar(r.outlet()), 1e-12);
    // the baseline: the one sentence naming each actor sums "brutal" (-0.8): both negative
    assertEquals(1, r.baseline().count(Polarity.NEGATIVE, Polarity.NEGATIVE));
    assertEquals(1, r.baseline().count(Polarity.NEUTRAL, Polarity.NEGATIVE));
    Map<String, Object> json = r.toJson();
    assertEquals(0.6667, json.get("actor_recall"));
    List<Map<String, Object>> misses = ActorSentimentEval.misses(r);
    assertEquals(1, misses.size());
    assertEquals("Angela Merkel", misses.get(0).get("actor"));
    assertEquals(List.of("täuscht -0.8 frame:nsubj evaluation"), misses.get(0).get("cues"));
    // the predictions show each cue's reliability and the voice of its mention
    Map<String, Object> merkel = ActorSentimentEval.predictions(r).get(1);
    assertEquals(List.of(Map.of("text", "täuscht", "weight", -0.8, "rule", "frame:nsubj", "relation", "evaluation",
        "reliability", 1.0, "voice", "outlet")), merkel.get("cues"));
    // and the actor's article-level sentiment (the fixture gives Merkel +1.0)
    assertEquals(1.0, merkel.get("sentiment"));
    assertEquals(false, merkel.get("main_actor"), "named once, not in the title");
    // no actor is named three times or in the title: the main-actor block is empty
    @SuppressWarnings("unchecked")
    Map<String, Object> main = (Map<String, Object>) json.get("outlet_main_actors");
    assertEquals(0L, ((Number) main.get("n")).longValue());
  }

  /** Since 2026-12-04 the figures are also reported for the actors an article is about. */
  @Test
  void aMainActorIsNamedInTheTitleOrThreeTimes() {
    ActorSentimentEval.GoldActor putin = new ActorSentimentEval.GoldActor("Wladimir Putin", "person",
        List.of("Putin"), Polarity.NEGATIVE, Polarity.NEGATIVE, false);
    // "Putin" inside "Wladimir Putin" is one naming; the genitive and a hyphenated compound count
    assertEquals(true, ActorSentimentEval.mainActor(
        article("", "Wladimir Putin reiste. Putins Plan. Das Putin-Regime."), putin));
    assertEquals(false, ActorSentimentEval.mainActor(article("", "Wladimir Putin reiste. Putins Plan."), putin));
    ActorSentimentEval.GoldActor iran = new ActorSentimentEval.GoldActor("Iran", "country", List.of(), Polarity.NEUTRAL,
        Polarity.NEUTRAL, false);
    // not inside a longer word ("Iraner")
    assertEquals(false, ActorSentimentEval.mainActor(article("", "Die Iraner wählten. Iraner jubelten. Iran stimmte."),
        iran));
    assertEquals(true, ActorSentimentEval.mainActor(article("Iran wählt", "Die Iraner wählten."), iran));
  }

  private static slant.model.Article article(String title, String text) {
    return new slant.model.Article("a", "x", "2024-06-18T00:00:00Z", "2024-06-18", title, text, null, "de", List.of());
  }

  @Test
  void aBrokenGoldLineIsNamed() throws IOException {
    Path file = tmp.resolve("bad.jsonl");
    Files.writeString(file, GOLD + "{\"article\": {\"id\": \"a2\"}}\n", StandardCharsets.UTF_8);
    ConfigException e = assertThrows(ConfigException.class, () -> ActorSentimentEval.read(file));
    assertEquals(true, e.getMessage().startsWith(file + " line 2: not an ACTOR-SENTIMENT gold article"),
        e.getMessage());
  }

  /**
   * Until 2026-12-06 gold actors chose a Slant actor in file order: "Qassam-Brigaden", listed first and an alias
   * surface of Slant's Hamas, took it, and the gold Hamas went unmatched. The Slant actor of the gold actor's own
   * name is now matched first, then the one sharing most names and surfaces.
   */
  @Test
  void aGoldActorOfTheSlantActorsOwnNameIsMatchedFirst() {
    ActorSentimentEval.GoldActor wing = new ActorSentimentEval.GoldActor("Qassam-Brigaden", "organisation",
        List.of("Qassam-Brigaden"), Polarity.NEUTRAL, Polarity.NEUTRAL, false);
    ActorSentimentEval.GoldActor hamas = new ActorSentimentEval.GoldActor("Hamas", "organisation",
        List.of("der Hamas"), Polarity.NEGATIVE, Polarity.NEGATIVE, false);
    ActorScore slantHamas = actor("Q38799", "Hamas", Polarity.NEGATIVE);
    ActorScore israel = actor("Q801", "Israel", Polarity.NEUTRAL);
    java.util.Map<String, java.util.Set<String>> keys = java.util.Map.of(
        "Q38799", java.util.Set.of("hamas", "qassam-brigaden", "der hamas"), "Q801", java.util.Set.of("israel"));
    java.util.Map<ActorSentimentEval.GoldActor, ActorScore> matched =
        ActorSentimentEval.assign(List.of(wing, hamas), List.of(slantHamas, israel), keys);
    assertEquals(slantHamas, matched.get(hamas));
    assertEquals(null, matched.get(wing), "each Slant actor is matched once");
    // without a same-name candidate, the Slant actor sharing most keys wins, whatever the gold order
    ActorSentimentEval.GoldActor fewer = new ActorSentimentEval.GoldActor("Die Islamisten", "organisation",
        List.of("Hamas"), Polarity.NEUTRAL, Polarity.NEUTRAL, false);
    ActorSentimentEval.GoldActor more = new ActorSentimentEval.GoldActor("Palästinensische Hamas", "organisation",
        List.of("Hamas", "der Hamas"), Polarity.NEGATIVE, Polarity.NEGATIVE, false);
    java.util.Map<ActorSentimentEval.GoldActor, ActorScore> byOverlap =
        ActorSentimentEval.assign(List.of(fewer, more), List.of(slantHamas), keys);
    assertEquals(slantHamas, byOverlap.get(more));
    assertEquals(null, byOverlap.get(fewer));
  }
}
