package slant.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import slant.stats.PeriodCells.ArticleValue;
import slant.stats.PeriodCells.Cell;

/** The cells of one actor-period from its article values (what the period tables hold), without Spark. */
class PeriodCellsTest {

  static final PeriodCells.Params P = new PeriodCells.Params(200, 7L, 0.1, 0.5, 2.0, 2);

  static ArticleValue v(String id, String outlet, String voice, boolean wire, double evidence, double tone,
      String... labels) {
    return new ArticleValue(id, outlet, voice, wire, "Wladimir Putin", "person", 2, evidence, tone, List.of(labels));
  }

  /** blatt: two articles (one wire copy), zeitung: one; voices outlet and all. */
  static final List<ArticleValue> VALUES = List.of(
      v("b1", "blatt", "all", false, -1.0, -0.5, "Präsident", "Kremlchef"),
      v("b1", "blatt", "outlet", false, -1.0, -0.5, "Präsident"),
      v("b2", "blatt", "all", true, 0.2, 0.0, "Präsident"),
      v("z1", "zeitung", "all", false, 1.2, 0.5, "Machthaber"));

  static final Map<String, Long> TOTALS = Map.of("blatt|all", 4L, "blatt|own", 3L, "zeitung|all", 2L,
      "zeitung|own", 2L);

  static List<Cell> cells() {
    return PeriodCells.cells("Q7747", "2024-06-17", VALUES, P, (o, s) -> TOTALS.get(o + "|" + s));
  }

  static Cell cell(String outlet, String voice, String scope) {
    return cells().stream().filter(c -> c.outlet().equals(outlet) && c.voice().equals(voice)
        && c.scope().equals(scope)).findFirst().orElseThrow();
  }

  @Test
  void oneCellPerScopeVoiceAndOutlet() {
    assertEquals(List.of("blatt/all/all", "zeitung/all/all", "blatt/outlet/all", "blatt/all/own", "zeitung/all/own",
            "blatt/outlet/own"),
        cells().stream().map(c -> c.outlet() + "/" + c.voice() + "/" + c.scope()).toList());
  }

  @Test
  void countsSharesAndLabels() {
    Cell c = cell("blatt", "all", "all");
    assertEquals(2, c.nArticles());
    assertEquals(4, c.nMentions());
    assertEquals(0.5, c.shareNegative(), "evidence −1.0 ≤ −0.5");
    assertEquals(0.5, c.shareNeutral(), "0.2 is below 2 × 0.5");
    assertEquals(0.0, c.sharePositive());
    assertEquals(StrictMath.log(0.5 / 1.5), c.logitScale());
    assertEquals(-0.25, c.toneMean());
    assertEquals(0.5, c.toneShareNegative());
    assertEquals(List.of("Präsident", "Kremlchef"), c.topLabels(), "by count, then alphabetically");
    assertEquals(4L, c.nOutletArticles());
    assertEquals(0.5, c.attentionShare());
    assertEquals(false, c.lowN());
    assertEquals(1.0, cell("zeitung", "all", "all").sharePositive(), "1.2 ≥ 2 × 0.5");
    assertEquals(true, cell("zeitung", "all", "all").lowN());
  }

  @Test
  void ownContentLeavesOutWireCopy() {
    Cell c = cell("blatt", "all", "own");
    assertEquals(1, c.nArticles());
    assertEquals(3L, c.nOutletArticles());
    assertEquals(1.0 / 3, c.attentionShare());
  }

  @Test
  void intervalsUseTheCellsSeedKeys() {
    Cell c = cell("blatt", "all", "all");
    double[] mine = {Math.tanh(-1.0), Math.tanh(0.2)};
    Bootstrap.Interval ci = Bootstrap.meanCi(mine, 200, Bootstrap.cellSeed(7L, "blatt|Q7747|2024-06-17|all|all"));
    assertEquals(ci.estimate(), c.stats().mean());
    assertEquals(ci.low(), c.stats().ciLow());
    assertEquals(ci.high(), c.stats().ciHigh());
    Bootstrap.Interval slant = Bootstrap.differenceCi(mine, new double[] {Math.tanh(1.2)}, 200,
        Bootstrap.cellSeed(7L, "blatt|Q7747|2024-06-17|all|all|slant"));
    assertEquals(slant.estimate(), c.slant());
    assertEquals(slant.low(), c.slantCiLow());
    assertEquals(slant.high(), c.slantCiHigh());
    assertEquals(1, c.nOtherArticles());
  }

  @Test
  void noSlantWithoutAnotherOutlet() {
    Cell c = cell("blatt", "outlet", "all");
    assertNull(c.slant());
    assertNull(c.slantCiLow());
    assertEquals(0, c.nOtherArticles());
    assertEquals(0.5, c.attentionShare(), "attention counts the articles naming the actor in any voice");
  }

  @Test
  void aDiscoveredActorTypedTwoWaysGetsOneCellWithTheFirstType() {
    List<ArticleValue> mixed = List.of(
        new ArticleValue("a1", "blatt", "all", false, "Magyar", "person", 1, 0, 0, List.of()),
        new ArticleValue("a2", "blatt", "all", false, "Magyar", "organisation", 1, 0, 0, List.of()));
    List<Cell> cells = PeriodCells.cells("auto:magyar", "2024-06-17", mixed, P, (o, s) -> 2L);
    assertEquals(2, cells.size(), "scope all and own");
    assertEquals("organisation", cells.get(0).actorType());
    assertEquals(2, cells.get(0).nArticles());
  }
}
