package slant.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import slant.model.AnnotatedDoc;
import slant.model.Sentence;
import slant.testing.Docs;

class SeparatedParticlesTest {

  private static Sentence repaired(String parse) {
    return SeparatedParticles.apply(Docs.doc("de", parse)).sentences().get(0);
  }

  /**
   * Until 2026-12-07 "Trump heizt den Konflikt weiter an - mit Bildern" left "an" the preposition of "Bildern", so
   * "heizt" was no form of "anheizen". A particle form last in its clause is now its verb's particle.
   */
  @Test
  void aParticleLastInItsClauseIsItsVerbsParticle() {
    Sentence s = repaired("Trump/PROPN/2/nsubj heizt/VERB/0/root den/DET/4/det Konflikt/NOUN/2/obj an/ADP/7/case "
        + "-/PUNCT/7/punct Bildern/NOUN/2/obl");
    assertEquals("compound:prt", s.tree().relation(4));
    assertEquals(1, s.tree().head(4));
    // at the sentence's end too, and past an earlier clause's verb only up to the comma
    Sentence end = repaired("Das/PRON/2/nsubj hänge/VERB/0/root davon/ADV/2/obl ab/ADP/3/case ,/PUNCT/7/punct "
        + "wie/ADV/7/advmod viele/PRON/2/ccomp");
    assertEquals("compound:prt", end.tree().relation(3));
    assertEquals(1, end.tree().head(3));
  }

  @Test
  void aFreeAdverbAGluedHyphenOrAVerbWithItsParticleStayAsParsed() {
    AnnotatedDoc said = Docs.doc("de", "Er/PRON/2/nsubj sagte/VERB/0/root weiter/ADV/2/advmod ,/PUNCT/2/punct");
    assertSame(said, SeparatedParticles.apply(said), "'sagte weiter,': an adverb");
    AnnotatedDoc glued = Docs.doc("de", "Er/PRON/2/nsubj plant/VERB/0/root An/ADP/5/case ~-/PUNCT/5/punct "
        + "und/CCONJ/6/cc Abreise/NOUN/2/obj");
    assertSame(glued, SeparatedParticles.apply(glued), "'An- und Abreise': a compound's hyphen");
    AnnotatedDoc hasOne = Docs.doc("de", "Er/PRON/2/nsubj gibt/VERB/0/root auf/ADP/2/compound:prt und/CCONJ/6/cc "
        + "geht/VERB/2/conj heim/ADP/7/case ./PUNCT/2/punct");
    assertEquals("case", SeparatedParticles.apply(hasOne).sentences().get(0).tree().relation(5),
        "'geht' is the nearest verb; it has no particle, but 'heim' is no particle form");
    AnnotatedDoc english = Docs.doc("en", "He/PRON/2/nsubj gave/VERB/0/root up/ADP/2/case ./PUNCT/2/punct");
    assertSame(english, SeparatedParticles.apply(english));
  }

  /**
   * Until 2026-12-07 "Die Regierung redet die Lage schön" and "Trump spielt die Bedeutung herunter" kept the particle
   * an adjective or a verb of its own (the parser's xcomp), so "redet" and "spielt" were no forms of "schönreden" and
   * "herunterspielen". Such particles join their verb where the joined form is a known verb, however tagged.
   */
  @Test
  void anAdjectiveOrVerbParticleJoinsOnlyToAKnownParticleVerb() {
    java.util.function.Predicate<String> known = java.util.Set.of("schönredet", "herunterspielt")::contains;
    Sentence talks = SeparatedParticles.apply(Docs.doc("de", "Die/DET/2/det Regierung/NOUN/3/nsubj redet/VERB/0/root "
        + "die/DET/5/det Lage/NOUN/6/nsubj schön/ADJ/3/xcomp ./PUNCT/3/punct"), known).sentences().get(0);
    assertEquals("compound:prt", talks.tree().relation(5));
    assertEquals(2, talks.tree().head(5));
    Sentence plays = SeparatedParticles.apply(Docs.doc("de", "Trump/PROPN/2/nsubj spielt/VERB/0/root die/DET/4/det "
        + "Bedeutung/NOUN/2/obj herunter/VERB/2/xcomp ./PUNCT/2/punct"), known).sentences().get(0);
    assertEquals("compound:prt", plays.tree().relation(4));
    // not where the joined form is no known verb ("Er findet das schön": "schönfindet"), nor without the predicate
    AnnotatedDoc finds = Docs.doc("de", "Er/PRON/2/nsubj findet/VERB/0/root das/PRON/2/obj schön/ADJ/2/xcomp "
        + "./PUNCT/2/punct");
    assertSame(finds, SeparatedParticles.apply(finds, known));
    AnnotatedDoc talks2 = Docs.doc("de", "Die/DET/2/det Regierung/NOUN/3/nsubj redet/VERB/0/root die/DET/5/det "
        + "Lage/NOUN/6/nsubj schön/ADJ/3/xcomp ./PUNCT/3/punct");
    assertSame(talks2, SeparatedParticles.apply(talks2), "the plain repair joins no checked particle");
  }
}
