package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import slant.config.SlantConfig;
import slant.model.ActorScore;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Cue;
import slant.model.ScoredMention;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;

/** {@code slant explain}: one article from a text file → the JSON a researcher reads to see why. No Spark. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Analyse one article (plain text file) and print its actors, mentions, scores and cues as JSON.")
public final class ExplainCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--lang", defaultValue = "de", description = "Language: de or en (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--outlet", defaultValue = "unknown", description = "Outlet name.")
  String outlet;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today, UTC).")
  String date;

  @Option(names = "--title", description = "Headline (default: none; the file is the body).")
  String title;

  @Option(names = "--id", description = "Article id (default: explain).")
  String id = "explain";

  @Parameters(paramLabel = "FILE", description = "UTF-8 text file with the article body.")
  Path file;

  @Override
  public Integer call() throws IOException {
    SlantConfig config = configOptions.load();
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("no such file: " + file);
    }
    LocalDate day;
    try {
      day = date == null ? LocalDate.now(ZoneId.of("UTC")) : LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ConfigException("--date must be YYYY-MM-DD, got '" + date + "'");
    }
    if (!config.nlp().languages().contains(language)) {
      throw new ConfigException("--lang must be one of " + config.nlp().languages());
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Article article = new Article(id, outlet, day.atStartOfDay(config.run().zone()).toInstant().toString(),
        day.toString(), title, text, null, language, List.of());
    ArticleAnalyzer analyzer = AnalysisSetup.load(config).analyzer();
    Annotator annotator = CoreNlpAnnotator.shared(config.nlp());
    ArticleAnalysis analysis = explain(annotator, analyzer, config, article);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    System.out.println(json.writeValueAsString(toJson(analysis)));
    return 0;
  }

  static ArticleAnalysis explain(Annotator annotator, ArticleAnalyzer analyzer, SlantConfig config, Article a) {
    return analyzer.analyze(a, annotate(annotator, analyzer, config, a));
  }

  /** Annotates as the job does: the sentences that may hold a mention are parsed (all with nlp.parse = all). */
  static slant.model.AnnotatedDoc annotate(Annotator annotator, ArticleAnalyzer analyzer, SlantConfig config,
      Article a) {
    String lang = a.language();
    Annotator.ParseSelector selector = config.nlp().parse().equals("all") ? Annotator.ParseSelector.ALL
        : s -> analyzer.resolver().isCandidate(s, lang);
    return annotator.annotate(a.fullText(), lang, selector);
  }

  /** The explain JSON: article, actors, mentions (field names are a contract; see README). */
  public static Map<String, Object> toJson(ArticleAnalysis x) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> article = new LinkedHashMap<>();
    Article a = x.article();
    article.put("id", a.id());
    article.put("outlet", a.outlet());
    article.put("date", a.date());
    article.put("language", a.language());
    article.put("title", a.title());
    article.put("n_sentences", x.nSentences());
    article.put("n_tokens", x.nTokens());
    article.put("n_sentences_parsed", x.nSentencesParsed());
    String agency = slant.dedup.WireCredit.agency(a.title(), a.text());
    article.put("is_wire", agency != null);
    article.put("wire_agency", agency);
    root.put("article", article);
    List<Map<String, Object>> actors = new ArrayList<>();
    for (ActorScore s : x.actors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("actor_id", s.actorId());
      m.put("name", s.actorName());
      m.put("type", s.actorType());
      m.put("n_mentions", s.nMentions());
      m.put("sentiment", s.sentiment());
      m.put("polarity", s.polarity().code());
      m.put("n_negative", s.nNegative());
      m.put("n_neutral", s.nNeutral());
      m.put("n_positive", s.nPositive());
      m.put("overall_polarity", s.overallPolarity().code());
      m.put("tone", s.tone());
      m.put("tone_polarity", s.tonePolarity().code());
      m.put("only_quoted", s.onlyQuoted());
      List<String> labels = new ArrayList<>();
      for (ScoredMention sm : x.mentions()) {
        if (sm.mention().actorId().equals(s.actorId())) {
          for (String l : sm.mention().labels()) {
            if (!labels.contains(l)) {
              labels.add(l);
            }
          }
        }
      }
      m.put("labels", labels);
      Map<String, Integer> frames = new java.util.TreeMap<>();
      for (ScoredMention sm : x.mentions()) {
        if (sm.mention().actorId().equals(s.actorId())) {
          for (slant.model.FrameCue f : sm.frames()) {
            frames.merge(f.voice() + ":" + f.frame(), 1, Integer::sum);
          }
        }
      }
      m.put("frames", frames);
      actors.add(m);
    }
    root.put("actors", actors);
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (ScoredMention sm : x.mentions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("actor_id", sm.mention().actorId());
      m.put("name", sm.mention().actorName());
      m.put("surface", sm.mention().surface());
      m.put("kind", sm.mention().kind().code());
      m.put("sentence", sm.mention().sentence());
      m.put("sentence_text", x.sentenceText(sm.mention().sentence()));
      m.put("start", sm.mention().begin());
      m.put("end", sm.mention().end());
      m.put("labels", sm.mention().labels());
      m.put("sentiment", sm.sentiment());
      m.put("polarity", sm.polarity().code());
      m.put("tone", sm.tone());
      m.put("tone_polarity", sm.tonePolarity().code());
      List<Map<String, Object>> cues = new ArrayList<>();
      for (Cue c : sm.cues()) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("text", c.text());
        cm.put("weight", c.weight());
        cm.put("rule", c.rule());
        cm.put("relation", c.relation());
        cm.put("reliability", c.reliability());
        cues.add(cm);
      }
      m.put("cues", cues);
      m.put("voice", sm.voice());
      m.put("speaker_id", sm.speakerId());
      List<Map<String, Object>> frames = new ArrayList<>();
      java.util.Set<String> roles = new java.util.LinkedHashSet<>();
      for (slant.model.FrameCue f : sm.frames()) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("frame", f.frame());
        fm.put("family", f.family());
        fm.put("text", f.text());
        fm.put("rule", f.rule());
        fm.put("voice", f.voice());
        frames.add(fm);
        if (f.family().equals("role")) {
          roles.add(f.frame());
        }
      }
      m.put("frames", frames);
      m.put("roles", roles);
      mentions.add(m);
    }
    root.put("mentions", mentions);
    List<Map<String, Object>> quotes = new ArrayList<>();
    for (slant.model.QuoteSpan q : x.quotes()) {
      Map<String, Object> qm = new LinkedHashMap<>();
      qm.put("sentence", q.sentence());
      qm.put("start", q.begin());
      qm.put("end", q.end());
      qm.put("speaker_id", q.speakerId());
      qm.put("speaker", q.speakerName());
      qm.put("rule", q.rule());
      qm.put("text", a.fullText().substring(q.begin(), q.end()));
      quotes.add(qm);
    }
    root.put("voice_spans", quotes);
    return root;
  }
}
