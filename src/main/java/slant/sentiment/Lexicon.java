package slant.sentiment;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import slant.config.ConfigException;
import slant.lang.GermanVerbForms;
import slant.lang.TsvFile;
import slant.lang.WordNormalizer;

/**
 * A polarity lexicon with its modifiers for one language: lemma + POS → weight in [-1, 1], plus intensifiers,
 * diminishers, negators and contrast words. Inflected forms match through {@link WordNormalizer}; German compounds
 * that are not entries themselves are split with Lucene's dictionary decompounder ("Propagandafassade" → propaganda
 * + fassade) and scored by their evaluative parts.
 *
 * <p>Formats ({@code data/lexicons/README}): {@code polarity.tsv} with header {@code lemma pos weight};
 * {@code modifiers.tsv} with header {@code word type value}.
 */
public final class Lexicon implements Serializable {

  /** What a lexicon hit is. */
  public record Entry(String lemma, String pos, double weight) implements Serializable {}

  /** An entry under a key, with the written form that produced the key (the lemma, or a generated verb form). */
  record Keyed(Entry entry, String form) implements Serializable {}

  /**
   * How a modifier acts on the polar word it governs. {@code LITOTES} (German "kaum", "wenig"; English "hardly",
   * "scarcely") denies a positive word, as a negator does ("wenig überzeugend", "kaum hilfreich": not convincing, not
   * helpful), and weakens a negative one by its value, as a diminisher does ("kaum Kritik"); after an indefinite
   * article it only weakens ("ein wenig ungeschickt"). Since 2026-12-07; before, these words were diminishers, and
   * "agierte wenig überzeugend" praised the actor at half weight.
   */
  public enum ModifierType { INTENSIFIER, DIMINISHER, LITOTES, NEGATOR, CONTRAST, CONCESSIVE }

  public record Modifier(String word, ModifierType type, double value) implements Serializable {}

  /** A hit on a word: the entry and how it matched ("lemma", "compound-head", "compound-part"). */
  public record Hit(Entry entry, String match, double weight) implements Serializable {}

  private final String language;
  private final String name;
  private final Map<String, List<Keyed>> byKey;
  private final Map<String, Modifier> modifiers;
  private final List<String> compoundParts;
  /** Folded words that contain a lexicon noun without being made of it ({@code compound-exceptions.tsv}). */
  private final List<String> compoundExceptions;
  private transient CharArraySet dictionary;

  private Lexicon(String language, String name, Map<String, List<Keyed>> byKey, Map<String, Modifier> modifiers,
      List<String> compoundExceptions) {
    this.language = language;
    this.name = name;
    this.byKey = byKey;
    this.modifiers = modifiers;
    this.compoundExceptions = compoundExceptions;
    List<String> parts = new ArrayList<>();
    for (List<Keyed> es : byKey.values()) {
      for (Keyed k : es) {
        Entry e = k.entry();
        if (e.pos().equals("NOUN") && e.lemma().length() >= 4 && !e.lemma().contains(" ")) {
          parts.add(foldForCompounds(e.lemma()));
        }
      }
    }
    this.compoundParts = parts;
  }

  public String language() {
    return language;
  }

  public String name() {
    return name;
  }

  public int size() {
    return (int) byKey.values().stream().flatMap(List::stream).map(Keyed::entry).distinct().count();
  }

  /** The German list of words that hold a lexicon noun without being compounds of it. */
  public static final String COMPOUND_EXCEPTIONS = "compound-exceptions.tsv";

  /**
   * Loads {@code <dir>/<language>/polarity.tsv} and {@code modifiers.tsv}, and for German
   * {@code compound-exceptions.tsv} (the bundled one when dir has none); dir null means the bundled lexicons.
   */
  public static Lexicon load(String dir, String language) {
    return fromTsv(language, "slant-" + language, file(dir, language, "polarity.tsv"),
        file(dir, language, "modifiers.tsv"),
        language.equals("de") ? CueRelations.read(dir, language, COMPOUND_EXCEPTIONS) : null);
  }

  /** {@link #read} with the name errors cite: the path, or the bundled resource. */
  static TsvFile file(String dir, String language, String file) {
    String text = read(dir, language, file);
    return new TsvFile(dir == null ? "slant-data/lexicons/" + language + "/" + file
        : Path.of(dir, language, file).toString(), text);
  }

