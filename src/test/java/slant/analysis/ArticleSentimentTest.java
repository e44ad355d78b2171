package slant.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Polarity;
import slant.model.ScoredMention;
import slant.sentiment.SentimentScorer;
import slant.sentiment.SentimentScorerTest;
import slant.testing.Docs;
import slant.voice.VoiceAttributor;
import slant.voice.VoiceMap;

/**
 * The article level: the evaluation is the summed evidence of the outlet-voice mentions, the tone the net of the
 * mentions' tone polarities; the outlet's own voice first.
 */
class ArticleSentimentTest {

  private static final AnnotatedDoc DOC = Docs.doc("de", "Putin/PROPN/2/nsubj lobt/VERB/0/root Kim/PROPN/2/obj");
  private static final Mention M = SentimentScorerTest.mention(DOC, "p", 0, 0, 1, 0);

  private static ScoredMention scored(double sentiment, String voice) {
    return scored(sentiment, Polarity.of(sentiment, 0.1), voice);
  }

  private static ScoredMention scored(double sentiment, Polarity decided, String voice) {
    return new ScoredMention(M, sentiment, decided, sentiment, VoiceMap.OUTLET.equals(voice) ? sentiment : 0,
        sentiment, decided, List.of(), voice, null, List.of());
  }

  @Test
  void quotedMentionsDoNotOutweighTheOutletsOwnVoice() {
    List<ScoredMention> ms = List.of(scored(-0.4, VoiceMap.OUTLET), scored(-0.2, VoiceMap.OUTLET),
        scored(0.6, VoiceMap.QUOTED), scored(0.6, VoiceMap.QUOTED), scored(0.6, VoiceMap.QUOTED));
    assertEquals(-1.0, ArticleAnalyzer.articleSentiment(ms, ScoredMention::polarity), 1e-12);
  }

  @Test
  void anActorOnlyQuotedKeepsTheQuotesNetTone() {
    List<ScoredMention> ms = List.of(scored(0.5, VoiceMap.QUOTED), scored(-0.1, VoiceMap.QUOTED));
    assertEquals(0.5, ArticleAnalyzer.articleSentiment(ms, ScoredMention::polarity), 1e-12);
  }

  /**
   * A trained model's neutral decisions keep P(positive) − P(negative) of up to ±0.3: they dilute the net tone but
   * never tip it (the mean of the numbers here would be −0.06, neutral; the decided polarities say 2 negative, 1
   * positive).
   */
  @Test
  void neutralDecisionsDiluteButDoNotTip() {
    List<ScoredMention> ms = List.of(scored(-0.43, Polarity.NEGATIVE, VoiceMap.OUTLET),
        scored(-0.47, Polarity.NEGATIVE, VoiceMap.OUTLET), scored(0.35, Polarity.POSITIVE, VoiceMap.OUTLET),
        scored(0.30, Polarity.NEUTRAL, VoiceMap.OUTLET), scored(0.21, Polarity.NEUTRAL, VoiceMap.OUTLET),
        scored(-0.30, Polarity.NEUTRAL, VoiceMap.OUTLET));
    assertEquals(-1.0 / 6, ArticleAnalyzer.articleSentiment(ms, ScoredMention::polarity), 1e-12);
    assertEquals(Polarity.NEGATIVE, Polarity.of(ArticleAnalyzer.articleSentiment(ms, ScoredMention::polarity), 0.1));
  }

  private static ScoredMention withEvidence(double evidence, String voice) {
    return new ScoredMention(M, Math.tanh(evidence), ArticleAnalyzer.polarityOf(evidence, 0.5), evidence,
        VoiceMap.OUTLET.equals(voice) ? evidence : 0, 0, Polarity.NEUTRAL, List.of(), voice, null, List.of());
  }

  @Test
  void weakEvaluationsInOneArticleAddUpButOneStaysNeutral() {
    // two weak cues (0.5 × -0.6 each) in two outlet-voice mentions: -0.6 together, negative; a quoted praise does not
    // count for the outlet
    List<ScoredMention> two = List.of(withEvidence(-0.3, VoiceMap.OUTLET), withEvidence(-0.3, VoiceMap.OUTLET),
        withEvidence(2.0, VoiceMap.QUOTED));
    assertEquals(-0.6, ArticleAnalyzer.articleEvidence(two), 1e-12);
    assertEquals(Polarity.NEGATIVE, ArticleAnalyzer.polarityOf(ArticleAnalyzer.articleEvidence(two), 0.5));
    List<ScoredMention> one = List.of(withEvidence(-0.3, VoiceMap.OUTLET), withEvidence(0.0, VoiceMap.OUTLET));
    assertEquals(Polarity.NEUTRAL, ArticleAnalyzer.polarityOf(ArticleAnalyzer.articleEvidence(one), 0.5));
    // only quoted: the outlet says nothing of the actor itself
    assertEquals(0.0, ArticleAnalyzer.articleEvidence(List.of(withEvidence(2.0, VoiceMap.QUOTED))), 1e-12);
  }

