package slant.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import slant.config.ConfigException;

/**
 * The rule word lists (data/rules/README.md): verbs of saying and Konjunktiv forms for voice attribution, place
 * prepositions, statement nouns and title endings for actor resolution, the head-noun endings that give an
 * organisation's grammatical gender for pronouns. One TSV file per list, bundled in the jar under
 * {@code slant-data/rules/}, or read from {@code sentiment.rules_dir}, where each file present replaces the bundled
 * one (a file missing there is taken from the bundle; a file there that is no rule file is an error, so that a
 * misspelt name does not pass silently).
 *
 * <p>Every file starts with {@code #} comment lines saying what it decides, then one header line with the column
 * names ({@link #FILES}), then the rows; a malformed line is one {@link ConfigException} {@code file:line: what}.
 * {@link #hash} is the SHA-256 over all files loaded, in {@link #FILES} order: the run manifest's {@code rules_hash}.
 *
 * <p>Immutable and serializable (the classes that read it are shipped to Spark executors).
 */
public final class Rules implements Serializable {

  /** One-column file: a word (or a normalised key, or an ending, as the file's comment says) per line. */
  public static final String WORD = "word";
  /** One-column file: a name or a name's ending per line, words apart by spaces ("tour de france"). */
  public static final String NAME = "name";
  /** Verbs of saying: the infinitive, then the irregular finite forms the regular-form generators miss. */
  public static final String SAY_VERB = "verb\tirregular_forms";
  /** Head-noun endings with their grammatical gender (m, f, n). */
  public static final String ENDING_GENDER = "ending\tgender";
  /** An idiom's name, its word (or none: the verb alone), the forms of its verb (space-separated), its weight. */
  public static final String IDIOM = "idiom\tword\tverb_forms\tweight";
  /** A word and its weight in [-1, 1], not 0 (outcome-adverbs.tsv). */
  public static final String WORD_WEIGHT = "word\tweight";
  /** Header of epithet-anaphors.tsv: a noun key and what it may stand for. */
  public static final String EPITHET = "word\trefers_to";
  /** Header of statement-media.tsv: a word (of a medium's name, or a role word) and what it is. */
  public static final String MEDIA_WORD = "word\tkind";
  /** Header of de/party-member-nouns.tsv: a member noun's key and the party alias it belongs to. */
  public static final String MEMBER_NOUN = "word\tparty_alias";

  /**
   * Every rule file (path under the rules folder) with its header. Files at the top level apply to documents of
   * every language (they hold German and English words, as the resolver has always applied them); files under
   * {@code <lang>/} to that language only.
   */
  public static final Map<String, String> FILES = files();

