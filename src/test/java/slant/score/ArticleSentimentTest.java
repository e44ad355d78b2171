package slant.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Polarity;
import slant.model.ScoredMention;
import slant.testing.Docs;

/** The article-level sentiment of an actor: the outlet's own voice first. */
class ArticleSentimentTest {

  private static final AnnotatedDoc DOC = Docs.doc("de", "Putin/PROPN/2/nsubj lobt/VERB/0/root Kim/PROPN/2/obj");
  private static final Mention M = SentimentScorerTest.mention(DOC, "p", 0, 0, 1, 0);

  private static ScoredMention scored(double sentiment, String voice) {
    return new ScoredMention(M, sentiment, Polarity.of(sentiment, 0.1), List.of(), voice, null, List.of());
  }

  @Test
  void quotedMentionsDoNotOutweighTheOutletsOwnVoice() {
    List<ScoredMention> ms = List.of(scored(-0.4, VoiceMap.OUTLET), scored(-0.2, VoiceMap.OUTLET),
        scored(0.6, VoiceMap.QUOTED), scored(0.6, VoiceMap.QUOTED), scored(0.6, VoiceMap.QUOTED));
    assertEquals(-0.3, ArticleAnalyzer.articleSentiment(ms), 1e-12);
  }

  @Test
  void anActorOnlyQuotedKeepsTheQuotesMean() {
    List<ScoredMention> ms = List.of(scored(0.5, VoiceMap.QUOTED), scored(-0.1, VoiceMap.QUOTED));
    assertEquals(0.2, ArticleAnalyzer.articleSentiment(ms), 1e-12);
  }
}
