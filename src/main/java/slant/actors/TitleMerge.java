package slant.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import slant.model.Mention;
import slant.model.MentionKind;

/**
 * Step 6, one mention per titled name: sorts the sentence's mentions by start token, then merges a role description
 * right before the name of its holder ("Der ukrainische Präsident Wolodymyr Selenskyj", "Kremlchef Putin") into the
 * name's mention, the description's labels first. Runs after every step that adds mentions by catalogue or NER, and
 * before pronouns, which need the sentence's mentions sorted.
 */
final class TitleMerge implements SentenceStep {

  @Override
  public void apply(SentenceState st) {
    List<Mention> sorted = new ArrayList<>(st.mentions());
    sorted.sort(Comparator.comparingInt(Mention::startToken));
    st.replaceMentions(merge(sorted));
  }

  /** The merged list of mentions sorted by start token. */
  static List<Mention> merge(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Mention m = sorted.get(i);
      Mention next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
      if (m.kind() == MentionKind.ROLE && next != null && next.actorId().equals(m.actorId())
          && next.startToken() == m.endToken()
          && (next.kind() == MentionKind.NAME || next.kind() == MentionKind.PARTIAL_NAME)) {
        List<String> labels = new ArrayList<>(m.labels());
        for (String l : next.labels()) {
          if (!labels.contains(l)) {
            labels.add(l);
          }
        }
        out.add(new Mention(next.actorId(), next.actorName(), next.actorType(), next.surface(), next.sentence(),
            next.startToken(), next.endToken(), next.headToken(), next.begin(), next.end(), next.kind(), labels));
        i++;
        continue;
      }
      out.add(m);
    }
    return out;
  }
}
