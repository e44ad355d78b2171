package slant.model;

import java.io.Serializable;

/**
 * One actor's score in one article (see {@code ArticleAnalyzer.actorScores}).
 *
 * @param sentiment the outlet's evaluation of the actor: tanh of the summed evaluation evidence of its outlet-voice
 *     mentions, in (-1, 1); 0 when every mention is quoted (the outlet says nothing of the actor itself)
 * @param polarity the article-level label of that evaluation (the {@code outlet} label of the gold format): polar
 *     when the summed evidence reaches {@code sentiment.min_evidence} (twice that for positive)
 * @param nNegative mentions with negative (evaluation) polarity
 * @param nPositive mentions with positive (evaluation) polarity
 * @param overallPolarity the evaluation including what quoted speakers say of the actor and other actors' stances
 *     toward it (the {@code overall} label)
 * @param tone net of the mentions' tone polarities (outlet voice; all when every one is quoted), in [-1, 1]
 * @param tonePolarity the tone's label
 * @param onlyQuoted every mention is inside quotations or reported speech
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
    int nPositive,
    Polarity overallPolarity,
    double tone,
    Polarity tonePolarity,
    boolean onlyQuoted) implements Serializable {}
