package slant.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an {@link AnnotatedDoc}.
 *
 * @param index 0-based sentence number in the document
 * @param begin character offset of the first token
 * @param end character offset after the last token
 * @param parsed whether {@code dependencies} holds a parse; unparsed sentences (too long, or skipped because they
 *     mention no actor) have tokens, POS and NER but no edges
 */
public record Sentence(
    int index,
    int begin,
    int end,
    List<Token> tokens,
    List<EntitySpan> entities,
    List<Dependency> dependencies,
    boolean parsed) implements Serializable {

  public Sentence {
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    dependencies = List.copyOf(dependencies);
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The sentence text reconstructed from the document text. */
  public String text(String documentText) {
    return documentText.substring(begin, end);
  }

  /** Head of each token (-1 for the root or when unparsed); index = dependent. */
  public int[] heads() {
    int[] heads = new int[tokens.size()];
    java.util.Arrays.fill(heads, -1);
    for (Dependency d : dependencies) {
      heads[d.dependent()] = d.governor();
    }
    return heads;
  }

  /** Relation of each token to its head ("root" or null when unparsed). */
  public String[] relations() {
    String[] rels = new String[tokens.size()];
    for (Dependency d : dependencies) {
      rels[d.dependent()] = d.relation();
    }
    return rels;
  }

  /** Children of each token, in token order. */
  public List<List<Integer>> children() {
    List<List<Integer>> children = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : dependencies) {
      if (d.governor() >= 0) {
        children.get(d.governor()).add(d.dependent());
      }
    }
    for (List<Integer> c : children) {
      c.sort(null);
    }
    return children;
  }
}
