package slant.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import slant.model.AnnotatedDoc;
import slant.model.Dependency;
import slant.model.DependencyTree;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Re-attaches a person's name set off by a comma after a noun phrase to the noun the name stands for, where the German
 * parser hangs it on the name of a place or organisation inside the phrase: "Der umstrittene Anwärter auf die
 * US-Präsidentschaft, Donald Trump, …" ("Donald" the {@code appos} of "US"), "der Chef der prokurdischen HDP,
 * Selahattin Demirtas", "den langjährigen Sprecher des militärischen Arms der Hamas, Abu Obeida". A person is no
 * apposition of a country or a party; the name stands for the phrase's title noun ("Chef", "Sprecher"), whose title
 * and adjectives then reach the person as they do in "der umstrittene Anwärter Donald Trump".
 *
 * <p>Contract: German documents only. An {@code appos} edge is moved when its dependent is a proper noun tagged as a
 * person right after a comma and its governor a proper noun not tagged as a person, attached by {@code nmod} to a
 * common noun before it. The edge then points to the nearest title noun ({@link TitleLabels#isTitleNoun}) up the
 * chain of nouns joined by {@code nmod} ("Sprecher", not "Arms", in "Sprecher des Arms der Hamas"), or to the first
 * noun when the chain has no title ("Anwärter"). Nothing else changes. Applied to the stored annotation on every
 * analysis (job, explain, rescore, evaluation), so the stored annotation stays the parser's.
 */
public final class AppositionRepair implements Serializable {

  /** How far up a chain of genitives and prepositional attributes the title noun is looked for. */
  private static final int MAX_CHAIN = 4;

  private final List<String> titleEndings;

  /** @param titleEndings the folded heads of title nouns ({@code data/rules/title-endings.tsv}) */
  public AppositionRepair(List<String> titleEndings) {
    this.titleEndings = List.copyOf(titleEndings);
  }

  /** {@code doc} with its misattached appositive names re-attached, or {@code doc} itself when none is found. */
  public AnnotatedDoc apply(AnnotatedDoc doc) {
    return "de".equals(doc.language()) ? doc.withRepairedParses(this::repaired) : doc;
  }

  /** The sentence's edges with its misattached appositives re-attached, or null when it has none. */
  private List<Dependency> repaired(Sentence s) {
    List<Dependency> out = null;
    for (int e = 0; e < s.dependencies().size(); e++) {
      Dependency d = s.dependencies().get(e);
      int noun = namedNoun(s, d);
      if (noun >= 0) {
        if (out == null) {
          out = new ArrayList<>(s.dependencies());
        }
        out.set(e, new Dependency(noun, d.dependent(), d.relation()));
      }
    }
    return out;
  }

  /** The noun a misattached appositive name stands for, or -1 when the edge is not one. */
  private int namedNoun(Sentence s, Dependency d) {
    int name = d.dependent();
    int g = d.governor();
    if (!"appos".equals(d.relation()) || g < 0 || name < 1 || !",".equals(s.token(name - 1).word())
        || !person(s.token(name)) || !"PROPN".equals(s.token(g).pos()) || person(s.token(g))) {
      return -1;
    }
    DependencyTree tree = s.tree();
    int first = -1;
    int at = g;
    for (int i = 0; i < MAX_CHAIN && nmod(tree.relation(at)); i++) {
      int up = tree.head(at);
      if (up < 0 || up > at || !"NOUN".equals(s.token(up).pos())) {
        break;
      }
      if (TitleLabels.isTitleNoun(s.token(up).word(), titleEndings)) {
        return up;
      }
      if (first < 0) {
        first = up;
      }
      at = up;
    }
    return first;
  }

  private static boolean nmod(String relation) {
    return relation != null && (relation.equals("nmod") || relation.startsWith("nmod:"));
  }

  private static boolean person(Token t) {
    return "PROPN".equals(t.pos()) && t.ner() != null && t.ner().startsWith("PER");
  }
}
