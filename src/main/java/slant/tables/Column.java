package slant.tables;

/**
 * One column of a table.
 *
 * @param doc the analyst-facing description (the data dictionary, docs/tables.md, must mention every column)
 */
public record Column(String name, ColumnType type, boolean nullable, String doc) {

  public static Column req(String name, ColumnType type, String doc) {
    return new Column(name, type, false, doc);
  }

  public static Column opt(String name, ColumnType type, String doc) {
    return new Column(name, type, true, doc);
  }
}
