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
  void aGapOrANonPersonAfterTheRoleKeepsBoth() {
    Mention role = mention("Q7747", 0, 1, MentionKind.ROLE, List.of("Kremlchef"));
    Mention later = mention("Q7747", 2, 3, MentionKind.NAME, List.of());
    assertEquals(List.of(role, later), TitleMerge.merge(List.of(role, later)));
    Mention country = new Mention("Q159", "Q159", "country", "w1", 0, 1, 2, 1, 10, 20, MentionKind.NAME, List.of());
    assertEquals(List.of(role, country), TitleMerge.merge(List.of(role, country)));
  }

  /** Until 2026-12-04 "Außenminister Sergej Lawrow" was also a mention of the German foreign minister. */
  @Test
  void aRoleRightBeforeAnotherPersonsNameIsThatPersonsTitle() {
    Mention role = mention("wadephul", 0, 1, MentionKind.ROLE, List.of("Außenminister"));
    Mention lavrov = mention("lavrov", 1, 3, MentionKind.NAME, List.of("Außenminister"));
    assertEquals(List.of(lavrov), TitleMerge.merge(List.of(role, lavrov)));
    Mention tsahkna = mention("auto:tsahkna", 1, 2, MentionKind.DISCOVERED, List.of("Außenminister"));
    assertEquals(List.of(tsahkna), TitleMerge.merge(List.of(role, tsahkna)));
  }

  @Test
  void aDiscoveredNameThatIsPartOfTheHoldersNameIsTheHolder() {
    // "Chinas Staatschef Xi": NER found "Xi", the catalogue knows "Xi Jinping" by the role
    Mention role = new Mention("Q15031", "Xi Jinping", "person", "Chinas Staatschef", 0, 0, 2, 1, 0, 17,
        MentionKind.ROLE, List.of("Staatschef"));
    Mention xi = new Mention("auto:xi", "Xi", "person", "Xi", 0, 2, 3, 2, 18, 20, MentionKind.DISCOVERED,
        List.of("Staatschef"));
    assertEquals(List.of(new Mention("Q15031", "Xi Jinping", "person", "Xi", 0, 2, 3, 2, 18, 20,
        MentionKind.PARTIAL_NAME, List.of("Staatschef"))), TitleMerge.merge(List.of(role, xi)));
    assertEquals(true, TitleMerge.namesHolder("Xi", "Xi Jinping"));
    assertEquals(false, TitleMerge.namesHolder("Tsahkna", "Johann Wadephul"));
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
