package slant.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.model.Cue;
import slant.nlp.Annotator;
import slant.sentiment.Lexicon;
import slant.sentiment.SentimentScorer;
import slant.sentiment.TrainedScorer;

/**
 * What {@code slant eval --format gerntsa|newsmtsc} measures: the tone Slant gives each target mention of a
 * target-dependent sentiment gold set, scored by {@link TargetSentimentEvaluator} with Slant's lexicon (or a
 * researcher's own, {@link ExternalLexicons}) and the rule or trained method, against the gold polarity. Returns the
 * JSON object the command prints (macro-F1, accuracy, per-class figures, confusion matrix and the settings used).
 * No Spark.
 */
public final class TargetToneEvaluator {

  private TargetToneEvaluator() {}

  /**
   * An evaluation's settings, checked by the command.
   *
   * @param format gerntsa or newsmtsc ({@link GoldReader#FORMATS})
   * @param language the gold set's language ({@link GoldReader#language}), one of {@code nlp.languages}
   * @param limit evaluate only the first {@code limit} targets, or null for all
   * @param neutralBand |sentiment| at or below it is neutral (rule method)
   * @param day the date role descriptions of the other actors are resolved on
   * @param method rules or trained (already defaulted: rules with a researcher's lexicon, else sentiment.method)
   * @param lexicon a researcher's polarity lexicon, or null for Slant's
   * @param lexiconFormat the format of {@code lexicon} ({@link ExternalLexicons}), null without one
   * @param predictions where to write one JSON line per target, or null for none
   */
  public record Options(String format, Path file, String language, Integer limit, double neutralBand, LocalDate day,
      String method, Path lexicon, String lexiconFormat, Path predictions) {}

  /**
   * Reads the gold set, scores its targets and returns the figures; a lexicon format of another language than the
   * gold set's, or an unreadable gold file, is a {@link ConfigException}.
   */
  public static Map<String, Object> evaluate(SlantConfig config, Annotator annotator, Options o) throws IOException {
    String language = o.language();
    config = config.withSentiment(config.sentiment().withMethod(o.method()));
    List<GoldItem> items = GoldReader.read(o.format(), o.file());
    if (o.limit() != null && items.size() > o.limit()) {
      items = items.subList(0, o.limit());
    }
    ArticleAnalyzer analyzer = AnalysisSetup.load(config).analyzer();
    TrainedScorer trained = o.method().equals("trained") ? analyzer.trained().get(language) : null;
    Lexicon ours = analyzer.scorers().get(language).lexicon();
    Lexicon used = ours;
    String usedFormat = "slant";
    if (o.lexicon() != null) {
      String lexLanguage = ExternalLexicons.language(o.lexiconFormat());
      if (!lexLanguage.equals(language)) {
        throw new ConfigException("--lexicon-format " + o.lexiconFormat() + " is for language " + lexLanguage
            + ", but " + o.format() + " is " + language);
      }
      used = ExternalLexicons.load(o.lexiconFormat(), o.lexicon(), language, ours);
      usedFormat = o.lexiconFormat();
    }
    // the relation rules read Slant's verb frames and word classes whatever the lexicon: the tone does not depend on
    // them (frame cues are not part of it), the evaluation measure below does
    SentimentScorer scorer = new SentimentScorer(used, config.sentiment().maxDistance(),
        analyzer.scorers().get(language).relations(), analyzer.resolver().rules());
    TargetSentimentEvaluator evaluator = new TargetSentimentEvaluator(annotator, analyzer.resolver(), scorer,
        o.neutralBand(), o.day(), trained);
    long t0 = System.nanoTime();
    TargetSentimentEvaluator.Result r = evaluator.evaluate(items, language, System.err::println);
    double seconds = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    if (o.predictions() != null) {
      writePredictions(r, o.predictions());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", o.format());
    out.put("file", o.file().toString());
    out.put("measure", "tone");
    out.put("language", language);
    out.put("method", o.method());
    out.put("model", trained == null ? null : trained.model().name());
    out.put("lexicon", used.name());
    out.put("lexicon_format", usedFormat);
    out.put("lexicon_entries", used.size());
    out.put("neutral_band", trained == null ? o.neutralBand() : null);
    out.put("max_distance", config.sentiment().maxDistance());
    out.put("limit", o.limit());
    out.putAll(r.metrics().toJson());
    out.put("evaluation", evaluationCheck(r, config.sentiment().minEvidence()));
    out.put("n_sentences", r.sentences());
    out.put("n_unresolved", r.unresolved());
    out.put("annotator", annotator.describe());
    out.put("seconds", seconds);
    return out;
  }

  /**
   * A check of the evaluation measure ({@code sentiment}) on a tone gold set: the targets' labels by their
   * evaluation evidence ({@link ArticleAnalyzer#polarityOf}, as the job labels a mention) against the gold tone.
   * The gold labels how a sentence comes across, not what the outlet says of the target, so the per-class figures
   * are not the evaluation's quality; what they show is how often a tone-neutral target gets a polar evaluation
   * ({@code neutral_labelled_polar}): it should be rare, as every polar evaluation needs an evaluation of the target
   * in the sentence.
   */
  static Map<String, Object> evaluationCheck(TargetSentimentEvaluator.Result r, double minEvidence) {
    Metrics m = new Metrics();
    for (TargetSentimentEvaluator.Prediction p : r.predictions()) {
      m.add(p.item().gold(), ArticleAnalyzer.polarityOf(p.evidence(), minEvidence));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("measure", "sentiment");
    out.put("min_evidence", minEvidence);
    long neutral = m.support(slant.model.Polarity.NEUTRAL);
    long neutralPolar = neutral - m.count(slant.model.Polarity.NEUTRAL, slant.model.Polarity.NEUTRAL);
    out.put("neutral_labelled_polar", neutral == 0 ? 0.0 : Math.round(10000.0 * neutralPolar / neutral) / 10000.0);
    long polar = m.predicted(slant.model.Polarity.NEGATIVE) + m.predicted(slant.model.Polarity.POSITIVE);
    out.put("polar_decisions", polar);
    out.putAll(m.toJson());
    return out;
  }

  /** One JSON line per target: gold and predicted polarity, sentiment, cues, the other mentions, the sentence. */
  private static void writePredictions(TargetSentimentEvaluator.Result r, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (TargetSentimentEvaluator.Prediction p : r.predictions()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.item().id());
        m.put("target", p.item().target());
        m.put("from", p.item().begin());
        m.put("to", p.item().end());
        m.put("gold", p.item().gold().code());
        m.put("predicted", p.predicted().code());
        m.put("sentiment", p.sentiment());
        m.put("cues", p.cues().stream().map(TargetToneEvaluator::cue).toList());
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
}
