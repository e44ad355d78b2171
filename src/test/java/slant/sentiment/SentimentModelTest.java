package slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.ConfigException;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.Polarity;
import slant.testing.Docs;
import slant.voice.VoiceAttributor;
import slant.voice.VoiceMap;

class SentimentModelTest {

  private static final SentimentScorer SCORER = new SentimentScorer(Lexicon.fromTsv("de", "t",
      "lemma\tpos\tweight\nbrutal\tADJ\t-0.8\nloben\tVERB\t0.6\n", LexiconTest.MODIFIERS), 4);
  private static final TargetFeatures F = new TargetFeatures(SCORER, 4, 8);

  /** Toy training set: "X lobt Y" → Y positive, "X brutal" → negative, "X spricht" → neutral. */
  static SentimentModel toyModel() {
    List<TargetFeatures.Vector> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    String[] names = {"Kim", "Scholz", "Biden", "Macron"};
    for (String n : names) {
      AnnotatedDoc neg = Docs.doc("de", n + "/PROPN/2/nsubj ist/AUX/3/cop brutal/ADJ/0/root");
      x.add(extract(neg, List.of(SentimentScorerTest.mention(neg, "a", 0, 0, 1, 0)), 0));
      y.add(0);
      AnnotatedDoc neu = Docs.doc("de", n + "/PROPN/2/nsubj spricht/VERB/0/root heute/ADV/2/advmod");
      x.add(extract(neu, List.of(SentimentScorerTest.mention(neu, "a", 0, 0, 1, 0)), 0));
      y.add(1);
      AnnotatedDoc pos = Docs.doc("de", "Merz/PROPN/2/nsubj lobt/VERB/0/root " + n + "/PROPN/2/obj");
      x.add(extract(pos, List.of(SentimentScorerTest.mention(pos, "a", 0, 2, 3, 2)), 0));
      y.add(2);
    }
    return SentimentModel.fit("de", 8, x, y.stream().mapToInt(Integer::intValue).toArray(),
        SoftmaxRegression.Options.of(0.01), Map.of("note", "toy"));
  }

  @Test
  void fitsAndRoundTripsThroughJson(@TempDir Path dir) throws Exception {
    SentimentModel m = toyModel();
    AnnotatedDoc doc = Docs.doc("de", "Putin/PROPN/2/nsubj ist/AUX/3/cop brutal/ADJ/0/root");
    TargetFeatures.Vector v = extract(doc, List.of(SentimentScorerTest.mention(doc, "p", 0, 0, 1, 0)), 0);
    assertEquals(Polarity.NEGATIVE, m.predict(v));
    Files.writeString(dir.resolve("sentiment-de.json"), m.toJson(), StandardCharsets.UTF_8);
    SentimentModel back = SentimentModel.load(dir.toString(), "de");
    assertEquals("toy", back.metadata().get("note"));
    assertEquals(8, back.hashBits());
    double[] p = m.probabilities(v);
    double[] q = back.probabilities(v);
    for (int c = 0; c < 3; c++) {
      assertEquals(p[c], q[c], 1e-4);
    }
    assertThrows(ConfigException.class, () -> SentimentModel.load(dir.toString(), "en"), "no such file");
  }

  @Test
  void decisionOffsetsMoveTheBarAndSurviveJson() {
    SentimentModel m = toyModel();
    AnnotatedDoc doc = Docs.doc("de", "Putin/PROPN/2/nsubj spricht/VERB/0/root heute/ADV/2/advmod");
    TargetFeatures.Vector v = extract(doc, List.of(SentimentScorerTest.mention(doc, "p", 0, 0, 1, 0)), 0);
    assertEquals(Polarity.NEUTRAL, m.predict(v));
    double[] p = m.probabilities(v);
    SentimentModel shifted = m.withOffsets(new double[] {Math.log(p[1] / p[0]) + 0.1, 0, 0});
    assertEquals(Polarity.NEGATIVE, shifted.predict(v), "an offset above the log-odds flips the decision");
    SentimentModel back = SentimentModel.fromJson(shifted.toJson(), "t");
    assertEquals(shifted.offsets()[0], back.offsets()[0], 1e-6);
    assertEquals(Polarity.NEGATIVE, back.predict(v));
    String old = shifted.toJson().replaceAll("\"decision_offsets\" : \\[[^\\]]*\\],?", "");
    assertEquals(0, SentimentModel.fromJson(old, "t").offsets()[0], "a file without offsets decides by argmax");
  }

  @Test
  void rejectsOtherVersionsAndShapes() {
    String json = toyModel().toJson();
    assertThrows(ConfigException.class, () -> SentimentModel.fromJson(
        json.replace("\"features_version\" : " + TargetFeatures.VERSION, "\"features_version\" : 999"), "t"));
    assertThrows(ConfigException.class, () -> SentimentModel.fromJson("{\"format\": \"other\"}", "t"));
    assertThrows(ConfigException.class, () -> SentimentModel.fromJson(json.replace("\"bias\" : [", "\"bias\" : [ 1,"),
        "t"));
  }

