package slant.frames;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.config.ConfigException;
import slant.lang.EnglishVerbForms;
import slant.lang.GermanVerbForms;
import slant.lang.TsvFile;
import slant.lang.WordNormalizer;
import slant.model.Sentence;
import slant.model.Token;
import slant.sentiment.Lexicon;

/**
 * The frame lexicon of one language: cue words and multi-word patterns → frames ({@code data/frames/README.md}).
 *
 * <p>Single words match exactly as the sentiment {@link Lexicon} matches (it is built on one): the
 * {@link WordNormalizer} key (lowercase, German orthographic folding and light stemming), German verb forms from
 * {@link GermanVerbForms} ("anbiedern" → anbiedert, angebiedert), a separated particle joined back ("bahnt … an"),
 * and German compounds through Lucene's dictionary decompounder ("Propagandashow" → propaganda). A compound's
 * modifier part counts only if it has 5+ letters ("Leidenschaft" is not "Leid"). English verbs are keyed by their
 * regular forms (-s, -ed, -ing). The {@code pos} column is checked loosely, because the German tagger errs
 * ("täuscht" as ADJ, "Bösen" as PROPN): NOUN patterns match NOUN/PROPN/X tokens — in German only capitalised
 * ones —, VERB/ADJ/ADV patterns match VERB/AUX/ADJ/ADV/X tokens — in German only lowercase ones, except at the
 * start of a sentence —, ANY matches every content word.
 *
 * <p>Multi-word patterns ("Bromance der Bösen", "mit harter Hand", "an den Pranger stellen") match contiguous
 * tokens on their keys, so inflection differences match ("mit harten Händen"); a German article in the pattern
 * matches any article ("einer Bromance des Bösen"); contractions are expanded on both sides ("zur" = "zu der").
 * In a VERB pattern the verb (German: last word, English: first word) matches all its forms, and in German the
 * verb may also stand anywhere else in the sentence, as verb-second order puts it ("stellte ihn an den Pranger",
 * "rauche Kette").
 */
public final class FrameLexicon implements Serializable {

  public static final List<String> DEVICES = List.of("desperation", "ingratiation", "villainy", "illegitimacy",
      "isolation", "deception", "threat", "personalisation", "competence", "victimhood", "heroism");
  public static final List<String> POLICY = List.of("economic", "capacity_resources", "morality",
      "fairness_equality", "legality", "policy_prescription", "crime_punishment", "security_defense",
      "health_safety", "quality_of_life", "cultural_identity", "public_opinion", "political",
      "external_regulation", "other");
  public static final List<String> ROLES = List.of("protagonist", "antagonist", "victim");
  public static final List<String> FAMILIES = List.of("device", "policy", "role");
  private static final Set<String> POS = Set.of("NOUN", "VERB", "ADJ", "ADV", "ANY");

  /** A frame with its family. */
  public record Frame(String frame, String family) implements Serializable {}

  /** One row of the TSV. */
  public record Row(String pattern, String frame, String family, String pos) implements Serializable {}

  /**
   * A match in a sentence.
   *
   * @param tokens the matched tokens, in order
   * @param head the token that stands for the match (single word: itself; pattern: its first noun, else first token)
   * @param text the cue as written
   * @param pattern the lexicon pattern that matched
   * @param how "lemma", "compound-head", "compound-part", "pattern" or "pattern-split" (verb elsewhere)
   * @param verbPattern whether the matched entry is a VERB pattern (its frame describes the verb's subject)
   */
  public record Match(List<Integer> tokens, int head, String text, String pattern, List<Frame> frames, String how,
      boolean verbPattern) implements Serializable {}

  private record Multi(String pattern, String pos, List<Set<String>> words, int verbWord, List<Frame> frames)
      implements Serializable {}

