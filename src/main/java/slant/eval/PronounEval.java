package slant.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores pronoun links (mentions of kind {@code pronoun}) against hand-annotated pronouns
 * ({@code data/eval/pronouns-de.tsv}). The gold file holds no text, only pointers into a corpus outside the
 * repository (url, character offset), so the texts' licences stay where they are. Pure: the caller annotates.
 *
 * <p>Per gold pronoun: the predicted link is the pronoun mention starting at the gold offset. A link is
 * <i>correct</i> when its actor is the gold actor; discovered ids ({@code auto:…}) also match when one's slug ends
 * with the other's last part ("auto:hoppermann" for "auto:franziska-hoppermann": the system met the surname
 * first), and a discovered gold id matches the catalogue id with the same slug ("auto:katherina-reiche" for
 * "slant:katherina-reiche": annotated before the person entered the catalogue). Precision = correct / linked; recall = correct / gold pronouns that refer to an actor.
 */
public final class PronounEval {

  private PronounEval() {}

  /** One annotated pronoun; {@code gold} null when it refers to no actor ('-' in the file). */
  public record GoldPronoun(String corpus, String url, String date, int offset, String pronoun, String gold,
      String note) {}

  /** One error for the list: {@code predicted} null when nothing was linked. */
  public record Error(String url, int offset, String pronoun, String gold, String predicted, String context) {}

  /** Counts over a set; {@code byForm}: per pronoun class {gold actors, linked, correct}. */
  public record Result(int nPronouns, int nGoldActors, int nLinked, int nCorrect, Map<String, int[]> byForm,
      List<Error> errors) {
    public double precision() {
      return MentionEval.ratio(nCorrect, nLinked);
    }

    public double recall() {
      return MentionEval.ratio(nCorrect, nGoldActors);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Reads the TSV (header line "corpus url date offset pronoun gold note"; '#' lines are comments). */
  public static List<GoldPronoun> read(Path file) throws IOException {
    List<GoldPronoun> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("corpus\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 6) {
        throw new IllegalArgumentException(file + " line " + n + ": expected 7 tab-separated fields");
      }
      out.add(new GoldPronoun(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4], f[5].equals("-") ? null : f[5],
          f.length > 6 ? f[6] : ""));
    }
    return out;
  }

  /** Pronoun class for the breakdown: personal, possessive, or relative/demonstrative (dessen, deren). */
  static String form(String pronoun) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (p.equals("dessen") || p.equals("deren")) {
      return "dessen/deren";
    }
    if (p.startsWith("sein") || p.startsWith("ihre") || p.equals("ihrem") || p.equals("ihren")) {
      return "possessive";
    }
    return "personal"; // er, ihn, ihm, sie, ihnen; "ihr" is counted here whether dative or possessive
  }

  /** Whether a predicted actor id counts as the gold one (see the class comment). */
  static boolean sameActor(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return false;
    }
    if (gold.equals(predicted)) {
      return true;
    }
    if (gold.startsWith("auto:") && predicted.startsWith("slant:")) {
      return gold.substring(5).equals(predicted.substring(6));
    }
    if (gold.startsWith("auto:") && predicted.startsWith("auto:")) {
      String g = gold.substring(5);
      String p = predicted.substring(5);
      return g.endsWith("-" + p) || p.endsWith("-" + g);
    }
    return false;
  }

  /** Accumulates gold pronouns with the system's link for each (null: none). */
  public static final class Accumulator {
    private int pronouns;
    private int goldActors;
    private int linked;
    private int correct;
    private final Map<String, int[]> byForm = new TreeMap<>();
    private final List<Error> errors = new ArrayList<>();

    public void add(GoldPronoun g, String predicted, String context) {
      pronouns++;
      int[] f = byForm.computeIfAbsent(form(g.pronoun()), k -> new int[3]);
      if (g.gold() != null) {
        goldActors++;
        f[0]++;
      }
      if (predicted != null) {
        linked++;
        f[1]++;
      }
      if (sameActor(g.gold(), predicted)) {
        correct++;
        f[2]++;
      } else if (predicted != null || g.gold() != null) {
        errors.add(new Error(g.url(), g.offset(), g.pronoun(), g.gold(), predicted, context));
      }
    }

    public Result result() {
      Map<String, int[]> copy = new LinkedHashMap<>();
      byForm.forEach((k, v) -> copy.put(k, v.clone()));
      return new Result(pronouns, goldActors, linked, correct, copy, List.copyOf(errors));
    }
  }
}
