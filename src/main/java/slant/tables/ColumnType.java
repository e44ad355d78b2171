package slant.tables;

import java.util.List;
import java.util.stream.Collectors;

/** A column's type, independent of Spark (the spark package maps it; docs and golden tests print it). */
public sealed interface ColumnType {

  /** Spark-SQL-style type string: "string", "array<string>", "array<struct<text:string,...>>". */
  String sql();

  enum Primitive implements ColumnType {
    STRING("string"), INT("int"), LONG("bigint"), DOUBLE("double"), BOOLEAN("boolean"), DATE("date"),
    TIMESTAMP("timestamp");

    private final String sql;

    Primitive(String sql) {
      this.sql = sql;
    }

    @Override
    public String sql() {
      return sql;
    }
  }

  record ArrayOf(ColumnType element) implements ColumnType {
    @Override
    public String sql() {
      return "array<" + element.sql() + ">";
    }
  }

  record StructOf(List<Column> fields) implements ColumnType {
    public StructOf {
      fields = List.copyOf(fields);
    }

    @Override
    public String sql() {
      return "struct<" + fields.stream().map(f -> f.name() + ":" + f.type().sql()).collect(Collectors.joining(","))
          + ">";
    }
  }

  ColumnType STRING = Primitive.STRING;
  ColumnType INT = Primitive.INT;
  ColumnType LONG = Primitive.LONG;
  ColumnType DOUBLE = Primitive.DOUBLE;
  ColumnType BOOLEAN = Primitive.BOOLEAN;
  ColumnType DATE = Primitive.DATE;
  ColumnType TIMESTAMP = Primitive.TIMESTAMP;

  static ColumnType arrayOf(ColumnType t) {
    return new ArrayOf(t);
  }

  static ColumnType struct(Column... fields) {
    return new StructOf(List.of(fields));
  }
}
