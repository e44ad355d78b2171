package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.ConfigException;
import slant.config.SentimentConfig;
import slant.config.SlantConfig;
import slant.eval.ActorSentimentEval;
import slant.eval.ExternalLexicons;
import slant.eval.GoldItem;
import slant.eval.GoldReader;
import slant.eval.TargetSentimentEvaluator;
import slant.model.Cue;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;
import slant.sentiment.Lexicon;
import slant.sentiment.SentimentScorer;
import slant.sentiment.TrainedScorer;

/**
 * {@code slant eval}: per-target sentiment against a gold set (GerNTSA, NewsMTSC) → one JSON object with macro-F1,
 * accuracy, per-class figures and the confusion matrix. No Spark.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score the targets of a sentiment gold set with Slant's attribution and print macro-F1, accuracy, "
        + "per-class precision/recall/F1 and the confusion matrix as one JSON object.")
public final class EvalCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Gold set format: gerntsa (German) or newsmtsc (English) — both score the mention's tone — or "
          + "actors (article-level actor gold in the ACTOR-SENTIMENT format; scores sentiment). Required.")
  String format;

  @Option(names = "--misses", description = "With --format actors: also list the outlet-label disagreements with "
      + "Slant's cues toward the actor.")
  boolean misses;

  @Option(names = "--min-evidence", paramLabel = "X",
      description = "With --format actors: the evaluation evidence a mention needs to be polar "
          + "(default: sentiment.min_evidence).")
  String minEvidence;

  @Option(names = "--cache", paramLabel = "DIR", description = "With --format actors: cache the articles' "
      + "annotations in DIR (default: none).")
  Path cache;

  @Option(names = "--lexicon", paramLabel = "PATH",
      description = "A researcher's own polarity lexicon instead of Slant's (SentiWS: either file or the folder).")
  Path lexicon;

  @Option(names = "--lexicon-format", paramLabel = "FORMAT",
      description = "Format of --lexicon: sentiws, rauh, gervader (German) or vader (English).")
  String lexiconFormat;

  @Option(names = "--method", paramLabel = "METHOD",
      description = "rules or trained (default: sentiment.method; rules when --lexicon is given).")
  String method;

  @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N targets of the file.")
  String limit;

  @Option(names = "--neutral-band", paramLabel = "X",
      description = "|sentiment| at or below X is neutral (default: sentiment.neutral_band).")
  String neutralBand;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date for resolving role descriptions of the other actors (default: 2022-01-01 for gerntsa, "
          + "2018-01-01 for newsmtsc, inside each set's collection period).")
  String date;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Also write one JSON line per target (gold, predicted, sentiment, cues) to FILE; with --format "
          + "actors one line per gold actor.")
  Path predictions;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The gold file (GerNTSA .json, NewsMTSC .jsonl).")
  Path file;

  @Override
  public Integer call() throws IOException {
    SlantConfig config = configOptions.load();
    Map<String, Object> json = run(config, CoreNlpAnnotator.shared(config.nlp()));
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    return 0;
  }

  /** The evaluation as the JSON object the command prints; usage errors are {@link ConfigException}s. */
  Map<String, Object> run(SlantConfig config, Annotator annotator) throws IOException {
    if ("actors".equals(format)) {
      if (file == null) {
        throw new ConfigException("eval needs the gold FILE");
      }
      return runActors(config, annotator);
    }
    if (misses || minEvidence != null || cache != null) {
      throw new ConfigException("--misses, --min-evidence and --cache go with --format actors");
    }
    GoldArgs.require("eval", format, file);
    String language = GoldReader.language(format);
    if (!config.nlp().languages().contains(language)) {
      throw new ConfigException(format + " is " + language + " but nlp.languages is " + config.nlp().languages());
    }
    int max = limit == null ? Integer.MAX_VALUE : GoldArgs.limit(limit);
    double band = neutralBand == null ? config.sentiment().neutralBand() : band(neutralBand);
    LocalDate day = GoldArgs.day(format, date);
    checkLexiconAndMethod();
    if ("trained".equals(method) && lexicon != null) {
      throw new ConfigException("--method trained scores with Slant's model over Slant's lexicon; "
          + "a researcher's --lexicon is evaluated with --method rules");
    }
    String usedMethod = method != null ? method : lexicon != null ? "rules" : config.sentiment().method();
    config = config.withSentiment(config.sentiment().withMethod(usedMethod));
    List<GoldItem> items = GoldReader.read(format, file);
    if (items.size() > max) {
      items = items.subList(0, max);
    }
    ArticleAnalyzer analyzer = AnalysisSetup.load(config).analyzer();
    TrainedScorer trained = usedMethod.equals("trained") ? analyzer.trained().get(language) : null;
    Lexicon ours = analyzer.scorers().get(language).lexicon();
    Lexicon used = ours;
    String usedFormat = "slant";
    if (lexicon != null) {
      String lexLanguage = ExternalLexicons.language(lexiconFormat);
      if (!lexLanguage.equals(language)) {
        throw new ConfigException("--lexicon-format " + lexiconFormat + " is for language " + lexLanguage + ", but "
            + format + " is " + language);
      }
      used = ExternalLexicons.load(lexiconFormat, lexicon, language, ours);
      usedFormat = lexiconFormat;
    }
    SentimentScorer scorer = new SentimentScorer(used, config.sentiment().maxDistance());
    TargetSentimentEvaluator evaluator = new TargetSentimentEvaluator(annotator, analyzer.resolver(), scorer, band,
        day, trained);
    long t0 = System.nanoTime();
    TargetSentimentEvaluator.Result r = evaluator.evaluate(items, language, System.err::println);
    double seconds = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    if (predictions != null) {
      writePredictions(r);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", format);
    out.put("file", file.toString());
    out.put("measure", "tone");
    out.put("language", language);
    out.put("method", usedMethod);
    out.put("model", trained == null ? null : trained.model().name());
    out.put("lexicon", used.name());
    out.put("lexicon_format", usedFormat);
    out.put("lexicon_entries", used.size());
    out.put("neutral_band", trained == null ? band : null);
    out.put("max_distance", config.sentiment().maxDistance());
    out.put("limit", limit == null ? null : max);
    out.putAll(r.metrics().toJson());
    out.put("n_sentences", r.sentences());
    out.put("n_unresolved", r.unresolved());
    out.put("annotator", annotator.describe());
    out.put("seconds", seconds);
    return out;
  }

  /** {@code --format actors}: article-level actor gold, Slant's sentiment (evaluation) against the outlet label. */
  private Map<String, Object> runActors(SlantConfig config, Annotator annotator) throws IOException {
    checkLexiconAndMethod();
    if (limit != null || date != null) {
      throw new ConfigException("--limit and --date do not apply to --format actors");
    }
    if (minEvidence != null) {
      double e;
      try {
        e = Double.parseDouble(minEvidence.strip());
      } catch (NumberFormatException ex) {
        throw new ConfigException("--min-evidence must be a number, got '" + minEvidence + "'");
      }
      config = config.withSentiment(config.sentiment().withMinEvidence(e));
    }
    if (method != null) {
      config = config.withSentiment(config.sentiment().withMethod(method));
    }
    double band = neutralBand == null ? config.sentiment().neutralBand() : band(neutralBand);
    final SlantConfig used = config;
    List<ActorSentimentEval.GoldArticle> gold = ActorSentimentEval.read(file);
    AnalysisSetup setup = AnalysisSetup.load(config);
    ArticleAnalyzer analyzer = setup.analyzer();
    Map<String, List<ActorSentimentEval.GoldArticle>> byLanguage = new LinkedHashMap<>();
    for (ActorSentimentEval.GoldArticle g : gold) {
      if (!config.nlp().languages().contains(g.article().language())) {
        throw new ConfigException(g.article().id() + " is " + g.article().language() + " but nlp.languages is "
            + config.nlp().languages());
      }
      byLanguage.computeIfAbsent(g.article().language(), k -> new java.util.ArrayList<>()).add(g);
    }
    long t0 = System.nanoTime();
    Map<String, slant.model.AnnotatedDoc> docs = new LinkedHashMap<>();
    slant.analysis.ArticlePipeline pipeline = new slant.analysis.ArticlePipeline(annotator, analyzer, used.nlp());
    for (Map.Entry<String, List<ActorSentimentEval.GoldArticle>> e : byLanguage.entrySet()) {
      Map<String, java.util.function.Supplier<slant.model.AnnotatedDoc>> texts = new LinkedHashMap<>();
      for (ActorSentimentEval.GoldArticle g : e.getValue()) {
        texts.put(g.article().id(), () -> pipeline.annotate(g.article()));
      }
      docs.putAll(slant.eval.AnnotationCache.annotateTexts(texts, e.getKey(), annotator, cache,
          slant.eval.AnnotationCache.fileHash(file) + "\n" + config.nlp().parse() + "\n" + setup.catalogueHash(),
          System.err::println));
    }
    Lexicon baselineLexicon = null;
    String language = byLanguage.size() == 1 ? byLanguage.keySet().iterator().next() : null;
    if (lexicon != null) {
      if (language == null) {
        throw new ConfigException("--lexicon needs a gold file of one language");
      }
      baselineLexicon = ExternalLexicons.load(lexiconFormat, lexicon, language,
          analyzer.scorers().get(language).lexicon());
    } else if (language != null) {
      baselineLexicon = analyzer.scorers().get(language).lexicon();
    }
    ActorSentimentEval.Result r = ActorSentimentEval.evaluate(gold, analyzer, docs, baselineLexicon, band);
    double seconds = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", format);
    out.put("file", file.toString());
    out.put("measure", "sentiment");
    out.put("articles", gold.size());
    out.put("method", config.sentiment().method());
    out.put("min_evidence", config.sentiment().minEvidence());
    out.put("neutral_band", band);
    out.put("baseline_lexicon", baselineLexicon == null ? null : baselineLexicon.name());
    out.putAll(r.toJson());
    if (misses) {
      out.put("misses", ActorSentimentEval.misses(r));
    }
    if (predictions != null) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
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

  /** The option checks every format shares: --lexicon with --lexicon-format, a known --method. */
  private void checkLexiconAndMethod() {
    if (lexicon == null && lexiconFormat != null || lexicon != null && lexiconFormat == null) {
      throw new ConfigException("--lexicon and --lexicon-format go together");
    }
    if (method != null && !SentimentConfig.METHODS.contains(method)) {
      throw new ConfigException("--method must be one of " + SentimentConfig.METHODS + ", got '" + method + "'");
    }
  }

  private void writePredictions(TargetSentimentEvaluator.Result r) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (TargetSentimentEvaluator.Prediction p : r.predictions()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.item().id());
        m.put("target", p.item().target());
        m.put("from", p.item().begin());
        m.put("to", p.item().end());
        m.put("gold", p.item().gold().code());
        m.put("predicted", p.predicted().code());
        m.put("sentiment", p.sentiment());
        m.put("cues", p.cues().stream().map(EvalCommand::cue).toList());
        m.put("other_mentions", p.otherMentions());
        m.put("sentence", p.item().sentence());
        w.write(json.writeValueAsString(m));
        w.newLine();
      }
    }
  }

  private static Map<String, Object> cue(Cue c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", c.text());
    m.put("weight", c.weight());
    m.put("rule", c.rule());
    return m;
  }

  private static double band(String s) {
    try {
      double b = Double.parseDouble(s.strip());
      if (!(b >= 0 && b < 1)) {
        throw new NumberFormatException();
      }
      return b;
    } catch (NumberFormatException e) {
      throw new ConfigException("--neutral-band must be a number in [0, 1), got '" + s + "'");
    }
  }
}
