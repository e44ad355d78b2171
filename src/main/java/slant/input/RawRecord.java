package slant.input;

import java.io.Serializable;
import java.util.List;

/**
 * One input record as read, before validation: the canonical fields as strings, where it came from, and — when it
 * could not even be read — why.
 *
 * @param sourceLine 1-based line (JSON lines) or record number; null when unknown
 * @param unreadable reject reason when the record could not be parsed (then the fields are null)
 */
public record RawRecord(
    String id,
    String outlet,
    String publishedAt,
    String title,
    String text,
    String url,
    String language,
    List<String> authors,
    String sourceFile,
    Long sourceLine,
    String unreadable,
    String detail,
    String excerpt) implements Serializable {

  public RawRecord {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  public static RawRecord unreadable(String sourceFile, Long line, String reason, String detail, String excerpt) {
    return new RawRecord(null, null, null, null, null, null, null, List.of(), sourceFile, line, reason, detail,
        excerpt);
  }

  public static String excerpt(String s) {
    if (s == null) {
      return null;
    }
    return s.length() <= 200 ? s : s.substring(0, 200);
  }
}
