package slant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import slant.analysis.ArticleAnalyzer;
import slant.config.ConfigException;
import slant.model.ActorScore;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Cue;
import slant.model.Polarity;
import slant.model.ScoredMention;
import slant.model.Sentence;
import slant.model.Token;
import slant.sentiment.Lexicon;

/**
 * Actor-level evaluation against gold files in the ACTOR-SENTIMENT format (one article a line with its actors and
 * their {@code outlet} / {@code overall} labels): each article is analysed as the job analyses it, gold actors are
 * matched to Slant's actors by name or by any surface (case-insensitive; one Slant actor per gold actor), and for the
 * matched pairs Slant's article-level {@code polarity} is compared with {@code outlet}, its {@code overall_polarity}
 * with {@code overall}. Unmatched gold actors count against actor recall only.
 *
 * <p>Beside Slant, two reference scorers on the same matched pairs: the article-level {@code tone_polarity} (to show
 * how far tone is from evaluation), and the baseline a method must beat — a sentence-level lexicon sum: every sentence
 * that names the actor gets the tanh of the sum of its lexicon hits, polar beyond the neutral band; the article label
 * is the net of those sentence labels, polar beyond the band.
 */
public final class ActorSentimentEval {

  /** One gold actor. */
  public record GoldActor(String name, String type, List<String> surfaces, Polarity outlet, Polarity overall,
      boolean onlyQuoted) {

    Set<String> keys() {
      Set<String> k = new HashSet<>();
      k.add(norm(name));
      for (String s : surfaces) {
        k.add(norm(s));
      }
      k.remove("");
      return k;
    }
  }

  /** One gold article. */
  public record GoldArticle(Article article, List<GoldActor> actors) {}

  /** One matched or unmatched gold actor with Slant's labels (null when unmatched). */
  public record Pair(GoldArticle article, GoldActor gold, ActorScore slant, Polarity baseline, List<Cue> cues,
      List<String> cueVoices) {}

  /** Everything the command prints. */
  public record Result(Metrics outlet, Metrics overall, Metrics tone, Metrics baseline, Metrics outletMainActors,
      int goldActors, int matched, int unmatchedSlantActors, List<Pair> pairs,
      Map<String, Integer> unmatchedSlantActorArticles) {

    /** Predicted polar labels that are right (positive predicted positive, negative predicted negative). */
    static double polarPrecision(Metrics m) {
      long predicted = m.predicted(Polarity.NEGATIVE) + m.predicted(Polarity.POSITIVE);
      long right = m.count(Polarity.NEGATIVE, Polarity.NEGATIVE) + m.count(Polarity.POSITIVE, Polarity.POSITIVE);
      return predicted == 0 ? 0 : (double) right / predicted;
    }

    /** Share of gold-neutral pairs labelled positive or negative. */
    static double neutralLabelledPolar(Metrics m) {
      long neutral = m.support(Polarity.NEUTRAL);
      return neutral == 0 ? 0 : (double) (neutral - m.count(Polarity.NEUTRAL, Polarity.NEUTRAL)) / neutral;
    }

    public Map<String, Object> toJson() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("gold_actors", goldActors);
      out.put("matched_actors", matched);
      out.put("actor_recall", Metrics.round(goldActors == 0 ? 0 : (double) matched / goldActors));
      out.put("unmatched_slant_actors", unmatchedSlantActors);
      out.put("outlet", block(outlet));
      out.put("overall", block(overall));
      out.put("tone_vs_outlet", block(tone));
      out.put("baseline_sentence_lexicon_sum_vs_outlet", block(baseline));
      Map<String, Object> main = new LinkedHashMap<>();
      main.put("definition", "gold actors named in the title or at least " + MAIN_ACTOR_MENTIONS
          + " times in the text (by name or surface)");
      main.putAll(block(outletMainActors));
      out.put("outlet_main_actors", main);
      return out;
    }

