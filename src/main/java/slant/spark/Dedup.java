package slant.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import slant.config.AnalyticsConfig;
import slant.dedup.Clusters;
import slant.dedup.Shingles;
import slant.dedup.WireCredit;

/**
 * Duplicate and wire-copy detection over a run's accepted articles: exact duplicates (same normalised words),
 * near-duplicates (MinHash LSH over 5-word shingles, Spark MLlib) → {@code dup_cluster}; agency credits and
 * datelines ({@link WireCredit}) and clusters spanning several outlets → {@code is_wire}, {@code wire_agency}.
 *
 * <p>The duplicate pairs (not the articles) are collected to the driver to form clusters; their number is bounded
 * by the duplicates in one run's input. Duplicates across runs (different nights) are not linked. The shingled
 * texts are cached only while detecting; the returned result (four small columns per article) stays cached for the
 * rest of the run.
 */
final class Dedup {

  static final StructType RESULT = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("is_wire", DataTypes.BooleanType, false)
      .add("wire_agency", DataTypes.StringType)
      .add("dup_cluster", DataTypes.StringType);

  private static final StructType PREPARED = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("outlet", DataTypes.StringType, false)
      .add("agency", DataTypes.StringType)
      .add("content_hash", DataTypes.StringType, false)
      .add("shingles", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private Dedup() {}

  /** @param articles rows with article_id, outlet, title, text */
  static Dataset<Row> detect(SparkSession spark, Dataset<Row> articles, AnalyticsConfig cfg) {
    Dataset<Row> prepared = articles.select("article_id", "outlet", "title", "text").map(
        (MapFunction<Row, Row>) r -> {
          String text = r.getString(3);
          return RowFactory.create(r.getString(0), r.getString(1), WireCredit.agency(r.getString(2), text),
              Shingles.contentHash(text), CollectionConverters.asScala(new ArrayList<>(Shingles.of(text, 5))).toSeq());
        }, ExpressionEncoder.apply(PREPARED)).persist();

    List<String[]> pairs = new ArrayList<>();
    Dataset<Row> a = prepared.select(col("article_id").as("a"), col("content_hash").as("h"));
    Dataset<Row> b = prepared.select(col("article_id").as("b"), col("content_hash").as("h2"));
    for (Row r : a.join(b, col("h").equalTo(col("h2")).and(col("a").lt(col("b")))).select("a", "b").collectAsList()) {
      pairs.add(new String[] {r.getString(0), r.getString(1)});
    }
    Dataset<Row> features = new HashingTF().setInputCol("shingles").setOutputCol("features").setBinary(true)
        .setNumFeatures(1 << 18).transform(prepared)
        .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r ->
            ((Vector) r.getAs("features")).numNonzeros() > 0);
    MinHashLSHModel lsh = new MinHashLSH().setInputCol("features").setOutputCol("hashes").setNumHashTables(5)
        .setSeed(cfg.seed()).fit(features);
    double maxDistance = 1.0 - cfg.nearDuplicateJaccard();
    for (Row r : lsh.approxSimilarityJoin(features, features, maxDistance, "distance")
        .select(col("datasetA.article_id"), col("datasetB.article_id"))
        .collectAsList()) {
      if (r.getString(0).compareTo(r.getString(1)) < 0) {
        pairs.add(new String[] {r.getString(0), r.getString(1)});
      }
    }
    Map<String, String> cluster = Clusters.of(pairs);
    Map<String, String[]> members = new HashMap<>(); // id -> {outlet, agency}
    if (!cluster.isEmpty()) {
      for (Row r : prepared.filter(col("article_id").isin(cluster.keySet().toArray()))
          .select("article_id", "outlet", "agency").collectAsList()) {
        members.put(r.getString(0), new String[] {r.getString(1), r.getString(2)});
      }
    }
    Map<String, Set<String>> clusterOutlets = new HashMap<>();
    Map<String, String> clusterAgency = new HashMap<>();
    for (Map.Entry<String, String> e : cluster.entrySet()) {
      String[] m = members.get(e.getKey());
      clusterOutlets.computeIfAbsent(e.getValue(), k -> new HashSet<>()).add(m[0]);
      if (m[1] != null) {
        clusterAgency.merge(e.getValue(), m[1], (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    var clusterB = SlantJob.JavaSparkContextHolder.broadcast(spark, new HashMap<>(cluster));
    var outletsB = SlantJob.JavaSparkContextHolder.broadcast(spark, new HashMap<>(clusterOutlets));
    var agencyB = SlantJob.JavaSparkContextHolder.broadcast(spark, new HashMap<>(clusterAgency));
    Dataset<Row> result = prepared.select("article_id", "agency").map((MapFunction<Row, Row>) r -> {
      String id = r.getString(0);
      String agency = r.getString(1);
      String c = clusterB.value().get(id);
      boolean crossOutlet = c != null && outletsB.value().get(c).size() >= 2;
      String wireAgency = agency != null ? agency
          : crossOutlet ? agencyB.value().getOrDefault(c, "unknown") : null;
      return RowFactory.create(id, agency != null || crossOutlet, wireAgency, c);
    }, ExpressionEncoder.apply(RESULT)).persist();
    // materialise the small result (four columns per article) so the shingles of every text can be dropped now
    result.count();
    prepared.unpersist();
    return result;
  }

}
