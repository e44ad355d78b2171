package slant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.Sentence;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;
import slant.testing.SharedData;

/**
 * Slant parses fewer sentences, builds only the basic tree and uses its own tagging settings; the sentences it does
 * parse must get exactly the edges the bare full German pipeline gives them (tier: models).
 */
@Tag("models")
class ParsedEdgesModelsTest {

  static final String CORPUS = "../shared/data/zeitgeist-de-news/archive.jsonl";
  static final Path SEED = Path.of("../shared/data/seed-article/putin-kim-de.txt");

  @Test
  void parsedSentencesHaveTheBarePipelinesBasicEdges() throws IOException {
    Path corpus = SharedData.require(CORPUS, "Slant's parsed edges against the bare German pipeline");
    // the seed article is optional: without it a fifth corpus article takes its place
    List<Article> articles = new java.util.ArrayList<>(BenchCorpus.read(corpus, 4, "2025-08-05"));
    if (Files.exists(SEED)) {
      articles.add(new Article("seed", "bench", "2024-06-18T00:00:00Z", "2024-06-18", null, Files.readString(SEED),
          null, "de", List.of()));
    } else {
      articles.addAll(BenchCorpus.read(corpus, 5, "2025-08-05").subList(4, 5));
    }
    // a derStandard-style report opening with a dateline, which both pipelines make a sentence of its own
    articles.add(new Article("dateline", "bench", "2016-01-01T00:00:00Z", "2016-01-01", null,
        "USA stoppen Programm. Washington – Angesichts massiver Rückschläge legen die USA die Ausbildung syrischer "
            + "Rebellen auf Eis.", null, "de", List.of()));
    // a tagesschau report whose byline is glued to its first word, which both pipelines separate
    articles.add(new Article("glued-byline", "bench", "2025-08-05T00:00:00Z", "2025-08-05", null,
        "Habeck zieht sich zurück. Von Dietrich Karl Mäurer, ARD-HauptstadtstudioEr gilt als einer der "
            + "profiliertesten Grünen-Politiker.", null, "de", List.of()));
    assertEquals(7, articles.size());
    SlantConfig config = SlantConfig.defaults();
    ArticleAnalyzer analyzer = AnalysisSetup.load(config).analyzer();
    Annotator slant = CoreNlpAnnotator.shared(config.nlp());
    BareCoreNlp.Pipeline bare = BareCoreNlp.germanPipeline();
    BareCoreNlp.EdgeCheck check = new BareCoreNlp.EdgeCheck();
    int skipped = 0;
    for (Article a : articles) {
      AnnotatedDoc doc = slant.annotate(a.fullText(), "de", s -> analyzer.resolver().isCandidate(s, "de"));
      Annotation ann = BareCoreNlp.annotation(a.fullText());
      bare.annotate(ann);
      check.add(a.id(), doc, BareCoreNlp.basicEdges(ann), BareCoreNlp.sentenceSizes(ann));
      skipped += (int) doc.sentences().stream().filter(s -> !s.parsed()).count();
      for (Sentence s : doc.sentences()) {
        if (s.parsed()) {
          assertEquals(s.size(), s.dependencies().size(), "one head per token in " + a.id() + " #" + s.index());
        }
      }
    }
    assertEquals(0, check.structureMismatches(), () -> String.join("\n", check.examples()));
    assertEquals(0, check.mismatches(), () -> String.join("\n", check.examples()));
    assertTrue(check.parsedCompared() >= 20, "compared only " + check.parsedCompared() + " parsed sentences");
    assertTrue(check.edgesCompared() >= 200, "compared only " + check.edgesCompared() + " edges");
    // not a requirement, but the check is only meaningful if the selector skipped something somewhere
    System.out.printf("edge check: %d parsed sentences, %d edges compared, %d sentences skipped by the selector%n",
        check.parsedCompared(), check.edgesCompared(), skipped);
  }
}
