package slant.voice;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

/**
 * Step of {@link VoiceAttributor} (German): the turns of an interview, rule {@code interview}. A document is an
 * interview when a sentence opens with an interviewer's label ({@code data/rules/de/interviewer-labels.tsv}:
 * "STANDARD: Warum tut sich die Ukraine so schwer …?", "tagesschau24: Können Sie …?") and such a turn asks a question
 * (a ticker's source line, "tagesthemen: US-Präsident Trump sagt …", asks none). An interviewee's turn opens with
 * a label of one to four name words and a colon ("Saakaschwili: Leider verhindert der Krieg sehr viel.", "Johannes
 * Thimm: New York ist …"): what follows the colon, and every sentence after it up to the next label, is the
 * interviewee's answer, quoted with that speaker ("Die größten Widersacher der Reformen sind die Oligarchen" is
 * Saakaschwili's word, not the outlet's). The interviewer's turns and the lead before the first label stay the
 * outlet's. Only tokens no earlier step quoted are marked, so a quotation inside an answer keeps its own speaker.
 *
 * <p>Before 2026-12-06 only the answer's first sentence, after the colon ({@link ColonSpeaker}), was quoted: the rest
 * of each answer was the outlet's voice.
 */
final class InterviewTurns implements VoiceStep {

  private static final int MAX_LABEL_WORDS = 4;

  private final Set<String> interviewerLabels;

  InterviewTurns(Set<String> interviewerLabels) {
    this.interviewerLabels = interviewerLabels;
  }

  /** What a sentence opens with: an interviewer's label, an interviewee's label, or neither. */
  private enum Turn { INTERVIEWER, INTERVIEWEE, NONE }

  @Override
  public void apply(VoiceContext ctx, Attribution[] attributions, VoiceMarks marks) {
    List<Sentence> sentences = ctx.doc().sentences();
    int[] colons = new int[sentences.size()];
    Turn[] turns = new Turn[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      colons[i] = labelColon(s);
      turns[i] = interviewer(s, colons[i]) ? Turn.INTERVIEWER
          : colons[i] >= 0 && intervieweeLabel(s, colons[i], ctx.sentence(s.index()).mentions()) ? Turn.INTERVIEWEE
          : Turn.NONE;
    }
    if (!asksQuestions(sentences, turns)) {
      return;
    }
    Speaker turn = null;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (turns[i] == Turn.INTERVIEWER) {
        turn = null;
        continue;
      }
      int from = 0;
      if (turns[i] == Turn.INTERVIEWEE) {
        Attribution a = attributions[s.index()];
        int start = VoiceTokens.firstWord(s);
        turn = a != null && "colon".equals(a.rule()) ? a.speaker()
            : Speakers.speaker(s, ctx.sentence(s.index()).mentions(), start, colons[i], start);
        from = colons[i] + 1;
      } else if (turn == null) {
        continue;
      }
      for (int t = from; t < s.size(); t++) {
        if (!marks.quoted(s.index(), t)) {
          marks.quote(s.index(), t, turn, "interview");
        }
      }
    }
  }

  /**
   * Whether the document is an interview: an interviewer's turn, from its label to the next label, asks a question.
   * A news ticker's source line ("tagesthemen: US-Präsident Trump sagt …") has the label but asks nothing.
   */
  private static boolean asksQuestions(List<Sentence> sentences, Turn[] turns) {
    boolean interviewerTurn = false;
    for (int i = 0; i < sentences.size(); i++) {
      if (turns[i] == Turn.INTERVIEWER) {
        interviewerTurn = true;
      } else if (turns[i] == Turn.INTERVIEWEE) {
        interviewerTurn = false; // the interviewee's label ends the turn
      }
      if (interviewerTurn && sentences.get(i).tokens().stream().anyMatch(t -> t.word().contains("?"))) {
        return true;
      }
    }
    return false;
  }

  /** The colon after one to {@value #MAX_LABEL_WORDS} words at the sentence's start, with words after it, or -1. */
  private static int labelColon(Sentence s) {
    int start = VoiceTokens.firstWord(s);
    for (int t = start + 1; t <= start + MAX_LABEL_WORDS && t + 1 < s.size(); t++) {
      if (s.token(t).word().equals(":")) {
        return t;
      }
    }
    return -1;
  }

  private boolean interviewer(Sentence s, int colon) {
    if (colon < 0) {
      return false;
    }
    StringBuilder label = new StringBuilder();
    for (int t = VoiceTokens.firstWord(s); t < colon; t++) {
      label.append(label.length() > 0 ? " " : "").append(s.token(t).word().toLowerCase(Locale.ROOT));
    }
    return interviewerLabels.contains(label.toString());
  }

  /**
   * Whether the words before the colon name a person: each a proper noun or NER-tagged, or all inside a mention of a
   * person ("Thimm", "Johannes Thimm", "Michail Saakaschwili"), not an article or common noun ("Der Grund: …").
   */
  private static boolean intervieweeLabel(Sentence s, int colon, List<Mention> mentions) {
    int start = VoiceTokens.firstWord(s);
    for (Mention m : mentions) {
      if (m.startToken() == start && m.endToken() == colon && "person".equals(m.actorType())
          && m.kind() != MentionKind.PRONOUN) {
        return true;
      }
    }
    for (int t = start; t < colon; t++) {
      boolean name = "PROPN".equals(s.token(t).pos()) || !"O".equals(s.token(t).ner());
      if (!name || !Character.isUpperCase(s.token(t).word().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
