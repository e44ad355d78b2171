package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CommonConfigurationKeys;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import slant.config.ConfigException;
import slant.config.InputConfig;
import slant.config.RunConfig;
import slant.input.RawRecord;
import slant.input.Reasons;
import slant.input.RecordParser;

/**
 * Reads the configured input into one dataset of raw records ({@link #RAW_SCHEMA}), one row per input record,
 * including the records that cannot be parsed (they carry {@code unreadable}). Listing happens on the driver:
 * hidden files ({@code _*}, {@code .*}) are skipped, and in {@code date=YYYY-MM-DD/} folders only the run's dates
 * are read (partition pruning).
 *
 * <p>JSON and CSV files may be compressed with any of Hadoop's codecs, chosen by the file name's last extension
 * ({@code .gz}, {@code .bz2}, {@code .deflate} in pure Java; {@code .zst} and others only with Hadoop's native
 * library, failing the task otherwise; {@code io.compression.codecs} adds more): the kind
 * is read from the name without it ({@code feed.jsonl.gz} is JSON lines). Line numbers count in the decompressed
 * text. A compressed JSON file that ends early (a cut-off upload) keeps its complete lines and adds one
 * {@code malformed_record} reject for the rest; a compressed CSV file that does becomes one {@code malformed_record}
 * reject as a whole (its records may span lines), and the run reads its other files.
 */
public final class InputReader {

