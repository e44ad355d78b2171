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
    return b.getOrCreate();
  }
}
