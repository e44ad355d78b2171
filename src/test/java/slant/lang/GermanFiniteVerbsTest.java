package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slant.testing.Docs;

class GermanFiniteVerbsTest {

  private static final GermanFiniteVerbs VERBS = GermanFiniteVerbs.bundled();

  /** The word the finder takes for the verb of a tagged sentence ("word/POS" tokens), or "-". */
  private static String verb(String tagged) {
    var s = Docs.doc("de", tagged).sentences().get(0);
    int i = VERBS.misreadVerb(s.tokens());
    return i < 0 ? "-" : s.token(i).word();
  }

  /**
   * Until 2026-12-07 (annotation format 9) a headline's finite verb that the tagger read as an adjective stayed one:
   * "Selenskyj entlässt Vize-Präsidialamtschefin" had no verb, no subject and no object.
   */
  @Test
  void aVerblessSentencesFiniteVerbTaggedAsAdjectiveIsFound() {
    assertEquals("entlässt", verb("Selenskyj/PROPN entlässt/ADJ Vize/NOUN -/PUNCT Präsidialamtschefin/NOUN"));
    assertEquals("erwägt", verb("Auch/ADV Putin/PROPN erwägt/ADJ Wiederaufnahme/NOUN von/ADP Atomtests/NOUN"));
    assertEquals("übersteht", verb("Frankreichs/PROPN Regierung/NOUN übersteht/ADJ Misstrauensvoten/NOUN"));
    assertEquals("beleidigte", verb("Putin/PROPN beleidigte/ADJ Selenskyj/PROPN ./PUNCT"));
    // a separable verb's form only with its particle later in the sentence
    assertEquals("schränkt", verb("Ukraine/PROPN schränkt/ADJ Stromversorgung/NOUN massiv/ADJ ein/ADP"));
    assertEquals("-", verb("Ukraine/PROPN schränkt/ADJ Stromversorgung/NOUN massiv/ADJ"));
  }

  /**
   * Until 2026-12-07 a modal's infinitive read as an adjective stayed one: "In Narva könnte Putin die Nato überfallen"
   * made "überfallen" an attribute of the NATO, the attacker.
   */
  @Test
  void aModalsInfinitiveTaggedAsAdjectiveAtItsClausesEndIsFound() {
    assertEquals("überfallen", verb("In/ADP Narva/PROPN könnte/AUX Putin/PROPN die/DET Nato/PROPN überfallen/ADJ "
        + "–/PUNCT manche/DET hoffen/VERB darauf/ADV"));
    assertEquals("unternehmen", verb("Lecornu/PROPN soll/AUX letzten/ADJ Versuch/NOUN unternehmen/ADJ"));
    // a copula's adjective, a participle, and an infinitive with a verb of its own clause before it are left
    assertEquals("-", verb("Auch/ADV die/DET Nato/PROPN ist/AUX betroffen/ADJ ./PUNCT"));
    assertEquals("-", verb("Die/DET Region/NOUN könnte/AUX vom/ADP Hochwasser/NOUN betroffen/ADJ sein/AUX"));
    assertEquals("-", verb("Putin/PROPN will/AUX ,/PUNCT dass/SCONJ die/DET Nato/PROPN überfallen/ADJ ./PUNCT"));
  }

  @Test
  void participlesAdjectivesAndSentencesWithAVerbAreLeft() {
    // a sentence with a verb: the tagger found it
    assertEquals("-", verb("Putin/PROPN beleidigte/VERB Selenskyj/PROPN ./PUNCT"));
    assertEquals("-", verb("Russland/PROPN verstärkt/ADJ seine/PRON Provokationen/NOUN ,/PUNCT meint/VERB "
        + "Masala/PROPN"));
    // a headline's last word ("verhaftet" is also the participle), a word before a preposition
    assertEquals("-", verb("Regimekritiker/NOUN in/ADP Moskau/PROPN verhaftet/ADJ"));
    assertEquals("-", verb("Scholz/PROPN enttäuscht/ADJ von/ADP Merz/PROPN"));
    // after an agent preposition the word is a participle: "die von Merz gestaltete Reform"
    assertEquals("-", verb("Die/DET von/ADP Merz/PROPN gestaltete/ADJ Reform/NOUN"));
    // no verb's form, or not after a noun
    assertEquals("-", verb("Selenskyjs/PROPN ernüchternde/ADJ Botschaft/NOUN an/ADP die/DET Welt/NOUN"));
    assertEquals("-", verb("Klarer/ADJ Sieg/NOUN für/ADP Japans/PROPN neue/ADJ Regierungschefin/NOUN"));
  }
}