  public static final StructType RAW_SCHEMA = new StructType()
      .add("id", DataTypes.StringType)
      .add("outlet", DataTypes.StringType)
      .add("published_at", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("authors", DataTypes.createArrayType(DataTypes.StringType))
      .add("source_file", DataTypes.StringType)
      .add("source_line", DataTypes.LongType)
      .add("unreadable", DataTypes.StringType)
      .add("detail", DataTypes.StringType)
      .add("excerpt", DataTypes.StringType);

  private static final Pattern DATE_DIR = Pattern.compile("(?:^|/)date=(\\d{4}-\\d{2}-\\d{2})(?:/|$)");
  private static final List<String> FIELDS = List.of("id", "outlet", "published_at", "title", "text", "url",
      "language", "maintext", "date_publish", "source_domain");

  private InputReader() {}

  /** The files to read, by kind (json, csv, parquet). Fails loudly when the path does not exist or holds nothing. */
  static Map<String, List<String>> listFiles(SparkSession spark, InputConfig input, RunConfig run) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path root = new Path(input.path());
    Map<String, List<String>> byKind = new HashMap<>();
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        throw new ConfigException("input path does not exist: " + input.path());
      }
      collect(fs, fs.getFileStatus(root), input, run, new CompressionCodecFactory(conf), byKind);
    } catch (IOException e) {
      throw new ConfigException("cannot list input " + input.path() + ": " + e.getMessage(), e);
    }
    for (List<String> l : byKind.values()) {
      l.sort(null);
    }
    return byKind;
  }

  private static void collect(FileSystem fs, FileStatus st, InputConfig input, RunConfig run,
      CompressionCodecFactory codecs, Map<String, List<String>> byKind) throws IOException {
    String name = st.getPath().getName();
    if (name.startsWith("_") || name.startsWith(".")) {
      return;
    }
    if (st.isDirectory()) {
      Matcher m = DATE_DIR.matcher(st.getPath().toUri().getPath() + "/");
      if (m.find() && !run.selects(LocalDate.parse(m.group(1)))) {
        return; // partition pruning: a date folder outside the run's dates
      }
      FileStatus[] children = fs.listStatus(st.getPath());
      java.util.Arrays.sort(children);
      for (FileStatus c : children) {
        collect(fs, c, input, run, codecs, byKind);
      }
      return;
    }
    String kind = kindOf(st.getPath(), input.format(), codecs);
    if (kind != null) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(st.getPath().toString());
    }
  }

  /**
   * json, csv, parquet or null (not input) for a file: by the configured format, or with {@code auto} by the
   * extension (any case) under a compression codec's (as Hadoop, case-sensitive: {@code .gz}, not {@code .GZ}).
   * Parquet compresses inside the file, so a compressed Parquet file is no input.
   */
  static String kindOf(Path file, String format, CompressionCodecFactory codecs) {
    String n = file.getName();
    CompressionCodec codec = codecs.getCodec(file);
    boolean compressed = codec != null;
    if (compressed) {
      n = CompressionCodecFactory.removeSuffix(n, codec.getDefaultExtension());
    }
    n = n.toLowerCase(Locale.ROOT);
    return switch (format) {
      case "jsonl", "newsplease" -> "json";
      case "csv" -> "csv";
      case "parquet" -> compressed ? null : "parquet";
      default -> n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson") ? "json"
          : n.endsWith(".csv") ? "csv" : n.endsWith(".parquet") && !compressed ? "parquet" : null;
    };
  }

  public static Dataset<Row> read(SparkSession spark, InputConfig input, RunConfig run) {
    Map<String, List<String>> files = listFiles(spark, input, run);
    if (files.isEmpty()) {
      throw new ConfigException("no input files (.jsonl, .json, .ndjson, .csv, also compressed, e.g. .jsonl.gz; "
          + ".parquet) under " + input.path() + " for the selected dates");
    }
    Dataset<Row> all = null;
    if (files.containsKey("json")) {
      all = union(all, readJson(spark, files.get("json"),
          spark.sparkContext().hadoopConfiguration().get(CommonConfigurationKeys.IO_COMPRESSION_CODECS_KEY)));
    }
    // CSV and Parquet: one dataset per file, so that each file's own header applies and record numbers count
    // within the file (the night's input is a handful of files, so the extra small jobs cost little).
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    for (String f : files.getOrDefault("csv", List.of())) {
      RawRecord broken = undecompressable(conf, codecs, f);
      all = union(all, broken == null ? readTabular(readCsv(spark, f))
          : spark.createDataFrame(List.of(toRow(broken)), RAW_SCHEMA));
    }
    for (String f : files.getOrDefault("parquet", List.of())) {
      all = union(all, readTabular(spark.read().parquet(f)));
    }
    return all;
  }

  private static Dataset<Row> union(Dataset<Row> a, Dataset<Row> b) {
    return a == null ? b : a.unionByName(b);
  }

  /**
   * JSON files, each read whole on an executor and decompressed there when its name says so; {@code extraCodecs} is
   * the driver's {@code io.compression.codecs} (null: Hadoop's built-in codecs only).
   */
  private static Dataset<Row> readJson(SparkSession spark, List<String> paths, String extraCodecs) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", paths))
        .flatMap(f -> {
          List<Row> out = new ArrayList<>();
          for (RawRecord r : parseJsonFile(f._1(), f._2(), extraCodecs)) {
            out.add(toRow(r));
          }
          return out.iterator();
        });
    return spark.createDataFrame(rows, RAW_SCHEMA);
  }

  /** The records of one JSON file, decompressed by the codec its name selects (see the class comment). */
  static List<RawRecord> parseJsonFile(String file, PortableDataStream data, String extraCodecs) throws IOException {
    CompressionCodec codec = codecs(extraCodecs).getCodec(new Path(file));
    if (codec == null) {
      return RecordParser.parseJsonFile(file, data.toArray());
    }
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    try (DataInputStream raw = data.open(); InputStream in = codec.createInputStream(raw)) {
      in.transferTo(text);
      return RecordParser.parseJsonFile(file, text.toByteArray());
    } catch (IOException e) {
      // Cut off or corrupt: the complete lines decompressed so far, then one reject for the rest of the file.
      byte[] got = text.toByteArray();
      int end = got.length;
      while (end > 0 && got[end - 1] != '\n') {
        end--;
      }
      long lines = 0;
      for (int i = 0; i < end; i++) {
        lines += got[i] == '\n' ? 1 : 0;
      }
      List<RawRecord> out = new ArrayList<>(RecordParser.parseJsonFile(file, java.util.Arrays.copyOf(got, end)));
      out.add(RawRecord.unreadable(file, lines + 1, Reasons.MALFORMED_RECORD, "the " + codec.getDefaultExtension()
          + " file cannot be decompressed after line " + lines + " (cut off or corrupt): " + e.getMessage(),
          RawRecord.excerpt(new String(got, end, got.length - end, StandardCharsets.UTF_8))));
      return out;
    }
  }

  private static volatile CompressionCodecFactory executorCodecs;

  /** The executor JVM's codec lookup, made once from Hadoop's defaults plus the driver's extra codecs. */
  private static CompressionCodecFactory codecs(String extraCodecs) {
    CompressionCodecFactory c = executorCodecs;
    if (c == null) {
      Configuration conf = new Configuration();
      if (extraCodecs != null) {
        conf.set(CommonConfigurationKeys.IO_COMPRESSION_CODECS_KEY, extraCodecs);
      }
      c = new CompressionCodecFactory(conf);
      executorCodecs = c;
    }
    return c;
  }

  /**
   * A compressed file that cannot be decompressed to its end (cut off or corrupt) as one {@code malformed_record}
   * reject, or null when it can (or is not compressed). Checked on the driver before Spark's CSV reader sees the file,
   * which would otherwise fail the run; a night's input is a handful of files, so one extra pass through a compressed
   * CSV costs little beside its analysis. The file is rejected whole: CSV records may span lines, so the readable
   * part cannot be cut into records safely.
   */
  static RawRecord undecompressable(Configuration conf, CompressionCodecFactory codecs, String file) {
    Path path = new Path(file);
    CompressionCodec codec = codecs.getCodec(path);
    if (codec == null) {
      return null;
    }
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = codec.createInputStream(path.getFileSystem(conf).open(path))) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          lines += buffer[i] == '\n' ? 1 : 0;
        }
      }
      return null;
    } catch (IOException e) {
      return RawRecord.unreadable(file, lines + 1, Reasons.MALFORMED_RECORD, "the " + codec.getDefaultExtension()
          + " file cannot be decompressed after line " + lines + " (cut off or corrupt): " + e.getMessage()
          + "; none of its CSV records is read", null);
    }
  }

  /** Spark's column for a CSV record whose number of columns differs from the header's (then: the raw record). */
  static final String CORRUPT = "_corrupt_record";

  /**
   * One CSV file with a header row, every column a string, plus {@link #CORRUPT}: in PERMISSIVE mode Spark fills it
   * (with the record as written) when a record has more or fewer columns than the header, e.g. unquoted commas in
   * the text or a cut-off line; such records become {@code malformed_record} rejects. Multi-line quoted fields are
   * allowed, which makes the file one partition, read in order.
   */
  private static Dataset<Row> readCsv(SparkSession spark, String file) {
    var reader = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"");
    StructType schema = new StructType();
    for (String c : reader.csv(file).columns()) {
      if (!c.equals(CORRUPT)) {
        schema = schema.add(c, DataTypes.StringType);
      }
    }
    return reader.schema(schema.add(CORRUPT, DataTypes.StringType)).option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT).csv(file);
  }

  /**
   * CSV and Parquet rows of one file: columns by canonical (or news-please) name, all read as strings; the record
   * number counts from 1 within the file (header excluded).
   */
  private static Dataset<Row> readTabular(Dataset<Row> df) {
    List<String> present = new ArrayList<>();
    for (String f : df.columns()) {
      if (FIELDS.contains(f) || f.equals("authors")) {
        present.add(f);
      }
    }
    Dataset<Row> withFile = df.withColumn("__file", input_file_name());
    boolean authorsArray = java.util.Arrays.stream(df.schema().fields())
        .anyMatch(f -> f.name().equals("authors") && f.dataType() instanceof org.apache.spark.sql.types.ArrayType);
    boolean corruptColumn = java.util.Arrays.asList(df.columns()).contains(CORRUPT);
    int headerColumns = df.columns().length - (corruptColumn ? 1 : 0);
    StructType raw = RAW_SCHEMA;
    return withFile.sparkSession().createDataFrame(withFile.javaRDD().zipWithIndex().map(t -> {
      Row r = t._1();
      if (corruptColumn && !r.isNullAt(r.fieldIndex(CORRUPT))) {
        String record = r.getString(r.fieldIndex(CORRUPT));
        return toRow(RawRecord.unreadable(r.getString(r.fieldIndex("__file")), t._2() + 1, Reasons.MALFORMED_RECORD,
            "CSV record does not have the header's " + headerColumns + " columns",
            RawRecord.excerpt(record)));
      }
      Map<String, String> values = new HashMap<>();
      List<String> authors = new ArrayList<>();
      for (String f : present) {
        Object v = r.get(r.fieldIndex(f));
        if (f.equals("authors")) {
          if (v instanceof scala.collection.Seq<?> seq) {
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(a -> authors.add(String.valueOf(a)));
          } else if (v != null && !authorsArray) {
            for (String a : String.valueOf(v).split(";")) {
              if (!a.isBlank()) {
                authors.add(a.strip());
              }
            }
          }
        } else {
          values.put(f, v == null ? null : String.valueOf(v));
        }
      }
      String file = r.getString(r.fieldIndex("__file"));
      return toRow(RecordParser.fromFields(file, t._2() + 1, values, authors));
    }), raw).select(col("*"));
  }

  static Row toRow(RawRecord r) {
    return org.apache.spark.sql.RowFactory.create(r.id(), r.outlet(), r.publishedAt(), r.title(), r.text(), r.url(),
        r.language(), scala.jdk.javaapi.CollectionConverters.asScala(r.authors()).toSeq(), r.sourceFile(),
        r.sourceLine(), r.unreadable(), r.detail(), r.excerpt());
  }

  static RawRecord fromRow(Row row) {
    List<String> authors = row.isNullAt(7) ? List.of()
        : scala.jdk.javaapi.CollectionConverters.asJava(row.<String>getSeq(7));
    return new RawRecord(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
        row.getString(5), row.getString(6), authors, row.getString(8), row.isNullAt(9) ? null : row.getLong(9),
        row.getString(10), row.getString(11), row.getString(12));
  }
}
