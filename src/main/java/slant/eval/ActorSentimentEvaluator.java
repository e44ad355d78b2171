package slant.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.analysis.ArticlePipeline;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.nlp.Annotator;
import slant.sentiment.Lexicon;

/**
 * What {@code slant eval --format actors} measures: article-level actor gold (the ACTOR-SENTIMENT format, read by
 * {@link ActorSentimentEval}) against Slant's sentiment (evaluation) toward each actor, the articles annotated as the
 * job annotates them ({@link ArticlePipeline}, optionally cached by {@link AnnotationCache}), with a lexicon-count
 * baseline (Slant's lexicon, or a researcher's own). Returns the JSON object the command prints. No Spark.
 */
public final class ActorSentimentEvaluator {

  private ActorSentimentEvaluator() {}

  /**
   * An evaluation's settings, checked by the command.
   *
   * @param minEvidence the evaluation evidence a mention needs to be polar, or null for sentiment.min_evidence
   * @param method rules or trained, or null for sentiment.method
   * @param neutralBand |sentiment| at or below it is neutral
   * @param lexicon a researcher's lexicon for the baseline, or null for Slant's
   * @param lexiconFormat the format of {@code lexicon} ({@link ExternalLexicons}), null without one
   * @param cache the annotation cache folder, or null for none
   * @param misses also list the outlet-label disagreements with Slant's cues toward the actor
   * @param predictions where to write one JSON line per gold actor, or null for none
   */
  public record Options(Path file, Double minEvidence, String method, double neutralBand, Path lexicon,
      String lexiconFormat, Path cache, boolean misses, Path predictions) {}

  /**
   * Reads the gold articles, annotates and analyses them, and returns the figures; an article of a language outside
   * {@code nlp.languages}, or a researcher's lexicon with a gold file of several languages, is a
   * {@link ConfigException}.
   */
  public static Map<String, Object> evaluate(SlantConfig config, Annotator annotator, Options o) throws IOException {
    if (o.minEvidence() != null) {
      config = config.withSentiment(config.sentiment().withMinEvidence(o.minEvidence()));
    }
    if (o.method() != null) {
      config = config.withSentiment(config.sentiment().withMethod(o.method()));
    }
    double band = o.neutralBand();
    List<ActorSentimentEval.GoldArticle> gold = ActorSentimentEval.read(o.file());
    AnalysisSetup setup = AnalysisSetup.load(config);
    ArticleAnalyzer analyzer = setup.analyzer();
    Map<String, List<ActorSentimentEval.GoldArticle>> byLanguage = new LinkedHashMap<>();
    for (ActorSentimentEval.GoldArticle g : gold) {
      if (!config.nlp().languages().contains(g.article().language())) {
        throw new ConfigException(g.article().id() + " is " + g.article().language() + " but nlp.languages is "
            + config.nlp().languages());
      }
      byLanguage.computeIfAbsent(g.article().language(), k -> new ArrayList<>()).add(g);
    }
    long t0 = System.nanoTime();
    Map<String, AnnotatedDoc> docs = new LinkedHashMap<>();
    ArticlePipeline pipeline = new ArticlePipeline(annotator, analyzer, config.nlp());
    for (Map.Entry<String, List<ActorSentimentEval.GoldArticle>> e : byLanguage.entrySet()) {
      Map<String, Supplier<AnnotatedDoc>> texts = new LinkedHashMap<>();
      for (ActorSentimentEval.GoldArticle g : e.getValue()) {
        texts.put(g.article().id(), () -> pipeline.annotate(g.article()));
      }
      docs.putAll(AnnotationCache.annotateTexts(texts, e.getKey(), annotator, o.cache(),
          AnnotationCache.fileHash(o.file()) + "\n" + config.nlp().parse() + "\n" + setup.catalogueHash()
              + "\n" + analyzer.resolver().candidateRulesKey(e.getKey()),
          System.err::println));
    }
    Lexicon baselineLexicon = null;
    String language = byLanguage.size() == 1 ? byLanguage.keySet().iterator().next() : null;
    if (o.lexicon() != null) {
      if (language == null) {
        throw new ConfigException("--lexicon needs a gold file of one language");
      }
      baselineLexicon = ExternalLexicons.load(o.lexiconFormat(), o.lexicon(), language,
          analyzer.scorers().get(language).lexicon());
    } else if (language != null) {
      baselineLexicon = analyzer.scorers().get(language).lexicon();
    }
    ActorSentimentEval.Result r = ActorSentimentEval.evaluate(gold, analyzer, docs, baselineLexicon, band);
    double seconds = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", "actors");
    out.put("file", o.file().toString());
    out.put("measure", "sentiment");
    out.put("articles", gold.size());
    out.put("method", config.sentiment().method());
    out.put("min_evidence", config.sentiment().minEvidence());
    out.put("neutral_band", band);
    out.put("baseline_lexicon", baselineLexicon == null ? null : baselineLexicon.name());
    out.putAll(r.toJson());
    if (o.misses()) {
      out.put("misses", ActorSentimentEval.misses(r));
      out.put("unmatched_slant_actors_top", ActorSentimentEval.unmatchedSlantActors(r, 50));
    }
    if (o.predictions() != null) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedWriter w = Files.newBufferedWriter(o.predictions(), StandardCharsets.UTF_8)) {
        for (Map<String, Object> p : ActorSentimentEval.predictions(r)) {
          w.write(json.writeValueAsString(p));
          w.newLine();
        }
      }
    }
    out.put("annotator", annotator.describe());
    out.put("seconds", seconds);
    return out;
  }
}