  /**
   * An act told in the headline and again in the text is one evaluation: of the acts with one lexeme and sign only the
   * strongest counts; another act, and a label at each mention, add to it.
   */
  @Test
  void aRetoldActCountsOnce() {
    List<ScoredMention> ms = List.of(withEvidence(-0.25, VoiceMap.OUTLET), withEvidence(-0.3, VoiceMap.OUTLET),
        withEvidence(-0.6, VoiceMap.OUTLET));
    List<List<ArticleAnalyzer.CountedAct>> told = List.of(List.of(new ArticleAnalyzer.CountedAct("drohen-", -0.25)),
        List.of(new ArticleAnalyzer.CountedAct("drohen-", -0.3)), List.of());
    List<ScoredMention> once = ArticleAnalyzer.countRetoldActsOnce(ms, told);
    // the weaker telling adds nothing to the outlet's evaluation; its own evidence stays
    assertEquals(0.0, once.get(0).outletEvidence(), 1e-12);
    assertEquals(-0.25, once.get(0).evidence(), 1e-12);
    assertEquals(-0.3, once.get(1).outletEvidence(), 1e-12);
    // -0.3 (the stronger telling) + -0.6 (a label): not -1.15
    assertEquals(-0.9, ArticleAnalyzer.articleEvidence(once), 1e-12);
    List<List<ArticleAnalyzer.CountedAct>> twoActs = List.of(
        List.of(new ArticleAnalyzer.CountedAct("blockieren-", -0.25)),
        List.of(new ArticleAnalyzer.CountedAct("drohen-", -0.3)), List.of());
    assertEquals(-1.15, ArticleAnalyzer.articleEvidence(ArticleAnalyzer.countRetoldActsOnce(ms, twoActs)), 1e-12);
  }

  /**
   * Through the analyzer: "Ungarn blockiert neue Sanktionen. Ungarn blockiert die Sanktionen." is one act (half
   * reliability, −0.5 × 0.5), neutral; "… Ungarn verschleppt die Reform." is a second act, and the two make the
   * actor negative.
   */
  @Test
  void theAnalyzerCountsEachActOfTheActorOnce() {
    ArticleAnalyzer analyzer = RescorerTest.analyzer != null ? RescorerTest.analyzer
        : AnalysisSetup.load(slant.config.SlantConfig.defaults()).analyzer();
    String blocks = "Ungarn/PROPN/2/nsubj/LOCATION blockiert/VERB/0/root neue/ADJ/4/amod Sanktionen/NOUN/2/obj "
        + "./PUNCT/2/punct";
    String again = "Ungarn/PROPN/2/nsubj/LOCATION blockiert/VERB/0/root die/DET/4/det Sanktionen/NOUN/2/obj "
        + "./PUNCT/2/punct";
    String delays = "Ungarn/PROPN/2/nsubj/LOCATION verschleppt/VERB/0/root die/DET/4/det Reform/NOUN/2/obj "
        + "./PUNCT/2/punct";
    slant.model.ActorScore retold = hungary(analyzer, Docs.doc("de", blocks, again));
    assertEquals(2, retold.nMentions());
    assertEquals(Polarity.NEUTRAL, retold.polarity(), "one act, told twice");
    assertEquals(Polarity.NEGATIVE, hungary(analyzer, Docs.doc("de", blocks, again, delays)).polarity(),
        "two acts");
  }

  private static slant.model.ActorScore hungary(ArticleAnalyzer analyzer, AnnotatedDoc doc) {
    slant.model.Article article = new slant.model.Article("x", "blatt", "2024-06-17T07:00:00Z", "2024-06-17", "",
        doc.text(), null, "de", List.of());
    return analyzer.analyze(article, doc).actors().stream().filter(a -> a.actorName().equals("Ungarn")).findFirst()
        .orElseThrow();
  }

