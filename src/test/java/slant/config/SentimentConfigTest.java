package slant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentimentConfigTest {

  @Test
  void methodAndModelDirFromYaml() {
    SlantConfig c = ConfigLoader.parse("sentiment: {method: rules, model_dir: /models, max_distance: 3}", "t");
    assertEquals("rules", c.sentiment().method());
    assertEquals("/models", c.sentiment().modelDir());
    assertEquals(3, c.sentiment().maxDistance());
    SlantConfig d = ConfigLoader.parse("sentiment: {neutral_band: 0.2}", "t");
    assertEquals(SentimentConfig.DEFAULT_METHOD, d.sentiment().method());
    assertNull(d.sentiment().modelDir());
    assertEquals(SentimentConfig.DEFAULT_METHOD, SlantConfig.defaults().sentiment().method());
  }

  @Test
  void unknownMethodFailsLoudly() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.parse("sentiment: {method: bert}", "t"));
    assertTrue(e.getMessage().contains("sentiment.method"), e.getMessage());
  }

  @Test
  void withersKeepTheOtherSettings() {
    SentimentConfig s = new SentimentConfig("lex", "fr", 0.2, 3, "rules", "m");
    assertEquals(new SentimentConfig("lex", "fr", 0.2, 3, "trained", "m"), s.withMethod("trained"));
    assertEquals(new SentimentConfig("other", "fr", 0.2, 3, "rules", "m"), s.withLexiconDir("other"));
    assertEquals(new SentimentConfig("lex", null, 0.2, 3, null, null), new SentimentConfig("lex", 0.2, 3));
  }
}
