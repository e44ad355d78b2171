package slant.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.InputConfig;
import slant.config.OutputConfig;
import slant.config.RunConfig;
import slant.config.SlantConfig;
import slant.config.SparkConfig;
import slant.input.RawRecord;
import slant.input.Reasons;
import slant.tables.TableDef;
import slant.tables.Tables;
import slant.testing.FakeAnnotator;

/**
 * Compressed input (gzip, bzip2) is read through Hadoop's codecs: the same records, lines and tables as the plain
 * files. The files are written with other implementations (the JDK's gzip, Commons Compress's bzip2) than the
 * reader's.
 */
class CompressedInputTest extends SparkTestBase {

  @TempDir
  Path tmp;

  static final String JSONL = String.join("\n",
      SlantJobTest.article("a1", "blatt", "2024-06-17T09:00:00+02:00", "Der brutale Diktator Putin droht."),
      SlantJobTest.article("a2", "zeitung", "2024-06-17T10:00:00+02:00", "Putin lobt Kim. Der Kreml ist zufrieden."),
      "{broken json",
      SlantJobTest.article("a2", "zeitung", "2024-06-17T11:00:00+02:00", "Doppelt."),
      SlantJobTest.article("b1", "blatt", "2024-06-18T09:00:00+02:00", "Die erfolgreiche Ukraine wehrt sich mutig."),
      SlantJobTest.article("b2", "blatt", "2024-06-18T08:00:00+02:00", "   ")) + "\n";

