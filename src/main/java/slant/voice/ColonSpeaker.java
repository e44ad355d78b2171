package slant.voice;

import java.util.Locale;
import java.util.Set;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;

/**
 * Rule {@code colon} (German): a person's name opening the sentence, then a colon, then a clause — the answer of an
 * interview ("Hofer: Ich bin überhaupt kein Verschwörungstheoretiker.", "Kaiser: Wenn die SPÖ jetzt glaubt, …") or a
 * heading that quotes ("Wadephul: Keine deutsche Beteiligung …"). What follows the colon is the person's; the name
 * and the colon stay the outlet's. Asked first: such a turn may itself contain a verb of saying.
 *
 * <p>Contract: not the document's first sentence, the title, which names its topic before a colon ("Marco Rubio:
 * US-Außenministerium will …"); the sentence starts (after opening quotation marks) with a mention of a person
 * (actor type {@code person}, not a pronoun) whose last token is followed by ":"; after the colon comes a verb or
 * auxiliary, and no mention of the same actor other than a first-person pronoun ("Hofer: Ich bin …"). The last two
 * tell a quote from a heading that names its topic and describes it ("Ghislaine Maxwell: Epsteins Komplizin –
 * plötzlich ein Opfer?", "Friedrich Merz: Der Kanzler hat sich verzockt"), which stays the outlet's.
 */
final class ColonSpeaker implements AttributionRule {

  private final Set<String> firstPerson;

  /** @param firstPerson the first-person pronouns and determiners, lower case ({@code de/first-person-words.tsv}) */
  ColonSpeaker(Set<String> firstPerson) {
    this.firstPerson = Set.copyOf(firstPerson);
  }

  @Override
  public Attribution find(SentenceView view) {
    Sentence s = view.sentence();
    if (s.index() == 0) {
      return null; // a title "Donald Trump: Russland widerspricht …" names its topic (zeit.de's headline style)
    }
    int start = VoiceTokens.firstWord(s);
    Mention speaker = null;
    for (Mention m : view.mentions()) {
      if (m.startToken() == start && "person".equals(m.actorType()) && m.kind() != MentionKind.PRONOUN) {
        speaker = m;
        break;
      }
    }
    int colon = speaker == null ? -1 : speaker.endToken();
    if (colon < 0 || colon + 1 >= s.size() || !s.token(colon).word().equals(":")) {
      return null;
    }
    boolean verb = false;
    for (int t = colon + 1; t < s.size(); t++) {
      String pos = s.token(t).pos();
      verb |= "VERB".equals(pos) || "AUX".equals(pos);
    }
    for (Mention m : view.mentions()) {
      if (m.startToken() > colon && m.actorId().equals(speaker.actorId()) && !firstPerson(m)) {
        return null; // the heading's topic, described after the colon ("Merz: Der Kanzler hat sich verzockt")
      }
    }
    if (!verb) {
      return null;
    }
    boolean[] content = new boolean[s.size()];
    for (int t = colon + 1; t < s.size(); t++) {
      content[t] = true;
    }
    return new Attribution("colon", new Speaker(speaker.actorId(), speaker.surface()), content);
  }

  /** Whether the mention is a first-person pronoun: the speaker speaking ("Hofer: Ich bin …"). */
  private boolean firstPerson(Mention m) {
    return m.kind() == MentionKind.PRONOUN && firstPerson.contains(m.surface().toLowerCase(Locale.ROOT));
  }
}
