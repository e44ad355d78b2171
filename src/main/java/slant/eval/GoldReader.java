package slant.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import slant.config.ConfigException;
import slant.model.Polarity;

/**
 * Readers for the target-dependent sentiment gold sets Slant is validated on. Each target is one {@link GoldItem}, in
 * file order.
 *
 * <ul>
 *   <li>{@code gerntsa}: GerNTSA, one JSON array of {@code {id, opinion_snippet, target, target_anchor:{from,to},
 *       sentiment:{polarity}}} with polarity {@code negative|neutral|positive};
 *   <li>{@code newsmtsc}: NewsMTSC, JSON lines {@code {primary_gid, sentence_normalized, targets:[{Input.gid, from,
 *       to, mention, polarity}]}} with polarity 2.0 = negative, 4.0 = neutral, 6.0 = positive.
 * </ul>
 *
 * <p>Offsets in both sets were written by Python tools (code points). They are checked against the target text; when
 * they do not match as UTF-16 indices they are converted from code points, and failing that the target is searched
 * for nearest to the given offset. An item whose target cannot be found is a format error.
 */
public final class GoldReader {

  public static final List<String> FORMATS = List.of("gerntsa", "newsmtsc");

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  /** The language of a gold set's sentences. */
  public static String language(String format) {
    return switch (checkFormat(format)) {
      case "gerntsa" -> "de";
      default -> "en";
    };
  }

  static String checkFormat(String format) {
    if (format == null || !FORMATS.contains(format)) {
      throw new ConfigException("--format must be one of " + FORMATS + ", got '" + format + "'");
    }
    return format;
  }

  /** Reads a gold file. */
  public static List<GoldItem> read(String format, Path file) {
    checkFormat(format);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("no such file: " + file);
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(format, text, file.toString());
  }

  /** Parses a gold set's text; {@code source} names it in error messages. */
  public static List<GoldItem> parse(String format, String text, String source) {
    return switch (checkFormat(format)) {
      case "gerntsa" -> gerNtsa(text, source);
      default -> newsMtsc(text, source);
    };
  }

  static List<GoldItem> gerNtsa(String text, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(stripBom(text));
    } catch (JsonProcessingException e) {
      throw new ConfigException(source + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isArray()) {
      throw new ConfigException(source + ": a GerNTSA file is one JSON array");
    }
    List<GoldItem> out = new ArrayList<>(root.size());
    int i = 0;
    for (JsonNode n : root) {
      i++;
      String where = source + " item " + i;
      String sentence = text(n, "opinion_snippet", where);
      String target = text(n, "target", where);
      JsonNode anchor = n.get("target_anchor");
      if (anchor == null || !anchor.isObject()) {
        throw new ConfigException(where + ": missing target_anchor");
      }
      int from = integer(anchor, "from", where);
      int to = integer(anchor, "to", where);
      JsonNode sentiment = n.get("sentiment");
      String polarity = sentiment == null ? null : sentiment.path("polarity").asText(null);
      if (polarity == null) {
        throw new ConfigException(where + ": missing sentiment.polarity");
      }
      Polarity gold;
      try {
        gold = Polarity.parse(polarity);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where + ": unknown polarity '" + polarity + "'");
      }
      String id = n.path("id").asText(String.valueOf(i));
      out.add(item(id, sentence, target, from, to, gold, where));
    }
    return out;
  }

  static List<GoldItem> newsMtsc(String text, String source) {
    List<GoldItem> out = new ArrayList<>();
    String[] lines = stripBom(text).split("\n");
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l].strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = source + " line " + (l + 1);
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        throw new ConfigException(where + ": not valid JSON: " + e.getOriginalMessage());
      }
      String sentence = text(n, "sentence_normalized", where);
      JsonNode targets = n.get("targets");
      if (targets == null || !targets.isArray()) {
        throw new ConfigException(where + ": missing targets array");
      }
      int k = 0;
      for (JsonNode t : targets) {
        k++;
        String tw = where + " target " + k;
        String mention = text(t, "mention", tw);
        int from = integer(t, "from", tw);
        int to = integer(t, "to", tw);
        JsonNode p = t.get("polarity");
        if (p == null || !p.isNumber()) {
          throw new ConfigException(tw + ": missing numeric polarity");
        }
        Polarity gold = newsMtscPolarity(p.asDouble(), tw);
        String id = t.path("Input.gid").asText(n.path("primary_gid").asText("line" + (l + 1)) + "#" + k);
        out.add(item(id, sentence, mention, from, to, gold, tw));
      }
    }
    return out;
  }

  static Polarity newsMtscPolarity(double v, String where) {
    if (v == 2.0) {
      return Polarity.NEGATIVE;
    }
    if (v == 4.0) {
      return Polarity.NEUTRAL;
    }
    if (v == 6.0) {
      return Polarity.POSITIVE;
    }
    throw new ConfigException(where + ": polarity must be 2.0, 4.0 or 6.0, got " + v);
  }

  /** The item, with its offsets made to point at the target in the sentence (see the class comment). */
  static GoldItem item(String id, String sentence, String target, int from, int to, Polarity gold, String where) {
    if (from >= 0 && to <= sentence.length() && from < to && sentence.substring(from, to).equals(target)) {
      return new GoldItem(id, sentence, target, from, to, gold);
    }
    int cps = sentence.codePointCount(0, sentence.length());
    if (from >= 0 && to <= cps && from < to) {
      int b = sentence.offsetByCodePoints(0, from);
      int e = sentence.offsetByCodePoints(0, to);
      if (sentence.substring(b, e).equals(target)) {
        return new GoldItem(id, sentence, target, b, e, gold);
      }
    }
    int best = -1;
    for (int at = sentence.indexOf(target); at >= 0; at = sentence.indexOf(target, at + 1)) {
      if (best < 0 || Math.abs(at - from) < Math.abs(best - from)) {
        best = at;
      }
    }
    if (target.isEmpty() || best < 0) {
      throw new ConfigException(where + ": target '" + target + "' not found in its sentence");
    }
    return new GoldItem(id, sentence, target, best, best + target.length(), gold);
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new ConfigException(where + ": missing text field '" + field + "'");
    }
    return v.asText();
  }

  private static int integer(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber()) {
      throw new ConfigException(where + ": missing number '" + field + "'");
    }
    return v.asInt();
  }

  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
