package slant.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.lang.WordNormalizer;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.testing.Docs;
import slant.voice.VoiceAttributor;
import slant.voice.VoiceMap;

class TargetFeaturesTest {

  private static final String POLARITY = "lemma\tpos\tweight\nbrutal\tADJ\t-0.8\nDiktator\tNOUN\t-0.9\n"
      + "erfolgreich\tADJ\t0.6\nloben\tVERB\t0.6\n";
  private static final SentimentScorer SCORER = new SentimentScorer(
      Lexicon.fromTsv("de", "t", POLARITY, LexiconTest.MODIFIERS), 4);
  private static final TargetFeatures F = new TargetFeatures(SCORER, 4, 10);

  private static final String PUTIN_KIM = "Putin/PROPN/2/nsubj empfing/VERB/0/root Kim/PROPN/2/obj ,/PUNCT/7/punct "
      + "den/DET/7/det brutalen/ADJ/7/amod Diktator/NOUN/3/appos ./PUNCT/2/punct";

  private static double f(TargetFeatures.Vector v, String name) {
    return v.get(TargetFeatures.DENSE_NAMES.indexOf(name));
  }

  private static Mention m(AnnotatedDoc doc, String id, int start, int end, int head) {
    return SentimentScorerTest.mention(doc, id, 0, start, end, head);
  }

  @Test
  void attributedCuesGoToTheirMentionAndTheRestCountsAsOther() {
    AnnotatedDoc doc = Docs.doc("de", PUTIN_KIM);
    List<Mention> ms = List.of(m(doc, "putin", 0, 1, 0), m(doc, "kim", 2, 3, 2));
    List<TargetFeatures.Vector> x = extractAll(doc, ms);
    TargetFeatures.Vector putin = x.get(0);
    TargetFeatures.Vector kim = x.get(1);
    assertEquals(0, f(putin, "has_cue"));
    assertEquals(0, f(putin, "att_sum"));
    assertEquals(1.7, f(putin, "other_neg_sum"), 1e-9, "brutalen + Diktator went to Kim");
    assertEquals(1, f(putin, "target_subj"));
    assertEquals(1, f(kim, "has_cue"));
    assertTrue(f(kim, "att_sum") < -1, "brutal (d 2, decayed) + Diktator (d 1)");
    assertEquals(Math.tanh(f(kim, "att_sum")), f(kim, "att_tanh"), 1e-12);
    assertEquals(Math.log1p(2), f(kim, "att_neg_n"), 1e-12);
    assertEquals(0.5, f(kim, "min_dist_inv"), 1e-12, "Diktator is one edge away");
    assertEquals(Math.log1p(2), f(kim, "rule_modifier_n"), 1e-12);
    assertEquals(0, f(kim, "other_neg_sum"));
    assertEquals(1.7, f(kim, "sent_neg_sum"), 1e-9);
    assertEquals(1, f(kim, "target_obj"));
    assertEquals(1, f(kim, "target_named"));
    assertEquals(Math.log1p(1), f(kim, "other_mentions"), 1e-12);
    assertEquals(1, f(kim, "lang_de"));
    assertEquals(1, f(kim, "len_le10"));
    assertEquals(0, f(kim, "in_quotes"));
  }

  @Test
  void negationAndSentenceModifiersAreCounted() {
    AnnotatedDoc doc = Docs.doc("de", "Scholz/PROPN/4/nsubj ist/AUX/4/cop nicht/PART/4/advmod "
        + "erfolgreich/ADJ/0/root ,/PUNCT/7/punct aber/CCONJ/7/cc fleißig/ADJ/4/conj");
    TargetFeatures.Vector v = extract(doc, List.of(m(doc, "scholz", 0, 1, 0)), 0);
    assertEquals(1, f(v, "att_negated_n"));
    assertEquals(1, f(v, "has_negator"));
    assertEquals(1, f(v, "has_contrast"));
    assertEquals(-0.48, f(v, "att_sum"), 1e-9);
    assertEquals(Math.log1p(1), f(v, "rule_predicate_n"), 1e-12);
  }

