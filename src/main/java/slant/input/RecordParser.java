package slant.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON input files into {@link RawRecord}s. A file may be JSON lines (one object per line), one JSON array of
 * objects, or one JSON object (news-please writes one file per article). Each object may use Slant's canonical keys
 * ({@code id, outlet, published_at, title, text, url, language, authors}) or news-please's ({@code maintext,
 * date_publish, source_domain, title, url, language, authors}). A line that is not valid UTF-8 or not a JSON object
 * becomes an unreadable record; it never stops the file.
 */
public final class RecordParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordParser() {}

  public static List<RawRecord> parseJsonFile(String sourceFile, byte[] content) {
    String trimmedStart = firstNonSpace(content);
    if (trimmedStart.equals("[") || trimmedStart.equals("{") && !looksLikeJsonLines(content)
        && isOneJsonDocument(content)) {
      return parseWholeDocument(sourceFile, content);
    }
    List<RawRecord> out = new ArrayList<>();
    int lineStart = 0;
    long lineNo = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        lineNo++;
        int end = i > lineStart && content[i - 1] == '\r' ? i - 1 : i;
        byte[] line = java.util.Arrays.copyOfRange(content, lineStart, end);
        lineStart = i + 1;
        if (isBlank(line)) {
          continue;
        }
        out.add(parseLine(sourceFile, lineNo, line));
      }
    }
    return out;
  }

  private static RawRecord parseLine(String sourceFile, long lineNo, byte[] line) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line)).toString();
    } catch (CharacterCodingException e) {
      return RawRecord.unreadable(sourceFile, lineNo, Reasons.INVALID_UTF8, "line is not valid UTF-8",
          RawRecord.excerpt(new String(line, StandardCharsets.UTF_8)));
    }
    if (hasBinaryControl(text)) {
      return RawRecord.unreadable(sourceFile, lineNo, Reasons.BINARY_CONTENT, "control characters in the record",
          RawRecord.excerpt(text.replaceAll("\\p{Cntrl}", "?")));
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        return RawRecord.unreadable(sourceFile, lineNo, Reasons.MALFORMED_RECORD, "not a JSON object",
            RawRecord.excerpt(text));
      }
      return fromNode(sourceFile, lineNo, node);
    } catch (JsonProcessingException e) {
      return RawRecord.unreadable(sourceFile, lineNo, Reasons.MALFORMED_RECORD,
          "invalid JSON: " + e.getOriginalMessage(), RawRecord.excerpt(text));
    }
  }

  private static List<RawRecord> parseWholeDocument(String sourceFile, byte[] content) {
    List<RawRecord> out = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      out.add(RawRecord.unreadable(sourceFile, 1L, Reasons.INVALID_UTF8, "file is not valid UTF-8", null));
      return out;
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node.isArray()) {
        long n = 0;
        for (JsonNode el : node) {
          n++;
          out.add(el.isObject() ? fromNode(sourceFile, n, el)
              : RawRecord.unreadable(sourceFile, n, Reasons.MALFORMED_RECORD, "array element is not an object",
                  RawRecord.excerpt(el.toString())));
        }
      } else if (node.isObject()) {
        out.add(fromNode(sourceFile, 1L, node));
      } else {
        out.add(RawRecord.unreadable(sourceFile, 1L, Reasons.MALFORMED_RECORD, "not a JSON object or array",
            RawRecord.excerpt(text)));
      }
    } catch (JsonProcessingException e) {
      out.add(RawRecord.unreadable(sourceFile, 1L, Reasons.MALFORMED_RECORD, "invalid JSON: " + e.getOriginalMessage(),
          RawRecord.excerpt(text)));
    }
    return out;
  }

  /** Maps canonical or news-please keys to a record. */
  public static RawRecord fromNode(String sourceFile, long lineNo, JsonNode n) {
    boolean newsPlease = n.has("maintext") || n.has("date_publish") || n.has("source_domain");
    String text = newsPlease ? str(n, "maintext") : str(n, "text");
    String outlet = newsPlease ? str(n, "source_domain") : str(n, "outlet");
    String published = newsPlease ? str(n, "date_publish") : str(n, "published_at");
    List<String> authors = new ArrayList<>();
    JsonNode a = n.get("authors");
    if (a != null && a.isArray()) {
      for (JsonNode x : a) {
        if (x.isTextual()) {
          authors.add(x.asText());
        }
      }
    } else if (a != null && a.isTextual() && !a.asText().isBlank()) {
      authors.add(a.asText());
    }
    return new RawRecord(str(n, "id"), outlet, published, str(n, "title"), text, str(n, "url"), str(n, "language"),
        authors, sourceFile, lineNo, null, null, RawRecord.excerpt(n.toString()));
  }

  /** A record from named fields (CSV and Parquet rows). */
  public static RawRecord fromFields(String sourceFile, Long recordNo, Map<String, String> f, List<String> authors) {
    boolean newsPlease = f.containsKey("maintext");
    String excerpt = RawRecord.excerpt(String.valueOf(f.getOrDefault(newsPlease ? "maintext" : "text", "")));
    return new RawRecord(blankToNull(f.get("id")), blankToNull(f.get(newsPlease ? "source_domain" : "outlet")),
        blankToNull(f.get(newsPlease ? "date_publish" : "published_at")), f.get("title"),
        f.get(newsPlease ? "maintext" : "text"), blankToNull(f.get("url")), blankToNull(f.get("language")), authors,
        sourceFile, recordNo, null, null, excerpt);
  }

  private static String str(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static boolean hasBinaryControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String firstNonSpace(byte[] content) {
    for (byte b : content) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return String.valueOf((char) b);
      }
    }
    return "";
  }

  private static boolean isOneJsonDocument(byte[] content) {
    try {
      return JSON.readTree(content) != null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** JSON lines: the first non-blank line is a complete JSON value on its own. */
  private static boolean looksLikeJsonLines(byte[] content) {
    int start = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        String line = new String(content, start, i - start, StandardCharsets.UTF_8).strip();
        start = i + 1;
        if (line.isEmpty()) {
          continue;
        }
        try {
          JSON.readTree(line);
          return true;
        } catch (JsonProcessingException e) {
          return false;
        }
      }
    }
    return false;
  }

}
