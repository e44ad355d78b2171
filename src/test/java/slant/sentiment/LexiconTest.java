package slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import slant.config.ConfigException;

class LexiconTest {

  static final String POLARITY = """
      lemma\tpos\tweight
      anbiedern\tVERB\t-0.6
      achten\tVERB\t0.4
      geächtet\tADJ\t-0.7
      schön\tADJ\t0.5
      Propaganda\tNOUN\t-0.6
      Verzweiflung\tNOUN\t-0.5
      gemein\tADJ\t-0.5
      brutal\tADJ\t-0.8
      """;
  static final String MODIFIERS = "word\ttype\tvalue\nnicht\tnegator\t-1\nsehr\tintensifier\t1.5\naber\tcontrast\t1\n";

  static Lexicon german() {
    return Lexicon.fromTsv("de", "test", POLARITY, MODIFIERS);
  }

  @Test
  void inflectedVerbFormsMatchTheInfinitive() {
    Lexicon l = german();
    assertEquals(-0.6, l.lookup("anbiedert", "VERB").weight());
    assertEquals(-0.6, l.lookup("angebiedert", "VERB").weight());
    assertEquals(-0.6, l.lookup("anzubiedern", "VERB").weight());
  }

  @Test
  void anAdjectiveInIgIsNotTheVerbMadeFromIt() {
    Lexicon l = Lexicon.fromTsv("de", "test", "lemma\tpos\tweight\nnötigen\tVERB\t-0.8\n", MODIFIERS);
    assertNull(l.lookup("nötig", "ADJ"), "eine Gesetzesänderung wäre nötig");
    assertNull(l.lookup("nötigen", "ADJ"), "die nötigen Schritte");
    assertEquals(-0.8, l.lookup("nötigen", "VERB").weight(), "sie nötigen ihn");
    assertEquals(-0.8, l.lookup("genötigt", "ADJ").weight(), "the participle is the verb's");
  }

  @Test
  void aNounTakesAnAdjectivesPolarityOnlyAsItsNominalisation() {
    Lexicon l = Lexicon.fromTsv("de", "test", "lemma\tpos\tweight\nbitter\tADJ\t-0.5\nradikal\tADJ\t-0.5\n",
        MODIFIERS);
    assertNull(l.lookup("Bitten", "NOUN"), "die Bitten Pakistans are requests");
    assertEquals(-0.5, l.lookup("Radikalen", "NOUN").weight(), "die Radikalen");
    assertEquals(-0.5, l.lookup("bitteren", "ADJ").weight());
  }

  @Test
  void umlautsKeepApartWordsTheKeyFolds() {
    Lexicon l = german();
    assertEquals(-0.7, l.lookup("geächtet", "VERB").weight(), "geächtet is not a form of achten");
    assertEquals(0.4, l.lookup("geachtet", "VERB").weight());
    assertNull(l.lookup("schon", "ADV"), "schon is not schön");
    assertNotNull(l.lookup("schönen", "ADJ"));
  }

  @Test
  void compoundsScoreThroughTheirNounParts() {
    Lexicon l = german();
    Lexicon.Hit hyphen = l.lookup("Propaganda-Fassade", "NOUN");
    assertEquals("compound-part", hyphen.match());
    assertEquals(-0.48, hyphen.weight(), 1e-9);
    Lexicon.Hit closed = l.lookup("Verzweiflungstat", "NOUN");
    assertNotNull(closed);
    assertTrue(closed.weight() < 0);
    assertNull(l.lookup("Gemeinschaft", "NOUN"), "an adjective part does not make a compound evaluative");
  }

  @Test
  void theHeadDecidesAndOnlyNegativeModifiersCount() {
    Lexicon l = Lexicon.fromTsv("de", "test", """
        lemma	pos	weight
        Engpass	NOUN	-0.5
        Energie	NOUN	0.6
        Krieg	NOUN	-0.4
        Schläger	NOUN	-0.6
        Strafe	NOUN	-0.5
        Freiheit	NOUN	0.5
        """, MODIFIERS);
    Lexicon.Hit plural = l.lookup("Lieferengpässe", "NOUN");
    assertEquals("compound-head", plural.match(), "an inflected head is still the head");
    assertEquals(-0.5, plural.weight(), 1e-9);
    assertEquals(-0.5, l.lookup("Freiheitsstrafe", "NOUN").weight(), 1e-9, "the head wins over a modifier");
    assertNull(l.lookup("Energiepreise", "NOUN"), "a positive modifier names a domain");
    assertNull(l.lookup("Energie-Preise", "NOUN"));
    assertEquals(-0.32, l.lookup("Kriegsgebiet", "NOUN").weight(), 1e-9);
    assertNull(l.lookup("Schlagerstar", "NOUN"), "Schlager is not Schläger");
    assertTrue(Lexicon.isHead("lieferengpasse", "engpass"));
    assertTrue(!Lexicon.isHead("engpasse", "engpass"), "no compound without a modifier");
  }

  @Test
  void modifiersAndErrors() {
    assertEquals(Lexicon.ModifierType.NEGATOR, german().modifier("Nicht").type());
    assertEquals("bad/polarity.tsv:2: weight 3 outside [-1, 1]", assertThrows(ConfigException.class,
        () -> Lexicon.fromTsv("de", "bad", "lemma\tpos\tweight\nx\tADJ\t3\n", null)).getMessage());
    assertEquals("bad/polarity.tsv:2: expected lemma, pos, weight (tab-separated)", assertThrows(ConfigException.class,
        () -> Lexicon.fromTsv("de", "bad", "lemma\tpos\tweight\nx\tADJ\n", null)).getMessage());
    assertEquals("bad/polarity.tsv:3: weight 'NaN' is not a number", assertThrows(ConfigException.class,
        () -> Lexicon.fromTsv("de", "bad", "lemma\tpos\tweight\n\nx\tADJ\tNaN\n", null)).getMessage());
  }

  /** A malformed modifier value used to end in a bare NumberFormatException. */
  @Test
  void aMalformedLexiconFileIsCitedByPathAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path de = java.nio.file.Files.createDirectories(dir.resolve("de"));
    java.nio.file.Files.writeString(de.resolve("polarity.tsv"), "lemma\tpos\tweight\nbrutal\tADJ\t-0.9\n");
    java.nio.file.Files.writeString(de.resolve("modifiers.tsv"), "word\ttype\tvalue\nsehr\tintensifier\t1,5\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Lexicon.load(dir.toString(), "de"));
    assertEquals(de.resolve("modifiers.tsv") + ":2: value '1,5' is not a number", e.getMessage());
    java.nio.file.Files.writeString(de.resolve("modifiers.tsv"), "word\ttype\tvalue\nsehr\tverstärker\t1.5\n");
    ConfigException t = assertThrows(ConfigException.class, () -> Lexicon.load(dir.toString(), "de"));
    assertEquals(de.resolve("modifiers.tsv") + ":2: unknown type 'verstärker' (intensifier, diminisher, negator, "
        + "contrast, concessive)", t.getMessage());
  }

  @Test
  void bundledLexiconsAreLargeAndLoad() {
    assertTrue(Lexicon.load(null, "de").size() >= 6000);
    assertTrue(Lexicon.load(null, "en").size() >= 6000);
  }
}
