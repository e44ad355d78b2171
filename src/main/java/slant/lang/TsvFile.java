package slant.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import slant.config.ConfigException;

/**
 * A tab-separated lexicon or rule file: its text and the name its errors cite (the path read, or the bundled
 * resource, e.g. {@code slant-data/lexicons/de/modifiers.tsv} for {@code data/lexicons/de/modifiers.tsv}). The readers
 * take their lines from {@link #lines}, so that every malformed line is one {@link ConfigException} of the form
 * {@code source:line: what is wrong}.
 *
 * <p>Shared by the sentiment lexicons and cue rules ({@code slant.sentiment}) and the frame lexicons
 * ({@code slant.frames}), which read their TSV files alike; it lives in {@code slant.lang} so that neither package
 * needs the other for it.
 */
public record TsvFile(String source, String text) {

  /** One data line: its 1-based number in the file and its tab-separated fields (not stripped). */
  public record Line(String source, int number, String[] fields) {

    /** The configuration error "source:line: what". */
    public ConfigException error(String what) {
      return new ConfigException(source + ":" + number + ": " + what);
    }

    /** Field {@code i}, stripped. */
    public String field(int i) {
      return fields[i].strip();
    }

    /** Field {@code i} as a finite number; otherwise "source:line: {@code name} 'x' is not a number". */
    public double number(int i, String name) {
      double v;
      try {
        v = Double.parseDouble(field(i));
      } catch (NumberFormatException e) {
        v = Double.NaN;
      }
      if (!Double.isFinite(v)) {
        throw error(name + " '" + field(i) + "' is not a number");
      }
      return v;
    }
  }

  /**
   * The bundled copy of a data file, read from the classpath ({@code slant-data/…}) and named by its resource;
   * {@code what} names the kind of file in the errors ("lexicon", "frame lexicon"): a missing resource is "bundled
   * {@code what} {@code resource} missing from the classpath".
   */
  public static TsvFile bundled(String resource, String what) {
    try (InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException("bundled " + what + " " + resource + " missing from the classpath");
      }
      return new TsvFile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException("cannot read bundled " + what + " " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * The data lines: not blank, not comments ({@code #}), and not the header (line 1 when it starts with
   * {@code header}).
   */
  public List<Line> lines(String header) {
    List<Line> out = new ArrayList<>();
    int number = 0;
    for (String raw : text.split("\n", -1)) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || number == 1 && line.startsWith(header)) {
        continue;
      }
      out.add(new Line(source, number, line.split("\t")));
    }
    return out;
  }
}
