package slant.sentiment;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.config.ConfigException;
import slant.lang.GermanVerbForms;
import slant.lang.TsvFile;
import slant.lang.WordNormalizer;

/**
 * The word lists that decide how an evaluative cue relates to the actor it reaches (docs/tables.md, "Cue
 * relations"): verb polarity frames ({@code verb-frames.tsv}: what a verb says of its subject and implies for its
 * object) and the word classes of {@code relations.tsv} (topic words, feelings, stance and speech nouns). Data files
 * beside the polarity lexicon, loaded the same way (bundled or from {@code sentiment.lexicon_dir}) and hashed into the
 * run manifest's {@code lexicon_hash}.
 *
 * <p>Inflected verb forms match their lemma as in {@link Lexicon}: German regular forms from {@link GermanVerbForms},
 * English regular forms (-s, -ed, -ing) from {@link #englishForms}; irregular past forms are rows of their own.
 */
public final class CueRelations implements Serializable {

  /** How a cue relates to the actor of a mention. Only {@link #EVALUATION} counts toward {@code sentiment}. */
  public enum Relation {
    /** a label or epithet of the actor, a predicate said of it, its narrated success or failure */
    EVALUATION,
    /** the actor says, thinks, demands or feels it: the actor's stance toward something else */
    HOLDER,
    /** something happens to the actor (victim, beneficiary, place of an event) */
    AFFECTED,
    /** another actor's stance toward this one ("X kritisiert Y": Y); counts toward {@code overall}, not the outlet's */
    STANCE,
    /** a coloured word that evaluates nobody (Krieg, Krise, Reform) */
    TOPIC,
    /** elsewhere in the clause: part of the tone around the actor, no relation to it */
    CONTEXT,
    /** the trained model's evidence (tone only) */
    MODEL;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

  }

  /** What a verb says of its subject and implies for its object. */
  public enum Role { POS, NEG, HOLDER, AFFECTED, NONE }

  /** A verb polarity frame: the subject's role and evaluation weight (for POS/NEG), the object's role. */
  public record Frame(String lemma, Role subject, Role object, double weight) implements Serializable {}

  /**
   * The word classes of {@code relations.tsv}. {@code HOLDER}: a person noun that names its referent as the holder of a stance
   * ("Kritiker", "Befürworter"); matched by its written form (and as a compound's head), not by the stemmed key.
   */
  public enum WordClass { TOPIC, FEELING, STANCE, SPEECH, EVENT, HOLDER }

  private final String language;
  /** Frames by the stemmed key of the lemma and its forms: the fallback for a form not written as listed. */
  private final Map<String, Frame> frames;
  /**
   * Frames by the lemma and its forms as written, lower case with umlauts kept: the key folds umlauts, so "täuschen"
   * and "tauschen", "absägen" and "absagen", "fördern" and "fordern" share one; the written form tells them apart.
   */
  private final Map<String, Frame> framesByForm;
  /**
   * Classes by the written form, lower case with umlauts kept: "Förderung" (topic) and "Forderung" (speech) share a
   * stemmed key, the written form tells them apart.
   */
  private final Map<String, Set<WordClass>> classesByForm;
  /**
   * Classes by the stemmed key, the fallback for a form not listed as written (an inflection), split by how the listed
   * word is written: a lower-case word (a verb or adjective, "schützen", "stärken") takes only the classes of listed
   * lower-case words, not those of a capitalised noun that shares its key ("Schutz", "Stärke": topic); a capitalised
   * word (a noun, or any word opening a sentence) takes both.
   */
  private final Map<String, Set<WordClass>> classes;
  /** As {@link #classes}, from the listed words written in lower case only. */
  private final Map<String, Set<WordClass>> lowerCaseClasses;
  /** The {@code holder} words, lower case: matched by the written form, not by the stemmed key of {@link #classes}. */
  private final Set<String> holderForms;
  /**
   * The listed words of five or more letters, lower case, with the classes of their key: the heads a German compound
   * may end in.
   */
  private final Map<String, Set<WordClass>> compoundHeads;

