package slant.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import slant.lang.GermanGenitive;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Re-attaches a German name in the genitive before a noun ("Putins Lügen", "Chinas Zensur", "Russlands Angriffskrieg",
 * "Spielbergs Welterfolg") as that noun's possessor ({@code nmod:poss}), where the German parser makes the noun a name
 * part of the name ("Putins/nsubj Lügen/flat") or the name a loose dependent of the noun ("Chinas/dep Zensur",
 * "Chinas/amod Zensur"). The noun then relates to the actor as in "die Lügen Putins" (a genitive after its noun,
 * {@code predicate:nmod}), and what is said of the noun is no longer said of the actor ("Putins Lügen sind bekannt"
 * does not call Putin "bekannt").
 *
 * <p>Contract: German documents only; mentions of kind name, partial name or discovered name whose last word is the
 * genitive of the actor's name ({@link GermanGenitive#isGenitiveOfName}), directly followed by a capitalised common
 * noun (or a proper noun the tagger gave no entity type: "Lügen/PROPN") that no mention covers, heads or is followed by
 * (a title of another actor: "Frankreichs Premier Bayrou"). When the noun hangs
 * under the name by {@code flat}, {@code appos}, {@code compound} or {@code nmod}, the noun takes the name's place in
 * the tree (its governor and relation) and the name's dependents outside the mention move to the noun; when the name
 * hangs under the noun by {@code dep}, {@code amod}, {@code flat}, {@code appos} or {@code compound}, only the
 * relation changes. Token indices, and so the mentions, stay as they are. Applied after mention resolution, on every
 * analysis, so the stored annotation stays the parser's. Since 2026-12-06.
 */
public final class GenitiveRepair {

  private GenitiveRepair() {}

  /** The relation a repaired genitive name gets. */
  public static final String POSSESSOR = "nmod:poss";

  /** {@code doc} with its prenominal genitive names re-attached, or {@code doc} itself when none is found. */
  public static AnnotatedDoc apply(AnnotatedDoc doc, List<Mention> mentions) {
    if (!"de".equals(doc.language())) {
      return doc;
    }
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<Sentence> sentences = null;
    for (Map.Entry<Integer, List<Mention>> e : bySentence.entrySet()) {
      Sentence s = doc.sentences().get(e.getKey());
      if (!s.parsed()) {
        continue;
      }
      List<Dependency> edges = null;
      for (Mention m : e.getValue()) {
        int noun = possessedNoun(s, m, e.getValue());
        if (noun < 0) {
          continue;
        }
        List<Dependency> current = edges == null ? s.dependencies() : edges;
        List<Dependency> repaired = reattach(current, m, noun);
        if (repaired != null) {
          edges = repaired;
        }
      }
      if (edges != null) {
        if (sentences == null) {
          sentences = new ArrayList<>(doc.sentences());
        }
        sentences.set(e.getKey(), new Sentence(s.index(), s.begin(), s.end(), s.tokens(), s.entities(), edges, true));
      }
    }
    return sentences == null ? doc : new AnnotatedDoc(doc.text(), doc.language(), sentences);
  }

  /** The noun right after a genitive name mention, or -1 when the mention is none or no noun follows. */
  static int possessedNoun(Sentence s, Mention m, List<Mention> sameSentence) {
    if (m.kind() != MentionKind.NAME && m.kind() != MentionKind.PARTIAL_NAME && m.kind() != MentionKind.DISCOVERED) {
      return -1;
    }
    int noun = m.endToken();
    if (noun >= s.size() || !GermanGenitive.isGenitiveOfName(s.token(m.endToken() - 1).word(), m.actorName())) {
      return -1;
    }
    Token t = s.token(noun);
    if (!t.isCommonNoun() || t.word().isEmpty() || !Character.isUpperCase(t.word().codePointAt(0))) {
      return -1;
    }
    for (Mention o : sameSentence) {
      // not another actor's title ("Frankreichs Premier Bayrou", "Ungarns Wahlsieger Magyar"): the name after it
      // hangs on the tree as the parser made it, and the title is that name's
      if (o != m && (o.covers(noun) || o.headToken() == noun || o.startToken() == noun + 1)) {
        return -1;
      }
    }
    return noun;
  }

  /**
   * The edges with the mention's head re-attached as the possessor of {@code noun}, or null when the parse needs no
   * repair.
   */
  static List<Dependency> reattach(List<Dependency> edges, Mention m, int noun) {
    int name = m.headToken();
    Dependency nameEdge = edgeOf(edges, name);
    Dependency nounEdge = edgeOf(edges, noun);
    if (nameEdge == null || nounEdge == null) {
      return null;
    }
    List<Dependency> out = new ArrayList<>(edges.size());
    if (m.covers(nounEdge.governor()) && LOOSE_UNDER_NAME.contains(nounEdge.baseRelation())) {
      // "Putins/nsubj Lügen/flat": the noun takes the name's place, the name becomes its possessor
      for (Dependency d : edges) {
        if (d.dependent() == noun) {
          out.add(new Dependency(nameEdge.governor(), noun, nameEdge.relation()));
        } else if (d.dependent() == name) {
          out.add(new Dependency(noun, name, POSSESSOR));
        } else if (m.covers(d.governor()) && !m.covers(d.dependent())) {
          // the phrase's other words were the noun's: "Putins Krieg gegen die Ukraine", and a genitive the parser
          // hung on the name before it ("Trumps Drohkulisse stärkt Maduros/nsubj Regime/flat")
          out.add(new Dependency(noun, d.dependent(), d.relation()));
        } else {
          out.add(d);
        }
      }
      return out;
    }
    if (nameEdge.governor() == noun && LOOSE_UNDER_NOUN.contains(nameEdge.baseRelation())) {
      // "Chinas/dep Zensur", "Chinas/amod Zensur": only the relation was wrong
      for (Dependency d : edges) {
        out.add(d.dependent() == name ? new Dependency(noun, name, POSSESSOR) : d);
      }
      return out;
    }
    return null;
  }

  /** The edge that attaches {@code token}, or null when the parse has none. */
  private static Dependency edgeOf(List<Dependency> edges, int token) {
    for (Dependency d : edges) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  private static final java.util.Set<String> LOOSE_UNDER_NAME = java.util.Set.of("flat", "appos", "compound", "nmod");
  private static final java.util.Set<String> LOOSE_UNDER_NOUN = java.util.Set.of("dep", "amod", "flat", "appos",
      "compound");
}
