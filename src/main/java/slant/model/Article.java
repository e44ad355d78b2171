package slant.model;

import java.io.Serializable;
import java.util.List;

/**
 * One news article in Slant's canonical input schema, after reading and validation.
 *
 * <p>{@code publishedAt} is an ISO-8601 instant string in UTC ({@code 2024-06-18T07:30:00Z}); {@code date} is the
 * publication day in the configured analysis time zone (the partition date of every row derived from this article).
 */
public record Article(
    String id,
    String outlet,
    String publishedAt,
    String date,
    String title,
    String text,
    String url,
    String language,
    List<String> authors) implements Serializable {

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** Title and body as one analysed text: the title is its first paragraph, so offsets refer to this string. */
  public String fullText() {
    if (title == null || title.isBlank()) {
      return text;
    }
    return title.strip() + "\n\n" + text;
  }
}
