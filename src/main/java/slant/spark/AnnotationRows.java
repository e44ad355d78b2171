package slant.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.Dependency;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;
import slant.tables.Tables;

/**
 * Converts an {@link AnnotatedDoc} to and from the nested {@code sentences} column of the {@code annotations} table.
 *
 * <p>Contract: {@code toDoc(article, toRows(doc))} equals {@code doc} whenever {@code doc} was produced by annotating
 * {@code article.fullText()} in {@code article.language()} (as {@link AnalyzePartition} does): the document text and
 * language are not stored twice but rebuilt from the article, token and sentence indices are array positions.
 */
final class AnnotationRows {

  static final ArrayType SENTENCES = (ArrayType) SparkSchemas.type(Tables.ANNOTATIONS.column("sentences").type());

  private AnnotationRows() {}

  static scala.collection.immutable.Seq<Row> toRows(AnnotatedDoc doc) {
    List<Row> sentences = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      List<Row> tokens = new ArrayList<>(s.size());
      for (Token t : s.tokens()) {
        tokens.add(RowFactory.create(t.word(), t.begin(), t.end(), t.pos(), t.ner()));
      }
      List<Row> entities = new ArrayList<>(s.entities().size());
      for (EntitySpan e : s.entities()) {
        entities.add(RowFactory.create(e.startToken(), e.endToken(), e.type(), e.text()));
      }
      List<Row> edges = new ArrayList<>(s.dependencies().size());
      for (Dependency d : s.dependencies()) {
        edges.add(RowFactory.create(d.governor(), d.dependent(), d.relation()));
      }
      sentences.add(RowFactory.create(s.begin(), s.end(), s.parsed(), seq(tokens), seq(entities), seq(edges)));
    }
    return seq(sentences);
  }

  static AnnotatedDoc toDoc(Article article, List<Row> sentenceRows) {
    List<Sentence> sentences = new ArrayList<>(sentenceRows.size());
    for (Row s : sentenceRows) {
      List<Row> tokenRows = s.getList(3);
      List<Token> tokens = new ArrayList<>(tokenRows.size());
      for (Row t : tokenRows) {
        tokens.add(new Token(tokens.size(), t.getString(0), t.getInt(1), t.getInt(2), t.getString(3), t.getString(4)));
      }
      List<EntitySpan> entities = new ArrayList<>();
      for (Row e : s.<Row>getList(4)) {
        entities.add(new EntitySpan(e.getInt(0), e.getInt(1), e.getString(2), e.getString(3)));
      }
      List<Dependency> edges = new ArrayList<>();
      for (Row d : s.<Row>getList(5)) {
        edges.add(new Dependency(d.getInt(0), d.getInt(1), d.getString(2)));
      }
      sentences.add(new Sentence(sentences.size(), s.getInt(0), s.getInt(1), tokens, entities, edges, s.getBoolean(2)));
    }
    return new AnnotatedDoc(article.fullText(), article.language(), sentences);
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
