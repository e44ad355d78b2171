package slant.spark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;
import slant.analysis.ArticleAnalyzer;
import slant.analysis.Rescorer;
import slant.config.NlpConfig;
import slant.model.AnnotatedDoc;
import slant.model.Article;

/**
 * {@code rescore}'s counterpart of {@link AnalyzePartition}: reads rows of the {@code annotations} table (no CoreNLP)
 * and analyses each article again with the current analyzer ({@link Rescorer}), producing rows of
 * {@link AnalyzePartition#SCHEMA} so that the main job's write path serves both. {@code annotation} stays null: the
 * stored annotations are not rewritten. An article whose analysis throws becomes a row with {@code ok = false} and
 * reason {@code analysis_error} (logged as in the main job: {@link AnalysisErrors}); {@link SlantJob#rescore}
 * refuses to write anything when there is one.
 */
final class RescorePartition implements MapPartitionsFunction<Row, Row> {

  private final NlpConfig nlp;
  private final Broadcast<ArticleAnalyzer> analyzer;
  private final LongAccumulator articlesDone;

  /** @param articlesDone counts the articles taken up, for the progress lines */
  RescorePartition(NlpConfig nlp, Broadcast<ArticleAnalyzer> analyzer, LongAccumulator articlesDone) {
    this.nlp = nlp;
    this.analyzer = analyzer;
    this.articlesDone = articlesDone;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ArticleAnalyzer az = analyzer.value();
    AnalysisErrors errors = new AnalysisErrors();
    return AnalyzePartition.lazily(input, in -> {
      articlesDone.add(1);
      Article a = toArticle(in);
      Row source = AnalyzePartition.articleToRow(a);
      try {
        AnnotatedDoc doc = AnnotationRows.toDoc(a, in.getList(in.fieldIndex("sentences")));
        Rescorer.Result r = Rescorer.rescore(az, nlp, a, doc);
        return AnalyzePartition.ok(r.analysis(), source, null, r.unparsedCandidates(), r.parsesDropped(),
            AnalyzePartition.longSentences(doc, nlp));
      } catch (RuntimeException e) {
        return AnalyzePartition.analysisError(errors, null, null, a, source, e);
      }
    }, errors::partitionDone);
  }

  /** The article as the main job analysed it, from its annotations row. */
  static Article toArticle(Row r) {
    Object published = r.get(r.fieldIndex("published_at"));
    Instant at = published instanceof Instant i ? i : ((java.sql.Timestamp) published).toInstant();
    Object date = r.get(r.fieldIndex("date"));
    LocalDate day = SparkSchemas.localDate(date);
    int authors = r.fieldIndex("authors");
    List<String> names = r.isNullAt(authors) ? List.of() : CollectionConverters.asJava(r.<String>getSeq(authors));
    return new Article(r.getAs("article_id"), r.getAs("outlet"), at.toString(), day.toString(), r.getAs("title"),
        r.getAs("text"), r.getAs("url"), r.getAs("language"), names);
  }
}
