package slant.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import slant.config.ConfigException;
import slant.sentiment.Lexicon;

/**
 * Loads a researcher's own polarity lexicon in one of the published formats, so that Slant's target attribution can
 * be run with it instead of Slant's lexicon. Only the polarity entries are taken from the file; Slant's modifiers
 * (negators, intensifiers, contrast words) come from the lexicon passed as {@code modifiersFrom}. The files are read
 * at run time from the researcher's path; none of them ships with Slant.
 *
 * <ul>
 *   <li>{@code sentiws} (German): the pair {@code *_Negative.txt} / {@code *_Positive.txt}, given as either file or
 *       their folder. Lines {@code Lemma|POS<TAB>weight<TAB>inflection,inflection,…}; weights in [-1, 1]; POS
 *       NN → NOUN, VVINF → VERB, ADJX → ADJ, ADV → ADV. Each inflection becomes an entry with the lemma's weight
 *       (verb inflections with POS X, so no verb forms are generated from them).
 *   <li>{@code rauh} (German, Rauh 2018): TSV with a header naming {@code feature} and {@code sentiment} columns;
 *       features are lower-case full forms padded with spaces; sentiment ±1. Negation bigrams ({@code NOT_…}) are
 *       skipped: Slant's negators do that job.
 *   <li>{@code gervader} (German) / {@code vader} (English): {@code token<TAB>mean<TAB>std<TAB>[ratings]} on the
 *       ±4 VADER scale, divided by 4. Entries without letters (emoticons) are skipped.
 * </ul>
 *
 * <p>Formats without POS: a capitalised German entry is a NOUN (German nouns are capitalised), every other entry
 * gets POS X, which matches a word of any POS but takes no part in compound splitting.
 */
public final class ExternalLexicons {

  public static final List<String> FORMATS = List.of("sentiws", "rauh", "gervader", "vader");

  private static final Map<String, String> SENTIWS_POS = Map.of(
      "NN", "NOUN", "NE", "PROPN", "VVINF", "VERB", "ADJX", "ADJ", "ADJA", "ADJ", "ADJD", "ADJ", "ADV", "ADV");

  private ExternalLexicons() {}

  /** The language a format's published lexicons are for. */
  public static String language(String format) {
    return switch (checkFormat(format)) {
      case "vader" -> "en";
      default -> "de";
    };
  }

  static String checkFormat(String format) {
    if (format == null || !FORMATS.contains(format)) {
      throw new ConfigException("--lexicon-format must be one of " + FORMATS + ", got '" + format + "'");
    }
    return format;
  }

  /**
   * Loads a lexicon file (or, for SentiWS, the file pair or its folder).
   *
   * @param modifiersFrom Slant's lexicon of the language, whose modifiers are kept
   */
  public static Lexicon load(String format, Path path, String language, Lexicon modifiersFrom) {
    checkFormat(format);
    List<Lexicon.Entry> entries;
    String name;
    switch (format) {
      case "sentiws" -> {
        Path[] pair = sentiWsPair(path);
        entries = new ArrayList<>(sentiWs(read(pair[0]), pair[0].getFileName().toString()));
        entries.addAll(sentiWs(read(pair[1]), pair[1].getFileName().toString()));
        name = "sentiws:" + pair[0].getFileName().toString().replaceFirst("_Negative\\.txt$", "");
      }
      case "rauh" -> {
        entries = rauh(read(requireFile(path)), path.getFileName().toString());
        name = "rauh:" + path.getFileName();
      }
      default -> {
        entries = vader(read(requireFile(path)), path.getFileName().toString(), language);
        name = format + ":" + path.getFileName();
      }
    }
    if (entries.isEmpty()) {
      throw new ConfigException(path + ": no " + format + " entries found");
    }
    return Lexicon.of(language, name, entries, modifiersFrom);
  }

  /** The negative and positive SentiWS files for a path to either of them or to their folder. */
  static Path[] sentiWsPair(Path path) {
    if (Files.isDirectory(path)) {
      Path neg = only(path, "*_Negative.txt");
      Path pos = only(path, "*_Positive.txt");
      return new Path[] {neg, pos};
    }
    String f = path.getFileName().toString();
    Path neg;
    Path pos;
    if (f.endsWith("_Negative.txt")) {
      neg = path;
      pos = path.resolveSibling(f.replaceFirst("_Negative\\.txt$", "_Positive.txt"));
    } else if (f.endsWith("_Positive.txt")) {
      pos = path;
      neg = path.resolveSibling(f.replaceFirst("_Positive\\.txt$", "_Negative.txt"));
    } else {
      throw new ConfigException("--lexicon for sentiws: give the folder or a *_Negative.txt / *_Positive.txt file, got "
          + path);
    }
    return new Path[] {requireFile(neg), requireFile(pos)};
  }

