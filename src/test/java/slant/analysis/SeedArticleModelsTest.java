package slant.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.config.SlantConfig;
import slant.model.ActorScore;
import slant.model.Cue;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Polarity;
import slant.model.ScoredMention;
import slant.nlp.CoreNlpAnnotator;
import slant.testing.SharedData;
import slant.voice.VoiceMap;

/** The real German models on the seed article (tier: models). */
@Tag("models")
class SeedArticleModelsTest {

  static final String SEED = "../shared/data/seed-article/putin-kim-de.txt";
  static ArticleAnalysis analysis;
  /** The same article with {@code actors.pronouns: false}. */
  static ArticleAnalysis withoutPronouns;

  @BeforeAll
  static void analyse() throws IOException {
    Path seed = SharedData.require(SEED, "the real models' mentions, pronoun links and cues on the seed article");
    SlantConfig config = SlantConfig.defaults();
    Article a = new Article("seed", "example-news", "2024-06-17T22:00:00Z", "2024-06-18", null,
        Files.readString(seed, StandardCharsets.UTF_8), null, "de", List.of());
    analysis = new ArticlePipeline(CoreNlpAnnotator.shared(config.nlp()), AnalysisSetup.load(config).analyzer(),
        config.nlp()).annotateAndAnalyze(a).analysis();
    SlantConfig off = slant.config.ConfigLoader.parse("actors:\n  pronouns: false\n", "test");
    withoutPronouns = new ArticlePipeline(CoreNlpAnnotator.shared(off.nlp()), AnalysisSetup.load(off).analyzer(),
        off.nlp()).annotateAndAnalyze(a).analysis();
  }

  private static List<String> explicitMentions(ArticleAnalysis x) {
    return x.mentions().stream().map(ScoredMention::mention)
        .filter(m -> m.kind() != slant.model.MentionKind.PRONOUN)
        .map(m -> m.sentence() + ":" + m.surface() + "=" + m.actorId()).toList();
  }

  @Test
  void pronounsAreLinkedOnlyWhereUnambiguous() {
    // by hand: "dessen Machthaber" (Nordkorea, named just before), "seinen russischen Amtskollegen" (Kim, the
    // subject), "bei dessen Besuch" (Putin, the nearest noun); not "dessen Modell" (the limousine), not the plural
    // "sie" ("Freunde seien sie jedoch nicht", "wie sie vorgeben")
    List<String> links = analysis.mentions().stream().map(ScoredMention::mention)
        .filter(m -> m.kind() == slant.model.MentionKind.PRONOUN)
        .map(m -> m.surface() + "=" + m.actorName()).toList();
    assertEquals(List.of("dessen=Nordkorea", "seinen=Kim Jong-un", "dessen=Wladimir Putin"), links);
    assertTrue(withoutPronouns.mentions().stream()
        .noneMatch(m -> m.mention().kind() == slant.model.MentionKind.PRONOUN));
    assertEquals(explicitMentions(withoutPronouns), explicitMentions(analysis),
        "pronoun resolution adds mentions and changes no other");
  }

  private static Map<String, ActorScore> actors() {
    return analysis.actors().stream().collect(Collectors.toMap(ActorScore::actorName, x -> x));
  }

  private static List<ScoredMention> mentionsOf(String name) {
    return analysis.mentions().stream().filter(m -> m.mention().actorName().equals(name)).toList();
  }

  @Test
  void theMainActorsAreFound() {
    Map<String, ActorScore> actors = actors();
    for (String name : List.of("Wladimir Putin", "Kim Jong-un", "Russland", "Nordkorea")) {
      assertTrue(actors.containsKey(name), name + " missing from " + actors.keySet());
    }
    assertTrue(mentionsOf("Russland").stream().anyMatch(m -> m.mention().surface().equals("Russlands")));
    assertTrue(mentionsOf("Russland").stream().anyMatch(m -> m.mention().surface().equals("Kreml")));
    assertTrue(mentionsOf("Nordkorea").stream().anyMatch(m -> m.mention().surface().equals("Pjöngjang")));
    assertTrue(actors.get("Wladimir Putin").nMentions() >= 10);
  }

