package slant.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import slant.model.Mention;
import slant.model.MentionKind;

/**
 * Step 6, one mention per titled name: sorts the sentence's mentions by start token, then merges a role description
 * right before the name of its holder ("Der ukrainische Präsident Wolodymyr Selenskyj", "Kremlchef Putin") into the
 * name's mention, the description's labels first; a role description right before the name of another person
 * ("Außenminister Sergej Lawrow" in 2025, when the German one is Wadephul) is that person's title and no mention of
 * its own. Runs after every step that adds mentions by catalogue or NER, and
 * before pronouns, which need the sentence's mentions sorted.
 */
final class TitleMerge implements SentenceStep {

  @Override
  public void apply(SentenceState st) {
    List<Mention> sorted = new ArrayList<>(st.mentions());
    sorted.sort(Comparator.comparingInt(Mention::startToken));
    st.replaceMentions(merge(sorted));
  }

  /** The role's labels, then the name's that are new. */
  private static List<String> mergedLabels(Mention role, Mention name) {
    List<String> labels = new ArrayList<>(role.labels());
    for (String l : name.labels()) {
      if (!labels.contains(l)) {
        labels.add(l);
      }
    }
    return labels;
  }

  /** Whether every word of a discovered name is a word of the role holder's name ("Xi" of "Xi Jinping"). */
  static boolean namesHolder(String surface, String holderName) {
    Set<String> holder = new HashSet<>(Arrays.asList(holderName.toLowerCase(Locale.ROOT).split("[\\s-]+")));
    String[] words = surface.toLowerCase(Locale.ROOT).split("[\\s-]+");
    return words.length > 0 && Arrays.stream(words).allMatch(holder::contains);
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
        out.add(new Mention(next.actorId(), next.actorName(), next.actorType(), next.surface(), next.sentence(),
            next.startToken(), next.endToken(), next.headToken(), next.begin(), next.end(), next.kind(),
            mergedLabels(m, next)));
        i++;
        continue;
      }
      if (m.kind() == MentionKind.ROLE && next != null && next.startToken() == m.endToken()
          && next.kind() == MentionKind.DISCOVERED && namesHolder(next.surface(), m.actorName())) {
        // "Chinas Staatschef Xi": NER found "Xi" outside the catalogue, but it is a name of the title's holder
        out.add(new Mention(m.actorId(), m.actorName(), m.actorType(), next.surface(), next.sentence(),
            next.startToken(), next.endToken(), next.headToken(), next.begin(), next.end(), MentionKind.PARTIAL_NAME,
            mergedLabels(m, next)));
        i++;
        continue;
      }
      if (m.kind() == MentionKind.ROLE && next != null && next.startToken() == m.endToken()
          && "person".equals(next.actorType()) && !next.actorId().equals(m.actorId())
          && (next.kind() == MentionKind.NAME || next.kind() == MentionKind.PARTIAL_NAME
              || next.kind() == MentionKind.DISCOVERED)) {
        continue; // "Außenminister Sergej Lawrow", "Irans Außenminister Araghtschi": the title is the named person's,
                  // not a reference to the holder of the title at home (the name's mention keeps it as its label)
      }
      out.add(m);
    }
    return out;
  }
}
