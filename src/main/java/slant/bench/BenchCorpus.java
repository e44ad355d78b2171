package slant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import slant.config.ConfigException;
import slant.model.Article;

/**
 * Reads German news texts for the benchmark: a JSONL file (fields {@code title}, {@code content} or {@code text},
 * optional {@code published_date}/{@code gathered_date}) or a 10kGNAD-style CSV ({@code label;text}, quote char
 * {@code '}, a doubled quote inside a field). A folder stands for the first {@code *.jsonl}, else {@code *.csv}, in it.
 *
 * <p>Articles without a date get {@code defaultDate} (the date only selects role holders of the actor catalogue).
 */
public final class BenchCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchCorpus() {}

  /** The data file a corpus argument stands for. */
  public static Path resolve(Path corpus) throws IOException {
    if (Files.isRegularFile(corpus)) {
      return corpus;
    }
    if (!Files.isDirectory(corpus)) {
      throw new ConfigException("no such corpus: " + corpus);
    }
    for (String ext : List.of(".jsonl", ".csv")) {
      try (Stream<Path> files = Files.list(corpus)) {
        List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(ext)).sorted().toList();
        if (!found.isEmpty()) {
          return found.get(0);
        }
      }
    }
    throw new ConfigException("no *.jsonl or *.csv file in " + corpus);
  }

  /** A short name for reports: the folder name for a corpus folder's file, else the file name. */
  public static String name(Path corpus) {
    Path p = corpus.toAbsolutePath().normalize();
    return Files.isDirectory(p) ? p.getFileName().toString()
        : p.getParent().getFileName() + "/" + p.getFileName();
  }

  /** The first {@code max} articles with a non-blank text. */
  public static List<Article> read(Path corpus, int max, String defaultDate) throws IOException {
    Path file = resolve(corpus);
    String id = name(corpus);
    return file.getFileName().toString().endsWith(".csv") ? readCsv(file, id, max, defaultDate)
        : readJsonl(file, id, max, defaultDate);
  }

  static List<Article> readJsonl(Path file, String corpus, int max, String defaultDate) throws IOException {
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while (out.size() < max && (line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = JSON.readTree(line);
        String text = first(o, "content", "text", "body");
        if (text == null || text.isBlank()) {
          continue;
        }
        String date = first(o, "published_date", "date", "gathered_date");
        date = date != null && date.length() >= 10 ? date.substring(0, 10) : defaultDate;
        out.add(article(corpus + "#" + n, date, first(o, "title"), text));
      }
    }
    return out;
  }

  static List<Article> readCsv(Path file, String corpus, int max, String defaultDate) throws IOException {
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (List<String> rec : parseCsv(Files.readString(file, StandardCharsets.UTF_8), ';', '\'')) {
      n++;
      if (out.size() >= max) {
        break;
      }
      String text = rec.get(rec.size() - 1);
      if (rec.size() < 2 || text.isBlank()) {
        continue;
      }
      out.add(article(corpus + "#" + n, defaultDate, null, text));
    }
    return out;
  }

  /** RFC-4180-style records with a configurable delimiter and quote; a doubled quote inside quotes is one quote. */
  static List<List<String>> parseCsv(String s, char delim, char quote) {
    List<List<String>> records = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == quote) {
          if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
            field.append(quote);
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == quote && field.isEmpty()) {
        quoted = true;
        any = true;
      } else if (c == delim) {
        rec.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || !field.isEmpty()) {
          rec.add(field.toString());
          records.add(rec);
        }
        rec = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || !field.isEmpty()) {
      rec.add(field.toString());
      records.add(rec);
    }
    return records;
  }

  private static Article article(String id, String date, String title, String text) {
    return new Article(id, "bench", date + "T00:00:00Z", date, title, text, null, "de", List.of());
  }

  private static String first(JsonNode o, String... fields) {
    for (String f : fields) {
      JsonNode v = o.get(f);
      if (v != null && !v.isNull()) {
        return v.asText();
      }
    }
    return null;
  }
}
