package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticlePipeline;
import slant.analysis.ExplainJson;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.nlp.CoreNlpAnnotator;

/**
 * {@code slant explain}: one article from a text file → the JSON a researcher reads to see why ({@link ExplainJson}),
 * annotated and analysed as the job does ({@link ArticlePipeline}). No Spark.
 */
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
    ArticlePipeline pipeline = new ArticlePipeline(CoreNlpAnnotator.shared(config.nlp()),
        AnalysisSetup.load(config).analyzer(), config.nlp());
    ArticleAnalysis analysis = pipeline.annotateAndAnalyze(article).analysis();
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    System.out.println(json.writeValueAsString(ExplainJson.of(analysis)));
    return 0;
  }
}
