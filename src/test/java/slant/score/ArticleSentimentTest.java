package slant.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Polarity;
import slant.model.ScoredMention;
import slant.testing.Docs;

/** The article-level sentiment of an actor: the net tone of its mentions, the outlet's own voice first. */
class ArticleSentimentTest {

  private static final AnnotatedDoc DOC = Docs.doc("de", "Putin/PROPN/2/nsubj lobt/VERB/0/root Kim/PROPN/2/obj");
  private static final Mention M = SentimentScorerTest.mention(DOC, "p", 0, 0, 1, 0);

  private static ScoredMention scored(double sentiment, String voice) {
    return scored(sentiment, Polarity.of(sentiment, 0.1), voice);
  }

  private static ScoredMention scored(double sentiment, Polarity decided, String voice) {
    return new ScoredMention(M, sentiment, decided, sentiment, decided, List.of(), voice, null, List.of());
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

  @Test
  void polarityVotes() {
    assertEquals(-1, Polarity.NEGATIVE.sign());
    assertEquals(0, Polarity.NEUTRAL.sign());
    assertEquals(1, Polarity.POSITIVE.sign());
  }
}
