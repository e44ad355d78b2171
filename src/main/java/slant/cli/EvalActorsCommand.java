package slant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
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
import slant.actors.ActorResolver;
import slant.analysis.AnalysisSetup;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.eval.ActorMentionEvaluator;
import slant.eval.MentionEval;
import slant.eval.MentionEval.EvalSentence;
import slant.eval.PronounEval;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;

/**
 * {@code slant eval-actors}: actor-mention detection and resolution against the hand-annotated German set
 * ({@code data/eval/actors-de.jsonl}), optionally pronoun links and the recall of named targets of the GerNTSA dev
 * set, measured by {@link ActorMentionEvaluator}. Prints one JSON object. No Spark.
 */
@Command(name = "eval-actors", mixinStandardHelpOptions = true,
    description = "Evaluate actor mentions (spans, actor ids, kinds) against a hand-annotated JSONL set; "
        + "optionally the recall of GerNTSA named targets. Prints one JSON object.")
public final class EvalActorsCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions configOptions;

  @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "data/eval/actors-de.jsonl",
      description = "Evaluation set, JSONL (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--gerntsa", paramLabel = "PATH",
      description = "GerNTSA JSON (e.g. ../shared/data/gerntsa-dev/GerNTSA-dev.json): also report the recall of its "
          + "named person/organisation/place targets.")
  Path gerntsa;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "Only the first N GerNTSA records (default: all).")
  int limit;

  @Option(names = "--gerntsa-date", paramLabel = "YYYY-MM-DD", defaultValue = "2022-03-01",
      description = "Date used to resolve role titles in GerNTSA snippets, which carry none (default: ${DEFAULT-VALUE},"
          + " inside the collection period Aug 2021 - Jul 2022).")
  String gerntsaDate;

  @Option(names = "--all-errors",
      description = "List every error, not only the first " + ActorMentionEvaluator.MAX_ERRORS + ".")
  boolean allErrors;

  @Option(names = "--pronouns", paramLabel = "TSV",
      description = "Hand-annotated pronoun links (e.g. data/eval/pronouns-de.tsv): also report the precision and "
          + "recall of pronoun resolution, with actors.pronouns switched on whatever the config says.")
  Path pronouns;

  @Option(names = "--pronoun-corpus", paramLabel = "DIR", defaultValue = "../shared/data/zeitgeist-de-news",
      description = "Folder with archive.jsonl, the texts the pronoun file points into (default: ${DEFAULT-VALUE}).")
  Path pronounCorpus;

  @Option(names = "--pronouns-only", description = "Only the pronoun evaluation (skip FILE).")
  boolean pronounsOnly;

  @Option(names = "--pronoun-parse", paramLabel = "all|candidates", defaultValue = "candidates",
      description = "Which sentences of the pronoun texts get a dependency parse: all, or the candidates the run "
          + "would parse with nlp.parse: candidates (default: ${DEFAULT-VALUE}).")
  String pronounParse;

  @Override
  public Integer call() throws IOException {
    SlantConfig config = configOptions.load();
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("no such evaluation file: " + file);
    }
    if (pronouns != null && !Files.isRegularFile(pronouns)) {
      throw new ConfigException("no such pronoun file: " + pronouns);
    }
    if (pronouns != null && !Files.isRegularFile(pronounCorpus.resolve("archive.jsonl"))) {
      throw new ConfigException("no archive.jsonl in --pronoun-corpus " + pronounCorpus);
    }
    if (pronounsOnly && pronouns == null) {
      throw new ConfigException("--pronouns-only needs --pronouns TSV");
    }
    if (gerntsa != null && !Files.isRegularFile(gerntsa)) {
      throw new ConfigException("no such GerNTSA file: " + gerntsa);
    }
    LocalDate gDate;
    try {
      gDate = LocalDate.parse(gerntsaDate);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ConfigException("--gerntsa-date must be YYYY-MM-DD, got '" + gerntsaDate + "'");
    }
    if (!config.nlp().languages().contains("de")) {
      throw new ConfigException("eval-actors needs the German pipeline (nlp.languages must contain de)");
    }
    List<EvalSentence> sentences;
    try {
      sentences = MentionEval.read(file);
    } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ConfigException(file + ": " + e.getMessage(), e);
    }
    ActorResolver resolver = AnalysisSetup.load(config).analyzer().resolver();
    Annotator annotator = CoreNlpAnnotator.shared(config.nlp());
    Map<String, Object> out = new LinkedHashMap<>();
    int maxErrors = allErrors ? Integer.MAX_VALUE : ActorMentionEvaluator.MAX_ERRORS;
    if (!pronounsOnly) {
      out = ActorMentionEvaluator.evaluate(annotator, resolver, sentences, maxErrors);
      out.put("file", file.toString());
    }
    if (pronouns != null) {
      List<PronounEval.GoldPronoun> gold;
      try {
        gold = PronounEval.read(pronouns);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(e.getMessage(), e);
      }
      if (!pronounParse.equals("all") && !pronounParse.equals("candidates")) {
        throw new ConfigException("--pronoun-parse must be all or candidates, got '" + pronounParse + "'");
      }
      Map<String, Object> p = ActorMentionEvaluator.pronounEval(annotator, resolver, config.actors(),
          pronounParse.equals("all"), gold, pronounCorpus, maxErrors);
      p.put("parse", pronounParse);
      p.put("file", pronouns.toString());
      out.put("pronouns", p);
    }
    if (gerntsa != null) {
      out.put("gerntsa", ActorMentionEvaluator.gerntsaRecall(annotator, resolver, gerntsa, limit, gDate));
    }
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    return 0;
  }
}
