package slant.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupPartsTest {

  @Test
  void agencyCredits() {
    assertEquals("dpa", WireCredit.agency(null, "Berlin (dpa) - Die Bundesregierung hat …"));
    assertEquals("AFP", WireCredit.agency(null, "Paris (AFP) – Frankreich liefert …"));
    assertEquals("dpa", WireCredit.agency(null, "Text.\n(mit Material der dpa)"));
    assertEquals("Reuters", WireCredit.agency(null, "Text. Quelle: Reuters"));
    assertEquals("dpa", WireCredit.agency(null, "Text.\ndpa/AFP"));
    assertEquals("KNA", WireCredit.agency(null, "Bonn (KNA) - Die Bischöfe …"));
    assertNull(WireCredit.agency(null, "Der Apparat (DPA-Analyse folgt) ist kein Credit"));
    assertNull(WireCredit.agency(null, "Ein eigener Bericht über AfD und AP-Kurse."));
  }

  @Test
  void shinglesIgnoreCaseAndPunctuation() {
    assertEquals(Shingles.contentHash("Putin reist, nach Nordkorea!"), Shingles.contentHash("putin reist nach  NORDKOREA"));
    assertEquals(2, Shingles.of("a b c d e f", 5).size());
    assertEquals(1.0, Shingles.jaccard(Shingles.of("a b c d e f", 5), Shingles.of("A B C D E F.", 5)));
    assertTrue(Shingles.jaccard(Shingles.of("a b c d e f g", 5), Shingles.of("a b c d e x y", 5)) < 0.5);
  }

  @Test
  void clustersAreConnectedComponentsNamedByTheirSmallestId() {
    Map<String, String> c = Clusters.of(List.of(new String[] {"c", "b"}, new String[] {"d", "c"},
        new String[] {"x", "y"}));
    assertEquals("b", c.get("d"));
    assertEquals("b", c.get("c"));
    assertEquals("x", c.get("y"));
    assertEquals(5, c.size());
  }
}
