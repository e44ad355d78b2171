package slant.voice;

import java.util.ArrayList;
import java.util.List;
import slant.model.Sentence;
import slant.voice.VoiceAttributor.Mood;

/**
 * Step 3 of {@link VoiceAttributor} (German): reported speech across sentences, rule {@code konjunktiv}. In document
 * order, an attribution starts a chain with its speaker; each following sentence without an attribution whose mood
 * ({@link MoodDetector}) is Konjunktiv I — or Konjunktiv II while a chain runs — is quoted as a whole with the chain's
 * speaker; outside a chain, where the parse shows an indicative main clause, only its Konjunktiv I clauses are
 * ({@link MoodDetector#reported}). A sentence with neither ends the chain. A Konjunktiv I sentence with no chain
 * running is quoted with an unknown speaker (an orphan); a parenthetical attribution in the directly following sentence ("Die Lage sei ernst. Man
 * müsse handeln, so X.") names the orphans' speaker. Runs after the per-sentence attributions it continues, and before
 * the quotation spans, which keep what it marks.
 */
final class KonjunktivChain implements VoiceStep {

  private final MoodDetector moods;

  KonjunktivChain(MoodDetector moods) {
    this.moods = moods;
  }

  @Override
  public void apply(VoiceContext ctx, Attribution[] attributions, VoiceMarks marks) {
    Speaker active = null; // the running chain's speaker; null when no chain runs
    List<Sentence> orphans = new ArrayList<>();
    for (Sentence s : ctx.doc().sentences()) {
      Attribution a = attributions[s.index()];
      Mood mood = moods.mood(s);
      if (a != null) {
        if (a.parenthetical()) {
          for (Sentence o : orphans) {
            for (int t = 0; t < o.size(); t++) {
              marks.speaker(o.index(), t, a.speaker());
            }
          }
        }
        orphans.clear();
        active = a.speaker();
      } else if (mood == Mood.KONJ1 || active != null && mood == Mood.KONJ2) {
        // a Konjunktiv I sentence reports its Konjunktiv I clauses; outside a chain, with an indicative main clause,
        // those alone (inside one, an indicative-looking main clause is the speaker's too: "Menschen wie X zündelten
        // immer wieder, nun sei eine Grenze überschritten")
        boolean[] reported = mood == Mood.KONJ1 && active == null ? moods.reported(s) : null;
        for (int t = 0; t < s.size(); t++) {
          if (reported == null || reported[t]) {
            marks.quote(s.index(), t, active != null ? active : Speaker.UNKNOWN, "konjunktiv");
          }
        }
        if (active == null) {
          orphans.add(s);
        }
      } else {
        active = null;
        orphans.clear();
      }
    }
  }
}
