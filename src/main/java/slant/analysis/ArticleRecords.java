package slant.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import slant.model.ActorScore;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Cue;
import slant.model.FrameCue;
import slant.model.ScoredMention;

/**
 * The one mapping from an article's analysis to its output records: the {@code articles} row, one {@code mentions}
 * row per mention and one {@code article_actor} row per actor, as plain values keyed by the column names of
 * {@link slant.tables.Tables}. The Spark job turns them into rows ({@code SparkSchemas.row}) and {@code slant explain}
 * prints them ({@link ExplainJson}), so the two cannot disagree. No Spark.
 *
 * <p>Values are plain Java: {@code published_at} an {@link Instant}, {@code date} a {@link LocalDate}, arrays
 * {@link List}s, structs (cues, frames, frame counts) maps keyed by their field names. Left out: {@code run_id} (the
 * driver adds it) and the article columns decided across articles ({@code is_wire}, {@code wire_agency},
 * {@code dup_cluster}: duplicate detection).
 *
 * @param article the article's row
 * @param mentions the mention rows, in the order of {@link ArticleAnalysis#mentions}
 * @param actors the actor rows, in the order of {@link ArticleAnalysis#actors}
 */
public record ArticleRecords(Map<String, Object> article, List<Map<String, Object>> mentions,
    List<Map<String, Object>> actors) {

  public static ArticleRecords of(ArticleAnalysis x) {
    List<Map<String, Object>> mentions = new ArrayList<>(x.mentions().size());
    for (ScoredMention sm : x.mentions()) {
      mentions.add(mention(x, sm));
    }
    List<Map<String, Object>> actors = new ArrayList<>(x.actors().size());
    for (ActorScore s : x.actors()) {
      actors.add(actor(x, s));
    }
    return new ArticleRecords(article(x), mentions, actors);
  }

  private static Map<String, Object> article(ArticleAnalysis x) {
    Article a = x.article();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("article_id", a.id());
    v.put("outlet", a.outlet());
    v.put("published_at", Instant.parse(a.publishedAt()));
    v.put("title", a.title());
    v.put("url", a.url());
    v.put("language", a.language());
    v.put("authors", a.authors());
    v.put("n_chars", a.fullText().length());
    v.put("n_sentences", x.nSentences());
    v.put("n_tokens", x.nTokens());
    v.put("n_sentences_parsed", x.nSentencesParsed());
    v.put("n_mentions", x.mentions().size());
    v.put("n_actors", x.actors().size());
    v.put("date", LocalDate.parse(a.date()));
    return v;
  }

  private static Map<String, Object> mention(ArticleAnalysis x, ScoredMention sm) {
    Article a = x.article();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("article_id", a.id());
    v.put("outlet", a.outlet());
    v.put("actor_id", sm.mention().actorId());
    v.put("actor_name", sm.mention().actorName());
    v.put("actor_type", sm.mention().actorType());
    v.put("kind", sm.mention().kind().code());
    v.put("surface", sm.mention().surface());
    v.put("sentence_index", sm.mention().sentence());
    v.put("sentence", x.sentenceText(sm.mention().sentence()));
    v.put("start", sm.mention().begin());
    v.put("end", sm.mention().end());
    v.put("labels", sm.mention().labels());
    v.put("sentiment", sm.sentiment());
    v.put("polarity", sm.polarity().code());
    v.put("evidence", sm.evidence());
    v.put("outlet_evidence", sm.outletEvidence());
    v.put("tone", sm.tone());
    v.put("tone_polarity", sm.tonePolarity().code());
    List<Map<String, Object>> cues = new ArrayList<>(sm.cues().size());
    for (Cue c : sm.cues()) {
      Map<String, Object> cue = new LinkedHashMap<>();
      cue.put("text", c.text());
      cue.put("weight", c.weight());
      cue.put("rule", c.rule());
      cue.put("relation", c.relation());
      cue.put("reliability", c.reliability());
      cues.add(cue);
    }
    v.put("cues", cues);
    v.put("voice", sm.voice());
    v.put("speaker_id", sm.speakerId());
    List<Map<String, Object>> frames = new ArrayList<>(sm.frames().size());
    Set<String> roles = new LinkedHashSet<>();
    for (FrameCue f : sm.frames()) {
      Map<String, Object> frame = new LinkedHashMap<>();
      frame.put("frame", f.frame());
      frame.put("family", f.family());
      frame.put("text", f.text());
      frame.put("rule", f.rule());
      frame.put("voice", f.voice());
      frames.add(frame);
      if (f.family().equals("role")) {
        roles.add(f.frame());
      }
    }
    v.put("frames", frames);
    v.put("roles", new ArrayList<>(roles));
    v.put("date", LocalDate.parse(a.date()));
    return v;
  }

  private static Map<String, Object> actor(ArticleAnalysis x, ActorScore s) {
    Article a = x.article();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("article_id", a.id());
    v.put("outlet", a.outlet());
    v.put("actor_id", s.actorId());
    v.put("actor_name", s.actorName());
    v.put("actor_type", s.actorType());
    v.put("n_mentions", s.nMentions());
    v.put("sentiment", s.sentiment());
    v.put("polarity", s.polarity().code());
    v.put("n_negative", s.nNegative());
    v.put("n_neutral", s.nNeutral());
    v.put("n_positive", s.nPositive());
    v.put("overall_polarity", s.overallPolarity().code());
    v.put("tone", s.tone());
    v.put("tone_polarity", s.tonePolarity().code());
    v.put("only_quoted", s.onlyQuoted());
    // per (voice, frame, family), ordered by those three joined, so the array's order is stable
    Map<List<String>, Integer> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> String.join("|", k)));
    for (ScoredMention sm : x.mentions()) {
      if (sm.mention().actorId().equals(s.actorId())) {
        for (FrameCue f : sm.frames()) {
          counts.merge(List.of(f.voice(), f.frame(), f.family()), 1, Integer::sum);
        }
      }
    }
    List<Map<String, Object>> frameCounts = new ArrayList<>(counts.size());
    counts.forEach((k, n) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("voice", k.get(0));
      c.put("frame", k.get(1));
      c.put("family", k.get(2));
      c.put("n", n);
      frameCounts.add(c);
    });
    v.put("frame_counts", frameCounts);
    v.put("date", LocalDate.parse(a.date()));
    return v;
  }
}
