package slant.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.stats.FrameCells.FrameUse;
import slant.stats.FrameCells.MentionFrames;

/** The frame-table cells of one actor-period from its mentions' frame cues, without Spark. */
class FrameCellsTest {

  static final FrameUse VILLAIN_OUTLET = new FrameUse("outlet", "villain", "role");
  static final FrameUse VILLAIN_QUOTED = new FrameUse("quoted", "villain", "role");

  /** blatt: three mentions in two articles (one a wire copy), two of them framed as villain; zeitung: one. */
  static final List<MentionFrames> MENTIONS = List.of(
      new MentionFrames("b1", "b1:0", "blatt", "outlet", false, "Wladimir Putin", List.of(VILLAIN_OUTLET, VILLAIN_OUTLET)),
      new MentionFrames("b1", "b1:40", "blatt", "quoted", false, "Putin", List.of(VILLAIN_QUOTED)),
      new MentionFrames("b2", "b2:0", "blatt", "outlet", true, "Wladimir Putin", List.of()),
      new MentionFrames("z1", "z1:0", "zeitung", "outlet", false, "Wladimir Putin", List.of()));

  static String show(FrameCells.Cell c) {
    return c.outlet() + "/" + c.voice() + "/" + c.scope() + "/" + c.frame() + " count " + c.count() + ", framed "
        + c.nMentionsFramed() + " of " + c.nMentions() + " = " + c.share() + ", articles " + c.nArticles() + ", "
        + c.actorName();
  }

  @Test
  void sharesCountMentionsByTheVoiceOfTheCue() {
    assertEquals(List.of(
            "blatt/all/all/villain count 3, framed 2 of 3 = 0.6666666666666666, articles 1, Putin",
            "blatt/outlet/all/villain count 2, framed 1 of 2 = 0.5, articles 1, Wladimir Putin",
            "blatt/quoted/all/villain count 1, framed 1 of 1 = 1.0, articles 1, Putin",
            "blatt/all/own/villain count 3, framed 2 of 2 = 1.0, articles 1, Putin",
            "blatt/outlet/own/villain count 2, framed 1 of 1 = 1.0, articles 1, Wladimir Putin",
            "blatt/quoted/own/villain count 1, framed 1 of 1 = 1.0, articles 1, Putin"),
        FrameCells.cells(MENTIONS).stream().map(FrameCellsTest::show).toList());
  }

  @Test
  void aCueInAVoiceWithoutMentionsCountsItsFramedMentions() {
    // a quoted frame cue toward a mention in the outlet's voice: no quoted mention to divide by
    List<MentionFrames> ms = List.of(
        new MentionFrames("a1", "a1:0", "blatt", "outlet", false, "Putin", List.of(VILLAIN_QUOTED)));
    FrameCells.Cell quoted = FrameCells.cells(ms).stream()
        .filter(c -> c.voice().equals("quoted") && c.scope().equals("all")).findFirst().orElseThrow();
    assertEquals(1, quoted.nMentions());
    assertEquals(1.0, quoted.share());
  }
}
