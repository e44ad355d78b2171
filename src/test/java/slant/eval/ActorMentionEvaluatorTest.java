package slant.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.analysis.AnalysisSetup;
import slant.config.SlantConfig;
import slant.eval.MentionEval.EvalSentence;
import slant.nlp.CoreNlpAnnotator;

/** Runs the mention evaluation of {@code slant eval-actors} with the German CoreNLP models on the first 20 sentences of the bundled set. */
@Tag("models")
class ActorMentionEvaluatorTest {

  @Test
  @SuppressWarnings("unchecked")
  void scoresFirstTwentySentences() throws Exception {
    List<EvalSentence> all = MentionEval.read(Path.of("data/eval/actors-de.jsonl"));
    List<EvalSentence> first = all.subList(0, 20);
    int nGold = first.stream().mapToInt(s -> s.mentions().size()).sum();
    SlantConfig config = SlantConfig.defaults();
    Map<String, Object> out = ActorMentionEvaluator.evaluate(CoreNlpAnnotator.shared(config.nlp()),
        AnalysisSetup.load(config).analyzer().resolver(), first, ActorMentionEvaluator.MAX_ERRORS);
    assertEquals(20, out.get("n_sentences"));
    assertEquals(nGold, out.get("n_gold"));
    assertTrue((Integer) out.get("n_pred") > 0);
    for (String f : List.of("precision", "recall", "f1", "actor_accuracy")) {
      double v = (Double) out.get(f);
      assertTrue(v >= 0 && v <= 1, f + " = " + v);
    }
    // The resolver finds most of these easy sentences; a collapse below this means something broke.
    assertTrue((Double) out.get("recall") > 0.5, "recall " + out.get("recall"));
    Map<String, Map<String, Object>> perKind = (Map<String, Map<String, Object>>) out.get("per_kind_recall");
    assertTrue(perKind.containsKey("metonym") && perKind.containsKey("role") && perKind.containsKey("name"));
    assertTrue(out.containsKey("not_mention_false_positives"));
    List<Map<String, Object>> errors = (List<Map<String, Object>>) out.get("errors");
    assertTrue(errors.size() <= ActorMentionEvaluator.MAX_ERRORS);
    for (Map<String, Object> e : errors) {
      assertTrue(e.containsKey("id") && e.containsKey("type") && e.containsKey("gold") && e.containsKey("predicted"));
    }
  }
}
