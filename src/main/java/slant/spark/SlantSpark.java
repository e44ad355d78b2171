package slant.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import slant.config.SlantConfig;

/** Creates the Spark session: spark-submit's settings win; otherwise an embedded local session from the config. */
public final class SlantSpark {

  private SlantSpark() {}

  public static SparkSession session(SlantConfig config) {
    SparkConf conf = new SparkConf(true);
    SparkSession.Builder b = SparkSession.builder().appName("slant");
    if (!conf.contains("spark.master")) {
      b.master(config.spark().master());
      b.config("spark.ui.enabled", "false");
      String localIp = System.getenv("SPARK_LOCAL_IP");
      if (localIp != null && !conf.contains("spark.driver.host")) {
        b.config("spark.driver.host", localIp);
      }
    }
    b.config("spark.sql.session.timeZone", "UTC");
    if (!conf.contains("spark.hadoop.fs.file.impl")) {
      b.config("spark.hadoop.fs.file.impl", LocalFileSystemWithoutShell.class.getName());
    }
    return b.getOrCreate();
  }

  /** Runs the main job in a session of its own ({@link #session}), stopped afterwards: what {@code slant run} does. */
  public static SlantJob.Result runLocal(SlantConfig config) {
    SparkSession spark = session(config);
    try {
      return SlantJob.run(spark, config);
    } finally {
      spark.stop();
    }
  }
}
