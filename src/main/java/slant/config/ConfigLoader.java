package slant.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads {@link SlantConfig} from YAML (snake_case keys) into records only: no polymorphic typing, no class names, so
 * a config file cannot construct arbitrary objects. Unknown keys are errors.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private static final ObjectMapper CANONICAL_JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .build();

  private ConfigLoader() {}

  public static SlantConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("config file not found: " + file);
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return parse(text, file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read config " + file + ": " + e.getMessage(), e);
    }
  }

  public static SlantConfig parse(String yaml, String source) {
    try {
      SlantConfig config = YAML.readValue(yaml, SlantConfig.class);
      return config == null ? SlantConfig.defaults() : config;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(source + ": unknown key '" + e.getPropertyName() + "' at " + pathOf(e), e);
    } catch (IOException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      if (root instanceof ConfigException ce) {
        throw new ConfigException(source + ": " + ce.getMessage(), e);
      }
      String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage()
          : e.getMessage();
      throw new ConfigException(source + ": " + msg.lines().findFirst().orElse("invalid YAML"), e);
    }
  }

  private static String pathOf(UnrecognizedPropertyException e) {
    StringBuilder sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
      }
    }
    return sb.toString();
  }

  /** The effective config as canonical JSON (sorted keys): what is logged and hashed into the run manifest. */
  public static String toCanonicalJson(SlantConfig config) {
    try {
      return CANONICAL_JSON.writeValueAsString(config);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 of {@link #toCanonicalJson}, hex. */
  public static String hash(SlantConfig config) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(toCanonicalJson(config).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
