package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.ConfigException;
import slant.sentiment.Lexicon;

/** Each loader against a tiny fixture written here (invented entries in the published layouts). */
class ExternalLexiconsTest {

  // SentiWS layout: BOM on the first line, CRLF, Lemma|POS TAB weight TAB inflections (may be empty)
  private static final String SENTIWS_NEG = "\uFEFFPleite|NN\t-0.55\tPleiten\r\n"
      + "schäbig|ADJX\t-0.4\tschäbige,schäbigen,schäbiger\r\n"
      + "betrügen|VVINF\t-0.6\tbetrügt,betrog,betrogen\r\n";
  private static final String SENTIWS_POS = "Erfolg|NN\t0.37\tErfolge,Erfolges\r\n"
      + "gern|ADV\t0.2\t\r\n";

  private static final String RAUH = "feature\tsentiment\n"
      + " pleite \t-1\n"
      + " erfolgreich \t1\n"
      + " NOT_erfolgreich \t-1\n";

  private static final String GERVADER = "Brillanz\t2.7\t0.9\t[+2,+2,+3,+1,+4,+2,+4,+3,+3]\n"
      + "lückenlos\t1.3\t1.2\t[+1,+0,+1]\n"
      + ":-)\t2.0\t0.5\t[2,2]\n"
      + "Alda \t0.9\t0.9\t[+1,+1]\n";

  private static final String VADER = "abandon\t-1.9\t0.53852\t[-2, -2, -2, -2, -1]\n"
      + "can't stand\t-2.0\t0.63246\t[-2, -2]\n"
      + "%)\t-0.4\t1.0198\t[-1, 0]\n"
      + "triumph\t4.0\t0.1\t[4, 4]\n";

  private static final Lexicon MODS_DE = Lexicon.fromTsv("de", "mods", "lemma\tpos\tweight\n",
      "word\ttype\tvalue\nnicht\tnegator\t-1\nsehr\tintensifier\t1.5\n");

  @Test
  void sentiWsEntriesWithMappedPosAndInflections() {
    List<Lexicon.Entry> e = ExternalLexicons.sentiWs(SENTIWS_NEG, "neg");
    assertTrue(e.contains(new Lexicon.Entry("Pleite", "NOUN", -0.55)), e.toString());
    assertTrue(e.contains(new Lexicon.Entry("Pleiten", "NOUN", -0.55)));
    assertTrue(e.contains(new Lexicon.Entry("schäbig", "ADJ", -0.4)));
    assertTrue(e.contains(new Lexicon.Entry("betrügen", "VERB", -0.6)));
    assertTrue(e.contains(new Lexicon.Entry("betrog", "X", -0.6)));
    List<Lexicon.Entry> p = ExternalLexicons.sentiWs(SENTIWS_POS, "pos");
    assertEquals(List.of(new Lexicon.Entry("Erfolg", "NOUN", 0.37), new Lexicon.Entry("Erfolge", "NOUN", 0.37),
        new Lexicon.Entry("Erfolges", "NOUN", 0.37), new Lexicon.Entry("gern", "ADV", 0.2)), p);
    assertThrows(ConfigException.class, () -> ExternalLexicons.sentiWs("Pleite\t-0.5\n", "bad"));
  }

  @Test
  void sentiWsPairFromEitherFileOrFolder(@TempDir Path dir) throws IOException {
    Path neg = dir.resolve("SentiWS_vX_Negative.txt");
    Path pos = dir.resolve("SentiWS_vX_Positive.txt");
    Files.writeString(neg, SENTIWS_NEG, StandardCharsets.UTF_8);
    Files.writeString(pos, SENTIWS_POS, StandardCharsets.UTF_8);
    for (Path given : List.of(dir, neg, pos)) {
      Lexicon lex = ExternalLexicons.load("sentiws", given, "de", MODS_DE);
      assertEquals("sentiws:SentiWS_vX", lex.name());
      assertEquals(-0.55, lex.lookup("Pleiten", "NOUN").weight());
      assertEquals(0.37, lex.lookup("Erfolg", "NOUN").weight());
      assertEquals(-0.6, lex.lookup("betrog", "VERB").weight());
      assertEquals(Lexicon.ModifierType.NEGATOR, lex.modifier("nicht").type());
    }
    assertThrows(ConfigException.class, () -> ExternalLexicons.load("sentiws", dir.resolve("other.txt"), "de", null));
  }

  @Test
  void rauhFeaturesTrimmedAndNegationBigramsSkipped(@TempDir Path dir) throws IOException {
    List<Lexicon.Entry> e = ExternalLexicons.rauh(RAUH, "rauh");
    assertEquals(List.of(new Lexicon.Entry("pleite", "X", -1), new Lexicon.Entry("erfolgreich", "X", 1)), e);
    Path f = dir.resolve("rauh.tsv");
    Files.writeString(f, RAUH, StandardCharsets.UTF_8);
    Lexicon lex = ExternalLexicons.load("rauh", f, "de", MODS_DE);
    assertEquals("rauh:rauh.tsv", lex.name());
    assertEquals(1.0, lex.lookup("erfolgreich", "ADJ").weight());
    assertEquals(-1.0, lex.lookup("Pleite", "NOUN").weight());
    assertNotNull(lex.modifier("sehr"));
    assertThrows(ConfigException.class, () -> ExternalLexicons.rauh("word\tscore\n x \t1\n", "bad"));
  }

  @Test
  void gerVaderScaledByFourWithoutEmoticons() {
    List<Lexicon.Entry> e = ExternalLexicons.vader(GERVADER, "gervader", "de");
    assertEquals(List.of(new Lexicon.Entry("Brillanz", "NOUN", 0.675), new Lexicon.Entry("lückenlos", "X", 0.325),
        new Lexicon.Entry("Alda", "NOUN", 0.225)), e);
  }

  @Test
  void vaderScaledByFour(@TempDir Path dir) throws IOException {
    List<Lexicon.Entry> e = ExternalLexicons.vader(VADER, "vader", "en");
    assertEquals(List.of(new Lexicon.Entry("abandon", "X", -0.475), new Lexicon.Entry("can't stand", "X", -0.5),
        new Lexicon.Entry("triumph", "X", 1.0)), e);
    Path f = dir.resolve("vader_lexicon.txt");
    Files.writeString(f, VADER, StandardCharsets.UTF_8);
    Lexicon lex = ExternalLexicons.load("vader", f, "en", null);
    assertEquals("vader:vader_lexicon.txt", lex.name());
    assertEquals(-0.475, lex.lookup("abandon", "VERB").weight());
    assertNull(lex.lookup("stand", "VERB"));
    assertEquals("en", ExternalLexicons.language("vader"));
    assertEquals("de", ExternalLexicons.language("gervader"));
  }

  @Test
  void unknownFormatOrEmptyFileIsAConfigError(@TempDir Path dir) throws IOException {
    assertThrows(ConfigException.class, () -> ExternalLexicons.language("liwc"));
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, ":)\t1.0\t0.1\t[1]\n", StandardCharsets.UTF_8);
    assertThrows(ConfigException.class, () -> ExternalLexicons.load("vader", f, "en", null));
    assertThrows(ConfigException.class, () -> ExternalLexicons.load("rauh", dir.resolve("missing.tsv"), "de", null));
  }
}
