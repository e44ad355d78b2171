package slant.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards the table contracts analysts rely on: a schema may change only together with a version bump (recorded in
 * {@code src/test/resources/table-schemas.golden}), and docs/tables.md documents every column.
 */
class TableSchemaTest {

  private static final Path GOLDEN = Path.of("src/test/resources/table-schemas.golden");

  @Test
  void schemaChangesComeWithAVersionBump() throws IOException {
    Map<String, String> golden = new HashMap<>();
    for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.trim().split("\\s+");
        golden.put(f[0] + " v" + f[1], f[2]);
      }
    }
    StringBuilder missing = new StringBuilder();
    for (TableDef t : Tables.ALL) {
      String key = t.name() + " v" + t.version();
      String recorded = golden.get(key);
      if (recorded == null) {
        missing.append(t.name()).append(' ').append(t.version()).append(' ').append(t.fingerprint()).append('\n');
      } else if (!recorded.equals(t.fingerprint())) {
        fail(t.name() + " changed shape without a version bump (v" + t.version() + " was " + recorded + ", now "
            + t.fingerprint() + "). Bump its version, add a line to " + GOLDEN + " and describe the change in "
            + "docs/tables.md.\nShape now: " + t.shape());
      }
    }
    if (!missing.isEmpty()) {
      fail("new table versions; after documenting them in docs/tables.md add to " + GOLDEN + ":\n" + missing);
    }
  }

  @Test
  void dataDictionaryDocumentsEveryColumnWithItsVersion() throws IOException {
    String doc = Files.readString(Path.of("docs/tables.md"), StandardCharsets.UTF_8);
    for (TableDef t : Tables.ALL) {
      int at = doc.indexOf("## `" + t.name() + "`");
      assertTrue(at >= 0, "docs/tables.md lacks a section '## `" + t.name() + "`'");
      int next = doc.indexOf("\n## ", at + 3);
      String section = doc.substring(at, next < 0 ? doc.length() : next);
      assertTrue(section.contains("version " + t.version()), t.name() + ": section must say 'version " + t.version()
          + "'");
      for (Column c : t.columns()) {
        assertTrue(section.contains("`" + c.name() + "`"), t.name() + "." + c.name() + " is not documented");
      }
    }
  }

  @Test
  void partitionColumnsAreColumns() {
    for (TableDef t : Tables.ALL) {
      for (String p : t.partitionBy()) {
        assertEquals(p, t.column(p).name());
      }
    }
  }
}
