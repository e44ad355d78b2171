package slant.eval;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import slant.actors.ActorResolver;
import slant.config.ConfigException;
import slant.model.AnnotatedDoc;
import slant.model.Cue;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;
import slant.nlp.Annotator;
import slant.sentiment.SentimentScorer;

/**
 * Holder vs target on IGGSA STEPS: for the subjective expressions whose words Slant finds, does the cue attribution
 * credit the evaluation to the gold TARGET or to the gold HOLDER (the {@code Source}), and with which relation?
 *
 * <p>Input: SALSA/TIGER XML (sentences {@code <s>} with terminals {@code <t id word>}, nonterminals {@code <nt>} whose
 * primary {@code <edge idref>}s give their terminal yield, frames {@code SubjectiveExpression} with the expression's
 * words as {@code <target><fenode idref>} and frame elements {@code Source} and {@code Target}). A sentence's text is
 * its words joined by single spaces.
 *
 * <p>An expression is evaluated when it has an explicit Source and Target. It is skipped, counted by the first
 * reason that applies, when: the frame is flagged {@code Inferiert} ({@code frame_inferiert}); an FE is flagged
 * {@code Sprecher} (the speaker of the speech, not in the sentence) or {@code Inferiert} (an antecedent, not the
 * local phrase) ({@code source_sprecher}, {@code source_inferiert}, {@code target_sprecher}, {@code target_inferiert});
 * an FE is missing or points to no word ({@code no_source}, {@code no_target}); the holder's and target's spans (first
 * to last word: a mention is contiguous) overlap, in the gold words or in the tokens, or share a head token
 * ({@code span_overlap}); either span encloses a word of the expression, so its cue would be part of the mention
 * ({@code expression_in_span}); a span covers no token ({@code no_token}); the tokenizer puts holder, target and
 * expression into different sentences, across which the attribution never reaches ({@code sentence_split}).
 *
 * <p>Each evaluated expression's sentence is annotated (once per sentence); the holder and the target become
 * mentions ({@link #HOLDER_ID}, {@link #TARGET_ID}) scored together by the {@link SentimentScorer}. The expression is
 * <em>found</em> when the lexicon has a cue on one of its tokens (as the scorer sees it: a content word, a separated
 * particle joined back) or an attributed cue lies on one of them (a verb-frame cue). A found expression's cues on its
 * own tokens went to the target only, the holder only, both, or neither (the lexicon found it, the attribution
 * reached neither mention).
 */
public final class StepsEval {

  public static final String HOLDER_ID = "gold:holder";
  public static final String TARGET_ID = "gold:target";
  public static final String FRAME = "SubjectiveExpression";

  /** Skip reasons in the order they are tested. */
  public static final List<String> SKIP_REASONS = List.of("frame_inferiert", "source_sprecher", "source_inferiert",
      "target_sprecher", "target_inferiert", "no_source", "no_target", "span_overlap", "expression_in_span",
      "no_token", "sentence_split");

  /** One word of a sentence and its characters in the joined sentence text. */
  public record Terminal(String id, String word, int begin, int end) {}

  /** A frame element: its words (indexes into the sentence's terminals, ascending) and flags. */
  public record Fe(List<Integer> words, Set<String> flags) {}

  /**
   * One {@code SubjectiveExpression} frame.
   *
   * @param words the expression's own words (indexes into the terminals, ascending)
   * @param source the Source FE, or null
   * @param target the Target FE, or null
   */
  public record Expression(String id, List<Integer> words, Set<String> flags, Fe source, Fe target) {}

  public record SalsaSentence(String id, String text, List<Terminal> terminals, List<Expression> expressions) {

    /** The words {@code words} as written, joined by spaces ("…" between non-adjacent ones). */
    public String words(List<Integer> words) {
      StringBuilder sb = new StringBuilder();
      int prev = -2;
      for (int w : words) {
        if (!sb.isEmpty()) {
          sb.append(w == prev + 1 ? " " : " … ");
        }
        sb.append(terminals.get(w).word());
        prev = w;
      }
      return sb.toString();
    }
  }