  /** {@code <dir>/<language>/<file>}, or the bundled copy when dir is null; a missing file is a ConfigException. */
  static String read(String dir, String language, String file) {
    try {
      if (dir == null) {
        return TsvFile.bundled("slant-data/lexicons/" + language + "/" + file, "lexicon").text();
      }
      Path p = Path.of(dir, language, file);
      if (!Files.isRegularFile(p)) {
        throw new ConfigException("lexicon file not found: " + p);
      }
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read lexicon " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds a lexicon from TSV texts (modifiers may be null); errors cite the files as {@code <name>/polarity.tsv} and
   * {@code <name>/modifiers.tsv}.
   */
  public static Lexicon fromTsv(String language, String name, String polarityTsv, String modifiersTsv) {
    return fromTsv(language, name, new TsvFile(name + "/polarity.tsv", polarityTsv),
        modifiersTsv == null ? null : new TsvFile(name + "/modifiers.tsv", modifiersTsv));
  }

  /**
   * Builds a lexicon from its files (modifiers may be null). A malformed line is a {@link ConfigException}
   * "file:line: what is wrong".
   */
  public static Lexicon fromTsv(String language, String name, TsvFile polarity, TsvFile modifiers) {
    return fromTsv(language, name, polarity, modifiers, null);
  }

  /**
   * As {@link #fromTsv(String, String, TsvFile, TsvFile)}, with a list of compound exceptions (may be null): header
   * {@code word contains}, each word with the lexicon noun it contains without being made of it ("Gespräch" Rache;
   * "Stück" Tücke: the noun may lose a final -e/-n). A word that does not contain its noun, or a noun the lexicon does
   * not list, is a {@link ConfigException}, so the list cannot go stale unnoticed.
   */
  public static Lexicon fromTsv(String language, String name, TsvFile polarity, TsvFile modifiers,
      TsvFile compoundExceptions) {
    WordNormalizer norm = WordNormalizer.forLanguage(language);
    Map<String, List<Keyed>> byKey = new HashMap<>();
    for (TsvFile.Line line : polarity.lines("lemma")) {
      if (line.fields().length < 3) {
        throw line.error("expected lemma, pos, weight (tab-separated)");
      }
      double w = line.number(2, "weight");
      if (!(w >= -1 && w <= 1)) {
        throw line.error("weight " + line.field(2) + " outside [-1, 1]");
      }
      addEntry(byKey, norm, new Entry(line.field(0), line.field(1).toUpperCase(Locale.ROOT), w));
    }
    Map<String, Modifier> mods = new HashMap<>();
    if (modifiers != null) {
      for (TsvFile.Line line : modifiers.lines("word")) {
        if (line.fields().length < 3) {
          throw line.error("expected word, type, value (tab-separated)");
        }
        ModifierType type;
        try {
          type = ModifierType.valueOf(line.field(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw line.error("unknown type '" + line.field(1) + "' (intensifier, diminisher, litotes, negator, "
              + "contrast, concessive)");
        }
        String word = line.field(0).toLowerCase(Locale.ROOT);
        mods.put(word, new Modifier(word, type, line.number(2, "value")));
      }
    }
    List<String> exceptions = new ArrayList<>();
    if (compoundExceptions != null) {
      for (TsvFile.Line line : compoundExceptions.lines("word")) {
        if (line.fields().length < 2) {
          throw line.error("expected word, contains (tab-separated)");
        }
        String word = foldForCompounds(line.field(0));
        String part = line.field(1);
        if (!word.contains(stem(foldForCompounds(part)))) {
          throw line.error("'" + line.field(0) + "' does not contain '" + part + "'");
        }
        List<Keyed> listed = byKey.get(norm.key(part));
        if (listed == null || listed.stream().noneMatch(k -> k.entry().lemma().equals(part))) {
          throw line.error("'" + part + "' is not a lemma of the lexicon");
        }
        exceptions.add(word);
      }
    }
    return new Lexicon(language, name, byKey, mods, List.copyOf(exceptions));
  }

  /**
   * Adds an entry under its key; multi-word entries are keyed by their phrase key. German verbs are also keyed by
   * their regular finite forms and participle ({@link GermanVerbForms}): Lucene's German stemmers are built for
   * nouns and adjectives and leave "anbiedert" and "anbiedern" apart.
   */
  static void addEntry(Map<String, List<Keyed>> byKey, WordNormalizer norm, Entry e) {
    String key = e.lemma().contains(" ") ? norm.phraseKey(e.lemma()) : norm.key(e.lemma());
    if (key.isEmpty()) {
      return;
    }
    put(byKey, key, new Keyed(e, e.lemma()));
    if (norm.language().equals("de") && e.pos().equals("VERB") && !e.lemma().contains(" ")) {
      for (String form : GermanVerbForms.forms(e.lemma())) {
        put(byKey, norm.key(form), new Keyed(e, form));
      }
    }
  }

  private static void put(Map<String, List<Keyed>> byKey, String key, Keyed k) {
    List<Keyed> list = byKey.computeIfAbsent(key, x -> new ArrayList<>(1));
    if (!list.contains(k)) {
      list.add(k);
    }
  }

  /** The modifier a word is, or null. Matched on the lowercase word form. */
  public Modifier modifier(String word) {
    return modifiers.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The polarity hit of a word with its UD POS tag, or null. Exact lemma first (same POS preferred), then, for
   * German nouns and adjectives of 8+ letters, the compound's evaluative parts (the head at full weight, else a
   * negative modifier part at 0.8; see {@code decompound}).
   */
  public Hit lookup(String word, String upos) {
    WordNormalizer norm = WordNormalizer.forLanguage(language);
    Entry e = best(byKey.get(norm.key(word)), upos, word, language);
    if (e != null) {
      return new Hit(e, "lemma", e.weight());
    }
    Entry genitive = genitiveNoun(word, upos, norm);
    if (genitive != null) {
      return new Hit(genitive, "lemma", genitive.weight());
    }
    Entry inflected = inflectedAdjective(word, upos, norm);
    if (inflected != null) {
      return new Hit(inflected, "lemma", inflected.weight());
    }
    if (word.indexOf('-') > 0) {
      String[] parts = word.split("-");
      String last = parts[parts.length - 1];
      Entry head = best(byKey.get(norm.key(last)), upos, last, language);
      if (head != null) {
        return new Hit(head, "compound-head", head.weight());
      }
      for (int i = parts.length - 2; i >= 0; i--) {
        Entry part = best(byKey.get(norm.key(parts[i])), "NOUN", parts[i], language);
        if (part != null && part.pos().equals("NOUN") && part.weight() <= 0) {
          return new Hit(part, "compound-part", 0.8 * part.weight());
        }
      }
      return null;
    }
    if (language.equals("de") && word.length() >= 8 && ("NOUN".equals(upos) || "ADJ".equals(upos))) {
      return decompound(word, upos, norm);
    }
    return null;
  }

  /**
   * The noun entry a German genitive (or -s plural) in -s is the form of, when the key misses it: Lucene's light
   * stemmer strips a final -s only after b, d, f, g, h, k, l, m, n, t, so "des Machthabers", "des Diktators", "des
   * Verräters" kept their -s and found no entry. Only an entry whose written form is the word without its -s counts
   * (no stem guesses: "Kurs" is not "Kur"), and only for nouns of five or more letters.
   */
  private Entry genitiveNoun(String word, String upos, WordNormalizer norm) {
    if (!language.equals("de") || !("NOUN".equals(upos) || "PROPN".equals(upos)) || word.length() < 6
        || !word.endsWith("s") || word.endsWith("ss")) {
      return null;
    }
    String bare = word.substring(0, word.length() - 1);
    Entry e = writtenAs(bare, "NOUN", norm);
    return e != null && e.lemma().equals(bare) ? e : null; // a noun is keyed by its lemma only: written as is
  }

  /** The entry of part of speech {@code pos} written as {@code form} (case aside), or null. */
  private Entry writtenAs(String form, String pos, WordNormalizer norm) {
    for (Keyed k : byKey.getOrDefault(norm.key(form), List.of())) {
      if (k.entry().pos().equals(pos) && k.form().equalsIgnoreCase(form)) {
        return k.entry();
      }
    }
    return null;
  }

  /** The end of a German adjective, inflected or not ("islamisch", "konservativen", "nationale"). */
  private static final java.util.regex.Pattern ADJECTIVE_SHAPE = java.util.regex.Pattern.compile(
      "(isch|lich|ig|iv|al|ell|är|ar|ös|os|ent|ant)(e|en|er|es|em)?$");

  /**
   * A closed compound of two adjectives whose first is a negative lexicon adjective ("radikalislamische" =
   * radikal + islamisch): the first part describes the referent as an adjective of its own would ("die radikale
   * islamische Hamas"), so it counts at its full weight. The rest must look like an adjective of five or more
   * letters; only negative first parts count, as for noun compounds.
   */
  private Hit adjectivePair(String word, WordNormalizer norm) {
    for (int i = 5; i <= word.length() - 5; i++) {
      String first = word.substring(0, i);
      String rest = word.substring(i).toLowerCase(Locale.ROOT);
      // not a superlative or comparative of the first part ("brutalst|möglich", "schlechter|dings")
      if (!ADJECTIVE_SHAPE.matcher(rest).find() || rest.startsWith("st") || rest.startsWith("e")) {
        continue;
      }
      Entry e = writtenAs(first, "ADJ", norm);
      if (e != null && e.weight() < 0) {
        return new Hit(e, "compound-adjective", e.weight());
      }
    }
    return null;
  }

  /**
   * The stem of a German adjective with the e its lemma drops before an ending put back, or null when it drops none:
   * a consonant and "l" ("heikl" → "heikel", "übl" → "übel", "miserabl" → "miserabel"), or "aur"/"eur" ("teur" →
   * "teuer", "saur" → "sauer").
   */
  static String unsyncopated(String stem) {
    String lower = stem.toLowerCase(Locale.ROOT);
    int n = lower.length();
    if (n < 2) {
      return null;
    }
    char last = lower.charAt(n - 1);
    char before = lower.charAt(n - 2);
    if (last == 'l' && "aeiouäöüy".indexOf(before) < 0 && before != 'l') {
      return stem.substring(0, n - 1) + "el";
    }
    if (last == 'r' && (lower.endsWith("aur") || lower.endsWith("eur"))) {
      return stem.substring(0, n - 1) + "er";
    }
    return null;
  }

  /** German adjective endings, longest first. */
  private static final List<String> INFLECTIONS = List.of("em", "en", "er", "es", "e");

  /**
   * The adjective entry an inflected German adjective is the form of, when the key misses it: the light stemmer
   * strips a final -em from the lemma ("rechtsextrem" → rechtsextr) but only the ending from the inflected form
   * ("rechtsextremen" → rechtsextrem), so "die rechtsextremen Parteien", "linksextreme", "unbequemer" found nothing.
   * Only an adjective entry written as the word without its ending counts, or without its ending and the
   * superlative's -st-/-est- ("umstrittensten" → umstritten, "brutalste" → brutal). An adjective in -el, and one in
   * -er after "au" or "eu", drops that e before an ending ("heikel" → "heikle", "miserabel" → "miserablen", "teuer" →
   * "teure"): the stem is also tried with it put back ({@link #unsyncopated}; since 2026-12-07 — until then "eine
   * miserable Bilanz", "üble Nachrede" and "inakzeptable Zustände" found no entry).
   */
  private Entry inflectedAdjective(String word, String upos, WordNormalizer norm) {
    if (!language.equals("de") || !("ADJ".equals(upos) || "ADV".equals(upos))) {
      return null;
    }
    for (String ending : INFLECTIONS) {
      if (!word.endsWith(ending) || word.length() - ending.length() < 3) {
        continue;
      }
      String stem = word.substring(0, word.length() - ending.length());
      Entry e = stem.length() >= 4 ? writtenAs(stem, "ADJ", norm) : null;
      String restored = e == null ? unsyncopated(stem) : null;
      if (restored != null) {
        e = writtenAs(restored, "ADJ", norm);
      }
      if (e != null) {
        return e;
      }
      if (stem.length() < 4) {
        continue;
      }
      // the superlative: "die umstrittensten", "der brutalste" (not with an umlaut added: "ärmsten")
      for (String superlative : SUPERLATIVE_INFIXES) {
        if (stem.endsWith(superlative) && stem.length() - superlative.length() >= 4) {
          Entry base = writtenAs(stem.substring(0, stem.length() - superlative.length()), "ADJ", norm);
          if (base != null) {
            return base;
          }
        }
      }
    }
    return null;
  }

  /**
   * The polarity of a closed German compound from its parts. The head (the last part, possibly inflected:
   * "Lieferengpässe" ← Engpass) decides at full weight, as it names what the compound is. Without an evaluative head, a
   * <em>negative</em> first part counts at 0.8 ("Kriegsgebiet", "Verzweiflungstat": the referent is part of something
   * bad); positive modifiers usually only name a domain ("Energiepreise", "Sicherheitsrat", "Freiheitsstrafe") and do
   * not count (weight-0 entries, as {@link slant.frames.FrameLexicon} builds them, do).
   *
   * <p>The dictionary decompounder finds every lexicon noun inside the word, also where the word is not made of it:
   * "Ge|spräch|e" is no Rache, "Re|gier|ung" no Gier, "Pro|gramm" no Gram. A part therefore counts only where a
   * compound boundary can be: {@link #plausibleHead} for the head, the word's start for a modifier, umlauts as in the
   * word, and not inside a word of {@code compound-exceptions.tsv} (words that contain a lexicon noun without being made
   * of it). An adjective has no noun head ("beispiellos" is no Loser, "ausgeblieben" no Liebe); it takes a negative
   * noun's polarity only as its adjective in -isch ("rechtspopulistische" of Rechtspopulist), at full weight (match
   * {@code derived-adjective}), and a pair of adjectives the first one's ({@link #adjectivePair}).
   */
  private Hit decompound(String word, String upos, WordNormalizer norm) {
    if ("ADJ".equals(upos)) {
      Hit pair = adjectivePair(word, norm);
      if (pair != null) {
        return pair;
      }
    }
    String folded = foldForCompounds(word);
    Hit best = null;
    for (String part : subwords(word)) {
      Entry e = best(byKey.get(norm.key(part)), "NOUN", null, language);
      if (e == null || !e.pos().equals("NOUN") || part.length() >= folded.length()) {
        continue; // only noun parts: "Gemein|schaft" is not mean
      }
      boolean adjective = "ADJ".equals(upos);
      int headStart = adjective ? -1 : headStart(folded, part); // an adjective is no kind of noun
      boolean head = headStart >= 0;
      int start = head ? headStart : folded.startsWith(part) ? 0 : -1;
      if (head ? !plausibleHead(folded.substring(0, headStart)) || !umlautsKept(word, headStart, e.lemma())
          : start != 0 || folded.length() - part.length() < 4 || e.weight() > 0 || !literallyIn(word, e.lemma())
              || adjective && !folded.startsWith("isch", part.length())) {
        continue;
      }
      if (insideException(folded, start, part.length())) {
        continue;
      }
      if (adjective) {
        // the adjective in -isch of a negative noun says the referent is one ("rechtspopulistische Partei"):
        // a derivation, not a modifier part; at the noun's full weight
        return new Hit(e, "derived-adjective", e.weight());
      }
      double w = head ? e.weight() : 0.8 * e.weight();
      if (best == null || head && !best.match().equals("compound-head")
          || best.match().equals(head ? "compound-head" : "compound-part") && Math.abs(w) > Math.abs(best.weight())) {
        best = new Hit(e, head ? "compound-head" : "compound-part", w);
      }
    }
    return best;
  }

  /** A folded noun without a final -en, -n or -e, as it may stand inside a longer word ("Tücke" in "Stück"). */
  private static String stem(String folded) {
    for (String ending : List.of("en", "n", "e")) {
      if (folded.endsWith(ending) && folded.length() - ending.length() >= 3) {
        return folded.substring(0, folded.length() - ending.length());
      }
    }
    return folded;
  }

  /** German noun endings a compound's head may carry (plural, genitive, dative) after its lemma form. */
  private static final List<String> HEAD_ENDINGS = List.of("", "e", "n", "en", "s", "es", "er", "ern", "se", "sen",
      "nen");

  /**
   * Prefixes and particles that derive a word rather than compound it: "Ver|fassung", "Auf|gabe", "Miss|verständnis",
   * "Ver|achtung" are not kinds of Fassung, Gabe, Verständnis or Achtung (folded: no umlauts).
   */
  private static final Set<String> DERIVING_PREFIXES = Set.of("ab", "an", "auf", "aus", "be",
      "bei", "durch", "ein", "emp", "ent", "er", "fort", "ge", "gegen", "her", "heraus", "herein", "hin", "hinaus",
      "miss", "mit", "nach", "uber", "um", "un", "unter", "ver", "vor", "weg", "weiter", "wider", "wieder", "zer",
      "zu", "zuruck", "zusammen");

  /**
   * Whether a compound's modifier (the folded text before the head) can stand before a head: four letters or more
   * ("Kon|troll|e", "Luf|traum" are splits inside a word), and not a bare deriving prefix.
   */
  static boolean plausibleHead(String modifier) {
    return modifier.length() >= 4 && !DERIVING_PREFIXES.contains(modifier);
  }

  /**
   * Where {@code part} (folded) starts as the head of the folded compound, up to an inflectional ending, with at least
   * three letters before it; -1 when it is not the head.
   */
  static int headStart(String folded, String part) {
    for (String ending : HEAD_ENDINGS) {
      int start = folded.length() - part.length() - ending.length();
      if (folded.endsWith(part + ending) && start >= 3) {
        return start;
      }
    }
    return -1;
  }

  /** Whether {@code part} (folded) ends the folded compound, up to an inflectional ending. */
  static boolean isHead(String folded, String part) {
    return headStart(folded, part) >= 0;
  }

  /**
   * Whether the word keeps the umlauts of a lemma found at {@code start} of its folded form: inflection may add an
   * umlaut ("Engpass" → "Lieferengpässe") but never drops one ("Förderer" is not in "Herausforderer"). Words with ß
   * (whose folded form is longer) are not checked.
   */
  static boolean umlautsKept(String word, int start, String lemma) {
    String w = word.toLowerCase(Locale.ROOT);
    String l = lemma.toLowerCase(Locale.ROOT);
    if (w.indexOf('ß') >= 0 || l.indexOf('ß') >= 0) {
      return true;
    }
    for (int i = 0; i < l.length() && start + i < w.length(); i++) {
      if (UMLAUTS.indexOf(l.charAt(i)) >= 0 && w.charAt(start + i) != l.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the part at {@code start} of the folded compound lies inside, or reaches into, a listed word that contains
   * it without being made of it ("Friedens|gespräch|e" holds "räch"); a part that spans such a word whole stays.
   */
  private boolean insideException(String folded, int start, int length) {
    for (String x : compoundExceptions) {
      for (int at = folded.indexOf(x); at >= 0; at = folded.indexOf(x, at + 1)) {
        boolean overlaps = at < start + length && start < at + x.length();
        boolean spansIt = start <= at && at + x.length() <= start + length;
        if (overlaps && !spansIt) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the lemma occurs in the word with the same umlauts (both lowercased; ß kept). */
  private static boolean literallyIn(String word, String lemma) {
    return word.toLowerCase(Locale.ROOT).contains(lemma.toLowerCase(Locale.ROOT));
  }

  private List<String> subwords(String word) {
    if (dictionary == null) {
      dictionary = new CharArraySet(compoundParts, false);
    }
    List<String> out = new ArrayList<>();
    KeywordTokenizer tok = new KeywordTokenizer();
    tok.setReader(new StringReader(word));
    try (TokenStream ts = new DictionaryCompoundWordTokenFilter(
        new GermanNormalizationFilter(new LowerCaseFilter(tok)), dictionary, 4, 4, 30, false)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      boolean first = true;
      while (ts.incrementToken()) {
        if (!first) {
          out.add(term.toString());
        }
        first = false;
      }
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static String foldForCompounds(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
  }

  /**
   * The best entry under a key for a word: only entries whose written form agrees with the word on umlauts (the
   * key folds "schön" and "schon" together), then an exact form match, then the same part of speech, then the first.
   */
  private static Entry best(List<Keyed> entries, String upos, String word, String language) {
    if (entries == null || entries.isEmpty()) {
      return null;
    }
    List<Keyed> ok = new ArrayList<>(entries.size());
    boolean noun = "NOUN".equals(upos) || "PROPN".equals(upos);
    for (Keyed k : entries) {
      if (word == null || umlautsAgree(word, k.form())
          || noun && k.entry().pos().equals("NOUN") && isUmlautPlural(word, k.form())) {
        ok.add(k);
      }
    }
    if (word != null && "ADJ".equals(upos)) {
      // an adjective in -ig/-lich is not the verb made from it: "die nötigen Schritte" are not "nötigen" (coerce),
      // "billig" is not "billigen" (approve)
      ok.removeIf(k -> k.entry().pos().equals("VERB") && isAdjectiveOfVerb(word, k.entry().lemma()));
      // and an adjective is a verb's only as one of its participles, inflected or not ("gescheiterte",
      // "wachsende"), never through a shared stem ("wach" is not "wachsen")
      if ("de".equals(language)) {
        String w = word.toLowerCase(Locale.ROOT);
        ok.removeIf(k -> k.entry().pos().equals("VERB") && !w.startsWith(k.form().toLowerCase(Locale.ROOT)));
      }
    }
    if (word != null && noun) {
      // a noun takes an adjective's polarity only as its nominalisation, in German always inflected ("die Radikalen",
      // "der Arme" of "radikal", "arm"), not through a shared stem ("die Bitten" are not "bitter") or as a noun of
      // its own spelled like the adjective ("der militärische Arm", "des Arms" are no "arm"); in English the
      // nominalisation is the bare adjective ("the poor")
      String w = word.toLowerCase(Locale.ROOT);
      boolean german = "de".equals(language);
      ok.removeIf(k -> k.entry().pos().equals("ADJ") && !(german ? nominalisedAdjective(w, k.entry().lemma())
          : w.startsWith(k.entry().lemma().toLowerCase(Locale.ROOT))));
    }
    if (word != null && "ADV".equals(upos) && "de".equals(language)) {
      // an adverb takes a verb's polarity only in one of the verb's own forms (an adverbial participle): "meist" is
      // not "meistern", though the stemmer keys them alike
      ok.removeIf(k -> k.entry().pos().equals("VERB") && !k.form().equalsIgnoreCase(word));
    }
    if (word != null && noun && "de".equals(language)) {
      // a noun takes a noun entry's polarity only as one of its forms: Lucene's stemmer strips endings it cannot
      // tell from inflection and gives "Leiter" (head of an office) the key of "Leitstern"
      ok.removeIf(k -> k.entry().pos().equals("NOUN") && !isNounForm(word, k.form()));
    }
    if (ok.isEmpty()) {
      return null;
    }
    // the word's own part of speech before an entry spelled like it: an adjective's own entry before a verb form it
    // shares ("der verurteilte Ex-Präsident" is convicted, verurteilt, not condemning, verurteilen); a German verb's
    // own entry before an adjective spelled like its participle ("Ungarn verschleppt die Reform" delays, verschleppen;
    // it is not the abducted, verschleppt)
    String own = "ADJ".equals(upos) ? "ADJ" : "VERB".equals(upos) && "de".equals(language) ? "VERB" : null;
    Entry ownEntry = own == null ? null : firstOf(ok, own);
    if (ownEntry != null) {
      return ownEntry;
    }
    if (word != null) {
      for (Keyed k : ok) {
        if (k.form().equalsIgnoreCase(word)) {
          return k.entry();
        }
      }
    }
    if (upos != null) {
      String want = "PROPN".equals(upos) ? "NOUN" : "AUX".equals(upos) ? "VERB" : upos;
      Entry wanted = firstOf(ok, want);
      if (wanted != null) {
        return wanted;
      }
      // a noun never takes a verb's polarity through a shared stem ("Platz" is not "platzen"), nor the reverse
      if (want.equals("NOUN") || want.equals("VERB")) {
        String other = want.equals("NOUN") ? "VERB" : "NOUN";
        ok.removeIf(k -> k.entry().pos().equals(other));
        if (ok.isEmpty()) {
          return null;
        }
      }
    }
    return ok.get(0).entry();
  }

  /** The first of the entries with part of speech {@code pos}, or null. */
  private static Entry firstOf(List<Keyed> entries, String pos) {
    for (Keyed k : entries) {
      if (k.entry().pos().equals(pos)) {
        return k.entry();
      }
    }
    return null;
  }

  /**
   * Whether the lower-case noun {@code w} is the adjective {@code lemma} with an inflection ending, also in the
   * superlative ("radikalen", "der Mächtigste"; "die Bösen" of "böse": an adjective's final e is part of the ending).
   */
  private static boolean nominalisedAdjective(String w, String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (l.endsWith("e")) {
      l = l.substring(0, l.length() - 1);
    }
    if (!w.startsWith(l) || w.length() == l.length()) {
      return false;
    }
    String ending = w.substring(l.length());
    for (String superlative : SUPERLATIVE_INFIXES) {
      if (ending.startsWith(superlative)) {
        ending = ending.substring(superlative.length());
        break;
      }
    }
    return !ending.isEmpty() && ADJECTIVE_ENDINGS.contains(ending);
  }

  /**
   * Whether {@code word} is a German form of the noun {@code lemma}: the lemma itself, the lemma with a case or
   * plural ending ("Vorwürfe" through {@link #isUmlautPlural}; -er/-ern only after a lemma of five letters or fewer, as
   * there), or a Latin or Greek plural that replaces the lemma's end ("Risiken", "Dramen", "Zentren", "Viren").
   */
  static boolean isNounForm(String word, String lemma) {
    String w = word.toLowerCase(Locale.ROOT);
    String l = lemma.toLowerCase(Locale.ROOT);
    if (w.startsWith(l)) {
      String ending = w.substring(l.length());
      return NOUN_ENDINGS.contains(ending) || ending.startsWith("er") && ending.length() <= 3 && l.length() <= 5;
    }
    for (String end : REPLACED_NOUN_ENDS) {
      if (l.endsWith(end) && l.length() > end.length() + 2) {
        String stem = l.substring(0, l.length() - end.length());
        if (w.equals(stem + "en") || w.equals(stem + "a")) {
          return true;
        }
      }
    }
    return isUmlautPlural(word, lemma);
  }

  /** Case and plural endings of German nouns after the lemma (-er/-ern apart: see {@link #isNounForm}). */
  private static final Set<String> NOUN_ENDINGS = Set.of("", "e", "n", "en", "s", "es", "ns", "nen", "se", "sen",
      "ses");

  /** Ends of Latin and Greek nouns that their German plural replaces ("Risik|o" → "Risik|en", "Zentr|um"). */
  private static final List<String> REPLACED_NOUN_ENDS = List.of("um", "us", "on", "a", "o");

  /** What the superlative puts between an adjective and its ending ("umstritten|st|en"), longest first. */
  private static final List<String> SUPERLATIVE_INFIXES = List.of("est", "st");

  /** A German adjective's forms after its stem: uninflected, or with an ending ("nötig", "nötige", "nötigen", …). */
  static final List<String> ADJECTIVE_ENDINGS = java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
      slant.lang.GermanAdjectives.ENDINGS.stream()).toList();

  /**
   * Whether {@code word} is the adjective in -ig or -lich that the verb {@code verbLemma} is made from ("nötig(en)" of
   * "nötigen", "billig" of "billigen"), inflected or not; a participle ("genötigt", "nötigend") is not.
   */
  static boolean isAdjectiveOfVerb(String word, String verbLemma) {
    String w = word.toLowerCase(Locale.ROOT);
    String v = verbLemma.toLowerCase(Locale.ROOT);
    if (!v.endsWith("en")) {
      return false;
    }
    String stem = v.substring(0, v.length() - 2);
    if (!stem.endsWith("ig") && !stem.endsWith("lich")) {
      return false;
    }
    for (String ending : ADJECTIVE_ENDINGS) {
      if (w.equals(stem + ending)) {
        return true;
      }
    }
    return false;
  }

  private static final String UMLAUTS = "äöüÄÖÜ";

  /**
   * Plural endings after an umlauted stem ("Anschläge", "Männer", "Gärten"; "" only after -el/-en/-er; -er only after
   * a lemma of five letters or fewer: "Kümmerer" is no plural of "Kummer").
   */
  private static final List<String> UMLAUT_PLURAL_ENDINGS = List.of("e", "en", "er", "ern", "n", "");

  /**
   * Whether a noun is the umlaut plural of a lemma ("Vorwürfe" of "Vorwurf", "Anschläge" of "Anschlag", "Verstöße",
   * "Väter"): the lemma with one a, o or u umlauted, plus a plural ending. The lexicon's key folds umlauts, and
   * {@link #umlautsAgree} then keeps words apart that differ by one ("schön"/"schon"); a noun's plural is not such a
   * word.
   */
  static boolean isUmlautPlural(String word, String lemma) {
    String w = word.toLowerCase(Locale.ROOT);
    String l = lemma.toLowerCase(Locale.ROOT);
    for (String ending : UMLAUT_PLURAL_ENDINGS) {
      if (!w.endsWith(ending) || ending.isEmpty() && !(l.endsWith("el") || l.endsWith("en") || l.endsWith("er"))
          || ending.startsWith("er") && l.length() > 5) {
        continue; // -er plurals belong to short nouns (Männer, Länder); after a longer one -er makes an agent noun
      }
      String stem = w.substring(0, w.length() - ending.length());
      if (stem.length() != l.length()) {
        continue;
      }
      int diff = -1;
      boolean umlautOnly = true;
      for (int i = 0; i < l.length() && umlautOnly; i++) {
        if (stem.charAt(i) != l.charAt(i)) {
          umlautOnly = diff < 0 && "aou".indexOf(l.charAt(i)) >= 0 && stem.charAt(i) == "äöü".charAt("aou".indexOf(
              l.charAt(i)));
          diff = i;
        }
      }
      if (umlautOnly && diff >= 0) {
        return true;
      }
    }
    return false;
  }

  static boolean umlautsAgree(String word, String form) {
    String a = word.toLowerCase(Locale.ROOT);
    String b = form.toLowerCase(Locale.ROOT);
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return UMLAUTS.indexOf(x) < 0 && UMLAUTS.indexOf(y) < 0;
      }
    }
    return true;
  }

  /**
   * A new lexicon from plain entries (e.g. a researcher's lexicon in another format), with the modifiers and compound
   * exceptions of {@code modifiersFrom} (none when null).
   */
  public static Lexicon of(String language, String name, List<Entry> entries, Lexicon modifiersFrom) {
    WordNormalizer norm = WordNormalizer.forLanguage(language);
    Map<String, List<Keyed>> byKey = new HashMap<>();
    for (Entry e : entries) {
      addEntry(byKey, norm, e);
    }
    return new Lexicon(language, name, byKey, modifiersFrom == null ? Map.of() : modifiersFrom.modifiers,
        modifiersFrom == null ? List.of() : modifiersFrom.compoundExceptions);
  }
}
