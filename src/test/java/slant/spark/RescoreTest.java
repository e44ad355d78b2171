package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import slant.config.ConfigException;
import slant.config.InputConfig;
import slant.config.NlpConfig;
import slant.config.OutputConfig;
import slant.config.SlantConfig;
import slant.config.SparkConfig;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;
import slant.nlp.Annotator;
import slant.nlp.AnnotatorFactory;
import slant.tables.Tables;
import slant.testing.FakeAnnotator;

/**
 * {@code slant rescore} against full runs in local Spark. The annotator is the fake one plus a stand-in parse (every
 * token hangs on the sentence's first token) for the sentences the parse selector accepts, and PERSON spans for a
 * few names, so that edges, entity spans and the candidates-only parsing all travel through the annotations table.
 *
 * <p>One full run is shared and re-scored in order: same configuration (tables identical), a changed lexicon
 * (identical to a full run with that lexicon, and different from before), a changed catalogue (counted), a changed
 * NLP setting (refused).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RescoreTest extends SparkTestBase {

  @TempDir
  static Path tmp;
  static Path input;
  static String out;
  static SlantJob.Result first;
  static List<Row> firstSnapshot;

  /** FakeAnnotator's tokens and tags, plus a stand-in parse for selected sentences and NER for a few names. */
  static final class ParsingFakeAnnotator implements Annotator {
    static final Set<String> PERSONS = Set.of("Putin", "Kim", "Scholz");

    @Override
    public AnnotatedDoc annotate(String text, String language, ParseSelector selector) {
      AnnotatedDoc tagged = FakeAnnotator.INSTANCE.annotate(text, language, selector);
      List<Sentence> sentences = new ArrayList<>();
      for (Sentence s : tagged.sentences()) {
        List<Token> tokens = new ArrayList<>();
        List<EntitySpan> entities = new ArrayList<>();
        for (Token t : s.tokens()) {
          boolean person = PERSONS.contains(t.word());
          tokens.add(new Token(t.index(), t.word(), t.begin(), t.end(), t.pos(), person ? "PERSON" : "O"));
          if (person) {
            entities.add(new EntitySpan(t.index(), t.index() + 1, "PERSON", t.word()));
          }
        }
        Sentence withNer = new Sentence(s.index(), s.begin(), s.end(), tokens, entities, List.of(), false);
        if (selector.shouldParse(withNer)) {
          List<Dependency> edges = new ArrayList<>();
          for (int i = 0; i < tokens.size(); i++) {
            edges.add(new Dependency(i == 0 ? Dependency.ROOT : 0, i, i == 0 ? "root" : "dep"));
          }
          sentences.add(new Sentence(s.index(), s.begin(), s.end(), tokens, entities, edges, true));
        } else {
          sentences.add(withNer);
        }
      }
      return new AnnotatedDoc(text, language, sentences);
    }

    @Override
    public String describe() {
      return "fake+parse";
    }
  }

  static final AnnotatorFactory ANNOTATORS = (NlpConfig c) -> new ParsingFakeAnnotator();

  static void writeInput() throws IOException {
    input = tmp.resolve("in");
    Path d17 = Files.createDirectories(input.resolve("date=2024-06-17"));
    Path d18 = Files.createDirectories(input.resolve("date=2024-06-18"));
    String wire = "Berlin (dpa) - Die Bundesregierung hat neue Hilfen für die Ukraine beschlossen. Kanzler Scholz "
        + "sprach von einem wichtigen Signal an Kiew und an die Partner in Europa.";
    Files.writeString(d17.resolve("a.jsonl"), String.join("\n",
        SlantJobTest.article("a1", "blatt", "2024-06-17T09:00:00+02:00",
            "Der brutale Diktator Putin droht. Russland ist isoliert. Erika Grünwald lobt den mutigen Plan."),
        SlantJobTest.article("a2", "zeitung", "2024-06-17T10:00:00+02:00", "Putin lobt Kim. Der Kreml ist zufrieden."),
        "{broken json",
        SlantJobTest.article("a3", "zeitung", "2024-06-17T12:00:00+02:00", "FAIL-ANALYSIS Putin."),
        SlantJobTest.article("w1", "blatt", "2024-06-17T13:00:00+02:00", wire),
        SlantJobTest.article("w2", "zeitung", "2024-06-17T13:05:00+02:00", wire)), StandardCharsets.UTF_8);
    Files.writeString(d18.resolve("b.jsonl"), String.join("\n",
        SlantJobTest.article("b1", "blatt", "2024-06-18T09:00:00+02:00", "Die erfolgreiche Ukraine wehrt sich mutig."),
        SlantJobTest.article("b3", "zeitung", "2024-06-18T23:30:00+02:00", "Putin ist isoliert und brutal.")),
        StandardCharsets.UTF_8);
  }

  static SlantConfig config(String output) {
    SlantConfig c = SlantConfig.defaults();
    // Few bootstrap resamples: the intervals only need to be reproducible here, and the test runs six jobs. One
    // analysis error (a3) in seven analysed articles: above the default run.max_error_share, hence 0.2.
    return c.withInput(new InputConfig(input.toString(), "auto", "de")).withOutput(new OutputConfig(output))
        .withSpark(new SparkConfig("local[2]", 1, 2)).withAnalytics(new slant.config.AnalyticsConfig(100, null, null,
            null)).withRun(c.run().withMaxErrorShare(0.2));
  }

  /** The bundled German lexicon with "brutal" turned positive and "isoliert" dropped. */
  static SlantConfig changedLexicon(SlantConfig c) throws IOException {
    Path dir = tmp.resolve("lexicons");
    for (String lang : List.of("de", "en")) {
      Path src = Path.of("data/lexicons", lang);
      Path dst = Files.createDirectories(dir.resolve(lang));
      Files.copy(src.resolve("modifiers.tsv"), dst.resolve("modifiers.tsv"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(src.resolve("polarity.tsv"), StandardCharsets.UTF_8)) {
        if (lang.equals("de") && line.startsWith("isoliert\t")) {
          continue;
        }
        lines.add(lang.equals("de") && line.startsWith("brutal\t") ? line.replace("-0.90", "0.90") : line);
      }
      Files.write(dst.resolve("polarity.tsv"), lines, StandardCharsets.UTF_8);
    }
    return c.withSentiment(c.sentiment().withLexiconDir(dir.toString()));
  }

  @BeforeAll
  static void runOnce() throws IOException {
    writeInput();
    out = tmp.resolve("out").toString();
    first = SlantJob.run(spark, config(out), ANNOTATORS);
    firstSnapshot = SlantJobTest.snapshot(out);
  }

  static Row mention(String output, String article, String actor) {
    return spark.read().parquet(Tables.MENTIONS.path(output))
        .filter(col("article_id").equalTo(article).and(col("actor_id").equalTo(actor))).first();
  }

  @Test
  @Order(1)
  void theFullRunWritesAnnotationsOfEveryAnalysedArticle() {
    assertEquals(6, first.accepted());
    List<Row> rows = spark.read().parquet(Tables.ANNOTATIONS.path(out)).orderBy("article_id").collectAsList();
    assertEquals(List.of("a1", "a2", "b1", "b3", "w1", "w2"),
        rows.stream().map(r -> r.<String>getAs("article_id")).toList(),
        "every article of the articles table, none of the rejects (a3 failed analysis)");
    Row a1 = rows.get(0);
    List<Row> sentences = a1.getList(a1.fieldIndex("sentences"));
    assertTrue(sentences.stream().anyMatch(s -> s.getBoolean(s.fieldIndex("parsed"))), "Putin's sentence is parsed");
    assertTrue(sentences.stream().anyMatch(s -> !s.getBoolean(s.fieldIndex("parsed"))),
        "Grünwald's sentence (no catalogue actor) is not");
  }

  @Test
  @Order(2)
  void rescoringWithTheSameConfigurationReproducesTheFullRun() throws IOException {
    SlantJob.RescoreResult r = SlantJob.rescore(spark, config(out));
    assertEquals(first.accepted(), r.run().accepted());
    assertEquals(first.accepted(), r.run().read());
    assertEquals(0, r.run().rejected());
    assertEquals(first.mentions(), r.run().mentions());
    assertEquals(0, r.unparsedCandidateSentences());
    assertEquals(0, r.parsesDropped());
    assertEquals(firstSnapshot, SlantJobTest.snapshot(out), "every table except run_id equals the full run's");
    assertEquals(Set.of(r.run().runId()), Set.copyOf(spark.read().parquet(Tables.MENTIONS.path(out))
        .select("run_id").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList()));
    String manifest = Files.readString(Path.of(out, "_runs", r.run().runId() + ".json"));
    assertTrue(manifest.contains("\"mode\" : \"rescore\""), manifest);
  }

  @Test
  @Order(3)
  void rescoringAfterALexiconChangeEqualsAFullRunWithTheNewLexicon() throws IOException {
    // the fake annotator's sentences are not parsed: the lexicon reaches the mention's tone (window cues), not its
    // evaluation
    double before = mention(out, "a1", "Q7747").getDouble(mention(out, "a1", "Q7747").fieldIndex("tone"));
    assertTrue(before < 0, "brutale Diktator Putin");
    SlantConfig changed = changedLexicon(config(out));
    SlantJob.rescore(spark, changed);
    Row after = mention(out, "a1", "Q7747");
    List<String> cues = after.<Row>getList(after.fieldIndex("cues")).stream().map(c -> c.getString(0)).toList();
    assertTrue(cues.stream().anyMatch(c -> c.contains("brutal")), cues.toString());
    assertNotEquals(before, after.getDouble(after.fieldIndex("tone")), "brutal now counts positive");
    assertNotEquals(firstSnapshot, SlantJobTest.snapshot(out));

    String out2 = tmp.resolve("out-new-lexicon").toString();
    SlantJob.run(spark, changedLexicon(config(out2)), ANNOTATORS);
    assertEquals(SlantJobTest.snapshot(out2), SlantJobTest.snapshot(out), "rescore = full run under the new lexicon");
  }

  @Test
  @Order(4)
  void aCatalogueChangeCountsCandidateSentencesWithoutAParse() throws IOException {
    Path extra = tmp.resolve("extra-actors.yaml");
    Files.writeString(extra, """
        version: 1
        actors:
          - id: slant:erika-gruenwald
            type: person
            names: {de: Erika Grünwald, en: Erika Grünwald}
        """, StandardCharsets.UTF_8);
    SlantConfig c = config(out);
    c = c.withActors(c.actors().withExtra(List.of(extra.toString())));
    c = c.withRun(c.run().withDates("2024-06-17", null, null));
    SlantJob.RescoreResult r = SlantJob.rescore(spark, c);
    assertEquals(4, r.run().read(), "only 17 June's annotations are read");
    assertEquals(1, r.unparsedCandidateSentences(), "a1's Grünwald sentence was not parsed in the full run");
    assertEquals("slant:erika-gruenwald", mention(out, "a1", "slant:erika-gruenwald").getAs("actor_id"));
    String manifest = Files.readString(Path.of(out, "_runs", r.run().runId() + ".json"));
    assertTrue(manifest.contains("\"n_unparsed_candidate_sentences\" : 1"), manifest);
  }

  @Test
  @Order(5)
  void annotationsMadeUnderOtherNlpSettingsAreRefused() {
    SlantConfig c = config(out);
    NlpConfig n = c.nlp();
    SlantConfig all = c.withNlp(new NlpConfig(n.languages(), n.maxChars(), n.maxSentenceTokens(), "all",
        n.threads(), n.verifyLanguage(), n.detectLanguages(), n.detectMinMargin(), n.verifyMinMargin(),
        n.detectAccuracy()));
    ConfigException e = assertThrows(ConfigException.class, () -> SlantJob.rescore(spark, all));
    assertTrue(e.getMessage().contains("parse candidates") && e.getMessage().contains("parse all"), e.getMessage());
    assertTrue(SlantJobTest.snapshot(out).size() > 0);
  }
}
