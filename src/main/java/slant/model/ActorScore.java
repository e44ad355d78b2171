package slant.model;

import java.io.Serializable;

/**
 * One actor's score in one article: the mean sentiment of its mentions in the outlet's own voice (of all its
 * mentions when every one is quoted; see {@code ArticleAnalyzer.articleSentiment}).
 *
 * @param nNegative mentions with negative polarity
 * @param nPositive mentions with positive polarity
 */
public record ActorScore(
    String actorId,
    String actorName,
    String actorType,
    int nMentions,
    double sentiment,
    Polarity polarity,
    int nNegative,
    int nNeutral,
    int nPositive) implements Serializable {}