  private static Path only(Path dir, String glob) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
      for (Path p : ds) {
        found.add(p);
      }
    } catch (IOException e) {
      throw new ConfigException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    if (found.size() != 1) {
      throw new ConfigException(dir + ": expected exactly one " + glob + " file, found " + found.size()
          + " (give the file instead)");
    }
    return found.get(0);
  }

  private static Path requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new ConfigException("lexicon file not found: " + p);
    }
    return p;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read lexicon " + p + ": " + e.getMessage(), e);
    }
  }

  /** Entries of one SentiWS file. */
  public static List<Lexicon.Entry> sentiWs(String text, String source) {
    List<Lexicon.Entry> out = new ArrayList<>();
    int lineNo = 0;
    for (String raw : lines(text)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = raw.split("\t", -1);
      int bar = f[0].indexOf('|');
      if (f.length < 2 || bar <= 0) {
        throw new ConfigException(source + " line " + lineNo + ": expected Lemma|POS<TAB>weight<TAB>inflections");
      }
      String lemma = f[0].substring(0, bar).strip();
      String tag = f[0].substring(bar + 1).strip().toUpperCase(Locale.ROOT);
      String pos = SENTIWS_POS.getOrDefault(tag, "X");
      double w = weight(f[1], source, lineNo);
      out.add(new Lexicon.Entry(lemma, pos, w));
      if (f.length > 2) {
        String formPos = pos.equals("VERB") ? "X" : pos;
        for (String form : f[2].split(",")) {
          form = form.strip();
          if (!form.isEmpty() && !form.equals(lemma)) {
            out.add(new Lexicon.Entry(form, formPos, w));
          }
        }
      }
    }
    return out;
  }

  /** Entries of the Rauh dictionary (columns found by the header's {@code feature} and {@code sentiment}). */
  public static List<Lexicon.Entry> rauh(String text, String source) {
    List<String> lines = lines(text);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = new ArrayList<>();
    for (String h : lines.get(0).split("\t", -1)) {
      header.add(unquote(h.strip()).toLowerCase(Locale.ROOT));
    }
    int fi = header.indexOf("feature");
    int si = header.indexOf("sentiment");
    if (fi < 0 || si < 0) {
      throw new ConfigException(source + ": the Rauh TSV header must name 'feature' and 'sentiment' columns");
    }
    List<Lexicon.Entry> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (raw.isBlank()) {
        continue;
      }
      String[] f = raw.split("\t", -1);
      if (f.length <= Math.max(fi, si)) {
        throw new ConfigException(source + " line " + (i + 1) + ": expected " + header.size() + " columns");
      }
      String feature = unquote(f[fi]).strip();
      if (feature.isEmpty() || feature.startsWith("NOT_")) {
        continue;
      }
      double w = weight(unquote(f[si].strip()), source, i + 1);
      out.add(new Lexicon.Entry(feature, posFor(feature, "de"), Math.max(-1, Math.min(1, w))));
    }
    return out;
  }

  /** Entries of a VADER-format lexicon (GerVADER or VADER): mean valence on ±4, divided by 4. */
  public static List<Lexicon.Entry> vader(String text, String source, String language) {
    List<Lexicon.Entry> out = new ArrayList<>();
    int lineNo = 0;
    for (String raw : lines(text)) {
      lineNo++;
      if (raw.isBlank()) {
        continue;
      }
      String[] f = raw.split("\t", -1);
      if (f.length < 2) {
        throw new ConfigException(source + " line " + lineNo + ": expected token<TAB>mean<TAB>std<TAB>[ratings]");
      }
      String token = f[0].strip();
      if (token.isEmpty() || token.codePoints().noneMatch(Character::isLetter)) {
        continue;
      }
      double w = weight(f[1], source, lineNo) / 4.0;
      if (w == 0) {
        continue;
      }
      out.add(new Lexicon.Entry(token, posFor(token, language), Math.max(-1, Math.min(1, w))));
    }
    return out;
  }

  /** POS for an entry of a lexicon without POS tags: capitalised German words are nouns, the rest match any POS. */
  static String posFor(String word, String language) {
    return "de".equals(language) && !word.contains(" ") && Character.isUpperCase(word.codePointAt(0)) ? "NOUN" : "X";
  }

  private static double weight(String s, String source, int lineNo) {
    try {
      double w = Double.parseDouble(s.strip());
      if (Double.isNaN(w) || Double.isInfinite(w)) {
        throw new NumberFormatException();
      }
      return w;
    } catch (NumberFormatException e) {
      throw new ConfigException(source + " line " + lineNo + ": weight '" + s.strip() + "' is not a number");
    }
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : s;
  }

  /** Lines without BOM or carriage returns. */
  static List<String> lines(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> out = new ArrayList<>();
    for (String l : t.split("\n", -1)) {
      out.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
