package slant.actors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.config.ConfigException;

/**
 * The actor catalogue: the team's {@code data/actors.yaml} plus any researcher catalogues in the same format. Later
 * files replace entries with the same id. Invalid entries fail the load (a catalogue is configuration).
 */
public final class Catalogue implements Serializable {

  public static final String BUNDLED_RESOURCE = "slant-data/actors.yaml";

  private final Map<String, ActorEntry> byId;

  private Catalogue(Map<String, ActorEntry> byId) {
    this.byId = byId;
  }

  /** A catalogue file's top level. */
  public record CatalogueFile(Integer version, List<ActorEntry> actors) {}

  private static final ObjectMapper YAML = YAMLMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  public static Catalogue of(List<ActorEntry> entries) {
    Map<String, ActorEntry> map = new LinkedHashMap<>();
    for (ActorEntry e : entries) {
      map.put(e.id(), e);
    }
    Catalogue c = new Catalogue(map);
    c.validate("in-memory catalogue");
    return c;
  }

  /**
   * Loads the bundled catalogue (or {@code mainFile} when not null), then each extra file in order.
   */
  public static Catalogue load(String mainFile, List<String> extraFiles) {
    Map<String, ActorEntry> map = new LinkedHashMap<>();
    if (mainFile == null) {
      try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new ConfigException("bundled actor catalogue " + BUNDLED_RESOURCE + " missing from the classpath");
        }
        addAll(map, read(in, BUNDLED_RESOURCE), BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new ConfigException("cannot read bundled catalogue: " + e.getMessage(), e);
      }
    } else {
      addFile(map, mainFile);
    }
    for (String extra : extraFiles) {
      addFile(map, extra);
    }
    Catalogue c = new Catalogue(map);
    c.validate(mainFile == null ? BUNDLED_RESOURCE : mainFile);
    return c;
  }

  private static void addFile(Map<String, ActorEntry> map, String file) {
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      throw new ConfigException("actor catalogue not found: " + file);
    }
    try (InputStream in = Files.newInputStream(p)) {
      addAll(map, read(in, file), file);
    } catch (IOException e) {
      throw new ConfigException("cannot read actor catalogue " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads one catalogue file; a YAML or value error is a {@link ConfigException} "source:line: what is wrong". */
  private static CatalogueFile read(InputStream in, String source) {
    String text = null;
    try {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      CatalogueFile f = YAML.readValue(text, CatalogueFile.class);
      if (f == null || f.actors() == null) {
        throw new ConfigException(source + ": no 'actors' list");
      }
      return f;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(keyLine(source, e, text) + "unknown key '" + e.getPropertyName() + "'", e);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      String parser = String.join("; ", e.getOriginalMessage().lines() // the YAML parser's lines, not its snippet
          .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList());
      String what = cause instanceof java.time.format.DateTimeParseException d
          ? "a role date is not YYYY-MM-DD: '" + d.getParsedString() + "'"
          : parser.isEmpty() ? "invalid YAML" : parser;
      throw new ConfigException(at(source, e) + what, e);
    } catch (IOException e) {
      throw new ConfigException("cannot read actor catalogue " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * "source:line: " of an unknown key. Jackson reports it where the entry holding it ends (an actor is a record, read
   * whole before its unknown keys are reported), so the line is the last one up to there that has the key.
   */
  private static String keyLine(String source, UnrecognizedPropertyException e, String text) {
    JsonLocation where = e.getLocation();
    if (where == null || where.getLineNr() < 1 || text == null) {
      return at(source, e);
    }
    java.util.regex.Pattern key = java.util.regex.Pattern.compile(
        "(^|[\\s{,])" + java.util.regex.Pattern.quote(String.valueOf(e.getPropertyName())) + "\\s*:");
    List<String> lines = text.lines().toList();
    for (int i = Math.min(where.getLineNr(), lines.size()); i >= 1; i--) {
      if (key.matcher(lines.get(i - 1)).find()) {
        return source + ":" + i + ": ";
      }
    }
    return at(source, e);
  }

  /** "source:line: " where the parser was, or "source: " when it cannot tell. */
  private static String at(String source, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    return where == null || where.getLineNr() < 1 ? source + ": " : source + ":" + where.getLineNr() + ": ";
  }

  private static void addAll(Map<String, ActorEntry> map, CatalogueFile f, String source) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ActorEntry e : f.actors()) {
      if (e.id() == null || e.id().isBlank()) {
        throw new ConfigException(source + ": an actor without id");
      }
      if (!seen.add(e.id())) {
        throw new ConfigException(source + ": duplicate actor id " + e.id());
      }
      if (e.surname() != null && !("person".equals(e.type()) && namesHoldWord(e, e.surname()))) {
        throw new ConfigException(source + ": actor " + e.id() + " has surname '" + e.surname()
            + "': a surname is given for persons only, and must be a word of one of their names");
      }
      map.put(e.id(), e);
    }
  }

  private void validate(String source) {
    for (ActorEntry e : byId.values()) {
      if (!ActorEntry.TYPES.contains(e.type())) {
        throw new ConfigException(source + ": actor " + e.id() + " has type '" + e.type() + "', expected one of "
            + ActorEntry.TYPES);
      }
      if (e.names().isEmpty()) {
        throw new ConfigException(source + ": actor " + e.id() + " has no names");
      }
      if (e.gender() != null && !ActorEntry.GENDERS.contains(e.gender())) {
        throw new ConfigException(source + ": actor " + e.id() + " has gender '" + e.gender() + "', expected one of "
            + ActorEntry.GENDERS);
      }
      if (e.id().startsWith("auto:")) {
        throw new ConfigException(source + ": actor ids starting with 'auto:' are reserved for discovered actors");
      }
    }
  }

  private static boolean namesHoldWord(ActorEntry e, String word) {
    java.util.List<String> forms = new java.util.ArrayList<>(e.names().values());
    e.aliases().values().forEach(forms::addAll);
    return forms.stream().anyMatch(f -> java.util.Arrays.asList(f.trim().split("\\s+")).contains(word));
  }

  public ActorEntry get(String id) {
    return byId.get(id);
  }

  public Collection<ActorEntry> entries() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  public List<String> ids() {
    return new ArrayList<>(byId.keySet());
  }
}