  /**
   * The outcome for one evaluated expression.
   *
   * @param holderCues the holder's cues on the expression's tokens
   * @param targetCues the target's cues on the expression's tokens
   * @param lexiconHit whether the lexicon has a cue on one of the expression's tokens
   */
  public record Item(String sentenceId, String frameId, String expression, String holder, String target,
      List<Cue> holderCues, List<Cue> targetCues, boolean lexiconHit) {

    public boolean found() {
      return lexiconHit || !holderCues.isEmpty() || !targetCues.isEmpty();
    }

    /** target, holder, both or neither (for a found expression). */
    public String where() {
      boolean h = !holderCues.isEmpty();
      boolean t = !targetCues.isEmpty();
      return h && t ? "both" : h ? "holder" : t ? "target" : "neither";
    }
  }

  /** The whole evaluation: sentences read and annotated, frames seen, skips by reason, evaluated items. */
  public record Report(int sentences, int sentencesAnnotated, int expressions, Map<String, Integer> skipped,
      List<Item> items) {

    public int evaluated() {
      return items.size();
    }

    public List<Item> found() {
      return items.stream().filter(Item::found).toList();
    }

    /** Found expressions whose cues went to {@code where} (target, holder, both, neither). */
    public int count(String where) {
      return (int) found().stream().filter(i -> i.where().equals(where)).count();
    }

    /** Found expressions with at least one cue of {@code relation} (null: any) on the target. */
    public int creditedToTarget(String relation) {
      return (int) found().stream().filter(i -> has(i.targetCues(), relation)).count();
    }

    /** Found expressions with at least one cue of {@code relation} (null: any) on the holder. */
    public int creditedToHolder(String relation) {
      return (int) found().stream().filter(i -> has(i.holderCues(), relation)).count();
    }

    /** Found expressions per relation of their cues on one side (an expression counts once per relation). */
    public Map<String, Integer> relations(boolean holder) {
      return tally(holder, Cue::relation);
    }

    /** Found expressions per rule and relation ("predicate:nsubj holder") of their cues on one side. */
    public Map<String, Integer> rules(boolean holder) {
      return tally(holder, c -> c.rule() + " " + c.relation());
    }

    private Map<String, Integer> tally(boolean holder, Function<Cue, String> key) {
      Map<String, Integer> counts = new HashMap<>();
      for (Item i : found()) {
        Set<String> keys = new TreeSet<>();
        for (Cue c : holder ? i.holderCues() : i.targetCues()) {
          keys.add(key.apply(c));
        }
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
      }
      return sorted(counts);
    }

    /** The figures as a JSON-ready map; shares are of the found expressions, except {@code found_share}. */
    public Map<String, Object> toJson(int maxExamples) {
      int found = found().size();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("n_sentences", sentences);
      out.put("n_sentences_annotated", sentencesAnnotated);
      out.put("n_expressions", expressions);
      out.put("n_skipped", skipped.values().stream().mapToInt(Integer::intValue).sum());
      out.put("skipped", skipped);
      out.put("n_evaluated", evaluated());
      out.put("n_found", found);
      out.put("found_share", share(found, evaluated()));
      out.put("n_found_by_verb_frame_only", (int) found().stream().filter(i -> !i.lexiconHit()).count());
      Map<String, Object> where = new LinkedHashMap<>();
      for (String w : List.of("target", "holder", "both", "neither")) {
        where.put(w.equals("both") || w.equals("neither") ? w : w + "_only", figure(count(w), found));
      }
      out.put("cues_went_to", where);
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("any", figure(creditedToTarget(null), found));
      target.put("as_evaluation", figure(creditedToTarget(Cue.EVALUATION), found));
      out.put("credited_to_target", target);
      Map<String, Object> holder = new LinkedHashMap<>();
      holder.put("any", figure(creditedToHolder(null), found));
      holder.put("as_evaluation", figure(creditedToHolder(Cue.EVALUATION), found));
      holder.put("as_holder", figure(creditedToHolder("holder"), found));
      out.put("credited_to_holder", holder);
      out.put("target_relations", relations(false));
      out.put("holder_relations", relations(true));
      out.put("target_rules", rules(false));
      out.put("holder_rules", rules(true));
      List<Map<String, Object>> examples = new ArrayList<>();
      for (Item i : found()) {
        if (examples.size() < maxExamples && has(i.holderCues(), Cue.EVALUATION)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("frame", i.frameId());
          m.put("expression", i.expression());
          m.put("holder", i.holder());
          m.put("target", i.target());
          m.put("holder_cues", i.holderCues().stream().map(c -> c.text() + " " + c.rule() + " " + c.relation())
              .toList());
          m.put("target_cues", i.targetCues().stream().map(c -> c.text() + " " + c.rule() + " " + c.relation())
              .toList());
          examples.add(m);
        }
      }
      out.put("holder_evaluation_examples", examples);
      return out;
    }

    private static boolean has(List<Cue> cues, String relation) {
      return relation == null ? !cues.isEmpty() : cues.stream().anyMatch(c -> c.relation().equals(relation));
    }

    private static Map<String, Object> figure(int n, int of) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", n);
      m.put("share", share(n, of));
      return m;
    }

