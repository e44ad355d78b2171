package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import slant.config.ConfigException;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;
import slant.model.Token;
import slant.nlp.Annotator;
import slant.sentiment.CueRelations;
import slant.sentiment.Lexicon;
import slant.sentiment.SentimentScorer;
import slant.testing.Docs;

/** Holder vs target on a hand-written SALSA file with hand-built parses and a tiny lexicon (no CoreNLP). */
class StepsEvalTest {

  private static final String S1 = "Die Gewerkschaft kritisiert den Entwurf , die Kritik der Bauern an der Regierung "
      + "wächst .";
  private static final String S2 = "Der Bauernverband findet die Vorlage unsinnig .";

  private static final String PARSE1 = "Die/DET/2/det Gewerkschaft/NOUN/3/nsubj kritisiert/VERB/0/root "
      + "den/DET/5/det Entwurf/NOUN/3/obj ,/PUNCT/14/punct die/DET/8/det Kritik/NOUN/14/nsubj der/DET/10/det "
      + "Bauern/NOUN/8/nmod an/ADP/13/case der/DET/13/det Regierung/NOUN/8/nmod wächst/VERB/3/conj ./PUNCT/3/punct";
  private static final String PARSE2 = "Der/DET/2/det Bauernverband/NOUN/3/nsubj findet/VERB/0/root die/DET/5/det "
      + "Vorlage/NOUN/3/obj unsinnig/ADJ/3/xcomp ./PUNCT/3/punct";

