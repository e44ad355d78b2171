package slant.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.testing.Docs;

class TitleMergeTest {

  private static Mention mention(String id, int start, int end, MentionKind kind, List<String> labels) {
    return new Mention(id, id, "person", "w" + start, 0, start, end, end - 1, start * 10, end * 10, kind, labels);
  }

  @Test
  void aRoleRightBeforeItsHoldersNameMergesIntoTheName() {
    Mention role = mention("Q7747", 0, 1, MentionKind.ROLE, List.of("Kremlchef"));
    Mention name = mention("Q7747", 1, 2, MentionKind.PARTIAL_NAME, List.of("Präsident", "Kremlchef"));
    assertEquals(List.of(new Mention("Q7747", "Q7747", "person", "w1", 0, 1, 2, 1, 10, 20, MentionKind.PARTIAL_NAME,
        List.of("Kremlchef", "Präsident"))), TitleMerge.merge(List.of(role, name)));
  }

  @Test
  void anotherActorsNameOrAGapKeepsBoth() {
    Mention role = mention("Q7747", 0, 1, MentionKind.ROLE, List.of("Kremlchef"));
    Mention other = mention("Q23685", 1, 2, MentionKind.NAME, List.of());
    assertEquals(List.of(role, other), TitleMerge.merge(List.of(role, other)));
    Mention later = mention("Q7747", 2, 3, MentionKind.NAME, List.of());
    assertEquals(List.of(role, later), TitleMerge.merge(List.of(role, later)));
  }

  @Test
  void theStepSortsTheSentencesMentionsFirst() {
    AnnotatedDoc doc = Docs.doc("de", "Kremlchef/NOUN Putin/PROPN und/CCONJ Russland/PROPN");
    SentenceState st = SentenceState.start(DocState.start(doc, LocalDate.parse("2024-06-18")),
        doc.sentences().get(0));
    Mention russia = mention("Q159", 3, 4, MentionKind.NAME, List.of());
    Mention role = mention("Q7747", 0, 1, MentionKind.ROLE, List.of("Kremlchef"));
    Mention putin = mention("Q7747", 1, 2, MentionKind.PARTIAL_NAME, List.of());
    st.mentions().addAll(List.of(russia, putin, role));
    new TitleMerge().apply(st);
    assertEquals(List.of(mention("Q7747", 1, 2, MentionKind.PARTIAL_NAME, List.of("Kremlchef")), russia),
        st.mentions());
  }
}
