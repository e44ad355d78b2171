package slant.voice;

import java.util.Locale;
import java.util.Set;
import slant.model.Sentence;

/**
 * Step of {@link VoiceAttributor} (German): direct speech that lost its quotation marks, rule {@code first-person}. In
 * a text without any quotation mark (derStandard's texts in 10kgnad carry none), a speaker's words run on after the
 * sentence that attributes them: "Wir werden das nicht hinnehmen, sagte Kurz. Unsere Geduld ist am Ende." The second
 * sentence is the speaker's, but no rule of its own says so, and its indicative keeps it out of the Konjunktiv chain.
 * After a sentence with an attribution, each following sentence without one that has a first-person pronoun (ich,
 * wir, mein…, unser…, as a pronoun or determiner: {@code de/first-person-words.tsv}) is quoted with the attribution's
 * speaker; a sentence without one ends
 * the run. News speaks of itself in the first person only inside quotations, so such a sentence right after an
 * attribution is that speaker's. A sentence the Konjunktiv chain quoted as a whole carries the run on with its
 * speaker, unknown for an orphan of the chain (since 2026-12-07): in "Eine Aussage ließ sich Faymann nicht entlocken.
 * Man werde das im Jänner entscheiden. Nur so viel: Ich bleibe bei meiner Aussage, dass X ein hervorragender Kandidat
 * wäre" the last sentence is the reported speaker's, as the one before is, not the outlet's. Texts that mark their
 * quotations in the body are left to their marks (quotation marks only in a headline before the dateline do not
 * count: {@link VoiceContext#bodyMarksQuotations}). Only tokens no earlier step quoted are marked. Since 2026-12-06.
 */
final class FirstPersonChain implements VoiceStep {

  private final Set<String> firstPerson;

  /** @param firstPerson the first-person pronouns and determiners, lower case ({@code de/first-person-words.tsv}) */
  FirstPersonChain(Set<String> firstPerson) {
    this.firstPerson = Set.copyOf(firstPerson);
  }

  @Override
  public void apply(VoiceContext ctx, Attribution[] attributions, VoiceMarks marks) {
    if (ctx.bodyMarksQuotations()) {
      return;
    }
    Speaker active = null;
    for (Sentence s : ctx.doc().sentences()) {
      Attribution a = attributions[s.index()];
      Speaker reported = a == null ? marks.wholeSentenceSpeaker(s.index(), "konjunktiv") : null;
      if (a != null) {
        active = a.speaker();
      } else if (reported != null) {
        active = reported;
      } else if (active != null && firstPerson(s)) {
        for (int t = 0; t < s.size(); t++) {
          if (!marks.quoted(s.index(), t)) {
            marks.quote(s.index(), t, active, "first-person");
          }
        }
      } else {
        active = null;
      }
    }
  }

  private boolean firstPerson(Sentence s) {
    for (int t = 0; t < s.size(); t++) {
      String pos = s.token(t).pos();
      if (("PRON".equals(pos) || "DET".equals(pos))
          && firstPerson.contains(s.token(t).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
