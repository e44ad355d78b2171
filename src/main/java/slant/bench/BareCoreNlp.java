package slant.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import slant.config.ConfigException;
import slant.lang.GluedParagraphs;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.Sentence;
import slant.nlp.CoreNlpAnnotator;

/**
 * The reference the benchmark compares Slant with: CoreNLP's full German pipeline as a user would run it
 * ({@code StanfordCoreNLP-german.properties}, annotators tokenize,ssplit,mwt,pos,ner,depparse) with Slant's sentence
 * splitting (a blank line ends a sentence; a dateline is a sentence of its own, {@link CoreNlpAnnotator#splitDatelines},
 * between ssplit/mwt and pos), and the comparison of its basic dependency trees with the edges of the sentences Slant
 * parsed.
 */
public final class BareCoreNlp {

  public static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,ner,depparse";
  /**
   * The second stage, after the sentences ({@link CoreNlpAnnotator#GERMAN_SPLITTING_ANNOTATORS}) and Slant's dateline
   * split.
   */
  static final String TAGGING_AND_PARSING = "pos,ner,depparse";

  private BareCoreNlp() {}

  /** The German properties shipped in the models jar, with the full annotator list and Slant's sentence splitting. */
  public static Properties germanProperties() {
    Properties props = new Properties();
    try (InputStream in = BareCoreNlp.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-german.properties")) {
      if (in == null) {
        throw new ConfigException("the CoreNLP German models jar is not on the classpath");
      }
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException("cannot read StanfordCoreNLP-german.properties: " + e.getMessage(), e);
    }
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("ssplit.newlineIsSentenceBreak", CoreNlpAnnotator.NEWLINE_IS_SENTENCE_BREAK);
    return props;
  }

  /** The bare German pipeline: {@link #ANNOTATORS} in two stages, with Slant's dateline split between them. */
  public static Pipeline germanPipeline() {
    return new Pipeline();
  }

  /** {@link #ANNOTATORS} as two CoreNLP pipelines, the sentences split at datelines as Slant splits them between. */
  public static final class Pipeline {
    private final StanfordCoreNLP splitting;
    private final StanfordCoreNLP taggingAndParsing;

    Pipeline() {
      Properties first = germanProperties();
      Properties second = new Properties();
      second.putAll(first);
      first.setProperty("annotators", CoreNlpAnnotator.GERMAN_SPLITTING_ANNOTATORS);
      second.setProperty("annotators", TAGGING_AND_PARSING);
      second.setProperty("enforceRequirements", "false");
      splitting = new StanfordCoreNLP(first);
      taggingAndParsing = new StanfordCoreNLP(second);
    }

    public void annotate(Annotation a) {
      splitting.annotate(a);
      CoreNlpAnnotator.splitDatelines(a);
      taggingAndParsing.annotate(a);
    }
  }

  /** One text through the bare pipeline: its tokens, per sentence its basic tree as Slant edges, sentence sizes. */
  public record Parsed(int tokens, List<List<Dependency>> edges, List<Integer> sentenceSizes) {}

  /**
   * The bare German pipeline, loaded on construction, behind plain types so that the benchmark harness
   * ({@link ThroughputBench}) does not touch CoreNLP itself.
   */
  public static final class German {
    private final Pipeline pipeline = germanPipeline();

    /** Annotates {@code text} with the full pipeline and reads what the benchmark compares. */
    public Parsed annotate(String text) {
      Annotation a = annotation(text);
      pipeline.annotate(a);
      return new Parsed(tokens(a), basicEdges(a), sentenceSizes(a));
    }
  }

  /**
   * An annotation of the text Slant's annotator reads: glued bylines and paragraphs separated
   * ({@link GluedParagraphs}).
   */
  public static Annotation annotation(String text) {
    return new Annotation(GluedParagraphs.separate(text, CoreNlpAnnotator.bylineOutlets(),
        CoreNlpAnnotator.camelCaseNames()).text());
  }

  public static int tokens(Annotation a) {
    List<?> t = a.get(CoreAnnotations.TokensAnnotation.class);
    return t == null ? 0 : t.size();
  }

  /** Per sentence, its basic dependency tree as Slant edges (0-based, root governor -1), sorted by dependent. */
  public static List<List<Dependency>> basicEdges(Annotation a) {
    List<List<Dependency>> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      List<Dependency> deps = new ArrayList<>();
      if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
      }
      deps.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
      out.add(deps);
    }
    return out;
  }

  /** Accumulates the comparison of Slant's parsed sentences with the bare pipeline's trees. */
  public static final class EdgeCheck {
    private int articles;
    private int sentences;
    private int parsedCompared;
    private int edgesCompared;
    private int mismatches;
    private int structureMismatches;
    private final List<String> examples = new ArrayList<>();

    /** Compares one article: same sentence count and sizes, and equal edges on every sentence Slant parsed. */
    public void add(String id, AnnotatedDoc slant, List<List<Dependency>> bare, List<Integer> bareSentenceSizes) {
      articles++;
      if (slant.sentences().size() != bare.size()) {
        structureMismatches++;
        example(id + ": " + slant.sentences().size() + " sentences in Slant, " + bare.size() + " in bare CoreNLP");
        return;
      }
      for (Sentence s : slant.sentences()) {
        sentences++;
        if (s.size() != bareSentenceSizes.get(s.index())) {
          structureMismatches++;
          example(id + " sentence " + s.index() + ": " + s.size() + " tokens vs " + bareSentenceSizes.get(s.index()));
          continue;
        }
        if (!s.parsed()) {
          continue;
        }
        parsedCompared++;
        List<Dependency> mine = new ArrayList<>(s.dependencies());
        mine.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
        List<Dependency> ref = bare.get(s.index());
        edgesCompared += ref.size();
        if (!mine.equals(ref)) {
          mismatches++;
          example(id + " sentence " + s.index() + ": slant " + mine + " vs bare " + ref);
        }
      }
    }

    private void example(String s) {
      if (examples.size() < 5) {
        examples.add(s);
      }
    }

    public int articles() {
      return articles;
    }

    public int sentences() {
      return sentences;
    }

    /** Sentences Slant parsed and whose edges were compared. */
    public int parsedCompared() {
      return parsedCompared;
    }

    public int edgesCompared() {
      return edgesCompared;
    }

    /** Parsed sentences whose edges differ from the bare pipeline's basic tree. */
    public int mismatches() {
      return mismatches;
    }

    /** Articles or sentences whose segmentation differs (should never happen: same tokenizer and splitter). */
    public int structureMismatches() {
      return structureMismatches;
    }

    public List<String> examples() {
      return List.copyOf(examples);
    }
  }

  /** Token count of each sentence of a bare annotation. */
  public static List<Integer> sentenceSizes(Annotation a) {
    List<Integer> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(s.get(CoreAnnotations.TokensAnnotation.class).size());
    }
    return out;
  }
}
