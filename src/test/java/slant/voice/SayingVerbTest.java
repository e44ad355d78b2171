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
import slant.lang.Rules;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

class SayingVerbTest {

  private static final SayingVerb DE = new SayingVerb("de", new SayVerbs("de", Rules.bundled()),
      new MoodDetector(Rules.bundled()));
  private static final SayingVerb EN = new SayingVerb("en", new SayVerbs("en", Rules.bundled()),
      new MoodDetector(Rules.bundled()));

  @Test
  void matrixVerbWithAParsedComplement() {
    Sentence s = sentence(0, 0, "Brown/PROPN/1/nsubj", "glaubt/VERB/-1/root", "nicht/PART/1/advmod",
        ",/PUNCT/6/punct", "dass/SCONJ/6/mark", "Putin/PROPN/6/nsubj", "angreift/VERB/1/ccomp", "./PUNCT/1/punct");
    Mention brown = mention(s, "auto:james-brown", "James Brown", 0, 1, 0, MentionKind.PARTIAL_NAME);
    Attribution a = DE.find(view(s, brown));
    assertEquals("verb:glaubt", a.rule());
    assertEquals("OOOOQQQO", flags(a.content()), "the ccomp subtree without its leading comma");
    assertEquals(new Speaker("auto:james-brown", "James Brown"), a.speaker());
  }

  @Test
  void matrixVerbUnparsedNeedsAContentClause() {
    Sentence colon = sentence(0, 0, "Merz/PROPN", "schrieb/VERB", ":/PUNCT", "Genug/ADV", "./PUNCT");
    Attribution a = DE.find(view(colon));
    assertEquals("OOOQO", flags(a.content()));
    assertEquals(new Speaker("auto:merz", "Merz"), a.speaker());
    Sentence konj = sentence(0, 0, "Merz/PROPN", "betonte/VERB", ",/PUNCT", "er/PRON", "bleibe/VERB", "./PUNCT");
    assertEquals("OOOQQO", flags(DE.find(view(konj)).content()), "a Konjunktiv I opens the clause");
    Sentence relative = sentence(0, 0, "Merz/PROPN", "warnte/VERB", ",/PUNCT", "bevor/SCONJ", "er/PRON",
        "ging/VERB", "./PUNCT");
    assertNull(DE.find(view(relative)), "no content clause after the comma");
  }

  @Test
  void parentheticalVerbAfterAQuotation() {
    Sentence s = sentence(0, 0, "„/PUNCT", "Nie/ADV", "“/PUNCT", "sagte/VERB", "Merz/PROPN", "./PUNCT");
    Attribution a = DE.find(view(s));
    // content is what precedes the last word before the closing quote: that word and the quote marks are left to
    // QuotationVoices, which quotes them with this attribution's speaker
    assertEquals("QOOOOO", flags(a.content()));
    assertEquals(new Speaker("auto:merz", "Merz"), a.speaker());
  }

  /**
   * Until 2026-12-07 a parenthetical verb's speaker was the first name after the comma, so "…, schrieb er auf der
   * Onlineplattform X" had the platform as speaker and "…, sagte er dem Sender Fox News" the broadcaster. A personal
   * pronoun right after the verb is its subject: its mention speaks, or no one known.
   */
  @Test
  void aPronounAfterTheParentheticalVerbIsItsSubject() {
    Sentence s = sentence(0, 0, "Es/PRON", "reicht/VERB", ",/PUNCT", "schrieb/VERB", "er/PRON", "auf/ADP",
        "der/DET", "Plattform/NOUN", "X/PROPN", "./PUNCT");
    assertEquals(Speaker.UNKNOWN, DE.find(view(s)).speaker(), "an unresolved pronoun: not the platform");
    Mention er = mention(s, "Q7747", "Wladimir Putin", 4, 5, 4, MentionKind.PRONOUN);
    assertEquals(new Speaker("Q7747", "Wladimir Putin"), DE.find(view(s, er)).speaker());
  }

  @Test
  void parentheticalVerbAfterAComma() {
    Sentence s = sentence(0, 0, "Es/PRON", "reicht/VERB", ",/PUNCT", "teilte/VERB", "der/DET", "Kreml/PROPN",
        "mit/ADP", "./PUNCT");
    Attribution a = DE.find(view(s));
    assertEquals("verb:teilte", a.rule());
    assertEquals("QQOOOOOO", flags(a.content()));
    assertEquals(new Speaker("auto:kreml", "Kreml"), a.speaker());
  }

