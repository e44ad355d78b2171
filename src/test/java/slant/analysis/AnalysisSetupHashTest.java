package slant.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.ConfigLoader;
import slant.config.SlantConfig;
import slant.lang.Rules;

/** Every file that decides a sentiment is in {@code lexicon_hash}: the rule files too, not only the lexicon. */
class AnalysisSetupHashTest {

  @TempDir
  Path tmp;

  private static String bundled(String lang, String file) throws IOException {
    try (InputStream in = AnalysisSetupHashTest.class.getClassLoader()
        .getResourceAsStream("slant-data/lexicons/" + lang + "/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A lexicon folder holding copies of the bundled files, with {@code edit} applied to one of them. */
  private SlantConfig withFolder(String name, String file, String from, String to) throws IOException {
    Path dir = tmp.resolve(name);
    for (String lang : List.of("de", "en")) {
      Files.createDirectories(dir.resolve(lang));
      for (String f : List.of("polarity.tsv", "modifiers.tsv", "verb-frames.tsv", "relations.tsv",
          "compound-exceptions.tsv")) {
        if (lang.equals("en") && f.equals("compound-exceptions.tsv")) {
          continue; // German only
        }
        String text = bundled(lang, f);
        if (lang.equals("de") && f.equals(file)) {
          text = text.replace(from, to);
        }
        Files.writeString(dir.resolve(lang).resolve(f), text, StandardCharsets.UTF_8);
      }
    }
    SlantConfig c = SlantConfig.defaults();
    return c.withSentiment(c.sentiment().withLexiconDir(dir.toString()).withMethod("rules"));
  }

  @Test
  void changingAWordInARuleFileChangesTheLexiconHash() throws IOException {
    String same = AnalysisSetup.load(withFolder("a", "relations.tsv", "", "")).lexiconHash();
    assertEquals(same, AnalysisSetup.load(withFolder("b", "relations.tsv", "", "")).lexiconHash(),
        "the same content, the same hash");
    SlantConfig c = SlantConfig.defaults();
    assertEquals(same, AnalysisSetup.load(c.withSentiment(c.sentiment().withMethod("rules"))).lexiconHash(),
        "copies of the bundled files hash like the bundled files");
    assertNotEquals(same, AnalysisSetup.load(withFolder("c", "relations.tsv", "Krieg\ttopic", "Kriege\ttopic"))
        .lexiconHash());
    assertNotEquals(same, AnalysisSetup.load(withFolder("d", "verb-frames.tsv", "anbiedern\tneg", "anbiedern\tnone"))
        .lexiconHash());
    assertNotEquals(same, AnalysisSetup.load(withFolder("e", "compound-exceptions.tsv", "Gespräch\tRache\n", ""))
        .lexiconHash(), "the compound exceptions decide scores too");
  }

  @Test
  void aLexiconFolderWithoutRuleFilesUsesAndHashesTheBundledOnes() throws IOException {
    Path dir = tmp.resolve("plain");
    for (String lang : List.of("de", "en")) {
      Files.createDirectories(dir.resolve(lang));
      for (String f : List.of("polarity.tsv", "modifiers.tsv")) {
        Files.writeString(dir.resolve(lang).resolve(f), bundled(lang, f), StandardCharsets.UTF_8);
      }
    }
    SlantConfig c = SlantConfig.defaults();
    c = c.withSentiment(c.sentiment().withMethod("rules"));
    assertEquals(AnalysisSetup.load(c).lexiconHash(),
        AnalysisSetup.load(c.withSentiment(c.sentiment().withLexiconDir(dir.toString()))).lexiconHash());
  }

  @Test
  void changingAWordInARuleListChangesTheRulesHashOnly() throws IOException {
    SlantConfig c = ConfigLoader.parse("sentiment: {method: rules}", "t");
    AnalysisSetup bundled = AnalysisSetup.load(c);
    assertEquals(Rules.bundled().hash(), bundled.rulesHash());
    Path dir = tmp.resolve("rules");
    Files.createDirectories(dir.resolve("de"));
    String sayVerbs;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("slant-data/rules/de/say-verbs.tsv")) {
      sayVerbs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("de/say-verbs.tsv"), sayVerbs, StandardCharsets.UTF_8);
    SlantConfig same = ConfigLoader.parse("sentiment: {method: rules, rules_dir: '" + dir + "'}", "t");
    assertEquals(dir.toString(), same.sentiment().rulesDir());
    assertEquals(bundled.rulesHash(), AnalysisSetup.load(same).rulesHash(), "a copy hashes like the bundled file");
    Files.writeString(dir.resolve("de/say-verbs.tsv"), sayVerbs.replace("\nbetonen\n", "\nbetont\n"),
        StandardCharsets.UTF_8);
    AnalysisSetup changed = AnalysisSetup.load(same);
    assertNotEquals(bundled.rulesHash(), changed.rulesHash());
    assertEquals(bundled.lexiconHash(), changed.lexiconHash());
    assertEquals(bundled.catalogueHash(), changed.catalogueHash());
  }
}
