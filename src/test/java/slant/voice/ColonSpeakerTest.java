package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.mention;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.flags;
import static slant.voice.VoiceTestDocs.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

class ColonSpeakerTest {

  private static final ColonSpeaker RULE =
      new ColonSpeaker(slant.lang.Rules.bundled().words("de/first-person-words.tsv"));

  /** The view of {@code s}, the sentence after a title ("Titel." at offset 0). */
  private static SentenceView body(Sentence s, Mention... mentions) {
    Sentence title = sentence(0, 0, "Titel/NOUN", "./PUNCT");
    return VoiceContext.of(doc("de", title, s), List.of(mentions)).sentence(s.index());
  }

  @Test
  void anInterviewAnswerAfterTheNameAndColonIsTheSpeakers() {
    // Hofer: Faymann ist kein Staatsfreund. (a later sentence of the interview)
    Sentence s = sentence(1, 7, "Hofer/PROPN", ":/PUNCT", "Faymann/PROPN", "ist/AUX", "kein/DET",
        "Staatsfreund/NOUN", "./PUNCT");
    Attribution a = RULE.find(body(s, mention(s, "auto:hofer", "Hofer", 0, 1, 0, MentionKind.DISCOVERED),
        mention(s, "faymann", "Werner Faymann", 2, 3, 2, MentionKind.NAME)));
    assertEquals("colon", a.rule());
    assertEquals("OOQQQQQ", flags(a.content()), "the name and the colon stay the outlet's");
    assertEquals(new Speaker("auto:hofer", "Hofer"), a.speaker());
    // Hofer: Ich bin überhaupt kein Verschwörungstheoretiker. — the speaker as "ich" is the speaker speaking
    Sentence ich = sentence(1, 7, "Hofer/PROPN", ":/PUNCT", "Ich/PRON", "bin/AUX", "kein/DET",
        "Verschwörungstheoretiker/NOUN", "./PUNCT");
    assertEquals("colon", RULE.find(body(ich, mention(ich, "auto:hofer", "Hofer", 0, 1, 0, MentionKind.DISCOVERED),
        mention(ich, "auto:hofer", "Hofer", 2, 3, 2, MentionKind.PRONOUN))).rule());
  }

  @Test
  void aHeadingThatNamesItsTopicStaysTheOutlets() {
    // the title: "Marco Rubio: US-Außenministerium will wieder Times New Roman nutzen"
    Sentence title = sentence(0, 0, "Marco/PROPN", "Rubio/PROPN", ":/PUNCT", "Ministerium/NOUN", "will/AUX",
        "nutzen/VERB");
    assertNull(RULE.find(view(title, mention(title, "rubio", "Marco Rubio", 0, 2, 1, MentionKind.NAME))));
    // "Friedrich Merz: Der Kanzler hat sich verzockt": the actor described after the colon
    Sentence merz = sentence(1, 7, "Friedrich/PROPN", "Merz/PROPN", ":/PUNCT", "Der/DET", "Kanzler/NOUN", "hat/AUX",
        "sich/PRON", "verzockt/VERB");
    assertNull(RULE.find(body(merz, mention(merz, "merz", "Friedrich Merz", 0, 2, 1, MentionKind.NAME),
        mention(merz, "merz", "Friedrich Merz", 4, 5, 4, MentionKind.ROLE))));
    // "Ghislaine Maxwell: Epsteins Komplizin": no clause, a description
    Sentence noVerb = sentence(1, 7, "Ghislaine/PROPN", "Maxwell/PROPN", ":/PUNCT", "Epsteins/PROPN",
        "Komplizin/NOUN");
    assertNull(RULE.find(body(noVerb, mention(noVerb, "gm", "Ghislaine Maxwell", 0, 2, 1, MentionKind.NAME))));
  }
}
