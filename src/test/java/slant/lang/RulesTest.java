package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.config.ConfigException;

/** The rule word lists: what the bundled files hold, the hash over them, and the errors a bad file gives. */
class RulesTest {

  @TempDir
  Path tmp;

  private static String bundledText(String file) throws IOException {
    try (InputStream in = RulesTest.class.getClassLoader().getResourceAsStream("slant-data/rules/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A rules folder with {@code text} as {@code file}; the other files stay bundled. */
  private Path folder(String name, String file, String text) throws IOException {
    Path dir = tmp.resolve(name);
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void bundledListsHoldTheWordsTheRulesUsed() {
    Rules r = Rules.bundled();
    assertEquals(List.of("beiden", "beide", "both"), r.list("pair-words.tsv"));
    assertEquals(Set.of("sei", "seien", "seiest", "seiet"), r.words("de/konjunktiv1-always.tsv"));
    assertEquals(List.of("schreiben", "schrieb schrieben"), r.rows("de/say-verbs.tsv").stream()
        .filter(row -> row.get(0).equals("schreiben")).findFirst().orElseThrow());
    assertEquals(List.of("sagen", ""), r.rows("de/say-verbs.tsv").get(0), "no irregular forms: empty field");
    assertEquals(51, r.rows("de/say-verbs.tsv").size());
    assertEquals(27, r.rows("en/say-verbs.tsv").size());
    assertEquals(List.of("ung", "f"), r.rows("de/organisation-gender-endings.tsv").get(0));
    // the grammar words the sentiment rules read (until 2026-12-06 written into the code)
    assertEquals(Set.of("von", "of", "'s", "'", "’s", "’"), r.words("owner-prepositions.tsv"));
    assertEquals(Set.of("zu", "um", "to"), r.words("purpose-marks.tsv"));
    assertEquals(Set.of("an"), r.words("gain-prepositions.tsv"));
    assertEquals(Set.of("wegen", "für", "aufgrund"), r.words("de/grounds-prepositions.tsv"));
  }

  /** The German and English outcome idioms are read as one list: no verb form may be both languages'. */
  @Test
  void germanAndEnglishOutcomeIdiomsShareNoVerbForm() {
    Rules r = Rules.bundled();
    Set<String> german = new HashSet<>();
    for (List<String> row : r.rows("de/outcome-idioms.tsv")) {
      german.addAll(List.of(row.get(2).split(" ")));
    }
    Set<String> shared = new HashSet<>();
    for (List<String> row : r.rows("en/outcome-idioms.tsv")) {
      for (String form : row.get(2).split(" ")) {
        if (german.contains(form)) {
          shared.add(form);
        }
      }
    }
    assertEquals(Set.of(), shared);
  }

  @Test
  void aCopyOfTheBundledFilesHashesLikeThem() throws IOException {
    Path dir = tmp.resolve("copy");
    for (String f : Rules.FILES.keySet()) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), bundledText(f), StandardCharsets.UTF_8);
    }
    assertEquals(Rules.bundled().hash(), Rules.load(dir.toString()).hash());
    assertEquals(64, Rules.bundled().hash().length());
  }

  @Test
  void changingOneWordInAnyRuleFileChangesTheHash() throws IOException {
    String bundled = Rules.bundled().hash();
    Set<String> hashes = new HashSet<>();
    for (String f : Rules.FILES.keySet()) {
      String text = bundledText(f);
      String lastWord = text.strip().substring(text.strip().lastIndexOf('\n') + 1).split("\t")[0];
      String changed = text.strip().substring(0, text.strip().lastIndexOf('\n') + 1)
          + text.strip().substring(text.strip().lastIndexOf('\n') + 1).replaceFirst(lastWord, lastWord + "x") + "\n";
      Rules r = Rules.load(folder(f.replace('/', '-'), f, changed).toString());
      assertEquals(List.of(lastWord + "x"), r.list(f).subList(r.list(f).size() - 1, r.list(f).size()), f);
      assertNotEquals(bundled, r.hash(), f);
      hashes.add(r.hash());
    }
    assertEquals(Rules.FILES.size(), hashes.size(), "each file changes the hash its own way");
  }

  @Test
  void aFileInTheFolderReplacesTheBundledOneOthersStay() throws IOException {
    Rules r = Rules.load(folder("one", "pair-words.tsv", "# test\nword\nbeide\n").toString());
    assertEquals(List.of("beide"), r.list("pair-words.tsv"));
    assertEquals(Rules.bundled().list("title-endings.tsv"), r.list("title-endings.tsv"));
  }

  @Test
  void malformedLinesNameFileAndLine() throws IOException {
    Path dir = folder("bad", "de/say-verbs.tsv", "# comment\nverb\tirregular_forms\nsagen\nschreiben\tschrieb\tx\n");
    ConfigException e = assertThrows(ConfigException.class, () -> Rules.load(dir.toString()));
    assertEquals(dir.resolve("de/say-verbs.tsv") + ":4: expected verb, irregular_forms (tab-separated), got 3 fields",
        e.getMessage());

    Path twice = folder("twice", "pair-words.tsv", "word\nbeide\nbeide\n");
    assertEquals(twice.resolve("pair-words.tsv") + ":3: 'beide' is listed twice",
        assertThrows(ConfigException.class, () -> Rules.load(twice.toString())).getMessage());

    Path header = folder("header", "pair-words.tsv", "# no header\nbeide\n");
    assertEquals(header.resolve("pair-words.tsv") + ":2: expected the header line 'word'",
        assertThrows(ConfigException.class, () -> Rules.load(header.toString())).getMessage());

    Path gender = folder("gender", "de/organisation-gender-endings.tsv", "ending\tgender\nung\tx\n");
    assertEquals(gender.resolve("de/organisation-gender-endings.tsv") + ":2: gender 'x' is not one of m, f, n",
        assertThrows(ConfigException.class, () -> Rules.load(gender.toString())).getMessage());

    Path epithet = folder("epithet", "epithet-anaphors.tsv", "word\trefers_to\nterrormiliz\tstate\n");
    assertEquals(epithet.resolve("epithet-anaphors.tsv") + ":2: refers_to 'state' is not one of person, group, members",
        assertThrows(ConfigException.class, () -> Rules.load(epithet.toString())).getMessage());

    Path idiom = folder("idiom", "de/outcome-idioms.tsv",
        "idiom\tword\tverb_forms\tweight\nsich schwer tun\tschwer\ttut tat\t-2\n");
    assertEquals(idiom.resolve("de/outcome-idioms.tsv") + ":2: weight -2 is not in [-1, 1] or is 0",
        assertThrows(ConfigException.class, () -> Rules.load(idiom.toString())).getMessage());
    Path idiomForms = folder("idiomForms", "de/outcome-idioms.tsv",
        "idiom\tword\tverb_forms\tweight\nsich schwer tun\tschwer\t\t-0.5\n");
    assertEquals(idiomForms.resolve("de/outcome-idioms.tsv") + ":2: expected at most one word and at least one verb form",
        assertThrows(ConfigException.class, () -> Rules.load(idiomForms.toString())).getMessage());

    Path adverb = folder("adverb", "de/outcome-adverbs.tsv", "word\tweight\nerfolglos\t0\n");
    assertEquals(adverb.resolve("de/outcome-adverbs.tsv") + ":2: weight 0 is not in [-1, 1] or is 0",
        assertThrows(ConfigException.class, () -> Rules.load(adverb.toString())).getMessage());

    Path words = folder("words", "statement-nouns.tsv", "word\nnach angaben\n");
    assertEquals(words.resolve("statement-nouns.tsv") + ":2: 'nach angaben' is not a single word",
        assertThrows(ConfigException.class, () -> Rules.load(words.toString())).getMessage());
  }

  @Test
  void aMisspeltFileNameIsAnError() throws IOException {
    Path dir = folder("typo", "de/say-verb.tsv", "verb\tirregular_forms\nsagen\n");
    assertEquals(dir.resolve("de/say-verb.tsv") + ": not a rule file (known: " + String.join(", ",
        Rules.FILES.keySet()) + ")", assertThrows(ConfigException.class, () -> Rules.load(dir.toString()))
        .getMessage());
    assertEquals("rules folder not found: " + tmp.resolve("none"),
        assertThrows(ConfigException.class, () -> Rules.load(tmp.resolve("none").toString())).getMessage());
  }
}