  private CueRelations(String language, Map<String, Frame> frames, Map<String, Frame> framesByForm,
      Map<String, Set<WordClass>> classesByForm, Map<String, Set<WordClass>> classes,
      Map<String, Set<WordClass>> lowerCaseClasses, Set<String> holderForms,
      Map<String, Set<WordClass>> compoundHeads) {
    this.language = language;
    this.frames = frames;
    this.framesByForm = framesByForm;
    this.classesByForm = classesByForm;
    this.classes = classes;
    this.lowerCaseClasses = lowerCaseClasses;
    this.holderForms = holderForms;
    this.compoundHeads = compoundHeads;
  }

  public static final List<String> FILES = List.of("verb-frames.tsv", "relations.tsv");

  /** German only: the irregular forms of strong, mixed and irregular base verbs ("werfen": wirft, warf, geworfen). */
  public static final String STRONG_VERBS = "strong-verbs.tsv";

  /** The language of the documents these relations are for ("de", "en"). */
  public String language() {
    return language;
  }

  /** The rule files of a language, in hashing order. */
  public static List<String> files(String language) {
    return language.equals("de") ? List.of(FILES.get(0), FILES.get(1), STRONG_VERBS) : FILES;
  }

  /**
   * Loads {@code <dir>/<language>/verb-frames.tsv}, {@code relations.tsv} and for German {@code strong-verbs.tsv};
   * dir null, or a file missing from it: the bundled file ({@link #file} says which one a run used).
   */
  public static CueRelations load(String dir, String language) {
    CueRelations r = fromTsv(language, read(dir, language, FILES.get(0)), read(dir, language, FILES.get(1)));
    return language.equals("de") ? r.withStrongVerbs(read(dir, language, STRONG_VERBS)) : r;
  }

  /** {@link #withStrongVerbs(TsvFile)}; errors cite the file as {@code <language>/strong-verbs.tsv}. */
  public CueRelations withStrongVerbs(String strongTsv) {
    return withStrongVerbs(new TsvFile(language + "/" + STRONG_VERBS, strongTsv));
  }

  /**
   * This relation set with the irregular forms of German strong verbs added to the frames: for every frame lemma that
   * is a listed base verb with or without a prefix, its present (3sg), past (3sg, 3pl) and participle forms, the
   * prefix joined as the scorer joins a separated particle ("vorwerfen": vorwirft, vorwarf, vorwarfen, vorgeworfen;
   * "versprechen": verspricht, versprach, versprochen). Regular forms are already keyed ({@link GermanVerbForms}).
   */
  public CueRelations withStrongVerbs(TsvFile strongVerbs) {
    Map<String, String[]> strong = new HashMap<>();
    for (TsvFile.Line line : strongVerbs.lines("infinitive")) {
      if (line.fields().length != 5) {
        throw line.error("expected infinitive, present3sg, past3sg, past3pl, participle (tab-separated)");
      }
      strong.put(line.field(0).toLowerCase(Locale.ROOT), line.fields());
    }
    WordNormalizer norm = WordNormalizer.forLanguage(language);
    Map<String, Frame> out = new HashMap<>(frames);
    Map<String, Frame> outByForm = new HashMap<>(framesByForm);
    java.util.Set<String> lemmas = new java.util.TreeSet<>();
    frames.values().forEach(fr -> lemmas.add(fr.lemma()));
    Map<String, Frame> byLemma = new HashMap<>();
    frames.values().forEach(fr -> byLemma.putIfAbsent(fr.lemma(), fr));
    for (String lemma : lemmas) {
      for (int cut = 0; cut < lemma.length() - 2; cut++) {
        String[] forms = strong.get(lemma.substring(cut));
        if (forms == null) {
          continue;
        }
        String prefix = lemma.substring(0, cut);
        boolean inseparable = INSEPARABLE_PREFIXES.contains(prefix);
        String participle = forms[4].strip();
        if (inseparable && participle.startsWith("ge")) {
          participle = participle.substring(2);
        }
        for (String form : List.of(forms[1].strip(), forms[2].strip(), forms[3].strip(), participle)) {
          out.putIfAbsent(norm.key(prefix + form), byLemma.get(lemma));
          outByForm.putIfAbsent((prefix + form).toLowerCase(Locale.ROOT), byLemma.get(lemma));
        }
        break;
      }
    }
    return new CueRelations(language, out, outByForm, classesByForm, classes, lowerCaseClasses, holderForms,
        compoundHeads);
  }

