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
 * noun (or a proper noun the tagger gave no entity type: "Lügen/PROPN") that no mention covers or heads. When the
 * noun hangs under the name by {@code flat}, {@code appos}, {@code compound} or {@code nmod}, the noun takes the
 * name's place in the tree (its governor and relation) and the name's dependents outside the mention move to the
 * noun; when the name hangs under the noun by {@code dep}, {@code amod}, {@code flat}, {@code appos} or
 * {@code compound}, only the relation changes. Token indices stay as they are. Applied after mention resolution, on
 * every analysis, so the stored annotation stays the parser's. Since 2026-12-06.
 *
 * <p>A noun followed by another actor's name is not a noun the genitive owns: before a person's name it is that
 * person's title ("Frankreichs Premier Bayrou", "Ungarns Wahlsieger Magyar"); before a place or organisation it names
 * its kind ("Deutschlands Bundesland Bayern"). Where the parser parsed it as usual ("Ungarns/dep Wahlsieger/nsubj
 * Magyar/appos"), and before a place or organisation, the parse stays. Where the parser hung a person's title and
 * name under the genitive as parts of one name ("Frankreichs/nsubj Premier/flat Bayrou/flat"), which made the country
 * the subject of what the person does, the title takes the genitive's place with the name under it, the genitive
 * hangs under the title by {@code dep} as in the usual parse ({@link #TITLE_OWNER}), and the person's mention, whose
 * head the resolver had put on the genitive, has the title as its head (since 2026-12-06). So does a name as the
 * first part of a hyphenated title of another actor ("Trump-Anwalt Giuliani scheiterte": "Trump/nsubj -/punct
 * Anwalt/flat Giuliani/flat"), which had given Trump his lawyer's failure.
 */
public final class GenitiveRepair {

  private GenitiveRepair() {}

  /** The relation a repaired genitive name gets. */
  public static final String POSSESSOR = "nmod:poss";

  /**
   * The relation a genitive name gets under another actor's title ("Frankreichs Premier Bayrou"): the parser's own for
   * that phrase, which the attribution reads as no owner of the title ("Ungarns Wahlsieger Magyar" does not make
   * Hungary the winner).
   */
  public static final String TITLE_OWNER = "dep";

  /** A repair: the noun after the genitive name, and the relation the name gets under it. */
  record Repair(int noun, String nameRelation) {}

  /**
   * A document after the repair, with its mentions: a mention whose head the parser had put on the genitive name
   * ("Bayrou" in "Frankreichs/nsubj Premier/flat Bayrou/flat") has the title that took the name's place as its head.
   */
  public record Repaired(AnnotatedDoc doc, List<Mention> mentions) {}

  /** {@code doc} with its genitive names re-attached; {@code doc} and {@code mentions} themselves when none is. */
  public static Repaired apply(AnnotatedDoc doc, List<Mention> mentions) {
    if (!"de".equals(doc.language())) {
      return new Repaired(doc, mentions);
    }
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<Sentence> sentences = null;
    Map<Mention, Integer> newHeads = new HashMap<>();
    for (Map.Entry<Integer, List<Mention>> e : bySentence.entrySet()) {
      Sentence s = doc.sentences().get(e.getKey());
      if (!s.parsed()) {
        continue;
      }
      List<Dependency> edges = null;
      for (Mention m : e.getValue()) {
        List<Dependency> current = edges == null ? s.dependencies() : edges;
        Repair repair = repairOf(s, current, m, e.getValue());
        if (repair == null) {
          continue;
        }
        List<Dependency> repaired = reattach(current, m, repair);
        if (repaired != null) {
          edges = repaired;
          for (Mention o : e.getValue()) {
            if (o != m && o.headToken() == m.headToken() && !o.covers(m.headToken())) {
              newHeads.put(o, repair.noun());
            }
          }
        }
      }
      if (edges != null) {
        if (sentences == null) {
          sentences = new ArrayList<>(doc.sentences());
        }
        sentences.set(e.getKey(), new Sentence(s.index(), s.begin(), s.end(), s.tokens(), s.entities(), edges, true));
      }
    }
    if (sentences == null) {
      return new Repaired(doc, mentions);
    }
    List<Mention> out = mentions;
    if (!newHeads.isEmpty()) {
      out = new ArrayList<>(mentions.size());
      for (Mention m : mentions) {
        Integer head = newHeads.get(m);
        out.add(head == null ? m : new Mention(m.actorId(), m.actorName(), m.actorType(), m.surface(), m.sentence(),
            m.startToken(), m.endToken(), head, m.begin(), m.end(), m.kind(), m.labels()));
      }
    }
    return new Repaired(new AnnotatedDoc(doc.text(), doc.language(), sentences), out);
  }

  /**
   * The repair a genitive name mention needs: the noun right after it, with the relation the name gets; null when the
   * mention is none, no noun follows, or the noun is another actor's title the parser parsed as usual. A name as the
   * first part of a hyphenated compound is repaired only where the compound is another actor's title.
   */
  static Repair repairOf(Sentence s, List<Dependency> edges, Mention m, List<Mention> sameSentence) {
    if (!m.covers(m.headToken())) {
      // the resolver climbed from the name to a noun it is the apposition of ("das Gold, US-Star Vonn": Gold):
      // the name does not head its phrase, so it cannot hand its place on
      return null;
    }
    int noun;
    boolean compoundPart = false;
    if (m.kind() == MentionKind.COMPOUND) {
      // a name before a hyphen ("Trump-Anwalt Giuliani"): only as another actor's title, below
      noun = m.endToken() + 1;
      compoundPart = noun < s.size() && "-".equals(s.token(m.endToken()).word());
      if (!compoundPart) {
        return null;
      }
    } else if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.PARTIAL_NAME
        || m.kind() == MentionKind.DISCOVERED) {
      noun = m.endToken();
      if (noun >= s.size() || !GermanGenitive.isGenitiveOfName(s.token(m.endToken() - 1).word(), m.actorName())) {
        return null;
      }
    } else {
      return null;
    }
    Token t = s.token(noun);
    if (!t.isCommonNoun() || t.word().isEmpty() || !Character.isUpperCase(t.word().codePointAt(0))) {
      return null;
    }
    Mention titled = null;
    for (Mention o : sameSentence) {
      if (o != m && (o.covers(noun) || o.headToken() == noun)) {
        return null;
      }
      if (o != m && o.startToken() == noun + 1) {
        titled = o;
      }
    }
    if (titled != null && !"person".equals(titled.actorType())) {
      // a noun before the name of a place or organisation names its kind, owned by the first name ("ARD-Studio Kiew",
      // "im US-Bundesstaat Washington"); before a person's name it is the person's title ("US-Star Lindsey Vonn")
      return null;
    }
    if (titled == null) {
      return compoundPart ? null : new Repair(noun, POSSESSOR);
    }
    // another actor's title ("Frankreichs Premier Bayrou"): repaired only where the title and the name were parsed
    // as parts of the genitive's name
    Dependency nounEdge = edgeOf(edges, noun);
    Dependency titledEdge = edgeOf(edges, titled.startToken());
    boolean gluedIntoName = nounEdge != null && titledEdge != null
        && m.covers(nounEdge.governor()) && LOOSE_UNDER_NAME.contains(nounEdge.baseRelation())
        && (m.covers(titledEdge.governor()) || titledEdge.governor() == noun);
    return gluedIntoName ? new Repair(noun, TITLE_OWNER) : null;
  }

  /**
   * The edges with the mention's head re-attached as the possessor of {@code noun}, or null when the parse needs no
   * repair.
   */
  static List<Dependency> reattach(List<Dependency> edges, Mention m, Repair repair) {
    int noun = repair.noun();
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
          out.add(new Dependency(noun, name, repair.nameRelation()));
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
    if (nameEdge.governor() == noun && LOOSE_UNDER_NOUN.contains(nameEdge.baseRelation())
        && repair.nameRelation().equals(POSSESSOR)) {
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
