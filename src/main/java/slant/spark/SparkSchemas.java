package slant.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import slant.tables.Column;
import slant.tables.ColumnType;
import slant.tables.TableDef;

/** Maps {@link TableDef}s to Spark schemas and builds rows in a table's column order. */
public final class SparkSchemas {

  private SparkSchemas() {}

  public static StructType schema(TableDef t) {
    return struct(t.columns());
  }

  /** The table's schema without some columns (e.g. run_id, which the driver adds). */
  public static StructType schemaWithout(TableDef t, String... excluded) {
    List<String> ex = List.of(excluded);
    return struct(t.columns().stream().filter(c -> !ex.contains(c.name())).toList());
  }

  static StructType struct(List<Column> columns) {
    List<StructField> fields = new ArrayList<>();
    for (Column c : columns) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), c.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  static DataType type(ColumnType t) {
    if (t instanceof ColumnType.Primitive p) {
      return switch (p) {
        case STRING -> DataTypes.StringType;
        case INT -> DataTypes.IntegerType;
        case LONG -> DataTypes.LongType;
        case DOUBLE -> DataTypes.DoubleType;
        case BOOLEAN -> DataTypes.BooleanType;
        case DATE -> DataTypes.DateType;
        case TIMESTAMP -> DataTypes.TimestampType;
      };
    }
    if (t instanceof ColumnType.ArrayOf a) {
      return DataTypes.createArrayType(type(a.element()), true);
    }
    ColumnType.StructOf s = (ColumnType.StructOf) t;
    return struct(s.fields());
  }

  /**
   * A DateType value as Spark hands it out: a {@link java.time.LocalDate} when
   * {@code spark.sql.datetime.java8API.enabled} is on (SlantJob.configure), a {@link java.sql.Date} otherwise.
   */
  public static java.time.LocalDate localDate(Object value) {
    return value instanceof java.time.LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }

  /**
   * A row with values in the order of {@code schema}'s fields, taken by name; a missing or unknown name is a bug.
   * Plain Java values are converted to Spark's by the field's type: a {@link java.util.List} to an array (a Scala
   * {@code Seq}), a {@link java.util.Map} keyed by field names to a struct row, recursively; anything else (and a
   * value already in Spark's form) is taken as it is. This is how {@link slant.analysis.ArticleRecords} become rows.
   */
  public static Row row(StructType schema, java.util.Map<String, Object> values) {
    Object[] v = new Object[schema.fields().length];
    for (int i = 0; i < v.length; i++) {
      StructField f = schema.fields()[i];
      if (!values.containsKey(f.name())) {
        throw new IllegalArgumentException("no value for column " + f.name());
      }
      v[i] = value(f.dataType(), values.get(f.name()));
    }
    if (values.size() != v.length) {
      throw new IllegalArgumentException("unknown columns in " + values.keySet() + " for " + schema.simpleString());
    }
    return RowFactory.create(v);
  }

  /** Rows of one struct type from plain records (see {@link #row}), as the Scala {@code Seq} an array column holds. */
  public static scala.collection.immutable.Seq<Row> rows(StructType schema, List<java.util.Map<String, Object>> records) {
    List<Row> out = new ArrayList<>(records.size());
    for (java.util.Map<String, Object> r : records) {
      out.add(row(schema, r));
    }
    return CollectionConverters.asScala(out).toSeq();
  }

  @SuppressWarnings("unchecked")
  private static Object value(DataType type, Object v) {
    if (v instanceof java.util.Map<?, ?> m && type instanceof StructType st) {
      return row(st, (java.util.Map<String, Object>) m);
    }
    if (v instanceof List<?> list && type instanceof ArrayType at) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object e : list) {
        out.add(value(at.elementType(), e));
      }
      return CollectionConverters.asScala(out).toSeq();
    }
    return v;
  }
}
