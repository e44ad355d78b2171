package slant.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.config.SlantConfig;
import slant.nlp.Annotator;
import slant.sentiment.CueRelations;
import slant.sentiment.Lexicon;
import slant.sentiment.SentimentScorer;

/**
 * What {@code slant eval-holders} measures: holder vs target on IGGSA STEPS (SALSA/TIGER XML) — for the subjective
 * expressions Slant's German lexicon finds, whether the cue attribution credits the gold target or the gold holder,
 * and with which relation ({@link StepsEval}). Returns the JSON object the command prints. No Spark.
 */
public final class HolderEvaluator {

  /** Examples of holders credited with an evaluation in the output. */
  public static final int EXAMPLES = 10;

  private HolderEvaluator() {}

  /**
   * Reads the XML file and evaluates its sentences.
   *
   * @param file the SALSA/TIGER XML file, which exists
   * @param limit evaluate only the first {@code limit} sentences, or null for all
   */
  public static Map<String, Object> evaluate(SlantConfig config, Annotator annotator, Path file, Integer limit)
      throws IOException {
    List<StepsEval.SalsaSentence> sentences;
    try (InputStream in = Files.newInputStream(file)) {
      sentences = StepsEval.parse(in);
    }
    if (limit != null && sentences.size() > limit) {
      sentences = sentences.subList(0, limit);
    }
    String dir = config.sentiment().lexiconDir();
    Lexicon lexicon = Lexicon.load(dir, "de");
    int maxDistance = config.sentiment().maxDistance();
    SentimentScorer scorer = new SentimentScorer(lexicon, maxDistance, CueRelations.load(dir, "de"),
        slant.lang.Rules.load(config.sentiment().rulesDir()));
    long t0 = System.nanoTime();
    StepsEval.Report r = new StepsEval(annotator, scorer).evaluate(sentences, System.err::println);
    double seconds = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", file.toString());
    out.put("language", "de");
    out.put("lexicon", lexicon.name());
    out.put("lexicon_entries", lexicon.size());
    out.put("max_distance", maxDistance);
    out.put("limit", limit);
    out.putAll(r.toJson(EXAMPLES));
    out.put("annotator", annotator.describe());
    out.put("seconds", seconds);
    return out;
  }
}
