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
  void maxErrorShareDefaultsToFivePercentAndIsAShare() {
    assertEquals(0.05, ConfigLoader.parse("{}", "t").run().maxErrorShare());
    assertEquals(0.2, ConfigLoader.parse("run: {max_error_share: 0.2}", "t").run().maxErrorShare());
    assertEquals(0.0, ConfigLoader.parse("run: {max_error_share: 0}", "t").run().maxErrorShare());
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.parse("run: {max_error_share: 5}", "job.yaml"));
    assertEquals("job.yaml: run.max_error_share must be between 0 and 1, got 5.0", e.getMessage());
  }

  /** The run section as it is logged and hashed; every key has its effective value, defaults included. */
  @Test
  void canonicalJsonHoldsTheDefaults() {
    String json = ConfigLoader.toCanonicalJson(SlantConfig.defaults());
    assertTrue(json.contains("\"run\":{\"date\":null,\"from\":null,\"lookback_days\":0,\"max_error_share\":0.05,"
        + "\"time_zone\":\"Europe/Berlin\",\"to\":null}"), json);
  }

  @Test
  void hashChangesWithAnySetting() {
    SlantConfig a = SlantConfig.defaults();
    SlantConfig b = a.withRun(a.run().withDates("2024-06-18", null, null));
    assertEquals(ConfigLoader.hash(a), ConfigLoader.hash(SlantConfig.defaults()));
    assertNotEquals(ConfigLoader.hash(a), ConfigLoader.hash(b));
    assertNotEquals(ConfigLoader.hash(a), ConfigLoader.hash(a.withRun(a.run().withMaxErrorShare(0.1))));
  }
}
