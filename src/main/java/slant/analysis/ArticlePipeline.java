package slant.analysis;

import slant.config.NlpConfig;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.nlp.Annotator;

/**
 * Annotate and analyse one article the way the job does — the one path the Spark job ({@code AnalyzePartition}),
 * {@code slant explain} and the bench take, so that what they show cannot drift apart. Annotation parses the
 * sentences that may hold a mention ({@link #selector}; every sentence with {@code nlp.parse: all}); analysis is
 * {@link ArticleAnalyzer#analyze}, which {@code rescore} also runs on stored annotations ({@link Rescorer}).
 *
 * <p>Thread-safe when the annotator is (every {@link Annotator} is): the bench shares one instance over its threads.
 */
public final class ArticlePipeline {

  /** An article's annotations and their analysis. */
  public record Result(AnnotatedDoc doc, ArticleAnalysis analysis) {}

  private final Annotator annotator;
  private final ArticleAnalyzer analyzer;
  private final NlpConfig nlp;

  public ArticlePipeline(Annotator annotator, ArticleAnalyzer analyzer, NlpConfig nlp) {
    this.annotator = annotator;
    this.analyzer = analyzer;
    this.nlp = nlp;
  }

  public ArticleAnalyzer analyzer() {
    return analyzer;
  }

  /**
   * Which sentences get a dependency parse: all with {@code nlp.parse: all}, else those that may hold a mention
   * ({@link slant.actors.ActorResolver#isCandidate}). {@link Rescorer} applies the same choice to stored parses.
   */
  public static Annotator.ParseSelector selector(ArticleAnalyzer analyzer, NlpConfig nlp, String language) {
    return nlp.parse().equals("all") ? Annotator.ParseSelector.ALL
        : s -> analyzer.resolver().isCandidate(s, language);
  }

  /** Annotates once (title and text), parsing the sentences {@link #selector} accepts. */
  public AnnotatedDoc annotate(Article a) {
    return annotator.annotate(a.fullText(), a.language(), selector(analyzer, nlp, a.language()));
  }

  /** Annotates once and analyses. */
  public Result annotateAndAnalyze(Article a) {
    AnnotatedDoc doc = annotate(a);
    return new Result(doc, analyzer.analyze(a, doc));
  }
}
