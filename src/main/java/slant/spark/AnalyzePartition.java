package slant.spark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;
import slant.analysis.ArticleAnalyzer;
import slant.analysis.ArticlePipeline;
import slant.analysis.ArticleRecords;
import slant.config.ConfigException;
import slant.config.NlpConfig;
import slant.config.SlantConfig;
import slant.input.Reasons;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.nlp.Annotator;
import slant.nlp.AnnotatorFactory;
import slant.nlp.CoreNlpAnnotator;
import slant.tables.Tables;

/**
 * Annotates and scores one partition of accepted articles. The annotator comes from the factory, which returns the
 * executor JVM's shared pipeline (built on first use); each article is annotated once and every scorer reads that one
 * {@link AnnotatedDoc}. An article whose analysis throws becomes a reject ({@code analysis_error}, the stack trace
 * logged once per distinct error: {@link AnalysisErrors}; the run fails when they exceed {@code run.max_error_share});
 * a configuration problem (e.g. missing models) fails the task instead, because it would reject every article.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {

  static final StructType ARTICLE_IN = new StructType()
      .add("id", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("published_at", DataTypes.StringType)
      .add("date", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("authors", DataTypes.createArrayType(DataTypes.StringType));

  /** Articles as analysed; the wire and duplicate columns are joined later ({@link Dedup}). */
  static final StructType ARTICLE_OUT = SparkSchemas.schemaWithout(Tables.ARTICLES, Tables.RUN_ID, "is_wire",
      "wire_agency", "dup_cluster");
  static final StructType MENTION_OUT = SparkSchemas.schemaWithout(Tables.MENTIONS, Tables.RUN_ID);
  static final StructType ACTOR_OUT = SparkSchemas.schemaWithout(Tables.ARTICLE_ACTOR, Tables.RUN_ID);
  static final StructType REJECT_OUT = new StructType()
      .add("source_file", DataTypes.StringType)
      .add("source_line", DataTypes.LongType)
      .add("article_id", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("detail", DataTypes.StringType)
      .add("excerpt", DataTypes.StringType);

  static final StructType ANNOTATION_OUT = SparkSchemas.schemaWithout(Tables.ANNOTATIONS, Tables.RUN_ID);

  /**
   * What analysing one article yields, for the main job and {@code rescore} alike ({@link RescorePartition}):
   * {@code ok} and the article's rows, or a reject; {@code source} the article as analysed (duplicate detection
   * reads its text); {@code annotation} its annotations row (only when {@code output.write_annotations} is on in the
   * main job; null otherwise); the two counts are a rescore's parse mismatches ({@link slant.analysis.Rescorer}), 0 in
   * the main job.
   */
  static final StructType SCHEMA = new StructType()
      .add("ok", DataTypes.BooleanType, false)
      .add("article", ARTICLE_OUT)
      .add("mentions", DataTypes.createArrayType(MENTION_OUT))
      .add("actors", DataTypes.createArrayType(ACTOR_OUT))
      .add("reject", REJECT_OUT)
      .add("source", ARTICLE_IN)
      .add("annotation", ANNOTATION_OUT)
      .add("n_unparsed_candidates", DataTypes.IntegerType, false)
      .add("n_parses_dropped", DataTypes.IntegerType, false)
      // sentences longer than nlp.max_sentence_tokens (tagged, not parsed); counted into runs, not a table column
      .add("n_sentences_long", DataTypes.IntegerType, false);

  private final AnnotatorFactory annotators;
  private final NlpConfig nlp;
  private final Broadcast<ArticleAnalyzer> analyzer;
  private final boolean writeAnnotations;
  private final String nlpConfig;
  private final String nlpConfigHash;
  private final LongAccumulator articlesDone;

  /** @param articlesDone counts the articles taken up (analysed or rejected), for the progress lines */
  AnalyzePartition(AnnotatorFactory annotators, SlantConfig config, Broadcast<ArticleAnalyzer> analyzer,
      LongAccumulator articlesDone) {
    this.annotators = annotators;
    this.nlp = config.nlp();
    this.analyzer = analyzer;
    this.writeAnnotations = config.output().writeAnnotations();
    this.nlpConfig = CoreNlpAnnotator.annotationConfig(nlp);
    this.nlpConfigHash = CoreNlpAnnotator.annotationConfigHash(nlp);
    this.articlesDone = articlesDone;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    Annotator annotator = annotators.get(nlp);
    ArticlePipeline pipeline = new ArticlePipeline(annotator, analyzer.value(), nlp);
    AnalysisErrors errors = new AnalysisErrors();
    return lazily(input, in -> {
      articlesDone.add(1);
      Row source = in.getStruct(in.fieldIndex("article"));
      Article a = rowToArticle(source);
      try {
        ArticlePipeline.Result r = pipeline.annotateAndAnalyze(a);
        Row annotation = writeAnnotations ? annotationOut(a, r.doc(), nlpConfig, nlpConfigHash, annotator.describe())
            : null;
        return ok(r.analysis(), source, annotation, 0, 0, longSentences(r.doc(), nlp));
      } catch (ConfigException e) {
        throw e;
      } catch (RuntimeException e) {
        return analysisError(errors, in.getString(in.fieldIndex("source_file")),
            in.isNullAt(in.fieldIndex("source_line")) ? null : in.getLong(in.fieldIndex("source_line")), a, source,
            e);
      }
    }, errors::partitionDone);
  }

  /**
   * Maps a partition one row at a time as Spark pulls them (never materialising the partition), the shape of both
   * the analysis and the rescore; {@code atEnd} runs once, when the input is found exhausted.
   */
  static Iterator<Row> lazily(Iterator<Row> input, java.util.function.Function<Row, Row> perRow, Runnable atEnd) {
    return new Iterator<>() {
      private boolean ended;

      @Override
      public boolean hasNext() {
        boolean more = input.hasNext();
        if (!more && !ended) {
          ended = true;
          atEnd.run();
        }
        return more;
      }

      @Override
      public Row next() {
        return perRow.apply(input.next());
      }
    };
  }

  /**
   * The output row of an article whose analysis threw: not ok, with its reject (reason analysis_error, the detail the
   * exception's class and message); the error is counted and, the first of its kind, logged ({@link AnalysisErrors}).
   */
  static Row analysisError(AnalysisErrors errors, String sourceFile, Long sourceLine, Article a, Row source,
      RuntimeException e) {
    errors.record(a.id(), e);
    Row reject = RowFactory.create(sourceFile, sourceLine, a.id(), a.outlet(), Reasons.ANALYSIS_ERROR,
        AnalysisErrors.detail(e), slant.input.RawRecord.excerpt(a.text()));
    return RowFactory.create(false, null, null, null, reject, source, null, 0, 0, 0);
  }

  /** A successful article's output row (see {@link #SCHEMA}); its tables' rows are {@link ArticleRecords}'. */
  static Row ok(ArticleAnalysis analysis, Row source, Row annotation, int unparsedCandidates, int parsesDropped,
      int longSentences) {
    ArticleRecords out = ArticleRecords.of(analysis);
    return RowFactory.create(true, SparkSchemas.row(ARTICLE_OUT, out.article()),
        SparkSchemas.rows(MENTION_OUT, out.mentions()), SparkSchemas.rows(ACTOR_OUT, out.actors()), null, source,
        annotation, unparsedCandidates, parsesDropped, longSentences);
  }

  /** The article's row of the annotations table (without run_id). */
  static Row annotationOut(Article a, AnnotatedDoc doc, String nlpConfig, String nlpConfigHash, String annotator) {
    Map<String, Object> v = new HashMap<>();
    v.put("article_id", a.id());
    v.put("outlet", a.outlet());
    v.put("published_at", Instant.parse(a.publishedAt()));
    v.put("title", a.title());
    v.put("text", a.text());
    v.put("url", a.url());
    v.put("language", a.language());
    v.put("authors", CollectionConverters.asScala(a.authors()).toSeq());
    v.put("nlp_config", nlpConfig);
    v.put("nlp_config_hash", nlpConfigHash);
    v.put("annotator", annotator);
    v.put("sentences", AnnotationRows.toRows(doc));
    v.put("date", LocalDate.parse(a.date()));
    return SparkSchemas.row(ANNOTATION_OUT, v);
  }

  /** Sentences the annotator does not parse because they exceed nlp.max_sentence_tokens (CoreNlpAnnotator). */
  static int longSentences(AnnotatedDoc doc, NlpConfig nlp) {
    int n = 0;
    for (slant.model.Sentence s : doc.sentences()) {
      if (s.size() > nlp.maxSentenceTokens()) {
        n++;
      }
    }
    return n;
  }

  static Row articleToRow(Article a) {
    return RowFactory.create(a.id(), a.outlet(), a.publishedAt(), a.date(), a.title(), a.text(), a.url(),
        a.language(), CollectionConverters.asScala(a.authors()).toSeq());
  }

  static Article rowToArticle(Row r) {
    List<String> authors = r.isNullAt(8) ? List.of() : CollectionConverters.asJava(r.<String>getSeq(8));
    return new Article(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), authors);
  }
}
