package slant.config;

import java.io.Serializable;

/**
 * Spark settings the job sets itself. On a cluster, {@code spark-submit} flags win over {@code master}.
 *
 * @param master used only when no master is set by spark-submit; default {@code local[*]}
 * @param shufflePartitions spark.sql.shuffle.partitions for the aggregates (small data: keep low)
 * @param analysisPartitions partitions the accepted articles are spread over before annotation (0: leave as read)
 */
public record SparkConfig(String master, Integer shufflePartitions, Integer analysisPartitions) implements Serializable {

  public SparkConfig {
    master = master == null ? "local[*]" : master;
    shufflePartitions = shufflePartitions == null ? 8 : shufflePartitions;
    analysisPartitions = analysisPartitions == null ? 0 : analysisPartitions;
  }

  public static SparkConfig defaults() {
    return new SparkConfig(null, null, null);
  }
}
