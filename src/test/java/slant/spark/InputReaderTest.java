package slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.ConfigException;
import slant.config.InputConfig;
import slant.config.RunConfig;
import slant.input.RawRecord;

/** The readers: CSV, Parquet, news-please JSON, date folders — all to the same raw records. */
class InputReaderTest extends SparkTestBase {

  @TempDir
  Path tmp;

  private List<RawRecord> read(Path path, String format, RunConfig run) {
    return InputReader.read(spark, new InputConfig(path.toString(), format, "de"), run).collectAsList().stream()
        .map(InputReader::fromRow).sorted(java.util.Comparator.comparing(r -> String.valueOf(r.id()))).toList();
  }

  @Test
  void csvWithHeaderAndQuotedMultilineText() throws IOException {
    Path csv = tmp.resolve("a.csv");
    Files.writeString(csv, "id,outlet,published_at,title,text,url,language,authors\n"
        + "c1,blatt,2024-06-18T10:00:00+02:00,T,\"Erster Absatz, mit Komma.\n\nZweiter \"\"Absatz\"\".\",,de,A;B\n"
        + "c2,blatt,2024-06-18,T2,Text,,,\n", StandardCharsets.UTF_8);
    List<RawRecord> r = read(csv, "auto", RunConfig.defaults());
    assertEquals(2, r.size());
    assertEquals("Erster Absatz, mit Komma.\n\nZweiter \"Absatz\".", r.get(0).text());
    assertEquals(List.of("A", "B"), r.get(0).authors());
    assertNull(r.get(1).language());
    assertTrue(r.get(0).sourceFile().endsWith("a.csv"));
  }

  @Test
  void parquetAndNewsPleaseAndDateFolders() throws IOException {
    Path pq = tmp.resolve("in/date=2024-06-18");
    spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("p1", "zeitung", "2024-06-18", "T", "Text")),
        new org.apache.spark.sql.types.StructType().add("id", "string").add("outlet", "string")
            .add("published_at", "string").add("title", "string").add("text", "string"))
        .write().parquet(pq.resolve("p.parquet").toString());
    Path other = Files.createDirectories(tmp.resolve("in/date=2024-06-19"));
    Files.writeString(other.resolve("np.json"), "{\"maintext\": \"Text\", \"date_publish\": \"2024-06-19 08:00:00\","
        + " \"source_domain\": \"example.de\", \"title\": \"T\"}", StandardCharsets.UTF_8);
    assertEquals(List.of("null", "p1"), read(tmp.resolve("in"), "auto", RunConfig.defaults()).stream()
        .map(r -> String.valueOf(r.id())).toList());
    List<RawRecord> only19 = read(tmp.resolve("in"), "auto", RunConfig.defaults().withDates("2024-06-19", null, null));
    assertEquals(1, only19.size(), "the date=2024-06-18 folder is pruned");
    assertEquals("example.de", only19.get(0).outlet());
  }

  @Test
  void missingOrEmptyInputFailsLoudly() {
    assertThrows(ConfigException.class, () -> read(tmp.resolve("nope"), "auto", RunConfig.defaults()));
    assertThrows(ConfigException.class, () -> read(tmp, "auto", RunConfig.defaults()));
  }

}
