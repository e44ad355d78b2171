package slant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import slant.model.Dependency;
import slant.model.DependencyTree;
import slant.model.Token;

/**
 * Repairs the roles CoreNLP's German parser gives two proper nouns in a clause in the perfect: "Russland hat die
 * Ukraine angegriffen", "Die USA haben Iran angegriffen", "China hat Taiwan bedroht", "Trump hat Harris besiegt" came
 * out with the first name as the object and the second as the subject (or as two subjects, or as an {@code obl:arg}
 * and a passive subject), so the attacker was read as the attacked. When neither name's article marks its case,
 * German reads the first as the subject (a fronted object is marked: "Den Iran hat Israel angegriffen"), and so do
 * news reports; the repair gives the first name {@code nsubj} and the second {@code obj}.
 *
 * <p>Only a participle under a perfect auxiliary ({@code perfect-auxiliaries.tsv}) and no passive auxiliary, whose
 * nominal arguments without a preposition are exactly two proper nouns ("Die Bundesregierung hat Israel kritisiert",
 * with a common noun, and "Diese Forderung hat die SPD abgelehnt", a fronted object, keep the parser's roles). Not
 * when the first name's article is never nominative ({@code de/oblique-articles.tsv}: "Den Iran hat Israel
 * angegriffen") or the second's is never accusative ({@code de/non-accusative-articles.tsv}: "Israel hat der Iran
 * angegriffen"), nor when the second name follows the first's phrase without an article (a title before a name the
 * tokenizer split, "NATO-Generalsekretär Rutte"). German only; since annotation format 9 (2026-12-07).
 */
public final class GermanArgumentOrder {

  /** The nominal arguments a verb's two names may have been given. */
  private static final Set<String> ARGUMENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obj", "obl:arg");

  private final Set<String> perfectAuxiliaries;
  private final Set<String> obliqueArticles;
  private final Set<String> nonAccusativeArticles;

  public GermanArgumentOrder(Set<String> perfectAuxiliaries, Set<String> obliqueArticles,
      Set<String> nonAccusativeArticles) {
    this.perfectAuxiliaries = Set.copyOf(perfectAuxiliaries);
    this.obliqueArticles = Set.copyOf(obliqueArticles);
    this.nonAccusativeArticles = Set.copyOf(nonAccusativeArticles);
  }

  /** The repair with the bundled word lists. */
  public static GermanArgumentOrder bundled() {
    Rules rules = Rules.bundled();
    return new GermanArgumentOrder(rules.words("perfect-auxiliaries.tsv"), rules.words("de/oblique-articles.tsv"),
        rules.words("de/non-accusative-articles.tsv"));
  }

  /** The sentence's dependencies with the roles of such clauses' two names repaired; the same list if none is. */
  public List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
    DependencyTree tree = new DependencyTree(tokens.size(), dependencies);
    String[] relation = new String[tokens.size()];
    boolean changed = false;
    for (int verb = 0; verb < tokens.size(); verb++) {
      List<Integer> names = names(tokens, tree, verb);
      if (names.size() != 2) {
        continue;
      }
      int first = names.get(0);
      int second = names.get(1);
      if (obliqueArticles.contains(article(tokens, tree, first))
          || nonAccusativeArticles.contains(article(tokens, tree, second))
          || titleBeforeName(tree, first, second)) {
        continue;
      }
      if (!"nsubj".equals(tree.relation(first)) || !"obj".equals(tree.relation(second))) {
        relation[first] = "nsubj";
        relation[second] = "obj";
        changed = true;
      }
    }
    if (!changed) {
      return dependencies;
    }
    List<Dependency> out = new ArrayList<>(dependencies.size());
    for (Dependency d : dependencies) {
      String r = d.dependent() < relation.length ? relation[d.dependent()] : null;
      out.add(r == null ? d : new Dependency(d.governor(), d.dependent(), r));
    }
    return out;
  }

  /**
   * The verb's nominal arguments, in order, when the verb is a participle under a perfect auxiliary without a
   * passive one and its arguments without a preposition are all proper nouns; else an empty list.
   */
  private List<Integer> names(List<Token> tokens, DependencyTree tree, int verb) {
    boolean perfect = false;
    List<Integer> names = new ArrayList<>(2);
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ("aux:pass".equals(rel)) {
        return List.of();
      }
      if ("aux".equals(rel) && perfectAuxiliaries.contains(tokens.get(c).word().toLowerCase(Locale.ROOT))) {
        perfect = true;
      }
      if (ARGUMENT_RELATIONS.contains(rel) && !hasCase(tree, c)) {
        if (!"PROPN".equals(tokens.get(c).pos())) {
          return List.of();
        }
        names.add(c);
      }
    }
    return perfect ? names : List.of();
  }

  /**
   * Whether the second name follows the first's phrase with nothing between and no article of its own: a title
   * before a name the tokenizer split at a hyphen, "NATO - Generalsekretär/flat Rutte" (one phrase the parser took
   * for two arguments), not "Russland die Ukraine".
   */
  private static boolean titleBeforeName(DependencyTree tree, int first, int second) {
    int[] phrase = tree.subtree(first); // in token order
    return phrase[phrase.length - 1] + 1 == second && tree.subtree(second)[0] == second;
  }

  private static boolean hasCase(DependencyTree tree, int token) {
    for (int c : tree.children(token)) {
      if ("case".equals(tree.relation(c))) {
        return true;
      }
    }
    return false;
  }

  /** The token's article (its {@code det} dependent before it), lower case; "" if none. */
  private static String article(List<Token> tokens, DependencyTree tree, int token) {
    for (int c : tree.children(token)) {
      if (c < token && "det".equals(tree.relation(c))) {
        return tokens.get(c).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
