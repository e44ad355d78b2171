package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.config.ConfigException;

class FrameEvalTest {

  private static final String GOLD = """
      {"id":"a","text":"Laut Brown ist Putin ein Diktator.","frames":[{"actor":"Putin","frame":"villainy","voice":"quoted"},{"actor":"Putin","frame":"illegitimacy","voice":"quoted"}],"voice_spans":[{"text":"ist Putin ein Diktator","voice":"quoted","speaker":"Brown"}]}
      """;

  @Test
  void scoresFramesVoiceAndSpeaker() {
    List<FrameEval.Case> cases = FrameEval.parse(GOLD);
    FrameEval.Prediction p = new FrameEval.Prediction(
        List.of(new FrameEval.PredFrame("Putin", "Wladimir Putin", "villainy", "quoted"),
            new FrameEval.PredFrame("Putin", "Wladimir Putin", "villainy", "quoted"),
            new FrameEval.PredFrame("Brown", "James Brown", "deception", "outlet")),
        List.of(new FrameEval.PredToken(0, 4, false, "outlet", null, null),
            new FrameEval.PredToken(5, 10, false, "outlet", null, null),
            new FrameEval.PredToken(11, 14, false, "quoted", "auto:brown", "Brown"),
            new FrameEval.PredToken(15, 20, false, "quoted", "auto:brown", "Brown"),
            new FrameEval.PredToken(21, 24, false, "quoted", "auto:brown", "Brown"),
            new FrameEval.PredToken(25, 33, false, "quoted", "auto:brown", "Brown"),
            new FrameEval.PredToken(33, 34, true, "quoted", "auto:brown", "Brown")));
    FrameEval.Report r = FrameEval.evaluate(cases, List.of(p));
    assertEquals(new FrameEval.Counts(1, 1, 1), r.byFamily().get("device"));
    assertEquals(1, r.voiceCorrect());
    assertEquals(4, r.tokensTotal());
    assertEquals(4, r.tokensCorrect());
    assertEquals(1, r.speakersCorrect());
    assertEquals(0.5, r.all().precision(), 1e-9);
  }

  @Test
  void malformedGoldIsAConfigError() {
    assertThrows(ConfigException.class, () -> FrameEval.parse("{\"text\":\"x\",\"frames\":[{\"actor\":\"a\",\"frame\":\"nope\"}]}"));
    assertThrows(ConfigException.class, () -> FrameEval.parse("{\"text\":\"x\",\"voice_spans\":[{\"text\":\"y\"}]}"));
    assertThrows(ConfigException.class, () -> FrameEval.parse("not json"));
  }

  @Test
  void bundledGoldSetParsesAndIsLargeEnough() throws Exception {
    List<FrameEval.Case> cases = FrameEval.parse(Files.readString(Path.of("data/eval/frames-de.jsonl")));
    assertTrue(cases.size() >= 100);
  }
}
