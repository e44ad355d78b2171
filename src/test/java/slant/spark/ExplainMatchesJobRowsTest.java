package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticlePipeline;
import slant.analysis.ExplainJson;
import slant.config.SlantConfig;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.nlp.Annotator;
import slant.testing.Docs;

/**
 * {@code slant explain} shows what the job writes: for one article analysed on the job's path ({@link
 * ArticlePipeline}, a hand-built annotation, no CoreNLP, no Spark session), every per-actor and per-mention value of
 * the explain JSON that is also a table column equals the value in the job's output row ({@link
 * AnalyzePartition#ok}).
 */
class ExplainMatchesJobRowsTest {

  /** Explain's key for a table column where they differ (explain's names are an older contract). */
  private static final Map<String, String> EXPLAIN_NAME = Map.of("actor_name", "name", "actor_type", "type",
      "sentence_index", "sentence", "sentence", "sentence_text");

  static ArticleAnalysis analysis;
  static Map<String, Object> json;
  static Row out;

  @BeforeAll
  static void analyse() {
    AnnotatedDoc doc = Docs.doc("de",
        "Putin/PROPN/2/nsubj/PERSON bedroht/VERB/0/root die/DET/4/det Ukraine/PROPN/2/obj/LOCATION ./PUNCT/2/punct",
        "Scholz/PROPN/2/nsubj/PERSON nannte/VERB/0/root Putin/PROPN/2/obj/PERSON einen/DET/6/det „/PUNCT/6/punct "
            + "Kriegsverbrecher/NOUN/2/xcomp “/PUNCT/6/punct ./PUNCT/2/punct",
        "Die/DET/2/det Regierung/NOUN/3/nsubj lobt/VERB/0/root die/DET/5/det Ukraine/PROPN/3/obj/LOCATION "
            + "für/ADP/8/case ihren/DET/8/det Mut/NOUN/3/obl ./PUNCT/3/punct");
    // an annotator that hands out the hand-built annotation for its text
    Annotator annotator = new Annotator() {
      @Override
      public AnnotatedDoc annotate(String text, String language, ParseSelector selector) {
        assertEquals(doc.text(), text);
        return doc;
      }

      @Override
      public String describe() {
        return "hand-built";
      }
    };
    SlantConfig config = SlantConfig.defaults();
    Article a = new Article("a1", "blatt", "2024-06-17T07:00:00Z", "2024-06-17", null, doc.text(), null, "de",
        List.of("A. Autor"));
    analysis = new ArticlePipeline(annotator, AnalysisSetup.load(config).analyzer(), config.nlp())
        .annotateAndAnalyze(a).analysis();
    json = ExplainJson.of(analysis);
    out = AnalyzePartition.ok(analysis, AnalyzePartition.articleToRow(a), null, 0, 0, 0);
  }

  @Test
  void theArticleHasActorsMentionsAndCuesToCompare() {
    assertEquals(List.of("Wladimir Putin", "Ukraine", "Olaf Scholz"),
        analysis.actors().stream().map(s -> s.actorName()).toList());
    assertEquals(5, analysis.mentions().size());
    assertTrue(analysis.mentions().stream().anyMatch(m -> !m.cues().isEmpty()), "some mention carries cues");
    assertTrue(analysis.mentions().stream().anyMatch(m -> !m.frames().isEmpty()), "some mention carries frames");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyActorValueEqualsTheArticleActorRow() {
    List<Map<String, Object>> actors = (List<Map<String, Object>>) json.get("actors");
    List<Row> rows = CollectionConverters.asJava(out.<Row>getSeq(AnalyzePartition.SCHEMA.fieldIndex("actors")));
    StructType t = AnalyzePartition.ACTOR_OUT;
    assertEquals(rows.size(), actors.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      Map<String, Object> j = actors.get(i);
      for (String c : List.of("actor_id", "actor_name", "actor_type", "n_mentions", "sentiment", "polarity",
          "n_negative", "n_neutral", "n_positive", "overall_polarity", "tone", "tone_polarity", "only_quoted")) {
        assertEquals(r.get(t.fieldIndex(c)), j.get(EXPLAIN_NAME.getOrDefault(c, c)), c + " of actor " + i);
      }
      Map<String, Integer> frames = new java.util.TreeMap<>();
      for (Map<String, Object> fc : structs(t, r, "frame_counts")) {
        frames.merge(fc.get("voice") + ":" + fc.get("frame"), (Integer) fc.get("n"), Integer::sum);
      }
      assertEquals(frames, j.get("frames"), "frame counts of actor " + i);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyMentionValueEqualsTheMentionRow() {
    List<Map<String, Object>> mentions = (List<Map<String, Object>>) json.get("mentions");
    List<Row> rows = CollectionConverters.asJava(out.<Row>getSeq(AnalyzePartition.SCHEMA.fieldIndex("mentions")));
    StructType t = AnalyzePartition.MENTION_OUT;
    assertEquals(rows.size(), mentions.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      Map<String, Object> j = mentions.get(i);
      for (String c : List.of("actor_id", "actor_name", "surface", "kind", "sentence_index", "sentence", "start",
          "end", "sentiment", "polarity", "evidence", "outlet_evidence", "tone", "tone_polarity", "voice",
          "speaker_id")) {
        assertEquals(r.get(t.fieldIndex(c)), j.get(EXPLAIN_NAME.getOrDefault(c, c)), c + " of mention " + i);
      }
      assertEquals(CollectionConverters.asJava(r.<String>getSeq(t.fieldIndex("labels"))), j.get("labels"));
      assertEquals(CollectionConverters.asJava(r.<String>getSeq(t.fieldIndex("roles"))), j.get("roles"));
      assertEquals(structs(t, r, "cues"), j.get("cues"), "cues of mention " + i);
      assertEquals(structs(t, r, "frames"), j.get("frames"), "frames of mention " + i);
    }
  }

  /** An array-of-struct column of a row of {@code t} as maps keyed by field name, in the struct's field order. */
  private static List<Map<String, Object>> structs(StructType t, Row r, String column) {
    StructType element = (StructType) ((ArrayType) t.apply(column).dataType()).elementType();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row s : CollectionConverters.asJava(r.<Row>getSeq(t.fieldIndex(column)))) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      for (int k = 0; k < s.length(); k++) {
        m.put(element.fieldNames()[k], s.get(k));
      }
      out.add(m);
    }
    return out;
  }
}
