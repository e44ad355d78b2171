package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slant.testing.FrameTestDocs.mention;
import static slant.testing.FrameTestDocs.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

class SpeakersTest {

  @Test
  void theMentionCoveringTheNameWinsAndDemonymsNeverSpeak() {
    Sentence s = sentence(0, 0, "der/DET", "russische/ADJ", "Sprecher/NOUN", "Peskow/PROPN");
    Mention russian = mention(s, "Q159", "Russland", 1, 2, 1, MentionKind.DEMONYM);
    Mention peskow = mention(s, "Q4374183", "Dmitri Peskow", 3, 4, 3, MentionKind.PARTIAL_NAME);
    assertEquals(new Speaker("Q4374183", "Dmitri Peskow"), Speakers.speaker(s, List.of(russian, peskow), 0, 4, 3));
    Mention office = mention(s, "Q1", "Kreml", 2, 3, 2, MentionKind.METONYM);
    assertEquals(new Speaker("Q1", "Kreml"), Speakers.speaker(s, List.of(peskow, office), 0, 4, -1),
        "without a name the earliest mention");
    assertEquals(new Speaker("Q4374183", "Dmitri Peskow"), Speakers.speaker(s, List.of(office, peskow), 0, 4, 3));
  }

  @Test
  void anUnlistedNameBecomesAnAutoSlug() {
    Sentence s = sentence(0, 0, "Hans/PROPN", "-/PUNCT", "Peter/PROPN", "Müller/PROPN", "sagte/VERB");
    assertEquals(new Speaker("auto:hans-peter-muller", "Hans-Peter Müller"), Speakers.speaker(s, List.of(), 0, 4, 0));
    assertEquals(Speaker.UNKNOWN, Speakers.speaker(s, List.of(), 0, 4, -1));
    Sentence expert = sentence(0, 0, "ein/DET", "Experte/NOUN", "sagte/VERB");
    assertEquals(Speaker.UNKNOWN, Speakers.speaker(expert, List.of(), 0, 2, Speakers.firstName(expert, 0, 2)));
  }

  @Test
  void theSubjectOfAVerbOfSaying() {
    Sentence parsed = sentence(0, 0, "Die/DET/1/det", "Ministerin/NOUN/2/nsubj", "sagte/VERB/-1/root",
        "Baerbock/PROPN/2/obj");
    assertEquals(Speaker.UNKNOWN, Speakers.subject(parsed, List.of(), 2), "the nsubj phrase holds no name");
    Sentence unparsed = sentence(0, 0, "Gestern/ADV", "sagte/VERB", "Baerbock/PROPN", "das/PRON");
    assertEquals(new Speaker("auto:baerbock", "Baerbock"), Speakers.subject(unparsed, List.of(), 1),
        "no name before the verb: the one right after it");
    Sentence before = sentence(0, 0, ",/PUNCT", "Olaf/PROPN", "Scholz/PROPN", "sagte/VERB");
    assertEquals(new Speaker("auto:scholz", "Scholz"), Speakers.subject(before, List.of(), 3),
        "the last name before the verb");
  }
}