  private static void gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
  }

  private static void bzip2(Path file, byte[] content) throws IOException {
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
  }

  private List<RawRecord> read(Path path) {
    return InputReader.read(spark, new InputConfig(path.toString(), "auto", "de"), RunConfig.defaults())
        .collectAsList().stream().map(InputReader::fromRow)
        .sorted(java.util.Comparator.comparing(RawRecord::sourceLine)).toList();
  }

  /** A record as the tables would see it, with the file name reduced to its kind. */
  private static String key(RawRecord r) {
    return r.sourceLine() + " " + r.id() + " " + r.outlet() + " " + r.publishedAt() + " " + r.text() + " "
        + r.unreadable() + " " + r.detail();
  }

  @Test
  void theFileKindIsTheExtensionUnderTheCodecs() {
    CompressionCodecFactory codecs = new CompressionCodecFactory(new Configuration());
    java.util.function.BiFunction<String, String, String> kind =
        (name, format) -> InputReader.kindOf(new org.apache.hadoop.fs.Path("/in/date=2024-06-17/" + name), format,
            codecs);
    assertEquals("json", kind.apply("feed.jsonl.gz", "auto"));
    assertEquals("json", kind.apply("Feed.JSON.bz2", "auto"));
    assertEquals("json", kind.apply("feed.ndjson.deflate", "auto"));
    assertEquals("json", kind.apply("feed-2024-06-17T03:00.jsonl.gz", "auto"));
    assertEquals("csv", kind.apply("feed.csv.gz", "auto"));
    assertEquals("json", kind.apply("feed.gz", "jsonl"));
    assertNull(kind.apply("table.parquet.gz", "auto"));
    assertNull(kind.apply("notes.txt.gz", "auto"));
    assertNull(kind.apply("feed.jsonl.GZ", "auto"), "codec extensions are case-sensitive, as in Hadoop");
    assertEquals("parquet", kind.apply("part-0.snappy.parquet", "auto"));
  }

  @Test
  void bzip2AndGzipJsonLinesGiveTheRecordsOfThePlainFile() throws IOException {
    byte[] content = JSONL.getBytes(StandardCharsets.UTF_8);
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Files.write(plain.resolve("feed.jsonl"), content);
    Path bz = Files.createDirectories(tmp.resolve("bz"));
    bzip2(bz.resolve("feed.jsonl.bz2"), content);
    Path gz = Files.createDirectories(tmp.resolve("gz"));
    gzip(gz.resolve("feed.jsonl.gz"), content);

    List<String> expected = read(plain).stream().map(CompressedInputTest::key).toList();
    assertEquals(6, expected.size());
    assertEquals(expected, read(bz).stream().map(CompressedInputTest::key).toList());
    List<RawRecord> fromGz = read(gz);
    assertEquals(expected, fromGz.stream().map(CompressedInputTest::key).toList());
    String file = fromGz.get(0).sourceFile();
    assertEquals("/gz/feed.jsonl.gz", file.substring(file.lastIndexOf("/gz/")));
  }

  @Test
  void gzippedCsvIsReadLikeThePlainFile() throws IOException {
    String csv = "id,outlet,published_at,title,text,url,language,authors\n"
        + "c1,blatt,2024-06-18T10:00:00+02:00,T,\"Erster Absatz, mit Komma.\n\nZweiter.\",,de,A;B\n"
        + "c2,blatt,2024-06-18,T2,Text,,,\n";
    Path gz = Files.createDirectories(tmp.resolve("csv"));
    gzip(gz.resolve("feed.csv.gz"), csv.getBytes(StandardCharsets.UTF_8));
    List<RawRecord> r = read(gz);
    assertEquals(List.of("c1", "c2"), r.stream().map(RawRecord::id).toList());
    assertEquals("Erster Absatz, mit Komma.\n\nZweiter.", r.get(0).text());
    assertEquals(List.of("A", "B"), r.get(0).authors());
    assertEquals(List.of(1L, 2L), r.stream().map(RawRecord::sourceLine).toList());
  }

  @Test
  void aCutOffGzipKeepsItsCompleteLinesAndRejectsTheRest() throws IOException {
    Path whole = tmp.resolve("whole.gz");
    gzip(whole, JSONL.getBytes(StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(whole);
    Path dir = Files.createDirectories(tmp.resolve("cut"));
    // the gzip trailer and the end of the deflate stream missing: the last lines cannot be decompressed
    Files.write(dir.resolve("feed.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 60));
    List<RawRecord> r = read(dir);
    RawRecord last = r.get(r.size() - 1);
    assertEquals(Reasons.MALFORMED_RECORD, last.unreadable());
    long complete = last.sourceLine() - 1;
    assertEquals(complete, r.size() - 1, "every complete line is a record: " + r);
    assertEquals("the .gz file cannot be decompressed after line " + complete + " (cut off or corrupt): "
        + "Unexpected end of input stream", last.detail());
  }

  @Test
  void aCutOffGzippedCsvIsOneRejectAndTheOtherFilesAreRead() throws IOException {
    StringBuilder csv = new StringBuilder("id,outlet,published_at,title,text,url,language,authors\n");
    for (int i = 0; i < 200; i++) {
      csv.append("c").append(i).append(",blatt,2024-06-18,T,Text ").append(i).append(",,de,\n");
    }
    Path whole = tmp.resolve("whole.csv.gz");
    gzip(whole, csv.toString().getBytes(StandardCharsets.UTF_8));
    byte[] bytes = Files.readAllBytes(whole);
    Path dir = Files.createDirectories(tmp.resolve("cutcsv"));
    Files.write(dir.resolve("a.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 60));
    gzip(dir.resolve("b.jsonl.gz"), (SlantJobTest.article("j1", "blatt", "2024-06-18T09:00:00+02:00", "Text.") + "\n")
        .getBytes(StandardCharsets.UTF_8));
    List<RawRecord> r = read(dir);
    assertEquals(2, r.size(), r.toString());
    RawRecord broken = r.stream().filter(x -> x.unreadable() != null).findFirst().orElseThrow();
    assertEquals(Reasons.MALFORMED_RECORD, broken.unreadable());
    assertTrue(broken.sourceFile().endsWith("/cutcsv/a.csv.gz"), broken.sourceFile());
    long complete = broken.sourceLine() - 1;
    assertTrue(complete > 0 && complete < 201, "some lines were readable: " + complete);
    assertEquals("the .gz file cannot be decompressed after line " + complete + " (cut off or corrupt): "
        + "Unexpected end of input stream; none of its CSV records is read", broken.detail());
    assertEquals("j1", r.stream().filter(x -> x.unreadable() == null).findFirst().orElseThrow().id());
  }

  @Test
  void aGzippedCorpusGivesTheTablesOfThePlainOne() throws IOException {
    byte[] content = JSONL.getBytes(StandardCharsets.UTF_8);
    Path plain = Files.createDirectories(tmp.resolve("job/plain"));
    Files.write(plain.resolve("feed.jsonl"), content);
    Path gz = Files.createDirectories(tmp.resolve("job/gz"));
    gzip(gz.resolve("feed.jsonl.gz"), content);
    String outPlain = tmp.resolve("out-plain").toString();
    String outGz = tmp.resolve("out-gz").toString();
    SlantJob.Result a = SlantJob.run(spark, config(plain, outPlain), FakeAnnotator.factory());
    SlantJob.Result b = SlantJob.run(spark, config(gz, outGz), FakeAnnotator.factory());
    assertEquals(List.of(6L, 3L, 3L), List.of(a.read(), a.accepted(), a.rejected()));
    assertEquals(List.of(a.read(), a.accepted(), a.rejected()), List.of(b.read(), b.accepted(), b.rejected()));
    List<String> written = new ArrayList<>();
    for (TableDef t : Tables.ALL) {
      if (t != Tables.RUNS && Files.exists(Path.of(t.path(outPlain)))) {
        written.add(t.name());
        assertEquals(rows(outPlain, t), rows(outGz, t).stream()
            .map(r -> r.replace("/job/gz/feed.jsonl.gz", "/job/plain/feed.jsonl")).toList(), t.name());
      }
    }
    assertTrue(written.containsAll(List.of("articles", "rejects", "mentions", "article_actor")), written.toString());
    for (TableDef t : Tables.ALL) {
      if (t != Tables.RUNS) {
        assertEquals(written.contains(t.name()), Files.exists(Path.of(t.path(outGz))), t.name());
      }
    }
  }

  /** A table's rows as sorted JSON, without run_id (none when the run wrote no data file, e.g. no frames). */
  private static List<String> rows(String out, TableDef t) throws IOException {
    try (var files = Files.walk(Path.of(t.path(out)))) {
      if (files.noneMatch(f -> f.toString().endsWith(".parquet"))) {
        return List.of();
      }
    }
    Dataset<Row> df = spark.read().parquet(t.path(out)).drop(Tables.RUN_ID);
    return df.select(to_json(struct(col("*")))).collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }

  /** Few bootstrap resamples: the intervals only need to be reproducible here. */
  private static SlantConfig config(Path input, String out) {
    return SlantConfig.defaults().withInput(new InputConfig(input.toString(), "auto", "de"))
        .withOutput(new OutputConfig(out)).withSpark(new SparkConfig("local[2]", 1, 2))
        .withAnalytics(new slant.config.AnalyticsConfig(100, null, null, null));
  }
}
