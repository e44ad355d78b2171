package slant.model;

import java.io.Serializable;

/**
 * One actor's score in one article: the mean of its mentions' sentiment.
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
