package slant.tables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's single definition: name, schema version, columns and partition columns. Writers, readers, docs and the
 * golden-schema test all use it. Bump {@code version} whenever {@link #fingerprint()} changes.
 */
public record TableDef(String name, int version, String description, List<Column> columns, List<String> partitionBy) {

  public TableDef {
    columns = List.copyOf(columns);
    partitionBy = List.copyOf(partitionBy);
    for (String p : partitionBy) {
      if (columns.stream().noneMatch(c -> c.name().equals(p))) {
        throw new IllegalArgumentException(name + ": partition column " + p + " is not a column");
      }
    }
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  public Column column(String n) {
    return columns.stream().filter(c -> c.name().equals(n)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + n));
  }

  /** The table's shape as text: columns with types and nullability, then the partition columns. */
  public String shape() {
    StringBuilder sb = new StringBuilder();
    for (Column c : columns) {
      sb.append(c.name()).append(' ').append(c.type().sql()).append(c.nullable() ? "" : " not null").append(";");
    }
    sb.append(" partitioned by ").append(String.join(",", partitionBy));
    return sb.toString();
  }

  /** First 16 hex digits of SHA-256 over {@link #shape()}. */
  public String fingerprint() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(shape().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The folder below the output root. */
  public String path(String outputRoot) {
    return outputRoot.endsWith("/") ? outputRoot + name : outputRoot + "/" + name;
  }
}