  /** "Die Terrormiliz IS ist/sei schuld, sagte Albanese." followed by {@code next} sentences. */
  private static double reporterWording(String verb, String... next) {
    String[] sentences = new String[1 + next.length];
    sentences[0] = "die/DET/2/det Terrormiliz/NOUN/5/nsubj IS/PROPN/2/flat " + verb + "/AUX/5/cop schuld/ADJ/7/ccomp "
        + ",/PUNCT/7/punct sagte/VERB/0/root Albanese/PROPN/7/nsubj ./PUNCT/7/punct";
    System.arraycopy(next, 0, sentences, 1, next.length);
    AnnotatedDoc doc = Docs.doc("de", sentences);
    return reporterWording(doc, SentimentScorerTest.mention(doc, "is", 0, 1, 3, 1),
        List.of(new slant.model.Cue("Terrormiliz", -0.9, "label", 1, "evaluation")));
  }

  /** What a mention in reported speech adds to the outlet's evaluation, after checking it is reported speech. */
  private static double reporterWording(AnnotatedDoc doc, Mention m, List<slant.model.Cue> cues) {
    VoiceMap voices = voicesOf(doc, m);
    assertEquals(VoiceMap.QUOTED, voices.voiceOf(m), "reported speech");
    return ArticleAnalyzer.reporterWordingEvidence(doc, m, cues, voices, GERMAN);
  }

  /** 10kgnad's derStandard texts lost every quotation mark: "…, sagte X." in the indicative was a direct quotation. */
  @Test
  void inATextWithoutQuotationMarksAnIndicativeSayingIsTheSpeakersWording() {
    assertEquals(0.0, reporterWording("ist"), 1e-12, "a direct quotation without its marks: all the speaker's");
    assertEquals(-0.9, reporterWording("sei"), 1e-12, "Konjunktiv I: indirect speech, the reporter names the group");
    assertEquals(-0.9, reporterWording("ist", "Er/PRON/2/nsubj sagte/VERB/0/root :/PUNCT/2/punct „/PUNCT/5/punct "
        + "Nein/PART/2/parataxis “/PUNCT/5/punct"), 1e-12,
        "a text that marks its quotations elsewhere paraphrases here, in the reporter's words");
  }

  /**
   * Until 2026-12-06 an interviewee's naming of an actor in an answer counted for the outlet as a reporter's wording:
   * "Saakaschwili: Die Terrormiliz IS ist schuld" in a derStandard interview. An answer, like a name-and-colon
   * statement, is the speaker's own words.
   */
  @Test
  void anInterviewAnswerIsTheSpeakersWordingNotTheReporters() {
    AnnotatedDoc doc = Docs.doc("de", "STANDARD/PROPN/3/dep :/PUNCT/3/punct Warum/ADV/0/root ?/PUNCT/3/punct",
        "Saakaschwili/PROPN/0/root :/PUNCT/1/punct die/DET/4/det Terrormiliz/NOUN/8/nsubj IS/PROPN/4/flat "
            + "ist/AUX/8/cop sehr/ADV/8/advmod schuld/ADJ/1/parataxis ./PUNCT/8/punct");
    Mention is = SentimentScorerTest.mention(doc, "is", 1, 3, 5, 3);
    assertEquals(0.0, reporterWording(doc, is,
        List.of(new slant.model.Cue("Terrormiliz", -0.9, "label", 3, "evaluation"))), 1e-12);
  }

  private static final VoiceAttributor GERMAN = new VoiceAttributor("de", Rules.bundled());

  /** The voices of a German document with one mention, as the analyzer attributes them. */
  private static VoiceMap voicesOf(AnnotatedDoc doc, Mention m) {
    return GERMAN.attribute(doc, List.of(m));
  }

  @Test
  void aQuotedWordOnAMentionInTheOutletsVoiceIsTheSpeakersNotTheOutlets() {
    // Selenskyj : „ Zynischer Angriff “ — the mention is the outlet's, the evaluative words are Selenskyj's
    AnnotatedDoc doc = Docs.doc("de", "Selenskyj/PROPN/0/root :/PUNCT/1/punct „/PUNCT/5/punct Zynischer/ADJ/5/amod "
        + "Angriff/NOUN/1/appos “/PUNCT/5/punct");
    Mention selenskyj = SentimentScorerTest.mention(doc, "s", 0, 0, 1, 0);
    VoiceMap voices = voicesOf(doc, selenskyj);
    assertEquals(VoiceMap.OUTLET, voices.voiceOf(selenskyj));
    assertEquals(true, voices.quoted(0, 3), "the quoted word");
    List<slant.model.Cue> cues = List.of(new slant.model.Cue("Zynischer", -0.8, "modifier:appos", 3, "evaluation"),
        new slant.model.Cue("Verbrecher", -0.9, "label", 0, "evaluation"));
    assertEquals(-0.9, ArticleAnalyzer.ownVoiceEvidence(selenskyj, cues, voices), 1e-12, "only the outlet's label");
  }