  @Test
  void quotesAndUnparsedSentences() {
    AnnotatedDoc doc = Docs.doc("de", "„/PUNCT Scholz/PROPN lobt/VERB die/DET brutale/ADJ Politik/NOUN “/PUNCT");
    List<Mention> ms = List.of(m(doc, "scholz", 1, 2, 1));
    TargetFeatures.Vector v = extract(doc, ms, 0);
    assertEquals(1, f(v, "in_quotes"));
    assertEquals(0, f(F.extract(doc, ms, 0, VoiceMap.allOutlet(doc)), "in_quotes"),
        "the quotation spans are the voice map's, not found again");
    assertEquals(0, f(v, "parsed"));
    assertEquals(Math.log1p(2), f(v, "rule_window_n"), 1e-12, "lobt and brutale lie in the window");
    WordNormalizer norm = WordNormalizer.forLanguage("de");
    assertEquals(TargetFeatures.HASHED_VALUE, v.get(TargetFeatures.DENSE + F.bucket("n:" + norm.key("lobt"))),
        "window neighbour");
  }

  @Test
  void neighbourhoodGovernorAndSentenceWordsAreHashed() {
    AnnotatedDoc doc = Docs.doc("de", PUTIN_KIM);
    TargetFeatures.Vector kim = extract(doc, List.of(m(doc, "putin", 0, 1, 0), m(doc, "kim", 2, 3, 2)), 1);
    WordNormalizer norm = WordNormalizer.forLanguage("de");
    for (String key : List.of("n:" + norm.key("empfing"), "n:" + norm.key("Diktator"), "n:" + norm.key("brutalen"),
        "n:<NE>", "g:" + norm.key("empfing"), "gr:obj|" + norm.key("empfing"), "gv:" + norm.key("empfing"),
        "s:" + norm.key("Diktator"), "c:-" + norm.key("brutalen"), "r:obj")) {
      assertEquals(TargetFeatures.HASHED_VALUE, kim.get(TargetFeatures.DENSE + F.bucket(key)), key);
    }
    assertEquals(TargetFeatures.DENSE + kim.size() - TargetFeatures.DENSE, kim.size());
    for (int i = 1; i < kim.size(); i++) {
      assertTrue(kim.index()[i] > kim.index()[i - 1], "indexes strictly increasing");
      assertTrue(kim.index()[i] < F.dimension());
    }
  }

  @Test
  void theTargetsOwnNameNeverEntersTheFeatures() {
    AnnotatedDoc a = Docs.doc("de", PUTIN_KIM);
    AnnotatedDoc b = Docs.doc("de", PUTIN_KIM.replace("Kim/", "Lukaschenko/"));
    TargetFeatures.Vector va = extract(a, List.of(m(a, "putin", 0, 1, 0), m(a, "kim", 2, 3, 2)), 1);
    TargetFeatures.Vector vb = extract(b, List.of(m(b, "putin", 0, 1, 0), m(b, "kim", 2, 3, 2)), 1);
    assertArrayEquals(va.index(), vb.index());
    assertArrayEquals(va.value(), vb.value());
    // another sentence word does change them
    AnnotatedDoc c = Docs.doc("de", PUTIN_KIM.replace("empfing/", "besuchte/"));
    TargetFeatures.Vector vc = extract(c, List.of(m(c, "putin", 0, 1, 0), m(c, "kim", 2, 3, 2)), 1);
    assertNotEquals(List.of(va.index()), List.of(vc.index()));
  }

  @Test
  void bucketsAreStableFnv1a() {
    assertEquals(0x811c9dc5, TargetFeatures.fnv1a(""));
    assertEquals(0xe40c292c, TargetFeatures.fnv1a("a"));
    assertEquals(TargetFeatures.DENSE + 1024, F.dimension());
  }

  /** The document's voice attribution, as the analyzer computes it before scoring. */
  static VoiceMap voices(AnnotatedDoc doc, List<Mention> mentions) {
    return new VoiceAttributor(doc.language(), slant.lang.Rules.bundled()).attribute(doc, mentions);
  }

  /** Features of mention {@code target}, with the document's voice attribution. */
  static TargetFeatures.Vector extract(AnnotatedDoc doc, List<Mention> mentions, int target) {
    return F.extract(doc, mentions, target, voices(doc, mentions));
  }

  static List<TargetFeatures.Vector> extractAll(AnnotatedDoc doc, List<Mention> mentions) {
    return F.extractAll(doc, mentions, voices(doc, mentions));
  }
}
