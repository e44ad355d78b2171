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

  /**
   * Until 2026-12-07 a place the resolver left without a mention was the speaker ("sagte ein Regierungssprecher in
   * Berlin": auto:berlin; "bestätigte der 43-Jährige bei einem Auftritt in London": auto:london).
   */
  @Test
  void aPlaceIsNoSpeaker() {
    Sentence s = sentence(0, 0, "sagte/VERB/-1/root", "ein/DET/2/det", "Regierungssprecher/NOUN/0/nsubj",
        "in/ADP/4/case", "Berlin/PROPN/2/nmod/LOCATION");
    assertEquals(Speaker.UNKNOWN, Speakers.subject(s, List.of(), 0));
    Sentence person = sentence(0, 0, "sagte/VERB/-1/root", "Berger/PROPN/0/nsubj/PERSON", "in/ADP/3/case",
        "Berlin/PROPN/1/nmod/LOCATION");
    assertEquals(new Speaker("auto:berger", "Berger"), Speakers.subject(person, List.of(), 0));
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

  private static Mention typed(Mention m, String type) {
    return new Mention(m.actorId(), m.actorName(), type, m.surface(), m.sentence(), m.startToken(), m.endToken(),
        m.headToken(), m.begin(), m.end(), m.kind(), m.labels());
  }

  /**
   * Until 2026-12-07 the party or country of a speaker's compound title spoke: "US-Justizministerin Pam Bondi
   * sagte" was the USA's, "sagte der CDU-Politiker" (resolved to a person) the CDU's. The person the compound's
   * phrase names now speaks; a name further on in the phrase, or a country right after the compound, does not.
   */
  @Test
  void thePersonACompoundsPhraseNamesSpeaksNotItsParty() {
    Sentence bondi = sentence(0, 0, "US/PROPN", "-/PUNCT", "Justizministerin/NOUN", "Pam/PROPN", "Bondi/PROPN",
        "sagte/VERB");
    Mention us = typed(mention(bondi, "Q30", "USA", 0, 1, 0, MentionKind.COMPOUND), "country");
    Mention pam = mention(bondi, "auto:pam-bondi", "Pam Bondi", 3, 5, 3, MentionKind.DISCOVERED);
    assertEquals(new Speaker("auto:pam-bondi", "Pam Bondi"), Speakers.speaker(bondi, List.of(us, pam), 0, 5, 0));

    Sentence cdu = sentence(0, 0, "sagte/VERB", "der/DET", "CDU/PROPN", "-/PUNCT", "Politiker/NOUN");
    Mention party = typed(mention(cdu, "Q49762", "CDU", 2, 3, 2, MentionKind.COMPOUND), "organisation");
    Mention merz = mention(cdu, "Q1", "Friedrich Merz", 4, 5, 2, MentionKind.ANAPHOR);
    assertEquals(new Speaker("Q1", "Friedrich Merz"), Speakers.speaker(cdu, List.of(party, merz), 1, 5, 2));

    Sentence paper = sentence(0, 0, "die/DET", "SPD/PROPN", "-/PUNCT", "Politikerin/NOUN", "der/DET", "Zeitung/PROPN");
    Mention spd = typed(mention(paper, "Q49768", "SPD", 1, 2, 1, MentionKind.COMPOUND), "organisation");
    Mention zeitung = typed(mention(paper, "auto:zeitung", "Zeitung", 5, 6, 5, MentionKind.DISCOVERED),
        "organisation");
    assertEquals(new Speaker("Q49768", "SPD"), Speakers.speaker(paper, List.of(spd, zeitung), 0, 6, 1),
        "a name further on is no one the compound names");

    Sentence studio = sentence(0, 0, "laut/ADP", "dem/DET", "ARD/PROPN", "-/PUNCT", "Studio/NOUN", "Paris/PROPN");
    Mention ard = typed(mention(studio, "Q1", "ARD", 2, 3, 2, MentionKind.COMPOUND), "organisation");
    // (the resolver may give the place the compound's head: "Paris" hangs under "ARD" as flat)
    Mention paris = typed(mention(studio, "Q142", "Frankreich", 5, 6, 2, MentionKind.METONYM), "country");
    assertEquals(new Speaker("Q1", "ARD"), Speakers.speaker(studio, List.of(ard, paris), 1, 6, 2),
        "a country after the compound is its place");
  }
  /**
   * Until 2026-12-07 the earliest name of a subject phrase spoke, so "Die Sprecherin des Auswärtigen Amtes, Anna
   * Schmidt, sagte" was the ministry's. A mention set off as the apposition of the subject's common noun names who
   * speaks; the genitive says whose.
   */
  @Test
  void theSubjectsAppositionSpeaksNotItsGenitive() {
    Sentence s = sentence(0, 0, "Die/DET/1/det", "Sprecherin/NOUN/9/nsubj", "des/DET/4/det",
        "Auswärtigen/PROPN/4/amod", "Amtes/NOUN/1/nmod/ORGANIZATION", ",/PUNCT/6/punct", "Anna/PROPN/1/appos/PERSON",
        "Schmidt/PROPN/6/flat/PERSON", ",/PUNCT/1/punct", "sagte/VERB/-1/root");
    Mention amt = typed(mention(s, "Q1", "Auswärtiges Amt", 3, 5, 4, MentionKind.NAME), "organisation");
    Mention schmidt = mention(s, "auto:anna-schmidt", "Anna Schmidt", 6, 8, 6, MentionKind.DISCOVERED);
    assertEquals(new Speaker("auto:anna-schmidt", "Anna Schmidt"), Speakers.subject(s, List.of(amt, schmidt), 9));
    assertEquals(new Speaker("Q1", "Auswärtiges Amt"), Speakers.subject(s, List.of(amt), 9),
        "an apposition with no mention names no one");

    // a subject that is a name itself keeps its name: the apposition says what it is
    Sentence named = sentence(0, 0, "Merz/PROPN/3/nsubj/PERSON", ",/PUNCT/2/punct", "Kanzler/NOUN/0/appos",
        "sagte/VERB/-1/root");
    Mention merz = mention(named, "Q1", "Friedrich Merz", 0, 1, 0, MentionKind.PARTIAL_NAME);
    assertEquals(new Speaker("Q1", "Friedrich Merz"), Speakers.subject(named, List.of(merz), 3));
  }
}
