package slant.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import slant.config.ConfigException;
import slant.config.NlpConfig;
import slant.lang.Dateline;
import slant.lang.GluedBylines;
import slant.lang.GermanArgumentOrder;
import slant.lang.GermanFiniteVerbs;
import slant.lang.GluedParagraphs;
import slant.lang.SeparatedText;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.EntitySpan;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Stanford CoreNLP behind Slant's {@link Annotator}: the only class that touches CoreNLP's data model.
 *
 * <p>Per language, one splitting pipeline (tokenize, ssplit, mwt), one tagging pipeline (pos, ner) and one neural
 * dependency parser; between splitting and tagging, a dateline that opens one of the first sentences becomes a
 * sentence of its own ({@link #splitDatelines}). The
 * parser runs only on the sentences the {@link Annotator.ParseSelector} accepts and that are at most
 * {@code nlp.max_sentence_tokens} long, and it builds only the basic dependency tree (the enhanced graphs that
 * CoreNLP's {@code depparse} annotator adds are never read by Slant). Parsing a sentence does not depend on the
 * other sentences, so a parsed sentence gets the same edges whichever others are parsed.
 *
 * <p>Thread-safe; models load lazily, once per JVM and language ({@link #shared}).
 */
public final class CoreNlpAnnotator implements Annotator {

  public static final String CORENLP_VERSION = "4.5.10";

  /**
   * Sentence splitting: a blank line ends a sentence (CoreNLP's {@code ssplit.newlineIsSentenceBreak=two}). An
   * article is its title, a blank line and its paragraphs ({@code Article.analysedText}); without it a headline
   * without a final full stop ("Ukrainischer Politiker Parubij erschossen") and the lede became one sentence and
   * one parse, with the headline's participle as the lede's verb.
   */
  public static final String NEWLINE_IS_SENTENCE_BREAK = "two";

  /**
   * Version of what {@link #annotate} produces for a given text and settings. Bump it when the tagging properties,
   * the parser call or the conversion to Slant's records change, so that stored annotations ({@code annotations}
   * table) made by the old code are no longer accepted by {@code slant rescore}. 2 (2026-12-03): sentences end at a
   * blank line ({@link #NEWLINE_IS_SENTENCE_BREAK}). 3 (2026-12-04): a dateline is a sentence of its own
   * ({@link #splitDatelines}). 4 (2026-12-04): a byline glued to the report's first word is separated from it
   * ({@link GluedBylines}). 5 (2026-12-06): a paragraph's end glued to the next paragraph's first word is separated
   * from it ({@link GluedParagraphs}: "weiter?Die", "Überblick:Wadephul", "sein.tagesschau24:"). 6 (2026-12-06): also a
   * byline glued after an outlet written in capitals ("Von Lorenz Storch, BRIm Süden …") or, without an outlet, to its
   * last name ("Von Christian BaslEin gemeinsames Selfie …"; {@link GluedBylines}). 7 (2026-12-07): also headlines of
   * a list glued to each other ("widerspricht TrumpFeuer im Hafen"; {@link slant.lang.GluedHeadlines}). 8
   * (2026-12-07): in such a list, also a two-letter word glued to the next headline ("Jemen abWadephul fordert"). 9
   * (2026-12-07): in German, the two proper nouns of a clause in the perfect are subject and object in their order
   * ("Russland hat die Ukraine angegriffen"; {@link slant.lang.GermanArgumentOrder}). 10 (2026-12-07): in a German
   * sentence without a verb, the finite verb the tagger read as an adjective is tagged as a verb before parsing
   * ("Selenskyj entlässt Vize-Präsidialamtschefin"; {@link slant.lang.GermanFiniteVerbs}).
   */
  public static final int ANNOTATION_FORMAT = 10;

  /**
   * The bundled word lists annotation reads, once per JVM: never a configured {@code rules_dir}, because stored
   * annotations are versioned by {@link #ANNOTATION_FORMAT} alone.
   */
  private static final class AnnotationWords {
    static final Set<String> BYLINE_OUTLETS = Rules.bundled().words("byline-outlets.tsv");
    static final Set<String> CAMEL_CASE_NAMES = Rules.bundled().words("camel-case-names.tsv");
    static final GermanArgumentOrder GERMAN_ARGUMENT_ORDER = GermanArgumentOrder.bundled();
    static final GermanFiniteVerbs GERMAN_FINITE_VERBS = GermanFiniteVerbs.bundled();
  }

  /** The bundled byline outlets ({@code data/rules/byline-outlets.tsv}) that end a glued byline. */
  public static Set<String> bylineOutlets() {
    return AnnotationWords.BYLINE_OUTLETS;
  }

  /** The bundled camel-case names ({@code data/rules/camel-case-names.tsv}) no glued headline splits. */
  public static Set<String> camelCaseNames() {
    return AnnotationWords.CAMEL_CASE_NAMES;
  }

  /**
   * The German annotators that make the sentences, before {@link #splitDatelines} may change them and the tagger
   * runs; the benchmark's bare reference pipeline runs the same ({@code slant.bench.BareCoreNlp}).
   */
  public static final String GERMAN_SPLITTING_ANNOTATORS = "tokenize,ssplit,mwt";

  private static final Map<String, CoreNlpAnnotator> SHARED = new ConcurrentHashMap<>();

  private final NlpConfig config;
  private final Map<String, LanguagePipeline> pipelines = new ConcurrentHashMap<>();

  private record LanguagePipeline(StanfordCoreNLP splitter, StanfordCoreNLP tagger, DependencyParser parser) {}

  private CoreNlpAnnotator(NlpConfig config) {
    this.config = config;
  }

  /** The JVM-wide annotator for this configuration (one per executor JVM, shared by its tasks). */
  public static CoreNlpAnnotator shared(NlpConfig config) {
    return SHARED.computeIfAbsent(config.toString(), k -> new CoreNlpAnnotator(config));
  }

  /**
   * Everything besides an article's text that determines its annotations: CoreNLP version, {@link #ANNOTATION_FORMAT},
   * {@code nlp.parse} and {@code nlp.max_sentence_tokens}. (With {@code parse: candidates} the actor catalogue also
   * decides which sentences are parsed; {@code slant rescore} handles that per sentence instead of refusing.) The
   * other nlp keys (languages, language detection, max_chars) decide which articles are accepted, not how an
   * accepted article is annotated.
   */
  public static String annotationConfig(NlpConfig config) {
    return "corenlp " + CORENLP_VERSION + "; annotation_format " + ANNOTATION_FORMAT + "; parse " + config.parse()
        + "; max_sentence_tokens " + config.maxSentenceTokens();
  }

  /** First 16 hex digits of SHA-256 over {@link #annotationConfig}. */
  public static String annotationConfigHash(NlpConfig config) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(annotationConfig(config).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A serializable factory returning {@link #shared}. */
  public static AnnotatorFactory factory() {
    return CoreNlpAnnotator::shared;
  }

  /**
   * Names what produces the annotations, {@link #ANNOTATION_FORMAT} included: caches of annotations (the evaluation
   * cache of {@code slant.eval.AnnotationCache}) are keyed by it, so a format change makes them annotate again.
   */
  @Override
  public String describe() {
    return "corenlp " + CORENLP_VERSION + " " + String.join(",", config.languages()) + " ssplit:"
        + NEWLINE_IS_SENTENCE_BREAK + " format:" + ANNOTATION_FORMAT;
  }

  private LanguagePipeline pipeline(String language) {
    if (!config.languages().contains(language)) {
      throw new IllegalArgumentException("no pipeline configured for language " + language);
    }
    return pipelines.computeIfAbsent(language, CoreNlpAnnotator::load);
  }

  private static LanguagePipeline load(String language) {
    Properties props = baseProperties(language);
    Properties splitting = new Properties();
    splitting.putAll(props);
    splitting.setProperty("annotators", language.equals("de") ? GERMAN_SPLITTING_ANNOTATORS : "tokenize,ssplit");
    splitting.setProperty("ssplit.newlineIsSentenceBreak", NEWLINE_IS_SENTENCE_BREAK);
    StanfordCoreNLP splitter = new StanfordCoreNLP(splitting);
    Properties tagging = new Properties();
    tagging.putAll(props);
    // tags the sentences the splitter made (and splitDatelines changed); the splitter's requirements are met
    tagging.setProperty("annotators", language.equals("de") ? "pos,ner" : "pos,lemma,ner");
    tagging.setProperty("enforceRequirements", "false");
    tagging.setProperty("ner.applyNumericClassifiers", "false");
    tagging.setProperty("ner.applyFineGrained", "false");
    tagging.setProperty("ner.useSUTime", "false");
    tagging.setProperty("ner.buildEntityMentions", "true");
    StanfordCoreNLP tagger = new StanfordCoreNLP(tagging);
    String parserModel = props.getProperty("depparse.model");
    Properties parserProps = new Properties();
    DependencyParser parser = DependencyParser.loadFromModelFile(parserModel, parserProps);
    return new LanguagePipeline(splitter, tagger, parser);
  }

  private static Properties baseProperties(String language) {
    Properties props = new Properties();
    if (language.equals("de")) {
      try (InputStream in = CoreNlpAnnotator.class.getClassLoader()
          .getResourceAsStream("StanfordCoreNLP-german.properties")) {
        if (in == null) {
          throw new ConfigException("the CoreNLP German models jar (stanford-corenlp-" + CORENLP_VERSION
              + "-models-german.jar) is not on the classpath");
        }
        props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ConfigException("cannot read StanfordCoreNLP-german.properties: " + e.getMessage(), e);
      }
    } else {
      if (CoreNlpAnnotator.class.getClassLoader()
          .getResource("edu/stanford/nlp/models/parser/nndep/english_UD.gz") == null) {
        throw new ConfigException("the CoreNLP English models jar (stanford-corenlp-" + CORENLP_VERSION
            + "-models.jar) is not on the classpath");
      }
      props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
      props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
      props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
      props.setProperty("tokenize.language", "en");
    }
    return props;
  }

  @Override
  public AnnotatedDoc annotate(String text, String language, ParseSelector selector) {
    LanguagePipeline p = pipeline(language);
    // a byline glued to the report's first word ("ARD-HauptstadtstudioEr gilt als …") and a paragraph glued to the
    // next ("weiter?Die USA …") get a paragraph break in the text CoreNLP reads; offsets are mapped back to the
    // article's own text in convert
    SeparatedText separated = GluedParagraphs.separate(text, bylineOutlets(), camelCaseNames());
    Annotation annotation = new Annotation(separated.text());
    p.splitter().annotate(annotation);
    splitDatelines(annotation);
    p.tagger().annotate(annotation);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap cs = coreSentences.get(i);
      Sentence tagged = convert(i, cs, separated);
      if ("de".equals(language)) {
        // "Selenskyj entlässt/ADJ Vize-Präsidialamtschefin": a verbless sentence's finite verb, tagged as a verb
        int verb = AnnotationWords.GERMAN_FINITE_VERBS.misreadVerb(tagged.tokens());
        if (verb >= 0) {
          cs.get(CoreAnnotations.TokensAnnotation.class).get(verb).setTag("VERB");
          tagged = convert(i, cs, separated);
        }
      }
      boolean parse = tagged.size() <= config.maxSentenceTokens() && selector.shouldParse(tagged);
      if (parse) {
        List<Dependency> dependencies = parse(p.parser(), cs);
        if ("de".equals(language)) {
          // "Russland/obj hat die Ukraine/nsubj angegriffen": the parser's roles of two names, repaired
          dependencies = AnnotationWords.GERMAN_ARGUMENT_ORDER.repair(tagged.tokens(), dependencies);
        }
        sentences.add(new Sentence(i, tagged.begin(), tagged.end(), tagged.tokens(), tagged.entities(),
            dependencies, true));
      } else {
        sentences.add(tagged);
      }
    }
    return new AnnotatedDoc(text, language, sentences);
  }

  /**
   * Makes a dateline that opens one of the first {@value Dateline#OPENING_SENTENCES} sentences ({@link Dateline}) a
   * sentence of its own, before tagging and parsing: the dateline and its dash, then the report's first sentence.
   * Tokens keep their character offsets; sentence and token indices are renumbered. Public for the benchmark's bare
   * reference pipeline ({@code slant.bench.BareCoreNlp}), which splits sentences as Slant does.
   */
  public static void splitDatelines(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    List<CoreMap> out = new ArrayList<>(sentences.size() + 1);
    boolean changed = false;
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap cs = sentences.get(i);
      List<CoreLabel> tokens = cs.get(CoreAnnotations.TokensAnnotation.class);
      int dash = i < Dateline.OPENING_SENTENCES
          ? Dateline.dashIndex(tokens.stream().map(CoreLabel::word).toList(), t -> standsAlone(text, tokens.get(t)))
          : -1;
      if (dash < 0) {
        out.add(cs);
        continue;
      }
      int tokenBegin = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
      out.add(part(text, cs, tokens.subList(0, dash + 1), tokenBegin));
      out.add(part(text, cs, tokens.subList(dash + 1, tokens.size()), tokenBegin + dash + 1));
      changed = true;
    }
    if (!changed) {
      return;
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap cs = out.get(i);
      cs.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = cs.get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < tokens.size(); t++) {
        tokens.get(t).setIndex(t + 1);
        tokens.get(t).setSentIndex(i);
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  /** Whether a token has white space, or the text's edge, on both sides. */
  private static boolean standsAlone(String text, CoreLabel token) {
    int before = token.beginPosition() - 1;
    int after = token.endPosition();
    return (before < 0 || Character.isWhitespace(text.charAt(before)))
        && (after >= text.length() || Character.isWhitespace(text.charAt(after)));
  }

  /** A sentence made of some of another's tokens: same keys, its own tokens, offsets and text. */
  private static CoreMap part(String text, CoreMap whole, List<CoreLabel> tokens, int tokenBegin) {
    CoreMap part = new ArrayCoreMap(whole);
    List<CoreLabel> own = new ArrayList<>(tokens);
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    part.set(CoreAnnotations.TokensAnnotation.class, own);
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
    return part;
  }

  private static List<Dependency> parse(DependencyParser parser, CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    List<Dependency> deps = new ArrayList<>();
    for (TypedDependency td : gs.typedDependencies()) {
      int gov = td.gov().index() - 1; // CoreNLP: 1-based, root governor is 0
      int dep = td.dep().index() - 1;
      deps.add(new Dependency(gov < 0 ? Dependency.ROOT : gov, dep, td.reln().toString()));
    }
    deps.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return deps;
  }

  /** A tagged sentence in Slant's records (no edges yet); a parse adds edges to these same tokens. */
  private static Sentence convert(int index, CoreMap cs, SeparatedText separated) {
    List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    Map<CoreLabel, Integer> position = new java.util.IdentityHashMap<>();
    for (int t = 0; t < labels.size(); t++) {
      CoreLabel l = labels.get(t);
      position.put(l, t);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(t, l.word(), separated.original(l.beginPosition()), separated.original(l.endPosition()),
          UniversalPos.of(l.tag()), ner));
    }
    List<EntitySpan> entities = new ArrayList<>();
    List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        if (mt == null || mt.isEmpty()) {
          continue;
        }
        Integer first = position.get(mt.get(0));
        Integer last = position.get(mt.get(mt.size() - 1));
        if (first == null || last == null) {
          continue;
        }
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        entities.add(new EntitySpan(first, last + 1, type, m.get(CoreAnnotations.TextAnnotation.class)));
      }
    }
    int begin = separated.original(cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    int end = separated.original(cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    return new Sentence(index, begin, end, tokens, entities, List.of(), false);
  }
}