  /** Prefixes that stay on the verb and take no "ge-" in the participle. */
  private static final java.util.Set<String> INSEPARABLE_PREFIXES = java.util.Set.of("be", "er", "ver", "zer", "ent",
      "emp", "miss", "ge", "über", "unter", "wider", "hinter");

  /** Rule-free relations: no frames, no word classes (every verb cue on a subject is CONTEXT). */
  public static CueRelations empty(String language) {
    return new CueRelations(language, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of());
  }

  /** {@link #fromTsv(String, TsvFile, TsvFile)}; errors cite the files as {@code <language>/verb-frames.tsv} etc. */
  public static CueRelations fromTsv(String language, String framesTsv, String relationsTsv) {
    return fromTsv(language, new TsvFile(language + "/" + FILES.get(0), framesTsv),
        new TsvFile(language + "/" + FILES.get(1), relationsTsv));
  }

  /** Parses both files; a malformed line is a {@link ConfigException} "file:line: what is wrong". */
  public static CueRelations fromTsv(String language, TsvFile verbFrames, TsvFile relations) {
    WordNormalizer norm = WordNormalizer.forLanguage(language);
    Map<String, Frame> frames = new HashMap<>();
    Map<String, Frame> framesByForm = new HashMap<>();
    for (TsvFile.Line line : verbFrames.lines("lemma")) {
      String[] f = line.fields();
      if (f.length != 4) {
        throw line.error("expected lemma, subject, object, weight (tab-separated)");
      }
      Role subject = role(line, 1, Set.of(Role.POS, Role.NEG, Role.HOLDER, Role.NONE));
      Role object = role(line, 2, Set.of(Role.POS, Role.NEG, Role.AFFECTED, Role.NONE));
      double w = line.number(3, "weight");
      if (w < 0 || w > 1) {
        throw line.error("weight " + line.field(3) + " outside [0, 1]");
      }
      String lemma = line.field(0).toLowerCase(Locale.ROOT);
      Frame frame = new Frame(lemma, subject, object, w);
      frames.putIfAbsent(norm.key(lemma), frame);
      framesByForm.putIfAbsent(lemma, frame);
      List<String> forms = language.equals("de") ? GermanVerbForms.forms(lemma) : englishForms(lemma);
      for (String form : forms) {
        frames.putIfAbsent(norm.key(form), frame);
        framesByForm.putIfAbsent(form.toLowerCase(Locale.ROOT), frame);
      }
    }
    Map<String, Set<WordClass>> classesByForm = new HashMap<>();
    Map<String, Set<WordClass>> classes = new HashMap<>();
    Map<String, Set<WordClass>> lowerCaseClasses = new HashMap<>();
    Set<String> heads = new HashSet<>();
    Set<String> holderForms = new HashSet<>();
    for (TsvFile.Line line : relations.lines("word")) {
      String[] f = line.fields();
      if (f.length != 2) {
        throw line.error("expected word, class (tab-separated)");
      }
      WordClass c;
      try {
        c = WordClass.valueOf(line.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown class '" + line.field(1) + "' (topic, feeling, stance, speech, event, holder)");
      }
      if (c == WordClass.HOLDER) {
        // a person noun counts by its written form: the stemmer's key joins "Kritiker" with the stance noun "Kritik"
        holderForms.add(f[0].strip().toLowerCase(Locale.ROOT));
        continue;
      }
      String word = f[0].strip();
      classesByForm.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(c);
      classes.computeIfAbsent(norm.key(word), k -> new HashSet<>()).add(c);
      if (!Character.isUpperCase(word.codePointAt(0))) {
        lowerCaseClasses.computeIfAbsent(norm.key(word), k -> new HashSet<>()).add(c);
      }
      if (word.length() >= 5) {
        heads.add(word.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Set<WordClass>> compoundHeads = new HashMap<>();
    for (String head : heads) {
      compoundHeads.put(head, new HashSet<>(classesByForm.get(head)));
    }
    for (String form : holderForms) {
      if (form.length() >= 5) {
        compoundHeads.computeIfAbsent(form, k -> new HashSet<>()).add(WordClass.HOLDER);
      }
    }
    return new CueRelations(language, frames, framesByForm, classesByForm, classes, lowerCaseClasses, holderForms,
        compoundHeads);
  }

  private static Role role(TsvFile.Line line, int field, Set<Role> allowed) {
    try {
      Role r = Role.valueOf(line.field(field).toUpperCase(Locale.ROOT));
      if (allowed.contains(r)) {
        return r;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw line.error("'" + line.field(field) + "' is not one of "
        + allowed.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList());
  }

  /**
   * The frame of a verb form (or joined particle verb), or null: the frame listed with this written form ("tauscht" is
   * "tauschen", "täuscht" is "täuschen"), else the frame of its stemmed key.
   */
  public Frame frame(String verb) {
    Frame written = framesByForm.get(verb.toLowerCase(Locale.ROOT));
    return written != null ? written : frames.get(WordNormalizer.forLanguage(language).key(verb));
  }

  /** Whether a word (form or lemma) belongs to a class, compounds included ({@link #classes}). */
  public boolean is(String word, WordClass c) {
    return is(word, c, true);
  }

  /** As {@link #is(String, WordClass)}; {@code compounds} false: the word itself only. */
  public boolean is(String word, WordClass c, boolean compounds) {
    return classes(word, compounds).contains(c);
  }

  /**
   * The classes a word (form or lemma) belongs to. With {@code compounds}, a German compound also belongs to the
   * classes of its head when the head is a listed word of five or more letters ("Atomprogramm", "Wirtschaftskrise":
   * topic). One pass over the word's possible heads serves every class.
   */
  public Set<WordClass> classes(String word, boolean compounds) {
    Set<WordClass> out = java.util.EnumSet.noneOf(WordClass.class);
    Set<WordClass> exact = classesByForm.get(word.toLowerCase(Locale.ROOT));
    if (exact == null && !word.isEmpty()) {
      String key = WordNormalizer.forLanguage(language).key(word);
      exact = Character.isUpperCase(word.codePointAt(0)) ? classes.get(key) : lowerCaseClasses.get(key);
    }
    if (exact != null) {
      out.addAll(exact);
    }
    if (holderForms.contains(word.toLowerCase(Locale.ROOT))) {
      out.add(WordClass.HOLDER);
    }
    if (compounds && language.equals("de") && word.length() >= 8) {
      String lower = word.toLowerCase(Locale.ROOT);
      for (int i = 3; i <= lower.length() - 5; i++) {
        Set<WordClass> head = compoundHeads.get(lower.substring(i));
        if (head != null) {
          out.addAll(head);
        }
      }
    }
    return out;
  }

  public int frameCount() {
    return (int) framesByForm.values().stream().map(Frame::lemma).distinct().count();
  }

  /** Regular English verb forms: -s/-es, -ed/-d (doubling a final consonant after a short vowel), -ing, y → ied. */
  static List<String> englishForms(String lemma) {
    if (lemma.isEmpty() || lemma.contains(" ")) {
      return List.of();
    }
    String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
    char last = lemma.charAt(lemma.length() - 1);
    boolean y = last == 'y' && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
    String s = y ? lemma.substring(0, lemma.length() - 1) + "ies"
        : lemma.matches(".*(s|sh|ch|x|z|o)$") ? lemma + "es" : lemma + "s";
    String ed = y ? lemma.substring(0, lemma.length() - 1) + "ied" : lemma.endsWith("e") ? lemma + "d" : lemma + "ed";
    String ing = lemma.endsWith("ie") ? lemma.substring(0, lemma.length() - 2) + "ying" : stem + "ing";
    if (lemma.matches(".*[^aeiou][aeiou][bdgmnprt]$") && lemma.length() <= 4) {
      String doubled = lemma + last;
      return List.of(s, ed, ing, doubled + "ed", doubled + "ing");
    }
    return List.of(s, ed, ing);
  }

  /** The file a load reads for {@code name}: the one in {@code dir} when it exists, else null (the bundled one). */
  public static String file(String dir, String language, String name) {
    if (dir == null) {
      return null;
    }
    Path p = Path.of(dir, language, name);
    return Files.isRegularFile(p) ? p.toString() : null;
  }

  /**
   * A rule file read like the lexicon's files; one missing from {@code dir} is read from the bundle (also the
   * lexicon's optional {@code compound-exceptions.tsv}).
   */
  static TsvFile read(String dir, String language, String file) {
    return Lexicon.file(file(dir, language, file) == null ? null : dir, language, file);
  }

}