  /**
   * Until 2026-12-06 a parenthetical verb's words ended at its comma, so a content clause after the verb was the
   * outlet's ("Befragt, sagte Trump, Russland wolle den Erfolg der Ukraine": the Ukraine's success was narrated).
   */
  @Test
  void parentheticalVerbWithAContentClauseAfterIt() {
    Sentence s = sentence(0, 0, "Befragt/VERB", ",/PUNCT", "sagte/VERB", "Trump/PROPN", ",/PUNCT", "Russland/PROPN",
        "wolle/AUX", "den/DET", "Erfolg/NOUN", "./PUNCT");
    Attribution a = DE.find(view(s));
    assertEquals("verb:sagte", a.rule());
    assertEquals("QOOOOQQQQO", flags(a.content()));
    assertEquals(new Speaker("auto:trump", "Trump"), a.speaker());
    // without a content clause after the verb, the words before the comma alone
    Sentence alone = sentence(0, 0, "Es/PRON", "reicht/VERB", ",/PUNCT", "sagte/VERB", "Trump/PROPN", ",/PUNCT",
        "bevor/SCONJ", "er/PRON", "ging/VERB", "./PUNCT");
    assertEquals("QQOOOOOOOO", flags(DE.find(view(alone)).content()));
  }

  @Test
  void verbsInsideQuotationsAreSkipped() {
    Sentence s = sentence(0, 0, "Er/PRON", "nannte/VERB", "es/PRON", "„/PUNCT", "sagte/VERB", ",/PUNCT",
        "dass/SCONJ", "“/PUNCT", "./PUNCT");
    assertNull(DE.find(view(s)));
  }

  @Test
  void englishSaidThat() {
    Sentence s = sentence(0, 0, "Biden/PROPN", "said/VERB", "that/SCONJ", "it/PRON", "ended/VERB", "./PUNCT");
    Attribution a = EN.find(VoiceContext.of(doc("en", s), List.of()).sentence(0));
    assertEquals("verb:said", a.rule());
    assertEquals("OOOQQO", flags(a.content()));
    assertEquals(new Speaker("auto:biden", "Biden"), a.speaker());
  }
  /**
   * Until 2026-12-07 the comma closing a subject's apposition right before the verb was read as the end of reported
   * words: "Der Gouverneur des Bundesstaates Minnesota, Tim Walz, schrieb auf der Plattform X, er habe …" quoted the
   * subject phrase with the platform as its speaker. The apposition is the speaker, whose words follow.
   */
  @Test
  void aCommaClosingTheSubjectsAppositionIsNoParentheticalVerb() {
    Sentence s = sentence(0, 0, "Der/DET/1/det", "Gouverneur/NOUN/9/nsubj", "des/DET/3/det",
        "Bundesstaates/NOUN/1/nmod/ORGANIZATION", "Minnesota/PROPN/3/appos/ORGANIZATION", ",/PUNCT/6/punct",
        "Tim/PROPN/3/appos/PERSON", "Walz/PROPN/6/flat/PERSON", ",/PUNCT/1/punct", "schrieb/VERB/-1/root",
        "auf/ADP/12/case", "der/DET/12/det", "Plattform/NOUN/9/obl", "X/PROPN/12/appos", ",/PUNCT/16/punct",
        "er/PRON/16/nsubj", "habe/AUX/9/ccomp", "./PUNCT/9/punct");
    Mention state = mention(s, "auto:bundesstaates-minnesota", "Bundesstaates Minnesota", 3, 5, 3,
        MentionKind.NAME);
    Mention walz = mention(s, "auto:tim-walz", "Tim Walz", 6, 8, 6, MentionKind.NAME);
    Attribution a = DE.find(view(s, state, walz));
    assertEquals("verb:schrieb", a.rule());
    assertEquals("OOOOOOOOOOOOOOOQQO", flags(a.content()), "the ccomp, not the subject phrase");
    assertEquals(new Speaker("auto:tim-walz", "Tim Walz"), a.speaker(), "the apposition, not the genitive");

    // a clause before the comma is reported words, even when the parser makes part of it the verb's subject
    Sentence clause = sentence(0, 0, "Grund/NOUN/5/nsubj", "seien/AUX/0/cop", "die/DET/3/det", "Käufe/NOUN/0/appos",
        ",/PUNCT/0/punct", "erklärte/VERB/-1/root", "das/DET/7/det", "Haus/PROPN/5/obj", "./PUNCT/5/punct");
    Attribution reported = DE.find(view(clause));
    assertEquals("QQQQOOOOO", flags(reported.content()));
    assertEquals(new Speaker("auto:haus", "Haus"), reported.speaker());
  }
}
