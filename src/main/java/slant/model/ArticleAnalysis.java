package slant.model;

import java.io.Serializable;
import java.util.List;

/**
 * Everything Slant derives from one article; the unit that the Spark job turns into table rows.
 *
 * @param sentenceTexts the text of each sentence, by sentence index
 * @param nSentencesParsed sentences that received a dependency parse
 * @param quotes the stretches of text in a quoted voice, with their speakers
 */
public record ArticleAnalysis(
    Article article,
    List<String> sentenceTexts,
    int nTokens,
    int nSentencesParsed,
    List<ScoredMention> mentions,
    List<ActorScore> actors,
    List<QuoteSpan> quotes) implements Serializable {

  public ArticleAnalysis {
    sentenceTexts = List.copyOf(sentenceTexts);
    quotes = List.copyOf(quotes);
    mentions = List.copyOf(mentions);
    actors = List.copyOf(actors);
  }

  public int nSentences() {
    return sentenceTexts.size();
  }

  public String sentenceText(int index) {
    return sentenceTexts.get(index);
  }
}
