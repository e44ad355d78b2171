package slant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  @Test
  void emptyYamlGivesDefaults() {
    SlantConfig c = ConfigLoader.parse("{}", "test");
    assertEquals("data/sample", c.input().path());
    assertEquals("Europe/Berlin", c.run().timeZone());
    assertEquals(java.util.List.of("de", "en"), c.nlp().languages());
  }

  @Test
  void readsSnakeCaseKeys() {
    SlantConfig c = ConfigLoader.parse("""
        input: {path: /data/news, format: csv}
        run: {from: 2024-06-01, to: 2024-06-07, time_zone: UTC}
        nlp: {max_sentence_tokens: 60}
        """, "test");
    assertEquals("/data/news", c.input().path());
    assertEquals("csv", c.input().format());
    assertEquals("2024-06-01", c.run().from());
    assertEquals(60, c.nlp().maxSentenceTokens());
  }

  @Test
  void annotationsAreWrittenUnlessSwitchedOff() {
    assertTrue(ConfigLoader.parse("output: {path: o}", "t").output().writeAnnotations());
    assertEquals(false, ConfigLoader.parse("output: {write_annotations: false}", "t").output().writeAnnotations());
  }

  @Test
  void unknownKeyIsAnErrorNamingTheKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.parse("nlp: {max_sentense_tokens: 60}", "job.yaml"));
    assertTrue(e.getMessage().contains("max_sentense_tokens"), e.getMessage());
    assertTrue(e.getMessage().startsWith("job.yaml"), e.getMessage());
  }

  @Test
  void badValuesFailLoudly() {
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("input: {format: xml}", "t"));
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("run: {date: 2024-13-45}", "t"));
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("run: {time_zone: Mars/Olympus}", "t"));
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("run: {from: 2024-06-07, to: 2024-06-01}", "t"));
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("nlp: {languages: [fr]}", "t"));
  }

  @Test
  void shippedJobConfigsLoad() {
    SlantConfig local = ConfigLoader.load(Path.of("jobs/local.yaml"));
    assertEquals("data/sample", local.input().path());
  }

  @Test
  void hashChangesWithAnySetting() {
    SlantConfig a = SlantConfig.defaults();
    SlantConfig b = a.withRun(a.run().withDates("2024-06-18", null, null));
    assertEquals(ConfigLoader.hash(a), ConfigLoader.hash(SlantConfig.defaults()));
    assertNotEquals(ConfigLoader.hash(a), ConfigLoader.hash(b));
  }
}