  /**
   * The construct on the seed article: the outlet's own evaluations make Putin ("anbiedert", "täuscht", "Bösen"),
   * Kim Jong-un ("Machthaber", and "Bösen"/"täuscht" through the coordination), Nordkorea ("Regime") and Russland
   * ("das Land … international geächtet") negative, each through cues whose relation is evaluation; Ukraine, hit by
   * the invasion and named in "Ukraine-Krieg", and the quoted expert James Brown stay neutral, though the tone around
   * Ukraine is negative.
   */
  @Test
  void theMainActorsAreNegativeWithTheirEvaluationCues() {
    Map<String, ActorScore> actors = actors();
    for (String name : List.of("Wladimir Putin", "Kim Jong-un", "Nordkorea", "Russland")) {
      assertEquals(Polarity.NEGATIVE, actors.get(name).polarity(), name + " " + actors.get(name));
      assertTrue(mentionsOf(name).stream()
          .filter(m -> m.polarity() == Polarity.NEGATIVE && !VoiceMap.QUOTED.equals(m.voice()))
          .flatMap(m -> m.cues().stream())
          .anyMatch(c -> c.weight() < 0 && c.isEvaluation()), name + " has no negative evaluation cue");
    }
    for (String name : List.of("Ukraine", "James Brown")) {
      assertEquals(Polarity.NEUTRAL, actors.get(name).polarity(), name + " " + actors.get(name));
    }
    assertEquals(Polarity.NEGATIVE, actors.get("Ukraine").tonePolarity(), "the news around Ukraine is bad");
    assertEquals(List.of("anbiedert", "Bösen", "täuscht"), evaluationCues("Wladimir Putin"));
    assertTrue(mentionsOf("Kim Jong-un").stream().flatMap(m -> m.cues().stream())
        .anyMatch(c -> c.text().equals("Bösen") && c.rule().startsWith("conjunct:")), "Bösen is Kim's too");
    assertTrue(mentionsOf("Russland").stream().flatMap(m -> m.cues().stream())
        .anyMatch(c -> c.text().equals("geächtet") && c.isEvaluation()), "das Land … geächtet is Russland's");
    assertTrue(mentionsOf("Ukraine").stream().flatMap(m -> m.cues().stream())
        .noneMatch(Cue::isEvaluation), "nothing evaluates Ukraine");
  }

  /** The words of an actor's negative evaluation cues in its outlet-voice mentions, in order. */
  private static List<String> evaluationCues(String name) {
    return mentionsOf(name).stream().filter(m -> !VoiceMap.QUOTED.equals(m.voice()))
        .flatMap(m -> m.cues().stream()).filter(c -> c.isEvaluation() && c.weight() <= -0.5).map(Cue::text)
        .toList();
  }

  @Test
  void moscowAsAPlaceIsNoMention() {
    assertFalse(analysis.mentions().stream().anyMatch(m -> m.mention().surface().equals("Moskau")),
        "\"in Moskau\" is a place");
  }

  @Test
  void titlesBecomeLabels() {
    for (ArticleAnalysis x : List.of(analysis, withoutPronouns)) {
      List<ScoredMention> putin = x.mentions().stream().filter(m -> m.mention().actorName().equals("Wladimir Putin"))
          .toList();
      List<ScoredMention> kim = x.mentions().stream().filter(m -> m.mention().actorName().equals("Kim Jong-un"))
          .toList();
      assertTrue(putin.stream().anyMatch(m -> m.mention().labels().contains("Präsident")));
      assertTrue(kim.stream().anyMatch(m -> m.mention().labels().contains("Machthaber")));
    }
  }

  @Test
  void theExplainJsonKeepsItsContract() {
    Map<String, Object> json = ExplainJson.of(analysis);
    assertEquals(List.of("article", "actors", "mentions", "voice_spans"), List.copyOf(json.keySet()));
    @SuppressWarnings("unchecked")
    Map<String, Object> mention = ((List<Map<String, Object>>) json.get("mentions")).get(0);
    for (String key : List.of("actor_id", "surface", "sentence", "start", "end", "sentiment", "polarity", "cues")) {
      assertTrue(mention.containsKey(key), key);
    }
    double s = (double) mention.get("sentiment");
    assertTrue(s >= -1 && s <= 1);
  }
}
