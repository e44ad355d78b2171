package slant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.DependencyTree;
import slant.model.Sentence;

/**
 * Re-attaches the separated particle of a German verb that the parser took for a preposition: "Trump heizt den
 * Konflikt um Grönland weiter an - mit KI-generierten Bildern" ("an" the {@code case} of "Bildern"), "Das hänge auch
 * davon ab, wie viele …", "las … aus der Krone vor: …". A preposition comes before its noun, so a particle form
 * ({@link GermanVerbForms#PARTICLES}) standing last in its clause — before a comma, dash, colon, semicolon or the
 * sentence's end — is the particle of the clause's verb; it becomes that verb's {@code compound:prt}, and the verb
 * is then read as the particle verb ("anheizen"), as where the parser attached it itself (so, in most sentences).
 *
 * <p>Contract: German parsed sentences only. Only a token tagged ADP, or ADV for particles that are no free adverb
 * ({@link #ADVERB_PARTICLES}: "zurück", "fest", "los", …; not "weiter", which "sagte weiter," uses as an adverb),
 * not already a {@code compound:prt}. Its verb is the nearest VERB before it in its clause (no clause punctuation in
 * between) that has no particle yet. Nothing else changes. Applied to the stored annotation on every analysis (job,
 * explain, rescore, evaluation), so the stored annotation stays the parser's. Since 2026-12-07.
 *
 * <p>The particles of {@link #CHECKED_PARTICLES} ("schön", "klein", "schlecht", "herunter"), which the tagger reads as
 * adjectives or verbs ("Die Regierung redet die Lage schön", "Trump spielt die Bedeutung herunter"), are re-attached
 * however they are tagged, but only where the joined form is a known particle verb of the caller's ({@code
 * knownVerb}: the verb frames): "Er findet das schön" keeps its verb "findet". Also since 2026-12-07.
 */
public final class SeparatedParticles {

  /** Particle forms that, tagged as adverbs, still stand for a particle only. */
  static final Set<String> ADVERB_PARTICLES = Set.of("zurück", "fest", "los", "fort", "weg", "vorbei", "heraus",
      "hervor", "statt", "teil", "entgegen", "hinzu");

  /**
   * Particle forms that are also adjectives or that the tagger reads as verbs: re-attached whatever their tag, and only
   * where the joined form is a known verb ("schönredet", "herunterspielt").
   */
  static final Set<String> CHECKED_PARTICLES = Set.of("schön", "klein", "schlecht", "herunter", "hinunter");

  /** Punctuation that closes a clause. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "!", "?", "-", "–", "—");

  private SeparatedParticles() {}

  /** {@code doc} with its misattached separated particles re-attached, or {@code doc} itself when none is found. */
  public static AnnotatedDoc apply(AnnotatedDoc doc) {
    return apply(doc, form -> false);
  }

  /**
   * As {@link #apply(AnnotatedDoc)}, also with the {@link #CHECKED_PARTICLES} whose joined form (particle + verb form,
   * lower case: "schönredet") {@code knownVerb} accepts.
   */
  public static AnnotatedDoc apply(AnnotatedDoc doc, Predicate<String> knownVerb) {
    return "de".equals(doc.language()) ? doc.withRepairedParses(s -> repaired(s, knownVerb)) : doc;
  }

  /** The sentence's edges with its separated particles re-attached, or null when none needs it. */
  static List<Dependency> repaired(Sentence s) {
    return repaired(s, form -> false);
  }

  static List<Dependency> repaired(Sentence s, Predicate<String> knownVerb) {
    DependencyTree tree = s.tree();
    List<Dependency> out = null;
    for (int p = 1; p < s.size(); p++) {
      boolean plain = separatedParticle(s, p);
      boolean checked = !plain && checkedParticle(s, p);
      if (!plain && !checked || "compound:prt".equals(tree.relation(p))) {
        continue;
      }
      int verb = clauseVerb(s, p);
      if (verb < 0 || checked && !knownVerb.test(s.token(p).word().toLowerCase(Locale.ROOT)
          + s.token(verb).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(s.dependencies());
      }
      boolean replaced = false;
      for (int e = 0; e < out.size(); e++) {
        if (out.get(e).dependent() == p) {
          out.set(e, new Dependency(verb, p, "compound:prt"));
          replaced = true;
        }
      }
      if (!replaced) {
        out.add(new Dependency(verb, p, "compound:prt"));
      }
    }
    return out;
  }

  /** A particle form, tagged as one may be, last in its clause. */
  private static boolean separatedParticle(Sentence s, int p) {
    String w = s.token(p).word().toLowerCase(Locale.ROOT);
    String pos = s.token(p).pos();
    boolean form = "ADP".equals(pos) && GermanVerbForms.PARTICLES.contains(w)
        || "ADV".equals(pos) && ADVERB_PARTICLES.contains(w);
    return form && lastInClause(s, p);
  }

  /** A form of {@link #CHECKED_PARTICLES}, tagged as an adjective, adverb, verb or preposition, last in its clause. */
  private static boolean checkedParticle(Sentence s, int p) {
    String pos = s.token(p).pos();
    return CHECKED_PARTICLES.contains(s.token(p).word().toLowerCase(Locale.ROOT))
        && ("ADJ".equals(pos) || "ADV".equals(pos) || "VERB".equals(pos) || "ADP".equals(pos)) && lastInClause(s, p);
  }

  private static boolean lastInClause(Sentence s, int p) {
    if (p + 1 == s.size()) {
      return true;
    }
    String next = s.token(p + 1).word();
    // a hyphen glued to the word is a compound's ("An- und Abreise"), not a dash
    boolean glued = s.token(p + 1).begin() == s.token(p).end() && !next.equals(",") && !next.equals(".");
    return CLAUSE_ENDS.contains(next) && !glued;
  }

  /** The nearest VERB before {@code p} in its clause without a particle of its own, or -1. */
  private static int clauseVerb(Sentence s, int p) {
    DependencyTree tree = s.tree();
    for (int i = p - 1; i >= 0; i--) {
      if (CLAUSE_ENDS.contains(s.token(i).word())) {
        return -1;
      }
      if ("VERB".equals(s.token(i).pos())) {
        for (int c : tree.children(i)) {
          if ("compound:prt".equals(tree.relation(c))) {
            return -1;
          }
        }
        return i;
      }
    }
    return -1;
  }
}
