package slant.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * One sentence of an {@link AnnotatedDoc}. Immutable, with value equality over its seven components, like a record.
 *
 * <p>A final class rather than a record so that it can hold its {@link DependencyTree}, built once in the
 * constructor: the scorers walk the tree many times per mention. The tree is derived from {@code tokens} and
 * {@code dependencies}, so it takes no part in equality and is not serialised: it is {@code transient} (JSON, see
 * {@code eval.AnnotatedDocJson}, writes the seven components as fields and reads them back through the
 * constructor) and Java deserialisation (Spark shipping a document) goes through the constructor again
 * ({@link #readResolve}).
 */
public final class Sentence implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  private final int index;
  private final int begin;
  private final int end;
  private final List<Token> tokens;
  private final List<EntitySpan> entities;
  private final List<Dependency> dependencies;
  private final boolean parsed;
  private final transient DependencyTree tree;

  /**
   * @param index 0-based sentence number in the document
   * @param begin character offset of the first token
   * @param end character offset after the last token
   * @param parsed whether {@code dependencies} holds a parse; unparsed sentences (too long, or skipped because they
   *     mention no actor) have tokens, POS and NER but no edges
   */
  public Sentence(int index, int begin, int end, List<Token> tokens, List<EntitySpan> entities,
      List<Dependency> dependencies, boolean parsed) {
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.tokens = List.copyOf(tokens);
    this.entities = List.copyOf(entities);
    this.dependencies = List.copyOf(dependencies);
    this.parsed = parsed;
    this.tree = new DependencyTree(this.tokens.size(), this.dependencies);
  }

  public int index() {
    return index;
  }

  public int begin() {
    return begin;
  }

  public int end() {
    return end;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<EntitySpan> entities() {
    return entities;
  }

  public List<Dependency> dependencies() {
    return dependencies;
  }

  public boolean parsed() {
    return parsed;
  }

  /** The dependency tree over {@link #dependencies()}, built once; without edges when the sentence is unparsed. */
  public DependencyTree tree() {
    return tree;
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

  /** Java deserialisation sets the fields without the constructor: rebuild through it, tree included. */
  @Serial
  private Object readResolve() {
    return new Sentence(index, begin, end, tokens, entities, dependencies, parsed);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s && index == s.index && begin == s.begin && end == s.end && parsed == s.parsed
        && tokens.equals(s.tokens) && entities.equals(s.entities) && dependencies.equals(s.dependencies);
  }

  /** The hash a record with these components would have (31-fold over the components in order). */
  @Override
  public int hashCode() {
    int h = Integer.hashCode(index);
    h = 31 * h + Integer.hashCode(begin);
    h = 31 * h + Integer.hashCode(end);
    h = 31 * h + tokens.hashCode();
    h = 31 * h + entities.hashCode();
    h = 31 * h + dependencies.hashCode();
    return 31 * h + Boolean.hashCode(parsed);
  }

  @Override
  public String toString() {
    return "Sentence[index=" + index + ", begin=" + begin + ", end=" + end + ", tokens=" + tokens + ", entities="
        + entities + ", dependencies=" + dependencies + ", parsed=" + parsed + "]";
  }
}