  /** Values that are not numbers used to be read as 0; malformed JSON is cited by line. */
  @Test
  void malformedValuesAndJsonAreOneClearLine() {
    String json = toyModel().toJson();
    String textBias = json.replaceFirst("(\"bias\" : \\[ *)-?[0-9][0-9.eE-]*", "$1\"x\"");
    assertEquals("t: bias[0] is not a number: \"x\"", assertThrows(ConfigException.class,
        () -> SentimentModel.fromJson(textBias, "t")).getMessage());
    ConfigException bad = assertThrows(ConfigException.class,
        () -> SentimentModel.fromJson("{\n\"format\": \"x\",\noops\n}", "t"));
    assertTrue(bad.getMessage().startsWith("t:3: not valid JSON: Unexpected character ('o'"), bad.getMessage());
  }

  @Test
  void trainedScorerGivesProbabilityDifferenceArgmaxAndAModelCue() {
    SentimentModel m = toyModel();
    TrainedScorer t = new TrainedScorer(SCORER, m, 4);
    AnnotatedDoc doc = Docs.doc("de", "Putin/PROPN/2/nsubj ist/AUX/3/cop brutal/ADJ/0/root");
    List<Mention> ms = List.of(SentimentScorerTest.mention(doc, "p", 0, 0, 1, 0));
    List<List<Cue>> rules = SCORER.score(doc, ms);
    TrainedScorer.Result r = t.score(doc, ms, rules, voices(doc, ms)).get(0);
    assertEquals(Polarity.NEGATIVE, r.polarity());
    assertEquals(SentimentScorer.round(r.probabilities()[2] - r.probabilities()[0]), r.sentiment(), 1e-12);
    assertTrue(r.sentiment() < 0);
    Cue model = r.cues().get(rules.get(0).size());
    assertEquals("model", model.text());
    assertEquals("trained:sentiment-de", model.rule());
    assertEquals(r.sentiment(), model.weight());
    // then the words that pushed the model toward "negative", strongest first
    List<Cue> words = r.cues().subList(rules.get(0).size() + 1, r.cues().size());
    assertTrue(words.size() >= 1 && words.size() <= TrainedScorer.MAX_WORDS, words.toString());
    assertEquals("brutal", words.get(0).text());
    for (int i = 0; i < words.size(); i++) {
      assertEquals("trained:word", words.get(i).rule());
      assertTrue(words.get(i).weight() <= -TrainedScorer.MIN_EVIDENCE, words.toString());
      assertTrue(i == 0 || words.get(i - 1).weight() <= words.get(i).weight(), "strongest first: " + words);
    }
  }

  @Test
  void aNeutralDecisionNamesNoWords() {
    TrainedScorer t = new TrainedScorer(SCORER, toyModel(), 4);
    AnnotatedDoc doc = Docs.doc("de", "Putin/PROPN/2/nsubj spricht/VERB/0/root heute/ADV/2/advmod");
    List<Mention> ms = List.of(SentimentScorerTest.mention(doc, "p", 0, 0, 1, 0));
    TrainedScorer.Result r = t.score(doc, ms, SCORER.score(doc, ms), voices(doc, ms)).get(0);
    assertEquals(Polarity.NEUTRAL, r.polarity());
    assertEquals(List.of("model"), r.cues().stream().map(Cue::text).toList());
  }

  @Test
  void functionWordsAreWeighedButNotShown() {
    AnnotatedDoc doc = Docs.doc("de", "Putin/PROPN/2/nsubj ist/AUX/3/cop brutal/ADJ/0/root");
    List<Mention> ms = List.of(SentimentScorerTest.mention(doc, "p", 0, 0, 1, 0));
    List<TargetFeatures.WordSource> words = F.extractAllExplained(doc, ms, voices(doc, ms)).get(0).words();
    assertEquals(List.of(1, 2), words.stream().map(TargetFeatures.WordSource::token).distinct().sorted().toList(),
        "the auxiliary and 'brutal' are features; the target is not");
    TrainedScorer t = new TrainedScorer(SCORER, toyModel(), 4);
    List<String> shown = t.wordCues(doc.sentences().get(0), words, Polarity.NEGATIVE).stream().map(Cue::text)
        .toList();
    assertTrue(!shown.contains("ist") && shown.contains("brutal"), shown.toString());
  }

  @Test
  void bundledModelsLoadWithTheirTrainingRecord() {
    for (String lang : List.of("de", "en")) {
      SentimentModel m = SentimentModel.load(null, lang);
      assertEquals(lang, m.language());
      assertEquals("sentiment-" + lang, m.name());
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) m.metadata().get("training_data");
      assertEquals(lang.equals("de") ? "gerntsa" : "newsmtsc", data.get("format"));
      assertTrue(m.metadata().containsKey("cross_validation"));
    }
  }

  /** The document's voice attribution, as the analyzer computes it before scoring. */
  static VoiceMap voices(AnnotatedDoc doc, List<Mention> mentions) {
    return new VoiceAttributor(doc.language(), slant.lang.Rules.bundled()).attribute(doc, mentions);
  }

  /** Features of mention {@code target}, with the document's voice attribution. */
  static TargetFeatures.Vector extract(AnnotatedDoc doc, List<Mention> mentions, int target) {
    return F.extract(doc, mentions, target, voices(doc, mentions));
  }
}