  /**
   * s1: f1 "kritisiert" (Source, Target as nonterminals): the verb's cue goes to its object, the target (stance);
   * f2 Source Sprecher; f3 no FEs; f4 frame flagged Inferiert; f5 "Kritik der Bauern an der Regierung": both at one
   * edge, the holder's as holder (stance noun, genitive), the target's as stance ("an").
   * s2: f1 "unsinnig" (Source as two terminals): a tie at two edges that the subject wins, as evaluation (the
   * construct error); f2 "findet" has no lexicon cue; f3 Source and Target overlap; f4 the Target encloses the
   * expression; f5 Target Inferiert.
   */
  private static final String XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <corpus corpusname="test" target="">
        <head>
          <frames xmlns="http://www.clt-st.de/framenet/frame-database">
            <frame name="SubjectiveExpression"><element name="Source" optional="false"/></frame>
          </frames>
        </head>
        <body>
          <s id="s1">
            <graph root="s1_500">
              <terminals>
                <t id="s1_1" word="Die" pos="ART"/><t id="s1_2" word="Gewerkschaft" pos="NN"/>
                <t id="s1_3" word="kritisiert" pos="VVFIN"/><t id="s1_4" word="den" pos="ART"/>
                <t id="s1_5" word="Entwurf" pos="NN"/><t id="s1_6" word="," pos="$,"/>
                <t id="s1_7" word="die" pos="ART"/><t id="s1_8" word="Kritik" pos="NN"/>
                <t id="s1_9" word="der" pos="ART"/><t id="s1_10" word="Bauern" pos="NN"/>
                <t id="s1_11" word="an" pos="APPR"/><t id="s1_12" word="der" pos="ART"/>
                <t id="s1_13" word="Regierung" pos="NN"/><t id="s1_14" word="wächst" pos="VVFIN"/>
                <t id="s1_15" word="." pos="$."/>
              </terminals>
              <nonterminals>
                <nt id="s1_501" cat="NP"><edge label="--" idref="s1_1"/><edge label="--" idref="s1_2"/></nt>
                <nt id="s1_502" cat="NP"><edge label="--" idref="s1_4"/><edge label="--" idref="s1_5"/></nt>
                <nt id="s1_503" cat="NP"><edge label="--" idref="s1_9"/><edge label="--" idref="s1_10"/></nt>
                <nt id="s1_504" cat="NP"><edge label="--" idref="s1_12"/><edge label="--" idref="s1_13"/></nt>
                <nt id="s1_505" cat="PP"><edge label="--" idref="s1_11"/><edge label="--" idref="s1_504"/></nt>
              </nonterminals>
            </graph>
            <sem>
              <frames>
                <frame name="SubjectiveExpression" id="s1_f1">
                  <target><fenode idref="s1_3"/></target>
                  <fe name="Source" id="s1_f1_e1"><fenode idref="s1_501"/></fe>
                  <fe name="Target" id="s1_f1_e2"><fenode idref="s1_502"/></fe>
                </frame>
                <frame name="SubjectiveExpression" id="s1_f2">
                  <target><fenode idref="s1_3"/></target>
                  <fe name="Source" id="s1_f2_e1"><flag name="Sprecher"></flag></fe>
                  <fe name="Target" id="s1_f2_e2"><fenode idref="s1_502"/></fe>
                </frame>
                <frame name="SubjectiveExpression" id="s1_f3">
                  <target><fenode idref="s1_5"/></target>
                </frame>
                <frame name="SubjectiveExpression" id="s1_f4">
                  <flag name="Inferiert"></flag>
                  <target><fenode idref="s1_3"/></target>
                  <fe name="Source" id="s1_f4_e1"><fenode idref="s1_501"/></fe>
                  <fe name="Target" id="s1_f4_e2"><fenode idref="s1_502"/></fe>
                </frame>
                <frame name="SubjectiveExpression" id="s1_f5">
                  <target><fenode idref="s1_8"/></target>
                  <fe name="Source" id="s1_f5_e1"><fenode idref="s1_503"/></fe>
                  <fe name="Target" id="s1_f5_e2"><fenode idref="s1_505"/></fe>
                </frame>
              </frames>
            </sem>
          </s>
          <s id="s2">
            <graph root="s2_500">
              <terminals>
                <t id="s2_1" word="Der" pos="ART"/><t id="s2_2" word="Bauernverband" pos="NN"/>
                <t id="s2_3" word="findet" pos="VVFIN"/><t id="s2_4" word="die" pos="ART"/>
                <t id="s2_5" word="Vorlage" pos="NN"/><t id="s2_6" word="unsinnig" pos="ADJD"/>
                <t id="s2_7" word="." pos="$."/>
              </terminals>
              <nonterminals>
                <nt id="s2_501" cat="NP"><edge label="--" idref="s2_4"/><edge label="--" idref="s2_5"/></nt>
                <nt id="s2_502" cat="VP"><edge label="--" idref="s2_501"/><edge label="--" idref="s2_6"/></nt>
              </nonterminals>
            </graph>
            <sem>
              <frames>
                <frame name="SubjectiveExpression" id="s2_f1">
                  <target><fenode idref="s2_6"/></target>
                  <fe name="Source" id="s2_f1_e1"><fenode idref="s2_1"/><fenode idref="s2_2"/></fe>
                  <fe name="Target" id="s2_f1_e2"><fenode idref="s2_501"/></fe>
                </frame>
                <frame name="SubjectiveExpression" id="s2_f2">
                  <target><fenode idref="s2_3"/></target>
                  <fe name="Source" id="s2_f2_e1"><fenode idref="s2_1"/><fenode idref="s2_2"/></fe>
                  <fe name="Target" id="s2_f2_e2"><fenode idref="s2_501"/></fe>
                </frame>
                <frame name="SubjectiveExpression" id="s2_f3">
                  <target><fenode idref="s2_3"/></target>
                  <fe name="Source" id="s2_f3_e1"><fenode idref="s2_501"/></fe>
                  <fe name="Target" id="s2_f3_e2"><fenode idref="s2_502"/></fe>
                </frame>
                <frame name="SubjectiveExpression" id="s2_f4">
                  <target><fenode idref="s2_6"/></target>
                  <fe name="Source" id="s2_f4_e1"><fenode idref="s2_1"/><fenode idref="s2_2"/></fe>
                  <fe name="Target" id="s2_f4_e2"><fenode idref="s2_502"/></fe>
                </frame>
                <frame name="SubjectiveExpression" id="s2_f5">
                  <target><fenode idref="s2_6"/></target>
                  <fe name="Source" id="s2_f5_e1"><fenode idref="s2_1"/><fenode idref="s2_2"/></fe>
                  <fe name="Target" id="s2_f5_e2"><flag name="Inferiert"></flag><fenode idref="s2_501"/></fe>
                </frame>
              </frames>
              <usp><uspframes></uspframes><uspfes></uspfes></usp>
            </sem>
          </s>
        </body>
      </corpus>
      """;

  private static final Lexicon LEXICON = Lexicon.fromTsv("de", "test",
      "lemma\tpos\tweight\nkritisieren\tVERB\t-0.5\nunsinnig\tADJ\t-0.7\nKritik\tNOUN\t-0.5\n",
      "word\ttype\tvalue\nsehr\tintensifier\t1.5\nnicht\tnegator\t-1\n");
  private static final CueRelations RELATIONS = CueRelations.fromTsv("de",
      "lemma\tsubject\tobject\tweight\nkritisieren\tholder\tneg\t0.0\nfinden\tholder\tnone\t0.0\n",
      "word\tclass\nKritik\tstance\n");
  /**
   * Without "finden" as a verb of holding an opinion: "Der Bauernverband findet die Vorlage unsinnig" then credits
   * "unsinnig" to the holder as an evaluation (the predicative of its own verb), the error the report lists.
   */
  private static final CueRelations RELATIONS_WITHOUT_FINDEN = CueRelations.fromTsv("de",
      "lemma\tsubject\tobject\tweight\nkritisieren\tholder\tneg\t0.0\n", "word\tclass\nKritik\tstance\n");

  /** Hand-built parses of the two sentences, offsets aligned to the joined sentence text; counts calls. */
  private static final class Parses implements Annotator {
    int calls;

    @Override
    public AnnotatedDoc annotate(String text, String language, ParseSelector selector) {
      calls++;
      return switch (text) {
        case S1 -> aligned(text, Docs.doc("de", PARSE1));
        case S2 -> aligned(text, Docs.doc("de", PARSE2));
        default -> throw new IllegalArgumentException(text);
      };
    }

    @Override
    public String describe() {
      return "parses";
    }
  }

  /** {@link Docs} writes "Entwurf,"; the SALSA text has a space before punctuation: move the offsets. */
  private static AnnotatedDoc aligned(String text, AnnotatedDoc d) {
    Sentence s = d.sentences().get(0);
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (Token t : s.tokens()) {
      int b = text.indexOf(t.word(), at);
      tokens.add(new Token(t.index(), t.word(), b, b + t.word().length(), t.pos(), t.ner()));
      at = b + t.word().length();
    }
    return new AnnotatedDoc(text, "de", List.of(new Sentence(0, 0, text.length(), tokens, s.entities(),
        s.dependencies(), s.parsed())));
  }

  private static List<StepsEval.SalsaSentence> sentences() throws IOException {
    return StepsEval.parse(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsSentencesFramesAndYields() throws IOException {
    List<StepsEval.SalsaSentence> ss = sentences();
    assertEquals(2, ss.size());
    StepsEval.SalsaSentence s1 = ss.get(0);
    assertEquals(S1, s1.text());
    assertEquals(new StepsEval.Terminal("s1_5", "Entwurf", 32, 39), s1.terminals().get(4));
    assertEquals(5, s1.expressions().size());
    StepsEval.Expression f5 = s1.expressions().get(4);
    assertEquals("s1_f5", f5.id());
    assertEquals(List.of(7), f5.words());
    assertEquals("der Bauern", s1.words(f5.source().words()));
    assertEquals(List.of(10, 11, 12), f5.target().words());
    assertEquals(Set.of("Sprecher"), s1.expressions().get(1).source().flags());
    assertEquals(List.of(), s1.expressions().get(1).source().words());
    assertNull(s1.expressions().get(2).source());
    assertEquals(Set.of("Inferiert"), s1.expressions().get(3).flags());
    StepsEval.SalsaSentence s2 = ss.get(1);
    assertEquals(List.of(3, 4, 5), s2.expressions().get(2).target().words());
    assertEquals(Set.of("Inferiert"), s2.expressions().get(4).target().flags());
  }

  @Test
  void creditsTargetHolderAndBoth() throws IOException {
    Parses parses = new Parses();
    StepsEval.Report r = new StepsEval(parses, new SentimentScorer(LEXICON, 4, RELATIONS_WITHOUT_FINDEN))
        .evaluate(sentences(), null);
    assertEquals(2, parses.calls);
    assertEquals(2, r.sentences());
    assertEquals(2, r.sentencesAnnotated());
    assertEquals(10, r.expressions());
    Map<String, Integer> skipped = new LinkedHashMap<>();
    for (String reason : StepsEval.SKIP_REASONS) {
      skipped.put(reason, 0);
    }
    skipped.putAll(Map.of("frame_inferiert", 1, "source_sprecher", 1, "target_inferiert", 1, "no_source", 1,
        "span_overlap", 1, "expression_in_span", 1));
    assertEquals(skipped, r.skipped());
    assertEquals(4, r.evaluated());
    assertEquals(3, r.found().size());
    assertEquals(1, r.count("target"));
    assertEquals(1, r.count("holder"));
    assertEquals(1, r.count("both"));
    assertEquals(0, r.count("neither"));
    assertEquals(2, r.creditedToTarget(null));
    assertEquals(0, r.creditedToTarget("evaluation"));
    assertEquals(2, r.creditedToHolder(null));
    assertEquals(1, r.creditedToHolder("evaluation"));
    assertEquals(1, r.creditedToHolder("holder"));
    assertEquals(Map.of("stance", 2), r.relations(false));
    assertEquals(Map.of("evaluation", 1, "holder", 1), r.relations(true));
    assertEquals(Map.of("predicate:obj stance", 1, "predicate:nmod stance", 1), r.rules(false));
    assertEquals(Map.of("clause:manner evaluation", 1, "predicate:nmod holder", 1), r.rules(true));

    Map<String, Object> json = r.toJson(5);
    assertEquals(0.75, json.get("found_share"));
    assertEquals(Map.of("n", 1, "share", 0.333), ((Map<?, ?>) json.get("cues_went_to")).get("holder_only"));
    assertEquals(Map.of("n", 1, "share", 0.333),
        ((Map<?, ?>) json.get("credited_to_holder")).get("as_evaluation"));
    List<?> examples = (List<?>) json.get("holder_evaluation_examples");
    assertEquals(1, examples.size());
    Map<?, ?> ex = (Map<?, ?>) examples.get(0);
    assertEquals("s2_f1", ex.get("frame"));
    assertEquals("Der Bauernverband", ex.get("holder"));
    assertEquals("die Vorlage", ex.get("target"));
    assertEquals(List.of("unsinnig clause:manner evaluation"), ex.get("holder_cues"));
  }

  @Test
  void whatAHolderFindsIsItsStanceNotItsEvaluation() throws IOException {
    // with "finden" as a holder verb, "unsinnig" in "Der Bauernverband findet die Vorlage unsinnig" is the holder's
    StepsEval.Report r = new StepsEval(new Parses(), new SentimentScorer(LEXICON, 4, RELATIONS))
        .evaluate(sentences(), null);
    assertEquals(0, r.creditedToHolder("evaluation"));
    assertEquals(2, r.creditedToHolder("holder"));
    assertEquals(Map.of("clause holder", 1, "predicate:nmod holder", 1), r.rules(true));
  }

  @Test
  void cueBeyondTheDistanceLimitGoesToNeither() throws IOException {
    StepsEval.Report r = new StepsEval(new Parses(), new SentimentScorer(LEXICON, 1, RELATIONS))
        .evaluate(sentences(), null);
    assertEquals(4, r.evaluated());
    assertEquals(3, r.found().size());
    assertEquals(1, r.count("target"));
    assertEquals(0, r.count("holder"));
    assertEquals(1, r.count("both"));
    assertEquals(1, r.count("neither"));
    assertTrue(r.found().stream().anyMatch(i -> i.frameId().equals("s2_f1") && i.where().equals("neither")));
  }

  @Test
  void malformedXmlIsAConfigError() {
    assertThrows(ConfigException.class,
        () -> StepsEval.parse(new ByteArrayInputStream("<corpus><s>".getBytes(StandardCharsets.UTF_8))));
  }
}
