package slant.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.mention;
import static slant.testing.FrameTestDocs.sentence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.FrameCue;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.voice.VoiceAttributor;
import slant.voice.VoiceMap;

class FrameScorerTest {

  private static final FrameScorer SCORER = new FrameScorer(FrameLexicon.load(null, "de"), 4);

  private static Set<String> frames(List<FrameCue> cues) {
    return cues.stream().map(FrameCue::frame).collect(Collectors.toSet());
  }

  @Test
  void bromanceDerBoesenReachesBothCoordinatedActors() {
    Sentence s = sentence(0, 0, "Bahnt/PROPN/-1/root", "sich/PRON/0/nmod", "zwischen/ADP/3/case", "Putin/PROPN/1/nmod",
        "und/CCONJ/5/cc", "Kim/PROPN/3/conj", "eine/DET/8/det", "neue/ADJ/8/amod", "Bromance/NOUN/11/nsubj",
        "der/DET/10/det", "Bösen/PROPN/8/nmod", "an/ADP/3/acl", "?/PUNCT/11/punct");
    Mention putin = mention(s, "Q7747", "Wladimir Putin", 3, 4, 3, MentionKind.PARTIAL_NAME);
    Mention kim = mention(s, "Q56226", "Kim Jong-un", 5, 6, 5, MentionKind.NAME);
    List<List<FrameCue>> out = SCORER.score(doc("de", s), List.of(putin, kim), null);
    assertEquals(Set.of("villainy", "personalisation"), frames(out.get(0)));
    assertEquals(Set.of("villainy", "personalisation"), frames(out.get(1)));
    assertEquals("Bromance der Bösen", out.get(1).get(0).text());
    // CueAttribution's conjunct rule reaches Kim first; FrameScorer's own conj expansion adds nothing twice
    assertEquals("conjunct:modifier:acl", out.get(1).get(0).rule());
    assertEquals(out.get(0).size(), out.get(1).size());
    assertEquals("outlet", out.get(1).get(0).voice());
  }

  @Test
  void verbPatternsFrameTheirSubjectNotTheObject() {
    Sentence s = sentence(0, 0, "Putin/PROPN/1/nsubj", "biedert/VERB/-1/root", "sich/PRON/1/obj",
        "Nordkorea/PROPN/1/obl", "an/ADP/1/compound:prt", "./PUNCT/1/punct");
    Mention putin = mention(s, "Q7747", "Wladimir Putin", 0, 1, 0, MentionKind.PARTIAL_NAME);
    Mention nk = mention(s, "Q423", "Nordkorea", 3, 4, 3, MentionKind.NAME);
    List<List<FrameCue>> out = SCORER.score(doc("de", s), List.of(putin, nk), null);
    assertEquals(Set.of("ingratiation"), frames(out.get(0)));
    assertEquals("predicate:nsubj", out.get(0).get(0).rule());
    assertFalse(frames(out.get(1)).contains("ingratiation"));
  }

  @Test
  void attributiveAdjectiveOnAnObjectStaysInItsPhrase() {
    Sentence s = sentence(0, 0, "Putin/PROPN/1/nsubj", "besucht/VERB/-1/root", "den/DET/4/det",
        "isolierten/ADJ/4/amod", "Staat/NOUN/1/obj", "./PUNCT/1/punct");
    Mention putin = mention(s, "Q7747", "Wladimir Putin", 0, 1, 0, MentionKind.PARTIAL_NAME);
    assertFalse(frames(SCORER.score(doc("de", s), List.of(putin), null).get(0)).contains("isolation"));
    // predicative: the subject is isolated
    Sentence p = sentence(0, 0, "Das/DET/1/det", "Land/NOUN/4/nsubj", "ist/AUX/4/cop", "vielerorts/ADV/4/advmod",
        "geächtet/VERB/-1/root", "./PUNCT/4/punct");
    Mention land = mention(p, "Q159", "Russland", 0, 2, 1, MentionKind.ANAPHOR);
    List<FrameCue> cues = SCORER.score(doc("de", p), List.of(land), null).get(0);
    assertEquals(Set.of("isolation"), frames(cues));
    assertEquals("geächtet", cues.get(0).text());
  }

  @Test
  void titleNounIsALabelCueAndCarriesTheVoice() {
    Sentence s = sentence(0, 0, "Laut/ADP/1/case", "Brown/PROPN/3/obl", "sei/AUX/3/cop", "Machthaber/NOUN/-1/root",
        "Kim/PROPN/3/appos", "geschwächt/ADJ/3/amod", "./PUNCT/3/punct");
    Mention kim = mention(s, "Q56226", "Kim Jong-un", 4, 5, 3, MentionKind.PARTIAL_NAME);
    AnnotatedDoc d = doc("de", s);
    VoiceMap vm = new VoiceAttributor("de", Rules.bundled()).attribute(d, List.of(kim));
    List<FrameCue> cues = SCORER.score(d, List.of(kim), vm).get(0);
    FrameCue label = cues.stream().filter(c -> c.frame().equals("illegitimacy")).findFirst().orElseThrow();
    assertEquals("label", label.rule());
    assertEquals("quoted", label.voice());
    assertTrue(frames(cues).contains("desperation"));
  }

  @Test
  void speakerIsNotFramedByTheirOwnWords() {
    Sentence s = sentence(0, 0, "Laut/ADP/1/case", "Brown/PROPN/2/obl", "verbinde/VERB/-1/root", "sie/PRON/2/obj",
        "eine/DET/5/det", "Propaganda/NOUN/2/nsubj", "./PUNCT/2/punct");
    Mention brown = mention(s, "auto:brown", "Brown", 1, 2, 1, MentionKind.DISCOVERED);
    AnnotatedDoc d = doc("de", s);
    VoiceMap vm = new VoiceAttributor("de", Rules.bundled()).attribute(d, List.of(brown));
    assertTrue(SCORER.score(d, List.of(brown), vm).get(0).isEmpty());
  }

  @Test
  void unparsedSentencesUseTheWindow() {
    Sentence s = sentence(0, 0, "Der/DET", "Diktator/NOUN", "Kim/PROPN", "lacht/VERB", "./PUNCT");
    Mention kim = mention(s, "Q56226", "Kim Jong-un", 2, 3, 2, MentionKind.PARTIAL_NAME);
    List<FrameCue> cues = SCORER.score(doc("de", s), List.of(kim), null).get(0);
    assertTrue(frames(cues).contains("villainy"));
    assertEquals("window", cues.get(0).rule());
  }
}
