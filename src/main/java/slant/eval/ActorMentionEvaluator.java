package slant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import slant.actors.ActorEntry;
import slant.actors.ActorResolver;
import slant.actors.Catalogue;
import slant.config.ConfigException;
import slant.eval.MentionEval.EvalSentence;
import slant.eval.MentionEval.Predicted;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Sentence;
import slant.model.Token;
import slant.nlp.Annotator;

/**
 * What {@code slant eval-actors} measures: actor-mention detection and resolution against the hand-annotated German
 * set ({@code data/eval/actors-de.jsonl}, scored by {@link MentionEval}), pronoun links against their own gold file
 * ({@link PronounEval}), and the recall of GerNTSA's named targets. Each returns the JSON object the command prints.
 * No Spark.
 */
public final class ActorMentionEvaluator {

  /** Errors listed in the JSON by default (all are counted in error_counts). */
  public static final int MAX_ERRORS = 30;

  private ActorMentionEvaluator() {}

  /** The texts of a corpus folder's archive.jsonl by url (field "content"). */
  public static Map<String, String> readCorpus(Path dir) throws IOException {
    Map<String, String> byUrl = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("archive.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        byUrl.putIfAbsent(n.path("url").asText(), n.path("content").asText());
      }
    }
    return byUrl;
  }

  /**
   * The pronoun evaluation with the configured resolver's catalogue and rules and pronoun resolution switched on
   * (whatever {@code actors.pronouns} says), on the articles of {@code corpusDir}/archive.jsonl; {@code parseAll}:
   * every sentence parsed, else only actor candidates (as the job does).
   */
  public static Map<String, Object> pronounEval(Annotator annotator, ActorResolver resolver,
      slant.config.ActorsConfig actors, boolean parseAll, List<PronounEval.GoldPronoun> gold, Path corpusDir,
      int maxErrors) throws IOException {
    ActorResolver withPronouns = new ActorResolver(resolver.catalogue(), resolver.rules(), actors.discover(),
        actors.anaphora(), true);
    Annotator.ParseSelector selector = parseAll ? Annotator.ParseSelector.ALL : s -> withPronouns.isCandidate(s, "de");
    return pronounEval(annotator, withPronouns, selector, gold, readCorpus(corpusDir), maxErrors);
  }

  /** GerNTSA recall of the catalogue, read from the GerNTSA JSON file. */
  public static Map<String, Object> gerntsaRecall(Annotator annotator, ActorResolver resolver, Path gerntsaFile,
      int limit, LocalDate date) throws IOException {
    return gerntsaRecall(annotator, resolver, new ObjectMapper().readTree(gerntsaFile.toFile()), limit, date);
  }

  /**
   * Pronoun-link precision and recall: each gold pronoun's article is annotated (the selector decides which sentences
   * are parsed) and resolved
   * on its date; the link is the pronoun mention starting at the gold offset. A gold row whose text is missing or
   * does not show the pronoun at its offset is a configuration error (a changed corpus).
   */
  public static Map<String, Object> pronounEval(Annotator annotator, ActorResolver resolver, Annotator.ParseSelector selector,
      List<PronounEval.GoldPronoun> gold, Map<String, String> corpus, int maxErrors) {
    PronounEval.Accumulator acc = new PronounEval.Accumulator();
    Map<String, List<Mention>> resolved = new HashMap<>();
    int unannotated = 0;
    Set<String> annotatedKeys = new HashSet<>();
    for (PronounEval.GoldPronoun g : gold) {
      annotatedKeys.add(g.url() + "#" + g.offset());
    }
    for (PronounEval.GoldPronoun g : gold) {
      String text = corpus.get(g.url());
      if (text == null || g.offset() + g.pronoun().length() > text.length()
          || !text.startsWith(g.pronoun(), g.offset())) {
        throw new ConfigException("pronoun file: '" + g.pronoun() + "' not found at " + g.url() + " offset "
            + g.offset());
      }
      List<Mention> ms = resolved.get(g.url());
      if (ms == null) {
        ms = resolver.resolve(annotator.annotate(text, "de", selector), LocalDate.parse(g.date()));
        resolved.put(g.url(), ms);
        for (Mention m : ms) {
          if (m.kind() == slant.model.MentionKind.PRONOUN && !annotatedKeys.contains(g.url() + "#" + m.begin())) {
            unannotated++;
          }
        }
      }
      String predicted = null;
      for (Mention m : ms) {
        if (m.kind() == slant.model.MentionKind.PRONOUN && m.begin() == g.offset()) {
          predicted = m.actorId();
        }
      }
      int a = Math.max(0, g.offset() - 70);
      int b = Math.min(text.length(), g.offset() + g.pronoun().length() + 40);
      String context = text.substring(a, g.offset()) + "[" + g.pronoun() + "]"
          + text.substring(g.offset() + g.pronoun().length(), b);
      acc.add(g, predicted, context);
    }
    PronounEval.Result r = acc.result();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n_pronouns", r.nPronouns());
    out.put("n_gold_actor", r.nGoldActors());
    out.put("n_linked", r.nLinked());
    out.put("n_correct", r.nCorrect());
    out.put("precision", round(r.precision()));
    out.put("recall", round(r.recall()));
    out.put("f1", round(r.f1()));
    out.put("links_on_unannotated_pronouns", unannotated);
    Map<String, Object> forms = new LinkedHashMap<>();
    r.byForm().forEach((k, v) -> {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("n_gold_actor", v[0]);
      f.put("n_linked", v[1]);
      f.put("n_correct", v[2]);
      f.put("precision", round(MentionEval.ratio(v[2], v[1])));
      f.put("recall", round(MentionEval.ratio(v[2], v[0])));
      forms.put(k, f);
    });
    out.put("by_form", forms);
    List<Map<String, Object>> errors = new ArrayList<>();
    for (PronounEval.Error e : r.errors()) {
      if (errors.size() >= maxErrors) {
        break;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("offset", e.offset());
      m.put("gold", e.gold() == null ? "-" : e.gold());
      m.put("predicted", e.predicted() == null ? "-" : e.predicted());
      m.put("context", e.context());
      m.put("url", e.url());
      errors.add(m);
    }
    out.put("errors", errors);
    return out;
  }

  /** Predicted mentions of one text: CoreNLP with every sentence parsed, then the resolver on {@code date}. */
  public static List<Mention> predict(Annotator annotator, ActorResolver resolver, String text, LocalDate date) {
    AnnotatedDoc doc = annotator.annotate(text, "de", Annotator.ParseSelector.ALL);
    return resolver.resolve(doc, date);
  }

  /**
   * The command's core: annotate and resolve every sentence, score, and build the JSON object. Pronoun links are not
   * scored here (the set does not annotate pronouns; {@code --pronouns} scores them against their own file): they
   * are only counted, as {@code pronoun_links_not_scored}.
   */
  public static Map<String, Object> evaluate(Annotator annotator, ActorResolver resolver, List<EvalSentence> sentences,
      int maxErrors) {
    MentionEval.Accumulator acc = new MentionEval.Accumulator();
    int pronounLinks = 0;
    for (EvalSentence s : sentences) {
      List<Predicted> predicted = new ArrayList<>();
      for (Mention m : predict(annotator, resolver, s.text(), LocalDate.parse(s.date()))) {
        if (m.kind() == slant.model.MentionKind.PRONOUN) {
          pronounLinks++;
          continue;
        }
        predicted.add(new Predicted(m.begin(), m.end(), m.surface(), m.actorId(), m.kind().code()));
      }
      acc.add(s, predicted);
    }
    Map<String, Object> out = toJson(acc.result(), maxErrors);
    out.put("pronoun_links_not_scored", pronounLinks);
    return out;
  }

  public static Map<String, Object> toJson(MentionEval.Result r, int maxErrors) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n_sentences", r.nSentences());
    out.put("n_gold", r.nGold());
    out.put("n_pred", r.nPred());
    out.put("n_matched", r.matched());
    out.put("precision", round(r.precision()));
    out.put("recall", round(r.recall()));
    out.put("f1", round(r.f1()));
    out.put("actor_accuracy", round(r.actorAccuracy()));
    Map<String, Object> linked = new LinkedHashMap<>();
    linked.put("precision", round(r.linkedPrecision()));
    linked.put("recall", round(r.linkedRecall()));
    linked.put("f1", round(r.linkedF1()));
    out.put("linked", linked);
    Map<String, Object> strict = new LinkedHashMap<>();
    strict.put("precision", round(r.strictPrecision()));
    strict.put("recall", round(r.strictRecall()));
    strict.put("f1", round(r.strictF1()));
    out.put("strict", strict);
    out.put("kind_agreement", round(r.kindAgreement()));
    Map<String, Object> perKind = new LinkedHashMap<>();
    for (Map.Entry<String, MentionEval.KindRecall> e : r.perKind().entrySet()) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("n_gold", e.getValue().nGold());
      k.put("recall", round(e.getValue().recall()));
      k.put("linked_recall", round(e.getValue().linkedRecall()));
      perKind.put(e.getKey(), k);
    }
    out.put("per_kind_recall", perKind);
    out.put("not_mention_false_positives", r.notMentionFalsePositives());
    out.put("error_counts", new TreeMap<>(r.errorCounts()));
    List<Map<String, Object>> errors = new ArrayList<>();
    for (MentionEval.Error e : r.errors()) {
      if (errors.size() >= maxErrors) {
        break;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.sentenceId());
      m.put("type", e.type());
      m.put("gold", e.gold() == null ? null : e.gold().surface() + " [" + e.gold().start() + "," + e.gold().end()
          + ") " + e.gold().actorId() + " " + e.gold().kind());
      m.put("predicted", e.predicted() == null ? null : e.predicted().surface() + " [" + e.predicted().start() + ","
          + e.predicted().end() + ") " + e.predicted().actorId() + " " + e.predicted().kind());
      if (e.note() != null) {
        m.put("note", e.note());
      }
      errors.add(m);
    }
    out.put("errors", errors);
    return out;
  }

  private static final Set<String> NAMED_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  /**
   * Recall of GerNTSA targets that are named persons, organisations or places: a target counts as named when it is
   * capitalised and either CoreNLP NER tags a token inside its span PERSON/ORGANIZATION/LOCATION or its key matches a
   * catalogue name, alias, metonym or person surname. Recall = share of those targets whose span overlaps a
   * predicted mention (any actor).
   */
  public static Map<String, Object> gerntsaRecall(Annotator annotator, ActorResolver resolver, JsonNode records, int limit,
      LocalDate date) {
    Set<String> catalogueKeys = catalogueKeys(resolver.catalogue());
    WordNormalizer norm = WordNormalizer.forLanguage("de");
    Map<String, AnnotatedDoc> docs = new HashMap<>();
    int n = 0;
    int named = 0;
    int found = 0;
    int byCatalogue = 0;
    int foundByCatalogue = 0;
    Map<String, int[]> byType = new TreeMap<>();
    List<String> missed = new ArrayList<>();
    for (JsonNode rec : records) {
      if (limit > 0 && n >= limit) {
        break;
      }
      n++;
      String text = rec.path("opinion_snippet").asText();
      String target = rec.path("target").asText();
      int from = rec.path("target_anchor").path("from").asInt(-1);
      int to = rec.path("target_anchor").path("to").asInt(-1);
      if (from < 0 || to > text.length() || from >= to || !text.substring(from, to).equals(target)) {
        from = text.indexOf(target);
        to = from + target.length();
        if (from < 0 || target.isEmpty()) {
          continue;
        }
      }
      if (!Character.isUpperCase(target.codePointAt(0))) {
        continue;
      }
      AnnotatedDoc doc = docs.computeIfAbsent(text, t -> annotator.annotate(t, "de", Annotator.ParseSelector.ALL));
      String nerType = null;
      for (Sentence s : doc.sentences()) {
        for (Token t : s.tokens()) {
          if (t.begin() < to && t.end() > from && NAMED_NER.contains(t.ner())) {
            nerType = t.ner();
          }
        }
      }
      boolean inCatalogue = catalogueKeys.contains(key(norm, target));
      if (nerType == null && !inCatalogue) {
        continue;
      }
      named++;
      if (inCatalogue) {
        byCatalogue++;
      }
      String type = nerType != null ? nerType : "CATALOGUE_ONLY";
      int[] bt = byType.computeIfAbsent(type, k -> new int[2]);
      bt[0]++;
      boolean hit = false;
      for (Mention m : resolver.resolve(doc, date)) {
        if (m.begin() < to && m.end() > from) {
          hit = true;
          break;
        }
      }
      if (hit) {
        found++;
        bt[1]++;
        if (inCatalogue) {
          foundByCatalogue++;
        }
      } else if (missed.size() < MAX_ERRORS) {
        missed.add(target + " (" + type + "): " + abbreviate(text, from, to));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n_records", n);
    out.put("n_named_targets", named);
    out.put("n_found", found);
    out.put("recall", round(MentionEval.ratio(found, named)));
    out.put("catalogue_targets", byCatalogue);
    out.put("catalogue_recall", round(MentionEval.ratio(foundByCatalogue, byCatalogue)));
    Map<String, Object> types = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("n", e.getValue()[0]);
      t.put("recall", round(MentionEval.ratio(e.getValue()[1], e.getValue()[0])));
      types.put(e.getKey(), t);
    }
    out.put("by_ner_type", types);
    out.put("date", date.toString());
    out.put("missed", missed);
    return out;
  }

  private static String abbreviate(String text, int from, int to) {
    int a = Math.max(0, from - 60);
    int b = Math.min(text.length(), to + 60);
    return (a > 0 ? "…" : "") + text.substring(a, from) + "[" + text.substring(from, to) + "]" + text.substring(to, b)
        + (b < text.length() ? "…" : "");
  }

  /** Keys of catalogue names, aliases and metonyms (split on spaces and hyphens) and of person surnames. */
  public static Set<String> catalogueKeys(Catalogue catalogue) {
    WordNormalizer norm = WordNormalizer.forLanguage("de");
    Set<String> keys = new HashSet<>();
    for (ActorEntry e : catalogue.entries()) {
      List<String> forms = new ArrayList<>(e.names().values());
      e.aliases().values().forEach(forms::addAll);
      e.metonyms().values().forEach(forms::addAll);
      for (String f : forms) {
        keys.add(key(norm, f));
        String[] parts = f.trim().split("\\s+");
        if (e.type().equals("person") && parts.length > 1) {
          keys.add(key(norm, parts[parts.length - 1]));
        }
      }
    }
    keys.remove("");
    return keys;
  }

  private static String key(WordNormalizer norm, String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.trim().split("[\\s\\-‐–]+")) {
      String k = norm.key(w.toLowerCase(Locale.ROOT));
      if (!k.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : " ").append(k);
      }
    }
    return sb.toString();
  }

  private static double round(double x) {
    return Math.round(x * 10000.0) / 10000.0;
  }
}