  private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
      "einen", "einem", "einer", "eines", "the", "a", "an");
  private static final String ARTICLE = "\u0000art";
  private static final Map<String, List<String>> CONTRACTIONS = Map.ofEntries(Map.entry("zum", List.of("zu", "dem")),
      Map.entry("zur", List.of("zu", "der")), Map.entry("im", List.of("in", "dem")),
      Map.entry("am", List.of("an", "dem")), Map.entry("vom", List.of("von", "dem")),
      Map.entry("beim", List.of("bei", "dem")), Map.entry("ins", List.of("in", "das")),
      Map.entry("ans", List.of("an", "das")), Map.entry("ums", List.of("um", "das")),
      Map.entry("aufs", List.of("auf", "das")), Map.entry("durchs", List.of("durch", "das")),
      Map.entry("fürs", List.of("für", "das")), Map.entry("hinters", List.of("hinter", "das")),
      Map.entry("unterm", List.of("unter", "dem")), Map.entry("überm", List.of("über", "dem")));
  private static final Set<String> CONTENT_POS = Set.of("NOUN", "VERB", "ADJ", "ADV", "PROPN", "X", "AUX");

  private final String language;
  private final String name;
  private final List<Row> rows;
  private final Lexicon words;
  /** lowercase lemma (or generated English form) → pos → frames */
  private final Map<String, Map<String, List<Frame>>> framesByLemma;
  private final List<Multi> multi;

  private FrameLexicon(String language, String name, List<Row> rows) {
    this.language = language;
    this.name = name;
    this.rows = List.copyOf(rows);
    WordNormalizer norm = WordNormalizer.forLanguage(language);
    Map<String, Map<String, List<Frame>>> byLemma = new HashMap<>();
    List<Lexicon.Entry> entries = new ArrayList<>();
    Map<String, Multi> multis = new LinkedHashMap<>();
    for (Row r : rows) {
      Frame f = new Frame(r.frame(), r.family());
      String[] ws = r.pattern().trim().split("\\s+");
      if (ws.length == 1) {
        List<String> forms = new ArrayList<>(List.of(r.pattern()));
        if (language.equals("en") && r.pos().equals("VERB")) {
          forms.addAll(EnglishVerbForms.forms(r.pattern()));
        }
        for (String form : forms) {
          List<Frame> list = byLemma.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new HashMap<>())
              .computeIfAbsent(r.pos(), k -> new ArrayList<>());
          if (!list.contains(f)) {
            list.add(f);
          }
          Lexicon.Entry e = new Lexicon.Entry(form, r.pos(), 0.0);
          if (!entries.contains(e)) {
            entries.add(e);
          }
        }
      } else {
        List<String> expanded = new ArrayList<>();
        for (String w : ws) {
          expanded.addAll(CONTRACTIONS.getOrDefault(w.toLowerCase(Locale.ROOT), List.of(w)));
        }
        boolean verb = r.pos().equals("VERB");
        int verbWord = !verb ? -1 : language.equals("en") ? 0 : expanded.size() - 1;
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < expanded.size(); i++) {
          String w = expanded.get(i);
          Set<String> k = new LinkedHashSet<>();
          if (ARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
            k.add(ARTICLE);
          } else {
            k.add(norm.key(w));
            if (i == verbWord) {
              List<String> forms = language.equals("en") ? EnglishVerbForms.forms(w) : GermanVerbForms.forms(w);
              for (String form : forms) {
                k.add(norm.key(form));
              }
            }
          }
          keys.add(k);
        }
        String id = keys.toString() + "|" + r.pos();
        Multi m = multis.get(id);
        if (m == null) {
          m = new Multi(r.pattern(), r.pos(), keys, verbWord, new ArrayList<>());
          multis.put(id, m);
        }
        if (!m.frames().contains(f)) {
          m.frames().add(f);
        }
      }
    }
    this.framesByLemma = byLemma;
    this.words = Lexicon.of(language, name, entries, null);
    List<Multi> ms = new ArrayList<>(multis.values());
    ms.sort(Comparator.comparingInt((Multi m) -> -m.words().size()));
    this.multi = ms;
  }

  public String language() {
    return language;
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }

  /** Loads {@code <dir>/<language>/frames.tsv}; dir null means the bundled {@code slant-data/frames/<lang>/frames.tsv}. */
  public static FrameLexicon load(String dir, String language) {
    String text;
    String source = dir == null ? "slant-data/frames/" + language + "/frames.tsv"
        : Path.of(dir, language, "frames.tsv").toString();
    try {
      if (dir == null) {
        text = TsvFile.bundled(source, "frame lexicon").text();
      } else {
        Path p = Path.of(dir, language, "frames.tsv");
        if (!Files.isRegularFile(p)) {
          throw new ConfigException("frame lexicon not found: " + p);
        }
        text = Files.readString(p, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read frame lexicon for " + language + ": " + e.getMessage(), e);
    }
    return fromTsv(language, "slant-frames-" + language, new TsvFile(source, text));
  }

  /** {@link #fromTsv(String, String, TsvFile)}; errors cite the file as {@code name}. */
  public static FrameLexicon fromTsv(String language, String name, String tsv) {
    return fromTsv(language, name, new TsvFile(name, tsv));
  }

  /**
   * Parses the TSV (header {@code pattern frame family pos}); a malformed line is a {@link ConfigException}
   * "file:line: what is wrong".
   */
  public static FrameLexicon fromTsv(String language, String name, TsvFile file) {
    List<Row> rows = new ArrayList<>();
    for (TsvFile.Line line : file.lines("pattern")) {
      String[] f = line.fields();
      if (f.length != 4) {
        throw line.error("expected 4 tab-separated fields (pattern, frame, family, pos), got " + f.length);
      }
      String pattern = line.field(0);
      String frame = line.field(1);
      String family = line.field(2);
      String pos = line.field(3).toUpperCase(Locale.ROOT);
      if (pattern.isEmpty()) {
        throw line.error("empty pattern");
      }
      List<String> allowed = switch (family) {
        case "device" -> DEVICES;
        case "policy" -> POLICY;
        case "role" -> ROLES;
        default -> throw line.error("unknown family '" + family + "' (device, policy, role)");
      };
      if (!allowed.contains(frame)) {
        throw line.error("unknown " + family + " frame '" + frame + "'");
      }
      if (!POS.contains(pos)) {
        throw line.error("pos '" + line.field(3) + "' is not NOUN, VERB, ADJ, ADV or ANY");
      }
      rows.add(new Row(pattern, frame, family, pos));
    }
    return new FrameLexicon(language, name, rows);
  }

  /** Frames of one word with its UD tag (single-word entries only; empty when none). */
  public List<Frame> lookup(String word, String upos, boolean sentenceInitial) {
    Lexicon.Hit hit = hit(word, upos);
    if (hit == null) {
      return List.of();
    }
    return framesFor(hit, word, upos, sentenceInitial);
  }

  /**
   * The lexicon hit of a word; a German noun in the genitive -s that Lucene's light stemmer keeps ("Machthabers",
   * "Diktators") is looked up without it.
   */
  private Lexicon.Hit hit(String word, String upos) {
    Lexicon.Hit hit = words.lookup(word, upos);
    if ((hit == null || !hit.match().equals("lemma")) && language.equals("de") && word.length() > 5
        && word.endsWith("s") && !word.endsWith("ss") && Character.isUpperCase(word.codePointAt(0))) {
      Lexicon.Hit bare = words.lookup(word.substring(0, word.length() - 1), upos);
      if (bare != null && bare.match().equals("lemma")) {
        return bare;
      }
    }
    return hit;
  }

  private List<Frame> framesFor(Lexicon.Hit hit, String word, String upos, boolean sentenceInitial) {
    if (hit.match().equals("compound-part") && hit.entry().lemma().length() < 5) {
      return List.of();
    }
    String lw = word.toLowerCase(Locale.ROOT);
    if (hit.match().equals("compound-head") && hit.entry().lemma().equalsIgnoreCase("Haft")
        && (lw.endsWith("schaft") || lw.endsWith("schaften"))) {
      return List.of(); // "Botschaft", "Leidenschaft" end in the suffix -schaft, not in "Haft"
    }
    boolean compound = !hit.match().equals("lemma");
    Map<String, List<Frame>> byPos = framesByLemma.get(hit.entry().lemma().toLowerCase(Locale.ROOT));
    if (byPos == null) {
      return List.of();
    }
    List<Frame> out = new ArrayList<>();
    for (Map.Entry<String, List<Frame>> e : byPos.entrySet()) {
      if (compound ? e.getKey().equals("NOUN") || e.getKey().equals("ANY")
          : compatible(e.getKey(), word, upos, sentenceInitial)) {
        for (Frame f : e.getValue()) {
          if (!out.contains(f)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  private boolean compatible(String patternPos, String word, String upos, boolean sentenceInitial) {
    if (patternPos.equals("ANY") || upos == null) {
      return true;
    }
    boolean upper = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    boolean de = language.equals("de");
    if (patternPos.equals("NOUN")) {
      return Set.of("NOUN", "PROPN", "X").contains(upos) && (!de || upper);
    }
    if (language.equals("en")) {
      return switch (patternPos) {
        case "VERB" -> Set.of("VERB", "AUX", "X").contains(upos);
        case "ADJ" -> Set.of("ADJ", "VERB", "X").contains(upos);
        default -> Set.of("ADV", "ADJ", "X").contains(upos);
      };
    }
    return Set.of("VERB", "AUX", "ADJ", "ADV", "X").contains(upos) && (!upper || sentenceInitial);
  }

  /** All frame matches of a sentence: multi-word patterns first (longest first), then single words not inside them. */
  public List<Match> match(Sentence s) {
    WordNormalizer norm = WordNormalizer.forLanguage(language);
    // units: keys over tokens, contractions expanded
    List<String> keys = new ArrayList<>();
    List<Integer> unitToken = new ArrayList<>();
    for (Token t : s.tokens()) {
      String lw = t.word().toLowerCase(Locale.ROOT);
      List<String> parts = CONTRACTIONS.get(lw);
      if (parts == null || !language.equals("de")) {
        parts = List.of(t.word());
      }
      for (String p : parts) {
        keys.add(ARTICLES.contains(p.toLowerCase(Locale.ROOT)) ? ARTICLE : norm.key(p));
        unitToken.add(t.index());
      }
    }
    boolean[] used = new boolean[s.size()];
    List<Match> out = new ArrayList<>();
    for (Multi m : multi) {
      matchMulti(s, m, keys, unitToken, used, out);
    }
    for (Token t : s.tokens()) {
      if (used[t.index()] || t.pos() != null && !CONTENT_POS.contains(t.pos())) {
        continue;
      }
      String particle = null;
      if (s.parsed()) {
        for (int c : s.tree().children(t.index())) {
          if ("compound:prt".equals(s.tree().relation(c))) {
            particle = s.token(c).word().toLowerCase(Locale.ROOT);
          }
        }
      }
      String word = particle != null ? particle + t.word().toLowerCase(Locale.ROOT) : t.word();
      Lexicon.Hit hit = hit(word, t.pos());
      if (hit == null) {
        continue;
      }
      List<Frame> frames = framesFor(hit, particle != null ? t.word() : word, t.pos(), isSentenceInitial(s, t.index()));
      if (frames.isEmpty()) {
        continue;
      }
      boolean verbPattern = framesByLemma.get(hit.entry().lemma().toLowerCase(Locale.ROOT)).containsKey("VERB")
          && hit.match().equals("lemma");
      out.add(new Match(List.of(t.index()), t.index(), t.word(), hit.entry().lemma(), frames, hit.match(),
          verbPattern));
    }
    out.sort(Comparator.comparingInt(Match::head));
    return out;
  }

  private void matchMulti(Sentence s, Multi m, List<String> keys, List<Integer> unitToken, boolean[] used,
      List<Match> out) {
    int n = m.words().size();
    boolean splitVerb = m.verbWord() == n - 1 && language.equals("de") && n >= 2;
    for (int i = 0; i < keys.size(); i++) {
      int len = fits(m, keys, i, n);
      String how = "pattern";
      int verbUnit = -1;
      if (len < 0 && splitVerb && fits(m, keys, i, n - 1) > 0) {
        for (int j = 0; j < keys.size(); j++) {
          if ((j < i || j >= i + n - 1) && m.words().get(n - 1).contains(keys.get(j))
              && !used[unitToken.get(j)]) {
            verbUnit = j;
            how = "pattern-split";
            len = n - 1;
            break;
          }
        }
      }
      if (len < 0) {
        continue;
      }
      List<Integer> toks = new ArrayList<>();
      for (int u = i; u < i + len; u++) {
        if (!toks.contains(unitToken.get(u))) {
          toks.add(unitToken.get(u));
        }
      }
      if (verbUnit >= 0) {
        toks.add(unitToken.get(verbUnit));
        toks.sort(null);
      }
      boolean free = true;
      for (int t : toks) {
        free &= !used[t];
      }
      if (!free) {
        continue;
      }
      for (int t : toks) {
        used[t] = true;
      }
      int head = toks.get(0);
      for (int t : toks) {
        if (s.token(t).isNoun()) {
          head = t;
          break;
        }
      }
      StringBuilder text = new StringBuilder();
      int prev = -2;
      for (int t : toks) {
        if (prev >= 0 && t != prev + 1) {
          text.append(" …");
        }
        text.append(text.isEmpty() ? "" : " ").append(s.token(t).word());
        prev = t;
      }
      out.add(new Match(toks, head, text.toString(), m.pattern(), List.copyOf(m.frames()), how,
          m.pos().equals("VERB")));
    }
  }

  /** Number of units matched from {@code i} for the first {@code count} pattern words, or -1. */
  private static int fits(Multi m, List<String> keys, int i, int count) {
    if (i + count > keys.size()) {
      return -1;
    }
    for (int w = 0; w < count; w++) {
      if (!m.words().get(w).contains(keys.get(i + w))) {
        return -1;
      }
    }
    return count;
  }

  private static boolean isSentenceInitial(Sentence s, int t) {
    for (int i = t - 1; i >= 0; i--) {
      String p = s.token(i).pos();
      String w = s.token(i).word();
      if (!"PUNCT".equals(p) || w.equals(":")) {
        return w.equals(":");
      }
    }
    return true;
  }
}
