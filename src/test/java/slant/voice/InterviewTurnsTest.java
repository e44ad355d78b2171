package slant.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slant.testing.FrameTestDocs.doc;
import static slant.testing.FrameTestDocs.next;
import static slant.testing.FrameTestDocs.sentence;
import static slant.voice.VoiceTestDocs.voices;

import java.util.List;
import org.junit.jupiter.api.Test;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;

/**
 * Until 2026-12-06 only the first sentence of an interview answer, after the interviewee's name and colon, was quoted:
 * "Die größten Widersacher der Reformen sind die Oligarchen", the next sentence of Saakaschwili's answer, was the
 * outlet's evaluation. The attributions here are hand-made, as the finder would give them.
 */
class InterviewTurnsTest {

  private static final InterviewTurns TURNS = new InterviewTurns(Rules.bundled().words("de/interviewer-labels.tsv"));
  private static final Speaker SAAKASCHWILI = new Speaker("auto:saakaschwili", "Saakaschwili");

  private static VoiceMap run(AnnotatedDoc d, Attribution... found) {
    VoiceMarks marks = new VoiceMarks(d);
    TURNS.apply(VoiceContext.of(d, List.of()), found, marks);
    return marks.toVoiceMap();
  }

  @Test
  void anAnswerRunsFromTheIntervieweesLabelToTheNextLabel() {
    Sentence lead = sentence(0, 0, "Die/DET", "Ukraine/PROPN", "müsse/AUX", "handeln/VERB");
    Sentence question = sentence(1, next(lead), "STANDARD/PROPN", ":/PUNCT", "Warum/ADV", "zögert/VERB", "sie/PRON",
        "?./PUNCT");
    Sentence answer = sentence(2, next(question), "Saakaschwili/PROPN", ":/PUNCT", "Der/DET", "Krieg/NOUN",
        "bremst/VERB");
    Sentence more = sentence(3, next(answer), "Die/DET", "Oligarchen/NOUN", "sind/AUX", "Widersacher/NOUN");
    Sentence next = sentence(4, next(more), "STANDARD/PROPN", ":/PUNCT", "Und/CCONJ", "Odessa/PROPN", "?/PUNCT");
    Sentence unknown = sentence(5, next(next), "Michail/PROPN", "Saakaschwili/PROPN", ":/PUNCT", "Das/PRON",
        "dauert/VERB");
    Attribution colon = new Attribution("colon", SAAKASCHWILI,
        new boolean[] {false, false, true, true, true});
    VoiceMap vm = run(doc("de", lead, question, answer, more, next, unknown), null, null, colon, null, null, null);
    assertEquals("OOOO", voices(vm, lead), "the lead before the first label is the outlet's");
    assertEquals("OOOOOO", voices(vm, question), "the interviewer's turn is the outlet's");
    assertEquals("OOQQQ", voices(vm, answer), "the label stays the outlet's");
    assertEquals("QQQQ", voices(vm, more));
    assertEquals("interview", vm.rule(3, 0));
    assertEquals("auto:saakaschwili", vm.speakerId(3, 0));
    assertEquals("OOOOO", voices(vm, next), "the next label ends the answer");
    assertEquals("OOOQQ", voices(vm, unknown), "a name and a colon without the finder's attribution open a turn too");
    assertEquals("auto:michail-saakaschwili", vm.speakerId(5, 3));
  }

  /** The question may come after a colon of the interviewer's own ("Losgelöst davon: Wie läuft …?"). */
  @Test
  void theInterviewersQuestionMayFollowAColonOfItsOwn() {
    Sentence label = sentence(0, 0, "tagesschau24/PROPN", ":/PUNCT", "Der/DET", "Vater/NOUN", "redete/VERB");
    Sentence question = sentence(1, next(label), "Losgelöst/ADJ", "davon/ADV", ":/PUNCT", "Wie/ADV", "läuft/VERB",
        "das/PRON", "?/PUNCT");
    Sentence answer = sentence(2, next(question), "Eren/PROPN", "Güvercin/PROPN", ":/PUNCT", "Wir/PRON",
        "sehen/VERB", "das/PRON");
    Sentence more = sentence(3, next(answer), "Sie/PRON", "nutzen/VERB", "Netzwerke/NOUN");
    VoiceMap vm = run(doc("de", label, question, answer, more), null, null, null, null);
    assertEquals("OOOOOOO", voices(vm, question), "the interviewer's");
    assertEquals("OOOQQQ", voices(vm, answer));
    assertEquals("QQQ", voices(vm, more));
  }

  @Test
  void withoutAnInterviewersLabelNameAndColonOpenNoTurn() {
    // a liveblog's quoting heading is one sentence's attribution, not a turn
    Sentence heading = sentence(0, 0, "Wadephul/PROPN", ":/PUNCT", "Keine/DET", "Beteiligung/NOUN", "geplant/VERB");
    Sentence report = sentence(1, next(heading), "Die/DET", "Regierung/NOUN", "tagte/VERB");
    VoiceMap vm = run(doc("de", heading, report), null, null);
    assertEquals("OOOOO", voices(vm, heading), "this step adds nothing to the finder's attribution");
    assertEquals("OOO", voices(vm, report));
    // a ticker's source line has an outlet's label but asks nothing: no interview, and a name and colon after it
    // open no turn
    Sentence source = sentence(0, 0, "tagesthemen/PROPN", ":/PUNCT", "Trump/PROPN", "sagt/VERB", "das/PRON",
        "./PUNCT");
    Sentence quoted = sentence(1, next(source), "Wadephul/PROPN", ":/PUNCT", "Keine/DET", "Hilfe/NOUN",
        "geplant/VERB");
    Sentence after = sentence(2, next(quoted), "Die/DET", "Regierung/NOUN", "tagte/VERB");
    assertEquals("OOO", voices(run(doc("de", source, quoted, after), null, null, null), after));
    // a common noun and a colon are no interviewee's label ("Der Grund: …")
    Sentence question = sentence(0, 0, "STANDARD/PROPN", ":/PUNCT", "Warum/ADV", "?/PUNCT");
    Sentence reason = sentence(1, next(question), "Der/DET", "Grund/NOUN", ":/PUNCT", "Geld/NOUN", "fehlt/VERB");
    assertEquals("OOOOO", voices(run(doc("de", question, reason), null, null), reason));
  }
}
