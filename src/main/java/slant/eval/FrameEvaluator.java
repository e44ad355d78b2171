package slant.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.SlantConfig;
import slant.frames.FrameLexicon;
import slant.frames.FrameScorer;
import slant.model.AnnotatedDoc;
import slant.model.FrameCue;
import slant.model.Mention;
import slant.model.Sentence;
import slant.model.Token;
import slant.nlp.Annotator;
import slant.voice.VoiceAttributor;
import slant.voice.VoiceMap;

/**
 * What {@code slant eval-frames} measures: frame cues and voice attribution against the team's gold set
 * ({@code data/eval/frames-de.jsonl}, docs/validation-frames.md), scored by {@link FrameEval}. Each case is annotated
 * with every sentence parsed, its actors resolved on the case's date, voice attributed and frames scored; the report
 * gives precision/recall per frame family, voice accuracy and speaker accuracy ({@link #format}). No Spark.
 */
public final class FrameEvaluator {

  private FrameEvaluator() {}

  /**
   * Reads the gold set and scores every case.
   *
   * @param gold the gold JSONL file
   * @param language the gold set's language, one of {@code nlp.languages}
   * @param framesDir folder with {@code <lang>/frames.tsv}, or null for the bundled frame lexicons
   */
  public static FrameEval.Report evaluate(SlantConfig config, Annotator annotator, Path gold, String language,
      String framesDir) throws IOException {
    List<FrameEval.Case> cases = FrameEval.parse(Files.readString(gold, StandardCharsets.UTF_8));
    ArticleAnalyzer analyzer = AnalysisSetup.load(config).analyzer();
    FrameScorer scorer = new FrameScorer(FrameLexicon.load(framesDir, language), config.sentiment().maxDistance(),
        analyzer.resolver().rules());
    VoiceAttributor voices = new VoiceAttributor(language, analyzer.resolver().rules());
    List<FrameEval.Prediction> predictions = new ArrayList<>();
    for (FrameEval.Case c : cases) {
      AnnotatedDoc doc = annotator.annotate(c.text(), language, Annotator.ParseSelector.ALL);
      List<Mention> mentions = analyzer.resolver().resolve(doc, LocalDate.parse(c.date()));
      predictions.add(predict(doc, mentions, voices.attribute(doc, mentions), scorer));
    }
    return FrameEval.evaluate(cases, predictions);
  }

  /** What the pipeline predicted for one case: each mention's frame cues with their voice, each token's voice. */
  public static FrameEval.Prediction predict(AnnotatedDoc doc, List<Mention> mentions, VoiceMap vm,
      FrameScorer scorer) {
    List<List<FrameCue>> cues = scorer.score(doc, mentions, vm);
    List<FrameEval.PredFrame> frames = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      for (FrameCue f : cues.get(i)) {
        frames.add(new FrameEval.PredFrame(m.surface(), m.actorName(), f.frame(), f.voice()));
      }
    }
    List<FrameEval.PredToken> tokens = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        tokens.add(new FrameEval.PredToken(t.begin(), t.end(), "PUNCT".equals(t.pos()), vm.voice(s.index(), t.index()),
            vm.speakerId(s.index(), t.index()), vm.speakerName(s.index(), t.index())));
      }
    }
    return new FrameEval.Prediction(frames, tokens);
  }

  /** The report as the command prints it: a table per frame family, then voice and speaker accuracy. */
  public static String format(FrameEval.Report r, String source) {
    StringBuilder sb = new StringBuilder();
    sb.append("gold: ").append(source).append(" (").append(r.cases()).append(" cases)\n");
    sb.append(String.format(Locale.ROOT, "%-8s %5s %5s %5s %9s %6s %6s%n", "family", "tp", "fp", "fn", "precision",
        "recall", "f1"));
    for (Map.Entry<String, FrameEval.Counts> e : r.byFamily().entrySet()) {
      sb.append(row(e.getKey(), e.getValue()));
    }
    sb.append(row("all", r.all()));
    sb.append(String.format(Locale.ROOT, "voice of found frames: %d/%d = %s%n", r.voiceCorrect(), r.voiceTotal(),
        pct(r.voiceAccuracy())));
    sb.append(String.format(Locale.ROOT, "voice spans, tokens:   %d/%d = %s%n", r.tokensCorrect(), r.tokensTotal(),
        pct(r.tokenVoiceAccuracy())));
    sb.append(String.format(Locale.ROOT, "voice spans, whole:    %d/%d = %s%n", r.spansCorrect(), r.spansTotal(),
        pct(r.spanVoiceAccuracy())));
    sb.append(String.format(Locale.ROOT, "speaker of quoted spans: %d/%d = %s", r.speakersCorrect(), r.speakersTotal(),
        pct(r.speakerAccuracy())));
    return sb.toString();
  }

  private static String row(String name, FrameEval.Counts c) {
    return String.format(Locale.ROOT, "%-8s %5d %5d %5d %9s %6s %6s%n", name, c.tp(), c.fp(), c.fn(),
        pct(c.precision()), pct(c.recall()), pct(c.f1()));
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
