package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slant.testing.SharedData;

class PronounEvalTest {

  @Test
  void autoIdsMatchBySurname() {
    assertTrue(PronounEval.sameActor("auto:franziska-hoppermann", "auto:hoppermann"));
    assertTrue(PronounEval.sameActor("auto:katherina-reiche", "slant:katherina-reiche"), "later catalogued");
    assertFalse(PronounEval.sameActor("auto:katherina-reiche", "slant:reiche"));
    assertTrue(PronounEval.sameActor("Q7747", "Q7747"));
    assertFalse(PronounEval.sameActor("auto:peter-magyar", "auto:magyarország"));
    assertFalse(PronounEval.sameActor(null, "Q7747"));
  }

  @Test
  void precisionAndRecallCountLinksAndGoldActors() {
    PronounEval.Accumulator acc = new PronounEval.Accumulator();
    acc.add(new PronounEval.GoldPronoun("c", "u", "2024-01-01", 0, "er", "Q7747", ""), "Q7747", "");
    acc.add(new PronounEval.GoldPronoun("c", "u", "2024-01-01", 5, "seine", "Q7747", ""), "Q159", "");
    acc.add(new PronounEval.GoldPronoun("c", "u", "2024-01-01", 9, "sie", null, "plural"), "Q567", "");
    acc.add(new PronounEval.GoldPronoun("c", "u", "2024-01-01", 12, "ihr", "Q567", ""), null, "");
    acc.add(new PronounEval.GoldPronoun("c", "u", "2024-01-01", 20, "ihnen", null, ""), null, "");
    PronounEval.Result r = acc.result();
    assertEquals(5, r.nPronouns());
    assertEquals(3, r.nGoldActors());
    assertEquals(3, r.nLinked());
    assertEquals(1, r.nCorrect());
    assertEquals(1.0 / 3, r.precision(), 1e-9);
    assertEquals(1.0 / 3, r.recall(), 1e-9);
    assertEquals(3, r.errors().size(), "wrong link, link on a non-actor pronoun, missed link");
    assertEquals(1, r.byForm().get("possessive")[0]);
  }

  @Test
  void readsTheTsv(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("p.tsv");
    Files.writeString(f, "# comment\ncorpus\turl\tdate\toffset\tpronoun\tgold\tnote\n"
        + "z\thttps://x\t2025-01-01\t12\ter\tQ7747\t\nz\thttps://x\t2025-01-01\t30\tsie\t-\tplural\n");
    List<PronounEval.GoldPronoun> g = PronounEval.read(f);
    assertEquals(2, g.size());
    assertEquals(12, g.get(0).offset());
    assertEquals(null, g.get(1).gold());
  }

  /** The team's gold files point at the right words of the shared corpus (needs ../shared: see SharedData). */
  @Test
  void goldFilesPointAtTheirPronouns() throws IOException {
    Path corpus = SharedData.require("../shared/data/zeitgeist-de-news/archive.jsonl",
        "that the pronoun gold files' offsets point at their pronouns");
    Map<String, String> texts = ActorMentionEvaluator.readCorpus(corpus.getParent());
    int n = 0;
    for (String file : List.of("data/eval/pronouns-de.tsv", "data/eval/pronouns-de-heldout.tsv")) {
      for (PronounEval.GoldPronoun p : PronounEval.read(Path.of(file))) {
        String text = texts.get(p.url());
        assertTrue(text != null && text.startsWith(p.pronoun(), p.offset()), file + ": " + p);
        n++;
      }
    }
    assertTrue(n >= 60, "at least 60 annotated pronouns, got " + n);
  }
}
