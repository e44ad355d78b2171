package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text report {@code slant eval-frames} prints ({@link FrameEvaluator#format}). */
class FrameEvaluatorTest {

  @Test
  void reportHasOneRowPerFamilyThenVoiceAndSpeakerAccuracyAndADashWhereNothingWasCounted() {
    Map<String, FrameEval.Counts> byFamily = new LinkedHashMap<>();
    byFamily.put("device", new FrameEval.Counts(2, 2, 0));
    byFamily.put("conflict", new FrameEval.Counts(0, 0, 0));
    FrameEval.Report r = new FrameEval.Report(3, byFamily, new FrameEval.Counts(2, 2, 0), 1, 2, 3, 4, 1, 2, 0, 0,
        List.of());
    // device: precision 2/4, recall 2/2, F1 2·0.5·1/1.5 = 0.667; conflict counts nothing; no quoted span has a speaker
    String expected = """
        gold: g.jsonl (3 cases)
        family      tp    fp    fn precision recall     f1
        device       2     2     0     50.0% 100.0%  66.7%
        conflict     0     0     0         -      -      -
        all          2     2     0     50.0% 100.0%  66.7%
        voice of found frames: 1/2 = 50.0%
        voice spans, tokens:   3/4 = 75.0%
        voice spans, whole:    1/2 = 50.0%
        speaker of quoted spans: 0/0 = -""";
    assertEquals(expected, FrameEvaluator.format(r, "g.jsonl").replace(System.lineSeparator(), "\n"));
  }
}