  private static Map<String, String> files() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("place-prepositions.tsv", WORD);
    f.put("government-nouns.tsv", WORD);
    f.put("impersonal-reporting.tsv", WORD);
    f.put("statement-nouns.tsv", WORD);
    f.put("country-anaphors.tsv", WORD);
    f.put("other-country-words.tsv", WORD);
    f.put("anaphor-determiners.tsv", WORD);
    f.put("epithet-anaphors.tsv", EPITHET);
    f.put("pair-words.tsv", WORD);
    f.put("pair-nouns.tsv", WORD);
    f.put("title-endings.tsv", WORD);
    f.put("class-prepositions.tsv", WORD);
    f.put("toward-prepositions.tsv", WORD);
    f.put("about-prepositions.tsv", WORD);
    f.put("capacity-auxiliaries.tsv", WORD);
    f.put("state-auxiliaries.tsv", WORD);
    f.put("event-passive-auxiliaries.tsv", WORD);
    f.put("agent-prepositions.tsv", WORD);
    f.put("perfect-auxiliaries.tsv", WORD);
    f.put("group-heads.tsv", WORD);
    f.put("byline-outlets.tsv", WORD);
    f.put("credit-agencies.tsv", WORD);
    f.put("domestic-titles.tsv", WORD);
    f.put("former-title-words.tsv", WORD);
    f.put("class-quantifiers.tsv", WORD);
    f.put("weather-system-nouns.tsv", WORD);
    f.put("non-actor-names.tsv", NAME);
    f.put("owner-prepositions.tsv", WORD);
    f.put("purpose-marks.tsv", WORD);
    f.put("gain-prepositions.tsv", WORD);
    f.put("list-joins.tsv", WORD);
    f.put("predicative-marks.tsv", WORD);
    f.put("government-place-prepositions.tsv", WORD);
    f.put("building-part-nouns.tsv", WORD);
    f.put("shared-office-nouns.tsv", WORD);
    f.put("statement-media.tsv", MEDIA_WORD);
    f.put("camel-case-names.tsv", WORD);
    f.put("de/say-verbs.tsv", SAY_VERB);
    f.put("de/konjunktiv1-te.tsv", WORD);
    f.put("de/konjunktiv1-always.tsv", WORD);
    f.put("de/konjunktiv2.tsv", WORD);
    f.put("de/not-konjunktiv1.tsv", WORD);
    f.put("de/own-country-nouns.tsv", WORD);
    f.put("de/genitive-attribute-words.tsv", WORD);
    f.put("de/outcome-verbs.tsv", WORD);
    f.put("de/outcome-idioms.tsv", IDIOM);
    f.put("de/outcome-adverbs.tsv", WORD_WEIGHT);
    f.put("de/conditional-conjunctions.tsv", WORD);
    f.put("de/failure-nouns.tsv", WORD);
    f.put("de/harm-nouns.tsv", WORD);
    f.put("de/verdict-participles.tsv", WORD);
    f.put("de/penalty-nouns.tsv", WORD);
    f.put("de/political-charges.tsv", WORD);
    f.put("de/dissident-nouns.tsv", WORD);
    f.put("de/success-nouns.tsv", WORD);
    f.put("de/venture-nouns.tsv", WORD);
    f.put("de/scandal-nouns.tsv", WORD);
    f.put("de/conduct-nouns.tsv", WORD);
    f.put("de/state-force-nouns.tsv", WORD);
    f.put("de/performance-verbs.tsv", WORD);
    f.put("de/reflexive-passive-verbs.tsv", WORD);
    f.put("de/conduct-manner-words.tsv", WORD);
    f.put("de/failure-experience-verbs.tsv", WORD);
    f.put("de/conditional-nouns.tsv", WORD);
    f.put("de/party-member-nouns.tsv", MEMBER_NOUN);
    f.put("de/person-associate-nouns.tsv", WORD);
    f.put("de/conditional-prepositions.tsv", WORD);
    f.put("de/party-role-nouns.tsv", WORD);
    f.put("de/office-nouns.tsv", WORD);
    f.put("de/title-anaphor-prefixes.tsv", WORD);
    f.put("de/title-anaphor-determiners.tsv", WORD);
    f.put("de/sentence-receiving-verbs.tsv", WORD);
    f.put("de/received-penalties.tsv", WORD);
    f.put("de/word-surnames.tsv", WORD);
    f.put("de/non-factual-auxiliaries.tsv", WORD);
    f.put("de/counterfactual-copulas.tsv", WORD);
    f.put("de/allegation-verbs.tsv", WORD);
    f.put("de/allegation-hedges.tsv", WORD);
    f.put("de/dative-outcome-verbs.tsv", WORD);
    f.put("de/cause-prepositions.tsv", WORD);
    f.put("de/failure-owner-prepositions.tsv", WORD);
    f.put("de/interviewer-labels.tsv", WORD);
    f.put("de/first-person-words.tsv", WORD);
    f.put("de/indefinite-articles.tsv", WORD);
    f.put("de/conduct-verbs.tsv", WORD);
    f.put("de/oblique-articles.tsv", WORD);
    f.put("de/non-accusative-articles.tsv", WORD);
    f.put("de/not-only-words.tsv", WORD);
    f.put("de/praise-epithets.tsv", WORD);
    f.put("de/grounds-prepositions.tsv", WORD);
    f.put("de/penalty-prepositions.tsv", WORD);
    f.put("de/one-of-pronouns.tsv", WORD);
    f.put("de/organisation-gender-endings.tsv", ENDING_GENDER);
    f.put("en/say-verbs.tsv", SAY_VERB);
    f.put("en/outcome-idioms.tsv", IDIOM);
    f.put("en/outcome-adverbs.tsv", WORD_WEIGHT);
    f.put("en/non-factual-auxiliaries.tsv", WORD);
    f.put("en/not-only-words.tsv", WORD);
    f.put("en/failure-nouns.tsv", WORD);
    f.put("en/success-nouns.tsv", WORD);
    f.put("en/venture-nouns.tsv", WORD);
    f.put("en/indefinite-articles.tsv", WORD);
    f.put("en/conduct-verbs.tsv", WORD);
    f.put("en/conduct-nouns.tsv", WORD);
    f.put("en/performance-verbs.tsv", WORD);
    f.put("en/praise-epithets.tsv", WORD);
    f.put("en/conditional-conjunctions.tsv", WORD);
    f.put("en/verdict-participles.tsv", WORD);
    f.put("en/conviction-participles.tsv", WORD);
    f.put("en/penalty-nouns.tsv", WORD);
    f.put("en/penalty-prepositions.tsv", WORD);
    f.put("en/grounds-prepositions.tsv", WORD);
    f.put("en/political-charges.tsv", WORD);
    f.put("en/dissident-nouns.tsv", WORD);
    return java.util.Collections.unmodifiableMap(f);
  }

  private static final String BUNDLED = "slant-data/rules/";
  private static Rules bundled;

  /** file → rows (fields stripped), in file order. */
  private final Map<String, List<List<String>>> rows;
  private final String hash;

  private Rules(Map<String, List<List<String>>> rows, String hash) {
    this.rows = rows;
    this.hash = hash;
  }

  /** The rules bundled in the jar (loaded once per JVM). */
  public static synchronized Rules bundled() {
    if (bundled == null) {
      bundled = load(null);
    }
    return bundled;
  }

  /**
   * Loads every rule file from {@code dir}, or the bundled copy of each file {@code dir} lacks (dir null: all
   * bundled).
   */
  public static Rules load(String dir) {
    if (dir != null) {
      checkNoStrangers(Path.of(dir));
    }
    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> f : FILES.entrySet()) {
        Path p = dir == null ? null : Path.of(dir, f.getKey());
        boolean own = p != null && Files.isRegularFile(p);
        byte[] bytes = own ? readFile(p) : readBundled(f.getKey());
        md.update(bytes);
        md.update((byte) 0);
        TsvFile file = new TsvFile(own ? p.toString() : BUNDLED + f.getKey(),
            new String(bytes, StandardCharsets.UTF_8));
        rows.put(f.getKey(), parse(file, f.getValue()));
      }
      return new Rules(rows, HexFormat.of().formatHex(md.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The rows of one file. The first line that is not blank or a comment must be {@code header}; every row has as
   * many fields as the header (a trailing empty field may be left off), a non-empty first field, and a first field
   * no earlier row has.
   */
  static List<List<String>> parse(TsvFile file, String header) {
    int columns = header.split("\t").length;
    List<List<String>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean headerSeen = false;
    for (TsvFile.Line line : file.lines("\u0000")) {
      String[] f = line.fields();
      if (!headerSeen) {
        if (!String.join("\t", Stream.of(f).map(String::strip).toList()).equals(header)) {
          throw line.error("expected the header line '" + header.replace("\t", "<tab>") + "'");
        }
        headerSeen = true;
        continue;
      }
      if (f.length > columns || f.length < columns - (columns > 1 ? 1 : 0)) {
        throw line.error("expected " + header.replace("\t", ", ") + " (tab-separated), got " + f.length + " field"
            + (f.length == 1 ? "" : "s"));
      }
      List<String> row = new ArrayList<>(columns);
      for (int i = 0; i < columns; i++) {
        row.add(i < f.length ? line.field(i) : "");
      }
      if (row.get(0).isEmpty() || row.get(0).contains(" ") && header.equals(WORD)) {
        throw line.error("'" + row.get(0) + "' is not a single word");
      }
      if (!seen.add(row.get(0))) {
        throw line.error("'" + row.get(0) + "' is listed twice");
      }
      if (header.equals(ENDING_GENDER) && !List.of("m", "f", "n").contains(row.get(1))) {
        throw line.error("gender '" + row.get(1) + "' is not one of m, f, n");
      }
      if (header.equals(EPITHET) && !List.of("person", "group", "members").contains(row.get(1))) {
        throw line.error("refers_to '" + row.get(1) + "' is not one of person, group, members");
      }
      if (header.equals(IDIOM)) {
        checkIdiom(line, row);
      }
      if (header.equals(MEDIA_WORD) && !List.of("medium", "introducer", "before", "compound").contains(row.get(1))) {
        throw line.error("kind '" + row.get(1) + "' is not one of medium, introducer, before, compound");
      }
      if (header.equals(WORD_WEIGHT)) {
        checkWeight(line, row.get(1), line.number(1, "weight"));
      }
      out.add(List.copyOf(row));
    }
    if (!headerSeen) {
      throw new ConfigException(file.source() + ": empty rule file (expected the header line '"
          + header.replace("\t", "<tab>") + "')");
    }
    return out;
  }

  private static void checkIdiom(TsvFile.Line line, List<String> row) {
    if (row.get(1).contains(" ") || row.get(2).isBlank()) {
      throw line.error("expected at most one word and at least one verb form");
    }
    checkWeight(line, row.get(3), line.number(3, "weight"));
  }

  private static void checkWeight(TsvFile.Line line, String written, double w) {
    if (!(w >= -1 && w <= 1) || w == 0) {
      throw line.error("weight " + written + " is not in [-1, 1] or is 0");
    }
  }

  /** The first column of a file, in file order. */
  public List<String> list(String file) {
    return rows(file).stream().map(r -> r.get(0)).toList();
  }

  /** The first column of a file as a set. */
  public Set<String> words(String file) {
    return Set.copyOf(list(file));
  }

  /** The first columns of two files as one set (a German and an English list read together). */
  public Set<String> words(String file, String other) {
    Set<String> out = new HashSet<>(list(file));
    out.addAll(list(other));
    return Set.copyOf(out);
  }

  /** The rows of a file (each as many fields as its header), in file order. */
  public List<List<String>> rows(String file) {
    List<List<String>> r = rows.get(file);
    if (r == null) {
      throw new IllegalArgumentException("no rule file " + file);
    }
    return r;
  }

  /** SHA-256 (hex) over the bytes of all rule files loaded, in {@link #FILES} order. */
  public String hash() {
    return hash;
  }

  private static void checkNoStrangers(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("rules folder not found: " + dir);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(x -> x.toString().endsWith(".tsv")).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!FILES.containsKey(rel)) {
          throw new ConfigException(p + ": not a rule file (known: " + String.join(", ", FILES.keySet()) + ")");
        }
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read rules folder " + dir + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readFile(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new ConfigException("cannot read rule file " + p + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readBundled(String file) {
    String res = BUNDLED + file;
    try (InputStream in = Rules.class.getClassLoader().getResourceAsStream(res)) {
      if (in == null) {
        throw new ConfigException("bundled rule file " + res + " missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ConfigException("cannot read " + res + ": " + e.getMessage(), e);
    }
  }
}
