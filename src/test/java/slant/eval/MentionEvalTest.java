package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.eval.MentionEval.EvalSentence;
import slant.eval.MentionEval.GoldMention;
import slant.eval.MentionEval.NotMention;
import slant.eval.MentionEval.Predicted;
import slant.eval.MentionEval.Result;

/** Pure tests of the mention scorer on inline fixtures (no models). */
class MentionEvalTest {

  private static final double EPS = 1e-9;

  private static final String T1 = "Der Kreml erklärte, die Gespräche mit Kiew seien gescheitert.";
  private static final String T2 = "Putin hielt in Moskau eine Rede.";

  private static EvalSentence s1() {
    return new EvalSentence("s1", "2024-06-18", T1,
        List.of(new GoldMention(4, 9, "Kreml", "Q159", "metonym"), new GoldMention(38, 42, "Kiew", "Q212", "metonym")),
        List.of());
  }

  private static EvalSentence s2() {
    return new EvalSentence("s2", "2024-06-18", T2, List.of(new GoldMention(0, 5, "Putin", "Q7747", "partial_name")),
        List.of(new NotMention(15, 21, "Moskau", "place")));
  }

  @Test
  void perfectPredictionScoresOne() {
    MentionEval.Accumulator acc = new MentionEval.Accumulator();
    acc.add(s1(), List.of(new Predicted(4, 9, "Kreml", "Q159", "metonym"), new Predicted(38, 42, "Kiew", "Q212", "metonym")));
    Result r = acc.result();
    assertEquals(1.0, r.precision(), EPS);
    assertEquals(1.0, r.recall(), EPS);
    assertEquals(1.0, r.f1(), EPS);
    assertEquals(1.0, r.actorAccuracy(), EPS);
    assertEquals(1.0, r.strictF1(), EPS);
    assertEquals(0, r.errors().size());
  }

  @Test
  void overlappingSpanMatchesButIsNotStrict() {
    MentionEval.Accumulator acc = new MentionEval.Accumulator();
    // "Der Kreml" instead of "Kreml": overlap match, not exact
    acc.add(s1(), List.of(new Predicted(0, 9, "Der Kreml", "Q159", "metonym")));
    Result r = acc.result();
    assertEquals(1, r.matched());
    assertEquals(1.0, r.precision(), EPS);
    assertEquals(0.5, r.recall(), EPS);
    assertEquals(2 * 1.0 * 0.5 / 1.5, r.f1(), EPS);
    assertEquals(1.0, r.actorAccuracy(), EPS);
    assertEquals(0.0, r.strictPrecision(), EPS);
    assertEquals(1, r.errorCounts().get("missed"));
  }

  @Test
  void wrongActorCountsAsMatchButLowersAccuracy() {
    MentionEval.Accumulator acc = new MentionEval.Accumulator();
    acc.add(s1(), List.of(new Predicted(4, 9, "Kreml", "Q159", "metonym"), new Predicted(38, 42, "Kiew", "Q159", "metonym")));
    Result r = acc.result();
    assertEquals(1.0, r.recall(), EPS);
    assertEquals(0.5, r.actorAccuracy(), EPS);
    assertEquals(0.5, r.linkedRecall(), EPS);
    assertEquals(1, r.errorCounts().get("wrong_actor"));
    assertEquals("wrong_actor", r.errors().get(0).type());
  }

  @Test
  void predictionOnNotMentionIsCounted() {
    MentionEval.Accumulator acc = new MentionEval.Accumulator();
    acc.add(s2(), List.of(new Predicted(0, 5, "Putin", "Q7747", "partial_name"), new Predicted(15, 21, "Moskau", "Q159", "metonym")));
    Result r = acc.result();
    assertEquals(1, r.notMentionFalsePositives());
    assertEquals(0.5, r.precision(), EPS);
    assertEquals(1.0, r.recall(), EPS);
    assertEquals("place", r.errors().get(0).note());
  }

  @Test
  void matchingIsOneToOne() {
    // Title and name predicted separately for one gold reference: one match, one false positive.
    EvalSentence s = new EvalSentence("s3", "2024-06-18", "Der ukrainische Präsident Wolodymyr Selenskyj reiste ab.",
        List.of(new GoldMention(26, 45, "Wolodymyr Selenskyj", "Q3874799", "name")), List.of());
    MentionEval.Accumulator acc = new MentionEval.Accumulator();
    acc.add(s, List.of(new Predicted(4, 25, "ukrainische Präsident", "Q3874799", "role"),
        new Predicted(26, 45, "Wolodymyr Selenskyj", "Q3874799", "name")));
    Result r = acc.result();
    assertEquals(1, r.matched());
    assertEquals(0.5, r.precision(), EPS);
    assertEquals(1, r.errorCounts().get("spurious"));
  }

  @Test
  void exactSpanIsPreferredOverLargerOverlap() {
    List<GoldMention> gold = List.of(new GoldMention(0, 5, "Putin", "Q7747", "partial_name"),
        new GoldMention(6, 12, "Regime", "X", "name"));
    List<MentionEval.Match> m = MentionEval.match(gold,
        List.of(new Predicted(0, 12, "Putin Regime", "Q7747", "compound"), new Predicted(0, 5, "Putin", "Q7747", "name")));
    assertEquals(2, m.size());
    assertEquals(5, m.get(0).predicted().end()); // the exact one went to "Putin"
    assertEquals(12, m.get(1).predicted().end());
  }

  @Test
  void perKindRecallUsesGoldKind() {
    MentionEval.Accumulator acc = new MentionEval.Accumulator();
    acc.add(s1(), List.of(new Predicted(4, 9, "Kreml", "Q159", "name")));
    acc.add(s2(), List.of());
    Result r = acc.result();
    assertEquals(2, r.perKind().get("metonym").nGold());
    assertEquals(0.5, r.perKind().get("metonym").recall(), EPS);
    assertEquals(0.0, r.perKind().get("partial_name").recall(), EPS);
    assertEquals(0.0, r.kindAgreement(), EPS);
    assertEquals(2, r.nSentences());
    assertEquals(3, r.nGold());
  }

  @Test
  void emptyInputGivesZeros() {
    Result r = new MentionEval.Accumulator().result();
    assertEquals(0.0, r.precision(), EPS);
    assertEquals(0.0, r.recall(), EPS);
    assertEquals(0.0, r.f1(), EPS);
    assertEquals(0.0, r.actorAccuracy(), EPS);
  }

  @Test
  void parsesJsonlAndChecksOffsets() throws IOException {
    String ok = "{\"id\":\"a\",\"date\":\"2024-06-18\",\"text\":\"" + T2 + "\",\"mentions\":[{\"start\":0,\"end\":5,"
        + "\"surface\":\"Putin\",\"actor_id\":\"Q7747\",\"kind\":\"partial_name\"}],\"not_mentions\":[{\"start\":15,"
        + "\"end\":21,\"surface\":\"Moskau\",\"why\":\"place\"}]}\n\n";
    List<EvalSentence> s = MentionEval.parse(ok);
    assertEquals(1, s.size());
    assertEquals("Q7747", s.get(0).mentions().get(0).actorId());
    assertEquals("place", s.get(0).notMentions().get(0).why());
    String bad = ok.replace("\"end\":5", "\"end\":6");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MentionEval.parse(bad));
    assertTrue(e.getMessage().contains("does not cut"));
  }
}
