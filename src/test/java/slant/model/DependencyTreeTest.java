package slant.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DependencyTreeTest {

  private static final int M = Integer.MAX_VALUE;

  private static Sentence sentence(List<Dependency> edges, String... words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, words[i], at, at + words[i].length(), "X", "O"));
      at += words[i].length() + 1;
    }
    return new Sentence(0, 0, at - 1, tokens, List.of(), edges, !edges.isEmpty());
  }

  /** "Der Kanzler kritisiert die Reform scharf": kritisiert(2) heads Kanzler(1), Reform(4), scharf(5). */
  private static Sentence simple() {
    return sentence(List.of(new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
        new Dependency(Dependency.ROOT, 2, "root"), new Dependency(4, 3, "det"), new Dependency(2, 4, "obj"),
        new Dependency(2, 5, "advmod")), "Der", "Kanzler", "kritisiert", "die", "Reform", "scharf");
  }

  @Test
  void headsRelationsAndChildrenOfATree() {
    DependencyTree t = simple().tree();
    assertEquals(6, t.size());
    assertEquals(-1, t.head(2));
    assertEquals(2, t.head(1));
    assertEquals("root", t.relation(2));
    assertEquals("nsubj", t.relation(1));
    assertEquals(List.of(1, 4, 5), t.children(2));
    assertEquals(List.of(), t.children(0));
  }

  @Test
  void walksOverATree() {
    DependencyTree t = simple().tree();
    assertArrayEquals(new int[] {3, 4, 2}, t.pathToRoot(3));
    assertArrayEquals(new int[] {2}, t.pathToRoot(2));
    assertTrue(t.dominates(2, 3));
    assertTrue(t.dominates(4, 4));
    assertFalse(t.dominates(1, 3));
    assertArrayEquals(new int[] {3, 4}, t.subtree(4));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, t.subtree(2));
    assertArrayEquals(new int[] {0, 1, 2, 4, 3, 3}, t.distancesFrom(0));
  }

  @Test
  void theTreeIsBuiltOnceAndIsNoPartOfEquality() {
    Sentence s = simple();
    assertSame(s.tree(), s.tree());
    assertEquals(simple(), s);
    assertEquals(simple().hashCode(), s.hashCode());
  }

  @Test
  void javaSerialisationRebuildsTheTree() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(simple());
    }
    Sentence back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (Sentence) in.readObject();
    }
    assertEquals(simple(), back);
    assertEquals(List.of(1, 4, 5), back.tree().children(2));
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyWalkEndsOnACyclicParse() {
    // malformed: Kanzler(1) and Scholz(2) head each other, "Der"(0) hangs on Kanzler, schweigt(3) is the root
    Sentence s = sentence(List.of(new Dependency(1, 0, "det"), new Dependency(2, 1, "nsubj"),
        new Dependency(1, 2, "flat"), new Dependency(Dependency.ROOT, 3, "root")), "Der", "Kanzler", "Scholz",
        "schweigt");
    DependencyTree t = s.tree();
    assertArrayEquals(new int[] {0, 1, 2}, t.pathToRoot(0));
    assertArrayEquals(new int[] {2, 1}, t.pathToRoot(2));
    assertFalse(t.dominates(3, 0));
    assertTrue(t.dominates(2, 0));
    assertArrayEquals(new int[] {0, 1, 2}, t.subtree(1));
    assertArrayEquals(new int[] {1, 0, 1, M}, t.distancesFrom(1));
  }

  @Test
  void anUnparsedSentenceHasNoEdges() {
    DependencyTree t = sentence(List.of(), "Putin", "schweigt").tree();
    assertEquals(-1, t.head(0));
    assertNull(t.relation(1));
    assertEquals(List.of(), t.children(0));
    assertArrayEquals(new int[] {1}, t.pathToRoot(1));
    assertArrayEquals(new int[] {0}, t.subtree(0));
    assertArrayEquals(new int[] {0, M}, t.distancesFrom(0));
    assertFalse(t.dominates(0, 1));
  }
}