    private static Double share(int n, int of) {
      return of == 0 ? null : Math.round(1000.0 * n / of) / 1000.0;
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
      Map<String, Integer> out = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    }
  }

  private final Annotator annotator;
  private final SentimentScorer scorer;

  public StepsEval(Annotator annotator, SentimentScorer scorer) {
    this.annotator = annotator;
    this.scorer = scorer;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading SALSA/TIGER XML

  /** Reads the sentences of a SALSA/TIGER XML file; not well-formed XML is a {@link ConfigException}. */
  public static List<SalsaSentence> parse(InputStream in) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      // report through the exception only: the default handler also prints to stderr
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      doc = builder.parse(in);
    } catch (SAXException e) {
      throw new ConfigException("not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    List<SalsaSentence> out = new ArrayList<>();
    NodeList ss = doc.getElementsByTagName("s");
    for (int i = 0; i < ss.getLength(); i++) {
      out.add(sentence((Element) ss.item(i)));
    }
    return out;
  }

  private static SalsaSentence sentence(Element s) {
    String sid = s.getAttribute("id");
    List<Terminal> terminals = new ArrayList<>();
    Map<String, Integer> terminalIndex = new HashMap<>();
    StringBuilder text = new StringBuilder();
    for (Element t : elements(s, "t")) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      String word = t.getAttribute("word");
      int begin = text.length();
      text.append(word);
      terminalIndex.put(t.getAttribute("id"), terminals.size());
      terminals.add(new Terminal(t.getAttribute("id"), word, begin, text.length()));
    }
    Map<String, List<String>> children = new HashMap<>();
    for (Element nt : elements(s, "nt")) {
      List<String> kids = new ArrayList<>();
      for (Element e : elements(nt, "edge")) {
        kids.add(e.getAttribute("idref"));
      }
      children.put(nt.getAttribute("id"), kids);
    }
    List<Expression> expressions = new ArrayList<>();
    for (Element fr : elements(s, "frame")) {
      // frames of the sentence's <sem><frames>; the corpus head declares frame types under another <frames>
      if (!FRAME.equals(fr.getAttribute("name")) || !"frames".equals(fr.getParentNode().getNodeName())) {
        continue;
      }
      List<Integer> words = new ArrayList<>();
      Fe source = null;
      Fe target = null;
      for (Element c : childElements(fr)) {
        switch (c.getNodeName()) {
          case "target" -> words = terminalYield(c, terminalIndex, children);
          case "fe" -> {
            Fe fe = new Fe(terminalYield(c, terminalIndex, children), flags(c));
            if ("Source".equals(c.getAttribute("name"))) {
              source = merge(source, fe);
            } else if ("Target".equals(c.getAttribute("name"))) {
              target = merge(target, fe);
            }
          }
          default -> { }
        }
      }
      expressions.add(new Expression(fr.getAttribute("id"), words, flags(fr), source, target));
    }
    return new SalsaSentence(sid, text.toString(), terminals, expressions);
  }

  /** Two FEs of the same name in one frame (not in the 2016 data): their words and flags together. */
  private static Fe merge(Fe a, Fe b) {
    if (a == null) {
      return b;
    }
    TreeSet<Integer> words = new TreeSet<>(a.words());
    words.addAll(b.words());
    Set<String> flags = new LinkedHashSet<>(a.flags());
    flags.addAll(b.flags());
    return new Fe(List.copyOf(words), flags);
  }

  /** The terminal yield of an element's {@code <fenode idref>} children, ascending; unknown ids are ignored. */
  private static List<Integer> terminalYield(Element e, Map<String, Integer> terminals, Map<String, List<String>> children) {
    TreeSet<Integer> out = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    for (Element n : childElements(e)) {
      if (n.getNodeName().equals("fenode")) {
        collect(n.getAttribute("idref"), terminals, children, seen, out);
      }
    }
    return List.copyOf(out);
  }

  private static void collect(String id, Map<String, Integer> terminals, Map<String, List<String>> children,
      Set<String> seen, TreeSet<Integer> out) {
    if (!seen.add(id)) {
      return; // a cyclic graph must not loop
    }
    Integer t = terminals.get(id);
    if (t != null) {
      out.add(t);
      return;
    }
    for (String c : children.getOrDefault(id, List.of())) {
      collect(c, terminals, children, seen, out);
    }
  }

  /** The names of an element's own {@code <flag>} children. */
  private static Set<String> flags(Element e) {
    Set<String> out = new LinkedHashSet<>();
    for (Element c : childElements(e)) {
      if (c.getNodeName().equals("flag")) {
        out.add(c.getAttribute("name"));
      }
    }
    return out;
  }

  private static List<Element> elements(Element e, String tag) {
    NodeList nl = e.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>(nl.getLength());
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  private static List<Element> childElements(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Evaluation

  /**
   * Evaluates the sentences (German); a sentence is annotated only when one of its expressions passes the gold checks.
   *
   * @param progress receives a line every 100 sentences (may be null)
   */
  public Report evaluate(List<SalsaSentence> sentences, Consumer<String> progress) {
    Map<String, Integer> skipped = new LinkedHashMap<>();
    SKIP_REASONS.forEach(r -> skipped.put(r, 0));
    List<Item> items = new ArrayList<>();
    int expressions = 0;
    int annotated = 0;
    int done = 0;
    for (SalsaSentence s : sentences) {
      List<Expression> eligible = new ArrayList<>();
      for (Expression e : s.expressions()) {
        expressions++;
        String reason = goldSkip(e);
        if (reason != null) {
          skipped.merge(reason, 1, Integer::sum);
        } else {
          eligible.add(e);
        }
      }
      if (!eligible.isEmpty()) {
        AnnotatedDoc doc = annotator.annotate(s.text(), "de", Annotator.ParseSelector.ALL);
        annotated++;
        for (Expression e : eligible) {
          Object r = evaluate(doc, s, e);
          if (r instanceof String reason) {
            skipped.merge(reason, 1, Integer::sum);
          } else {
            items.add((Item) r);
          }
        }
      }
      done++;
      if (progress != null && done % 100 == 0) {
        progress.accept("eval-holders: " + done + "/" + sentences.size() + " sentences");
      }
    }
    return new Report(sentences.size(), annotated, expressions, skipped, List.copyOf(items));
  }

  /** The skip reason decided from the gold annotation alone, or null. */
  static String goldSkip(Expression e) {
    if (e.flags().contains("Inferiert")) {
      return "frame_inferiert";
    }
    for (String side : List.of("source", "target")) {
      Fe fe = side.equals("source") ? e.source() : e.target();
      if (fe != null && fe.flags().contains("Sprecher")) {
        return side + "_sprecher";
      }
      if (fe != null && fe.flags().contains("Inferiert")) {
        return side + "_inferiert";
      }
    }
    if (e.source() == null || e.source().words().isEmpty()) {
      return "no_source";
    }
    if (e.target() == null || e.target().words().isEmpty()) {
      return "no_target";
    }
    List<Integer> h = e.source().words();
    List<Integer> t = e.target().words();
    int hFrom = h.get(0);
    int hTo = h.get(h.size() - 1);
    int tFrom = t.get(0);
    int tTo = t.get(t.size() - 1);
    if (hFrom <= tTo && tFrom <= hTo) {
      return "span_overlap";
    }
    for (int w : e.words()) {
      if (w >= hFrom && w <= hTo || w >= tFrom && w <= tTo) {
        return "expression_in_span";
      }
    }
    return null;
  }

  /** The item for one expression in its annotated sentence, or the skip reason found on the tokens. */
  private Object evaluate(AnnotatedDoc doc, SalsaSentence s, Expression e) {
    List<Terminal> ts = s.terminals();
    String holderText = s.words(e.source().words());
    String targetText = s.words(e.target().words());
    Object holder = mention(doc, HOLDER_ID, holderText, span(ts, e.source().words()));
    Object target = mention(doc, TARGET_ID, targetText, span(ts, e.target().words()));
    if (holder instanceof String reason) {
      return reason;
    }
    if (target instanceof String reason) {
      return reason;
    }
    Mention h = (Mention) holder;
    Mention t = (Mention) target;
    if (h.sentence() != t.sentence()) {
      return "sentence_split";
    }
    if (h.startToken() < t.endToken() && t.startToken() < h.endToken() || h.headToken() == t.headToken()) {
      return "span_overlap";
    }
    Sentence sentence = doc.sentences().get(h.sentence());
    Set<Integer> exprTokens = new TreeSet<>();
    for (int w : e.words()) {
      Terminal term = ts.get(w);
      for (Sentence other : doc.sentences()) {
        for (Token tok : other.tokens()) {
          if (tok.begin() < term.end() && tok.end() > term.begin()) {
            if (other.index() != sentence.index()) {
              return "sentence_split";
            }
            exprTokens.add(tok.index());
          }
        }
      }
    }
    if (exprTokens.isEmpty()) {
      return "no_token";
    }
    for (int tok : exprTokens) {
      if (h.covers(tok) || t.covers(tok)) {
        return "expression_in_span";
      }
    }
    List<List<Cue>> cues = scorer.score(doc, List.of(h, t));
    List<Cue> onHolder = cues.get(0).stream().filter(c -> exprTokens.contains(c.token())).toList();
    List<Cue> onTarget = cues.get(1).stream().filter(c -> exprTokens.contains(c.token())).toList();
    Set<Integer> lexiconCues = scorer.cueTokens(sentence);
    boolean hit = exprTokens.stream().anyMatch(lexiconCues::contains);
    return new Item(s.id(), e.id(), s.words(e.words()), holderText, targetText, onHolder, onTarget, hit);
  }

  /** The characters from a span's first to its last word (a mention is contiguous). */
  private static int[] span(List<Terminal> ts, List<Integer> words) {
    return new int[] {ts.get(words.get(0)).begin(), ts.get(words.get(words.size() - 1)).end()};
  }

  /**
   * The tokens overlapping {@code span} as a mention, its head found as {@link ActorResolver} finds it; or the skip
   * reason: {@code no_token}, or {@code sentence_split} when the tokens lie in two sentences.
   */
  private static Object mention(AnnotatedDoc doc, String id, String name, int[] span) {
    int sentence = -1;
    int start = -1;
    int end = -1;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() < span[1] && t.end() > span[0]) {
          if (sentence >= 0 && sentence != s.index()) {
            return "sentence_split";
          }
          sentence = s.index();
          if (start < 0) {
            start = t.index();
          }
          end = t.index() + 1;
        }
      }
    }
    if (sentence < 0) {
      return "no_token";
    }
    Sentence s = doc.sentences().get(sentence);
    int head = ActorResolver.headOf(s, start, end);
    int begin = s.token(start).begin();
    int stop = s.token(end - 1).end();
    return new Mention(id, name, id.equals(HOLDER_ID) ? "holder" : "target", doc.text().substring(begin, stop),
        s.index(), start, end, head, begin, stop, MentionKind.NAME, List.of());
  }
}
