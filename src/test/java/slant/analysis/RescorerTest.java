package slant.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import slant.config.NlpConfig;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.Sentence;
import slant.testing.Docs;

/** How re-scoring treats stored parses that do not match the current catalogue's candidate sentences (no Spark). */
class RescorerTest {

  static ArticleAnalyzer analyzer;
  static NlpConfig candidates;

  @BeforeAll
  static void load() {
    SlantConfig config = SlantConfig.defaults();
    analyzer = AnalysisSetup.load(config).analyzer();
    candidates = config.nlp();
  }

  /** Sentence 0 names Putin but was not parsed; sentence 1 names no actor but was parsed. */
  static AnnotatedDoc doc() {
    return Docs.doc("de",
        "Putin/PROPN/-/-/PERSON droht/VERB/-/- ./PUNCT/-/-",
        "Das/DET/2/det Wetter/NOUN/3/nsubj bleibt/VERB/0/root schlecht/ADJ/3/xcomp ./PUNCT/3/punct");
  }

  static Article article(AnnotatedDoc doc) {
    return new Article("x", "blatt", "2024-06-17T07:00:00Z", "2024-06-17", "", doc.text(), null, "de", List.of());
  }

  @Test
  void parsesAFullRunWouldNotMakeAreDroppedAndMissingOnesCounted() {
    AnnotatedDoc doc = doc();
    Rescorer.Result r = Rescorer.rescore(analyzer, candidates, article(doc), doc);
    assertEquals(1, r.unparsedCandidates(), "Putin's sentence is a candidate without a parse");
    assertEquals(1, r.parsesDropped(), "the weather sentence holds no candidate: a full run would not parse it");
    assertEquals(0, r.analysis().nSentencesParsed());
    Sentence weather = doc.sentences().get(1);
    assertTrue(weather.parsed(), "the stored doc itself is not changed");
  }

  @Test
  void withParseAllStoredParsesAreUsedAsTheyAre() {
    NlpConfig n = candidates;
    NlpConfig all = new NlpConfig(n.languages(), n.maxChars(), n.maxSentenceTokens(), "all", n.threads(),
        n.verifyLanguage(), n.detectLanguages(), n.detectMinMargin(), n.verifyMinMargin(), n.detectAccuracy());
    AnnotatedDoc doc = doc();
    Rescorer.Result r = Rescorer.rescore(analyzer, all, article(doc), doc);
    assertEquals(0, r.unparsedCandidates());
    assertEquals(0, r.parsesDropped());
    assertEquals(1, r.analysis().nSentencesParsed());
    assertEquals(analyzer.analyze(article(doc), doc), r.analysis());
    assertFalse(r.analysis().mentions().isEmpty());
  }
}
