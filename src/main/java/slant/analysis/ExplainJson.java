package slant.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import slant.dedup.WireCredit;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.QuoteSpan;

/**
 * The JSON {@code slant explain} prints for one article: article, actors, mentions and voice spans (field names are a
 * contract; see README). Every value that is also a table column is taken from {@link ArticleRecords}, the mapping
 * the Spark job writes, so explain shows what the tables hold; it adds what the tables do not have (an actor's
 * labels, its frame counts keyed {@code voice:frame}, the quoted spans with their text, the article's wire credit).
 */
public final class ExplainJson {

  private ExplainJson() {}

  public static Map<String, Object> of(ArticleAnalysis x) {
    ArticleRecords rec = ArticleRecords.of(x);
    Article a = x.article();
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> article = new LinkedHashMap<>();
    Map<String, Object> row = rec.article();
    article.put("id", row.get("article_id"));
    article.put("outlet", row.get("outlet"));
    article.put("date", row.get("date").toString());
    article.put("language", row.get("language"));
    article.put("title", row.get("title"));
    article.put("n_sentences", row.get("n_sentences"));
    article.put("n_tokens", row.get("n_tokens"));
    article.put("n_sentences_parsed", row.get("n_sentences_parsed"));
    // the job decides is_wire across articles too (near-duplicates); explain sees one article: its credit only
    String agency = WireCredit.agency(a.title(), a.text());
    article.put("is_wire", agency != null);
    article.put("wire_agency", agency);
    root.put("article", article);

    List<Map<String, Object>> actors = new ArrayList<>();
    for (Map<String, Object> r : rec.actors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("actor_id", r.get("actor_id"));
      m.put("name", r.get("actor_name"));
      m.put("type", r.get("actor_type"));
      for (String c : List.of("n_mentions", "sentiment", "polarity", "n_negative", "n_neutral", "n_positive",
          "overall_polarity", "tone", "tone_polarity", "only_quoted")) {
        m.put(c, r.get(c));
      }
      List<String> labels = new ArrayList<>();
      for (Map<String, Object> mention : rec.mentions()) {
        if (mention.get("actor_id").equals(r.get("actor_id"))) {
          for (Object l : (List<?>) mention.get("labels")) {
            if (!labels.contains((String) l)) {
              labels.add((String) l);
            }
          }
        }
      }
      m.put("labels", labels);
      Map<String, Integer> frames = new TreeMap<>();
      for (Object o : (List<?>) r.get("frame_counts")) {
        Map<?, ?> fc = (Map<?, ?>) o;
        frames.merge(fc.get("voice") + ":" + fc.get("frame"), (Integer) fc.get("n"), Integer::sum);
      }
      m.put("frames", frames);
      actors.add(m);
    }
    root.put("actors", actors);

    List<Map<String, Object>> mentions = new ArrayList<>();
    for (Map<String, Object> r : rec.mentions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("actor_id", r.get("actor_id"));
      m.put("name", r.get("actor_name"));
      m.put("surface", r.get("surface"));
      m.put("kind", r.get("kind"));
      m.put("sentence", r.get("sentence_index"));
      m.put("sentence_text", r.get("sentence"));
      for (String c : List.of("start", "end", "labels", "sentiment", "polarity", "evidence", "outlet_evidence", "tone",
          "tone_polarity", "cues", "voice", "speaker_id", "frames", "roles")) {
        m.put(c, r.get(c));
      }
      mentions.add(m);
    }
    root.put("mentions", mentions);

    List<Map<String, Object>> quotes = new ArrayList<>();
    for (QuoteSpan q : x.quotes()) {
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