    private static Map<String, Object> block(Metrics m) {
      Map<String, Object> b = new LinkedHashMap<>(m.toJson());
      b.put("polar_precision", Metrics.round(polarPrecision(m)));
      b.put("neutral_labelled_polar", Metrics.round(neutralLabelledPolar(m)));
      return b;
    }
  }

  private ActorSentimentEval() {}

  /** Reads a gold file; a malformed line is a {@link ConfigException} naming the line. */
  public static List<GoldArticle> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode n = json.readTree(line);
          JsonNode a = n.get("article");
          String lang = a.path("language").asText("de");
          String date = a.get("date").asText();
          java.time.LocalDate.parse(date);
          Article article = new Article(a.get("id").asText(), a.path("outlet").asText("unknown"), date + "T00:00:00Z",
              date, a.path("title").asText(""), a.get("text").asText(), null, lang, List.of());
          List<GoldActor> actors = new ArrayList<>();
          for (JsonNode x : n.get("actors")) {
            List<String> surfaces = new ArrayList<>();
            x.path("surfaces").forEach(s -> surfaces.add(s.asText()));
            actors.add(new GoldActor(x.get("actor").asText(), x.path("type").asText(""), surfaces,
                Polarity.parse(x.get("outlet").asText()), Polarity.parse(x.path("overall").asText(
                    x.get("outlet").asText())), x.path("only_quoted").asBoolean(false)));
          }
          out.add(new GoldArticle(article, actors));
        } catch (RuntimeException e) {
          throw new ConfigException(file + " line " + lineNo + ": not an ACTOR-SENTIMENT gold article ("
              + e.getMessage() + ")", e);
        }
      }
    }
    return out;
  }

  /**
   * Scores every article with {@code analyse} (annotation and analysis as the job does them) and compares.
   *
   * @param baselineLexicon the lexicon of the sentence-level baseline
   * @param neutralBand the band of the baseline's sentence and article labels
   */
  public static Result evaluate(List<GoldArticle> gold, Function<GoldArticle, ArticleAnalysis> analyse,
      Function<GoldArticle, AnnotatedDoc> docs, Lexicon baselineLexicon, double neutralBand) {
    Metrics outlet = new Metrics();
    Metrics overall = new Metrics();
    Metrics tone = new Metrics();
    Metrics baseline = new Metrics();
    Metrics outletMain = new Metrics();
    int goldActors = 0;
    int matched = 0;
    int unmatchedSlant = 0;
    Map<String, Integer> unmatchedNames = new java.util.TreeMap<>();
    List<Pair> pairs = new ArrayList<>();
    for (GoldArticle g : gold) {
      ArticleAnalysis x = analyse.apply(g);
      AnnotatedDoc doc = docs.apply(g);
      Map<String, Set<String>> slantKeys = new LinkedHashMap<>();
      for (ActorScore s : x.actors()) {
        slantKeys.put(s.actorId(), new HashSet<>(Set.of(norm(s.actorName()))));
      }
      for (ScoredMention m : x.mentions()) {
        slantKeys.get(m.mention().actorId()).add(norm(m.mention().surface()));
      }
      Set<String> used = new HashSet<>();
      Map<GoldActor, ActorScore> assigned = assign(g.actors(), x.actors(), slantKeys);
      for (GoldActor ga : g.actors()) {
        goldActors++;
        ActorScore best = assigned.get(ga);
        if (best == null) {
          pairs.add(new Pair(g, ga, null, null, List.of(), List.of()));
          continue;
        }
        used.add(best.actorId());
        matched++;
        Polarity base = baseline(doc, x, best.actorId(), baselineLexicon, neutralBand);
        outlet.add(ga.outlet(), best.polarity());
        if (mainActor(g.article(), ga)) {
          outletMain.add(ga.outlet(), best.polarity());
        }
        overall.add(ga.overall(), best.overallPolarity());
        tone.add(ga.outlet(), best.tonePolarity());
        baseline.add(ga.outlet(), base);
        List<Cue> cues = new ArrayList<>();
        List<String> cueVoices = new ArrayList<>();
        for (ScoredMention m : x.mentions()) {
          if (m.mention().actorId().equals(best.actorId())) {
            cues.addAll(m.cues());
            cueVoices.addAll(Collections.nCopies(m.cues().size(), m.voice()));
          }
        }
        pairs.add(new Pair(g, ga, best, base, cues, cueVoices));
      }
      unmatchedSlant += x.actors().size() - used.size();
      for (ActorScore s : x.actors()) {
        if (!used.contains(s.actorId())) {
          unmatchedNames.merge(s.actorName() + " [" + s.actorId() + "]", 1, Integer::sum);
        }
      }
    }
    return new Result(outlet, overall, tone, baseline, outletMain, goldActors, matched, unmatchedSlant, pairs,
        unmatchedNames);
  }

  /**
   * How often a gold actor must be named in the text to count as a main actor of its article
   * ({@link #mainActor}).
   */
  public static final int MAIN_ACTOR_MENTIONS = 3;

  /**
   * Whether a gold actor is a main actor of its article: named in the title, or at least
   * {@link #MAIN_ACTOR_MENTIONS} times in the text. Names are its name and surfaces, each occurrence counted once (the
   * longest name first, as a whole word: "Putin" inside "Wladimir Putin" is the same occurrence). Defined on the gold
   * alone, so the subset is the same for every scorer. Why: gold sets that label the actors an article is about hold
   * more polar labels than the team's, which labels every actor (on the team's set about 14 % of main actors are
   * negative against 6 % of all actors; docs/validation-sentiment.md), and researchers compare outlets on such
   * actors.
   */
  static boolean mainActor(Article article, GoldActor actor) {
    List<String> names = new ArrayList<>();
    names.add(actor.name());
    names.addAll(actor.surfaces());
    names.removeIf(n -> n.strip().length() < 2);
    names.sort(Comparator.comparingInt(String::length).reversed());
    String title = article.title() == null ? "" : article.title();
    StringBuilder text = new StringBuilder(article.text());
    int count = 0;
    for (String n : new LinkedHashSet<>(names)) {
      Pattern word = wholeWord(n);
      if (word.matcher(title).find()) {
        return true;
      }
      Matcher m = word.matcher(text);
      List<int[]> spans = new ArrayList<>();
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      for (int[] sp : spans) {
        count++;
        for (int i = sp[0]; i < sp[1]; i++) {
          text.setCharAt(i, ' ');
        }
      }
    }
    return count >= MAIN_ACTOR_MENTIONS;
  }

  /**
   * A name as a whole word, also with a genitive "s" ("Putins"): not inside a longer word ("Iran" not in "Iraner"); a
   * hyphen ends a word ("Putin-Regime").
   */
  private static Pattern wholeWord(String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip())
        + "s?(?![\\p{L}\\p{N}])");
  }

  /**
   * The sentence-level lexicon baseline for one actor: each sentence naming it is labelled by the tanh of the sum of
   * its lexicon hits (every content word, no attribution, no modifiers); the article label is the net of those
   * labels beyond the band.
   */
  static Polarity baseline(AnnotatedDoc doc, ArticleAnalysis x, String actorId, Lexicon lexicon, double band) {
    Set<Integer> sentences = new java.util.TreeSet<>();
    for (ScoredMention m : x.mentions()) {
      if (m.mention().actorId().equals(actorId)) {
        sentences.add(m.mention().sentence());
      }
    }
    int net = 0;
    for (int i : sentences) {
      Sentence s = doc.sentences().get(i);
      double sum = 0;
      for (Token t : s.tokens()) {
        Lexicon.Hit h = lexicon.lookup(t.word(), t.pos());
        if (h != null) {
          sum += h.weight();
        }
      }
      net += Polarity.of(Math.tanh(sum), band).sign();
    }
    return Polarity.of(sentences.isEmpty() ? 0 : (double) net / sentences.size(), band);
  }

  /**
   * The Slant actors no gold actor matched, most frequent first, as "name [actor id]" with the number of articles
   * (for {@code --misses}): places, agencies and groups the guide leaves out, and false actors (a dateline, an NER
   * error) to look for.
   */
  public static List<Map<String, Object>> unmatchedSlantActors(Result r, int limit) {
    return r.unmatchedSlantActorArticles().entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("actor", e.getKey());
          m.put("articles", e.getValue());
          return m;
        })
        .toList();
  }

  /** The disagreements on the outlet label, with Slant's cues toward the actor (for {@code --misses}). */
  public static List<Map<String, Object>> misses(Result r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Pair p : r.pairs()) {
      if (p.slant() == null || p.slant().polarity() == p.gold().outlet()) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("article", p.article().article().id());
      m.put("actor", p.gold().name());
      m.put("slant_actor", p.slant().actorId());
      m.put("gold", p.gold().outlet().code());
      m.put("predicted", p.slant().polarity().code());
      m.put("sentiment", p.slant().sentiment());
      List<String> cues = new ArrayList<>();
      for (Cue c : p.cues()) {
        if (!"model".equals(c.relation())) {
          cues.add(c.text() + " " + c.weight() + " " + c.rule() + " " + c.relation());
        }
      }
      m.put("cues", cues);
      out.add(m);
    }
    return out;
  }

  /**
   * One JSON-ready object per gold actor (for {@code --predictions}): gold labels, whether it is a main actor of its
   * article ({@link #mainActor}, defined on the gold alone), Slant's actor id, labels and
   * {@code sentiment} (null when unmatched), and every cue toward the actor (all its mentions, both voices) with its
   * rule, relation, reliability and the voice of its mention (outlet or quoted; only outlet-voice evaluations, and the
   * reporter's naming in quoted ones, count toward the {@code outlet} label).
   */
  public static List<Map<String, Object>> predictions(Result r) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Pair p : r.pairs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("article", p.article().article().id());
      m.put("actor", p.gold().name());
      m.put("gold_outlet", p.gold().outlet().code());
      m.put("gold_overall", p.gold().overall().code());
      m.put("main_actor", mainActor(p.article().article(), p.gold()));
      m.put("slant_actor", p.slant() == null ? null : p.slant().actorId());
      m.put("polarity", p.slant() == null ? null : p.slant().polarity().code());
      // tanh of the article's outlet evidence, as in article_actor.sentiment: with min_evidence it decides polarity
      m.put("sentiment", p.slant() == null ? null : p.slant().sentiment());
      m.put("overall_polarity", p.slant() == null ? null : p.slant().overallPolarity().code());
      m.put("tone_polarity", p.slant() == null ? null : p.slant().tonePolarity().code());
      m.put("baseline", p.baseline() == null ? null : p.baseline().code());
      List<Map<String, Object>> cues = new ArrayList<>();
      for (int i = 0; i < p.cues().size(); i++) {
        Cue c = p.cues().get(i);
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("text", c.text());
        cm.put("weight", c.weight());
        cm.put("rule", c.rule());
        cm.put("relation", c.relation());
        cm.put("reliability", c.reliability());
        cm.put("voice", p.cueVoices().get(i));
        cues.add(cm);
      }
      m.put("cues", cues);
      out.add(m);
    }
    return out;
  }

  /**
   * One Slant actor for each gold actor, and each Slant actor for one gold actor at most: among the pairs sharing a
   * key (a name or surface), those where the Slant actor's name is the gold actor's name come first, then those
   * sharing more keys, then gold order. Before 2026-12-06 the gold actors chose in file order, so a gold actor listed
   * first could take a Slant actor by a shared surface from the gold actor of that very name ("Qassam-Brigaden" took
   * Slant's Hamas, of which it is an alias, and the gold Hamas went unmatched).
   */
  static Map<GoldActor, ActorScore> assign(List<GoldActor> golds, List<ActorScore> slants,
      Map<String, Set<String>> slantKeys) {
    record Candidate(int gold, int slant, boolean sameName, int overlap) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      Set<String> keys = golds.get(gi).keys();
      for (int si = 0; si < slants.size(); si++) {
        Set<String> both = new HashSet<>(slantKeys.get(slants.get(si).actorId()));
        both.retainAll(keys);
        if (!both.isEmpty()) {
          boolean sameName = norm(slants.get(si).actorName()).equals(norm(golds.get(gi).name()));
          candidates.add(new Candidate(gi, si, sameName, both.size()));
        }
      }
    }
    candidates.sort(java.util.Comparator.comparing((Candidate c) -> !c.sameName())
        .thenComparing(c -> -c.overlap()).thenComparingInt(Candidate::gold).thenComparingInt(Candidate::slant));
    Map<GoldActor, ActorScore> out = new java.util.IdentityHashMap<>();
    Set<Integer> takenSlants = new HashSet<>();
    Set<Integer> takenGolds = new HashSet<>();
    for (Candidate c : candidates) {
      if (takenGolds.contains(c.gold()) || takenSlants.contains(c.slant())) {
        continue;
      }
      takenGolds.add(c.gold());
      takenSlants.add(c.slant());
      out.put(golds.get(c.gold()), slants.get(c.slant()));
    }
    return out;
  }

  static String norm(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }

  /** Evaluates with the analyzer, annotating through {@code docs}. */
  public static Result evaluate(List<GoldArticle> gold, ArticleAnalyzer analyzer, Map<String, AnnotatedDoc> docs,
      Lexicon baselineLexicon, double neutralBand) {
    return evaluate(gold, g -> analyzer.analyze(g.article(), docs.get(g.article().id())),
        g -> docs.get(g.article().id()), baselineLexicon, neutralBand);
  }
}
