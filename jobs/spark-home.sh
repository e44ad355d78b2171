#!/usr/bin/env bash
# Builds a minimal SPARK_HOME from the Maven Spark jars (no Spark download needed): target/spark-home/jars holds
# the Spark runtime classpath (jobs/spark-home/pom.xml: Spark SQL and MLlib alone). Prints the folder.
# Used by jobs/cluster-smoke.sh and the fault tests; a real cluster has its own Spark installation.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$root/target/spark-home"
if [[ ! -f "$home/.complete" ]]; then
  rm -rf "$home"
  mkdir -p "$home/jars" "$home/conf"
  mvn -B -q -f "$root/jobs/spark-home/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$home/jars" >&2
  cat > "$home/conf/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.slant.name = slant
logger.slant.level = info
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
LOG
  touch "$home/.complete"
fi
echo "$home"
