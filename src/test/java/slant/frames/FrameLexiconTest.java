package slant.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import slant.config.ConfigException;
import slant.model.Sentence;
import slant.testing.FrameTestDocs;

class FrameLexiconTest {

  private static final FrameLexicon DE = FrameLexicon.load(null, "de");
  private static final FrameLexicon EN = FrameLexicon.load(null, "en");

  private static Set<String> frames(List<FrameLexicon.Frame> fs) {
    return fs.stream().map(FrameLexicon.Frame::frame).collect(Collectors.toSet());
  }

  private static Map<String, Set<String>> matches(FrameLexicon lex, Sentence s) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (FrameLexicon.Match m : lex.match(s)) {
      out.put(m.text(), frames(m.frames()));
    }
    return out;
  }

  @Test
  void bundledLexiconsMeetTheCoverageFloor() {
    assertTrue(DE.rows().size() >= 600, "de rows " + DE.rows().size());
    assertTrue(EN.rows().size() >= 400, "en rows " + EN.rows().size());
    for (String d : FrameLexicon.DEVICES) {
      long n = DE.rows().stream().filter(r -> r.frame().equals(d)).count();
      assertTrue(n >= 20, d + " has " + n);
    }
    for (String p : FrameLexicon.POLICY) {
      long n = DE.rows().stream().filter(r -> r.frame().equals(p)).count();
      assertTrue(n >= 15, p + " has " + n);
    }
  }

  @Test
  void singleWordsAndRequiredEntries() {
    assertEquals(Set.of("desperation"), frames(DE.lookup("Verzweiflungstat", "NOUN", false)));
    assertTrue(frames(DE.lookup("Schurke", "NOUN", false)).contains("villainy"));
    assertTrue(frames(DE.lookup("Diktator", "NOUN", false)).contains("villainy"));
    assertTrue(frames(DE.lookup("Böse", "NOUN", false)).contains("villainy"));
    assertTrue(frames(DE.lookup("Machthaber", "NOUN", false)).contains("illegitimacy"));
    assertTrue(frames(DE.lookup("Regime", "NOUN", false)).contains("illegitimacy"));
    assertTrue(frames(DE.lookup("Despot", "NOUN", false)).contains("illegitimacy"));
    assertTrue(frames(DE.lookup("Propaganda", "NOUN", false)).contains("deception"));
    assertTrue(frames(DE.lookup("Augenwischerei", "NOUN", false)).contains("deception"));
    assertTrue(frames(DE.lookup("geächtet", "VERB", false)).contains("isolation"));
  }

  @Test
  void inflectedFormsMatch() {
    assertEquals(Set.of("ingratiation"), frames(DE.lookup("anbiedert", "VERB", false)));
    assertEquals(Set.of("ingratiation"), frames(DE.lookup("angebiedert", "VERB", false)));
    assertTrue(frames(DE.lookup("täuscht", "ADJ", false)).contains("deception")); // tagger error tolerated
    assertTrue(frames(DE.lookup("isolierten", "ADJ", false)).contains("isolation"));
    assertTrue(frames(DE.lookup("Diktators", "NOUN", false)).contains("villainy"));
    assertTrue(frames(DE.lookup("Machthabers", "PROPN", false)).contains("illegitimacy"));
    assertTrue(frames(EN.lookup("deceived", "VERB", false)).contains("deception"));
    assertTrue(frames(EN.lookup("dictators", "NOUN", false)).contains("villainy"));
  }

  @Test
  void germanCaseAndPosChecks() {
    assertTrue(DE.lookup("böse", "NOUN", false).isEmpty() || frames(DE.lookup("böse", "ADJ", false)).contains("villainy"));
    assertTrue(DE.lookup("Täuschen", "VERB", false).isEmpty(), "capitalised verb mid-sentence is a noun use");
    assertFalse(DE.lookup("Täuschen", "VERB", true).isEmpty(), "sentence-initial capital is fine");
    assertTrue(EN.lookup("just", "ADV", false).isEmpty());
  }

  @Test
  void compoundsMatchTheirParts() {
    assertTrue(frames(DE.lookup("Propagandashow", "NOUN", false)).contains("deception"));
    assertTrue(frames(DE.lookup("Diktatorenfreund", "NOUN", false)).contains("villainy"));
    assertTrue(frames(DE.lookup("Atomraketen", "NOUN", false)).contains("security_defense"), "compound head");
    assertTrue(DE.lookup("Leidenschaft", "NOUN", false).isEmpty(), "short modifier parts do not count");
  }

  @Test
  void multiWordPatterns() {
    Sentence s = FrameTestDocs.sentence(0, 0, "eine/DET", "neue/ADJ", "Bromance/NOUN", "der/DET", "Bösen/PROPN",
        "an/ADP");
    Map<String, Set<String>> m = matches(DE, s);
    assertEquals(Set.of("villainy", "personalisation"), m.get("Bromance der Bösen"));
    assertFalse(m.containsKey("Bösen"), "tokens of a pattern are not matched again as single words");
    // another article, inflection
    Sentence s2 = FrameTestDocs.sentence(0, 0, "Er/PRON", "regiert/VERB", "mit/ADP", "harten/ADJ", "Händen/NOUN");
    assertTrue(matches(DE, s2).get("mit harten Händen").contains("threat"));
    // contraction in the pattern, split by the tokenizer
    Sentence s3 = FrameTestDocs.sentence(0, 0, "mit/ADP", "dem/DET", "Rücken/NOUN", "zu/ADP", "der/DET", "Wand/NOUN");
    assertTrue(matches(DE, s3).get("mit dem Rücken zu der Wand").contains("desperation"));
  }

  @Test
  void germanVerbPatternWithTheVerbElsewhere() {
    Sentence s = FrameTestDocs.sentence(0, 0, "Kim/PROPN", "rauche/VERB", "Kette/NOUN");
    Map<String, Set<String>> m = matches(DE, s);
    assertTrue(m.get("rauche Kette").contains("personalisation"), m.toString());
    Sentence s2 = FrameTestDocs.sentence(0, 0, "Sie/PRON", "streuen/VERB", "den/DET", "Wählern/NOUN", "Sand/NOUN",
        "in/ADP", "die/DET", "Augen/NOUN");
    assertTrue(matches(DE, s2).get("streuen … Sand in die Augen").contains("deception"), matches(DE, s2).toString());
  }

  @Test
  void separatedParticleIsJoined() {
    Sentence s = FrameTestDocs.sentence(0, 0, "Putin/PROPN/1/nsubj", "biedert/VERB/-1/root", "sich/PRON/1/obj",
        "an/ADP/1/compound:prt");
    assertEquals(Set.of("ingratiation"), matches(DE, s).get("biedert"));
  }

  @Test
  void malformedLinesAreConfigErrors() {
    assertThrows(ConfigException.class, () -> FrameLexicon.fromTsv("de", "t", "pattern\tframe\tfamily\tpos\nx\tvillainy\n"));
    assertThrows(ConfigException.class, () -> FrameLexicon.fromTsv("de", "t", "x\tnofr\tdevice\tNOUN\n"));
    assertThrows(ConfigException.class, () -> FrameLexicon.fromTsv("de", "t", "x\tvillainy\tdevices\tNOUN\n"));
    assertEquals("t:1: pos 'PRON' is not NOUN, VERB, ADJ, ADV or ANY", assertThrows(ConfigException.class,
        () -> FrameLexicon.fromTsv("de", "t", "x\tvillainy\tdevice\tPRON\n")).getMessage());
    assertThrows(ConfigException.class, () -> FrameLexicon.load("/nonexistent", "de"));
    assertEquals(1, FrameLexicon.fromTsv("de", "t", "# comment\nSchurke\tvillainy\tdevice\tNOUN\n").rows().size());
  }

  @Test
  void aMalformedFrameLexiconIsCitedByPathAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path de = java.nio.file.Files.createDirectories(dir.resolve("de"));
    java.nio.file.Files.writeString(de.resolve("frames.tsv"), "pattern\tframe\tfamily\tpos\n"
        + "Schurke\tvillainy\tdevice\tNOUN\nDiktator\tvillainy\tdevices\tNOUN\n");
    ConfigException e = assertThrows(ConfigException.class, () -> FrameLexicon.load(dir.toString(), "de"));
    assertEquals(de.resolve("frames.tsv") + ":3: unknown family 'devices' (device, policy, role)", e.getMessage());
  }
}