  @Test
  void inReportedSpeechTheReportersNamingOfTheActorIsTheOutletsButTheSpeakersClaimIsNot() {
    // Albanese sagte, die Terrormiliz IS sei schuld: the speaker claims the guilt, the reporter names the group
    AnnotatedDoc reported = Docs.doc("de", "Albanese/PROPN/2/nsubj sagte/VERB/0/root ,/PUNCT/8/punct die/DET/5/det "
        + "Terrormiliz/NOUN/8/nsubj IS/PROPN/5/flat sei/AUX/8/cop schuld/ADJ/2/ccomp");
    Mention is = SentimentScorerTest.mention(reported, "is", 0, 4, 6, 4);
    List<slant.model.Cue> cues = List.of(new slant.model.Cue("Terrormiliz", -0.9, "label", 4, "evaluation"),
        new slant.model.Cue("schuld", -0.6, "predicate:nsubj", 7, "evaluation"));
    assertEquals(-0.9, reporterWording(reported, is, cues), 1e-12);
    // Albanese sagte: „die Terrormiliz IS ist schuld“ — inside quotation marks even the naming is the speaker's
    AnnotatedDoc quoted = Docs.doc("de", "Albanese/PROPN/2/nsubj sagte/VERB/0/root :/PUNCT/2/punct „/PUNCT/9/punct "
        + "die/DET/6/det Terrormiliz/NOUN/9/nsubj IS/PROPN/6/flat ist/AUX/9/cop schuld/ADJ/2/parataxis "
        + "“/PUNCT/9/punct");
    Mention isQuoted = SentimentScorerTest.mention(quoted, "is", 0, 5, 7, 5);
    assertEquals(0.0, reporterWording(quoted, isQuoted,
        List.of(new slant.model.Cue("Terrormiliz", -0.9, "label", 5, "evaluation"))), 1e-12);
    // the article sums what each mention adds to the outlet's evaluation
    ScoredMention named = new ScoredMention(is, -0.9, Polarity.NEGATIVE, -1.5, -0.9, 0, Polarity.NEUTRAL, cues,
        VoiceMap.QUOTED, null, List.of());
    assertEquals(-0.9, ArticleAnalyzer.articleEvidence(List.of(named)), 1e-12);
  }

  @Test
  void weakRulesCountHalf() {
    assertEquals(1.0, SentimentScorer.reliability("label", false));
    assertEquals(1.0, SentimentScorer.reliability("conjunct:modifier:amod", false));
    assertEquals(1.0, SentimentScorer.reliability("predicate:nsubj", false), "an adjective or state predicate");
    assertEquals(0.5, SentimentScorer.reliability("predicate:nsubj", true), "an act of the actor");
    assertEquals(0.5, SentimentScorer.reliability("predicate:nmod", false));
    assertEquals(0.5, SentimentScorer.reliability("clause", false));
    assertEquals(0.5, SentimentScorer.reliability("frame:nsubj", false), "verb-frame cues are acts of the actor");
  }

  @Test
  void polarityVotes() {
    assertEquals(-1, Polarity.NEGATIVE.sign());
    assertEquals(0, Polarity.NEUTRAL.sign());
    assertEquals(1, Polarity.POSITIVE.sign());
  }

  @Test
  void oneWeakCueLeavesTheMentionNeutralAndPositiveNeedsTwiceTheEvidence() {
    assertEquals(Polarity.NEUTRAL, ArticleAnalyzer.polarityOf(-0.4, 0.5));
    assertEquals(Polarity.NEGATIVE, ArticleAnalyzer.polarityOf(-0.5, 0.5));
    assertEquals(Polarity.NEUTRAL, ArticleAnalyzer.polarityOf(0.9, 0.5));
    assertEquals(Polarity.POSITIVE, ArticleAnalyzer.polarityOf(1.0, 0.5));
    assertEquals(Polarity.NEUTRAL, ArticleAnalyzer.polarityOf(0.0, 0.0));
  }
}
