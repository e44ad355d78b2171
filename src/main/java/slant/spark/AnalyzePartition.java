package slant.spark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import slant.config.ConfigException;
import slant.config.NlpConfig;
import slant.config.SlantConfig;
import slant.input.Reasons;
import slant.model.ActorScore;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Cue;
import slant.model.FrameCue;
import slant.model.ScoredMention;
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
    ArticleAnalyzer az = analyzer.value();
    AnalysisErrors errors = new AnalysisErrors();
    return lazily(input, in -> {
      articlesDone.add(1);
      Row source = in.getStruct(in.fieldIndex("article"));
      Article a = rowToArticle(source);
      try {
        AnnotatedDoc doc = annotate(annotator, az, nlp, a);
        ArticleAnalysis analysis = az.analyze(a, doc);
        Row annotation = writeAnnotations ? annotationOut(a, doc, nlpConfig, nlpConfigHash, annotator.describe())
            : null;
        return ok(analysis, source, annotation, 0, 0, longSentences(doc, nlp));
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

  /** Annotates once, parsing the sentences that may hold a mention (all of them when nlp.parse = all). */
  static AnnotatedDoc annotate(Annotator annotator, ArticleAnalyzer az, NlpConfig nlp, Article a) {
    String lang = a.language();
    Annotator.ParseSelector selector = nlp.parse().equals("all") ? Annotator.ParseSelector.ALL
        : s -> az.resolver().isCandidate(s, lang);
    return annotator.annotate(a.fullText(), lang, selector);
  }

  /** Annotates once and analyses. */
  static ArticleAnalysis analyze(Annotator annotator, ArticleAnalyzer az, NlpConfig nlp, Article a) {
    return az.analyze(a, annotate(annotator, az, nlp, a));
  }

  /** A successful article's output row (see {@link #SCHEMA}). */
  static Row ok(ArticleAnalysis analysis, Row source, Row annotation, int unparsedCandidates, int parsesDropped,
      int longSentences) {
    return RowFactory.create(true, articleOut(analysis), mentionsOut(analysis), actorsOut(analysis), null, source,
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

  private static Row articleOut(ArticleAnalysis x) {
    Article a = x.article();
    Map<String, Object> v = new HashMap<>();
    v.put("article_id", a.id());
    v.put("outlet", a.outlet());
    v.put("published_at", Instant.parse(a.publishedAt()));
    v.put("title", a.title());
    v.put("url", a.url());
    v.put("language", a.language());
    v.put("authors", CollectionConverters.asScala(a.authors()).toSeq());
    v.put("n_chars", a.fullText().length());
    v.put("n_sentences", x.nSentences());
    v.put("n_tokens", x.nTokens());
    v.put("n_sentences_parsed", x.nSentencesParsed());
    v.put("n_mentions", x.mentions().size());
    v.put("n_actors", x.actors().size());
    v.put("date", LocalDate.parse(a.date()));
    return SparkSchemas.row(ARTICLE_OUT, v);
  }

  private static scala.collection.immutable.Seq<Row> mentionsOut(ArticleAnalysis x) {
    Article a = x.article();
    List<Row> rows = new ArrayList<>();
    for (ScoredMention sm : x.mentions()) {
      Map<String, Object> v = new HashMap<>();
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
      v.put("labels", CollectionConverters.asScala(sm.mention().labels()).toSeq());
      v.put("sentiment", sm.sentiment());
      v.put("polarity", sm.polarity().code());
      v.put("evidence", sm.evidence());
      v.put("tone", sm.tone());
      v.put("tone_polarity", sm.tonePolarity().code());
      List<Row> cues = new ArrayList<>();
      for (Cue c : sm.cues()) {
        cues.add(RowFactory.create(c.text(), c.weight(), c.rule(), c.relation(), c.reliability()));
      }
      v.put("cues", CollectionConverters.asScala(cues).toSeq());
      v.put("voice", sm.voice());
      v.put("speaker_id", sm.speakerId());
      List<Row> frames = new ArrayList<>();
      java.util.Set<String> roles = new java.util.LinkedHashSet<>();
      for (FrameCue f : sm.frames()) {
        frames.add(RowFactory.create(f.frame(), f.family(), f.text(), f.rule(), f.voice()));
        if (f.family().equals("role")) {
          roles.add(f.frame());
        }
      }
      v.put("frames", CollectionConverters.asScala(frames).toSeq());
      v.put("roles", CollectionConverters.asScala(new ArrayList<>(roles)).toSeq());
      v.put("date", LocalDate.parse(a.date()));
      rows.add(SparkSchemas.row(MENTION_OUT, v));
    }
    return CollectionConverters.asScala(rows).toSeq();
  }

  private static scala.collection.immutable.Seq<Row> actorsOut(ArticleAnalysis x) {
    Article a = x.article();
    List<Row> rows = new ArrayList<>();
    for (ActorScore s : x.actors()) {
      Map<String, Object> v = new HashMap<>();
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
      java.util.Map<List<String>, Integer> counts = new java.util.TreeMap<>(
          java.util.Comparator.comparing((List<String> k) -> String.join("|", k)));
      for (ScoredMention sm : x.mentions()) {
        if (sm.mention().actorId().equals(s.actorId())) {
          for (FrameCue f : sm.frames()) {
            counts.merge(List.of(f.voice(), f.frame(), f.family()), 1, Integer::sum);
          }
        }
      }
      List<Row> frameCounts = new ArrayList<>();
      counts.forEach((k, n) -> frameCounts.add(RowFactory.create(k.get(0), k.get(1), k.get(2), n)));
      v.put("frame_counts", CollectionConverters.asScala(frameCounts).toSeq());
      v.put("date", LocalDate.parse(a.date()));
      rows.add(SparkSchemas.row(ACTOR_OUT, v));
    }
    return CollectionConverters.asScala(rows).toSeq();
  }
}
