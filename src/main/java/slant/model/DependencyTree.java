package slant.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency tree of one {@link Sentence}: heads, relations and children, built once from the sentence's edges,
 * and the walks the scorers need (path to the root, dominance, subtree, tree distance). Immutable.
 *
 * <p>Contract on malformed input: the parser should produce a tree, but an edge list may hold a cycle (a hand-built
 * or corrupted parse; "Kanzler" and "Scholz" heading each other). Every walk here terminates on any edge list: an
 * upward walk stops at the first token it has already visited, a downward walk visits each token at most once, so
 * no walk takes more than {@link #size()} steps. Walkers therefore need no step limit or seen-set of their own; a
 * limit a walker keeps is linguistic (how far to climb), not a guard.
 *
 * <p>An unparsed sentence has no edges: every head is -1, every relation null, every child list empty.
 */
public final class DependencyTree {

  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  /**
   * The tree of a sentence of {@code size} tokens with {@code edges}. A token with two incoming edges keeps the
   * last as its head and relation (a basic parse has one per token); the root edge ({@link Dependency#ROOT}) gives
   * head -1 and relation "root".
   */
  public DependencyTree(int size, List<Dependency> edges) {
    heads = new int[size];
    Arrays.fill(heads, -1);
    relations = new String[size];
    List<List<Integer>> kids = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      kids.add(new ArrayList<>());
    }
    for (Dependency d : edges) {
      heads[d.dependent()] = d.governor();
      relations[d.dependent()] = d.relation();
      if (d.governor() >= 0) {
        kids.get(d.governor()).add(d.dependent());
      }
    }
    List<List<Integer>> frozen = new ArrayList<>(size);
    for (List<Integer> c : kids) {
      c.sort(null);
      frozen.add(List.copyOf(c));
    }
    children = List.copyOf(frozen);
  }

  public int size() {
    return heads.length;
  }

  /** Head of token {@code i}: -1 for the root or when the sentence is unparsed. */
  public int head(int i) {
    return heads[i];
  }

  /** Relation of token {@code i} to its head as the parser wrote it ("obl:laut", "root"), or null when unparsed. */
  public String relation(int i) {
    return relations[i];
  }

  /** The dependents of token {@code i}, in token order (unmodifiable). */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /**
   * Token {@code from}, its head, the head's head and so on up to the root: each token once. On a cyclic parse the
   * path ends before the first token it would visit a second time.
   */
  public int[] pathToRoot(int from) {
    boolean[] seen = new boolean[heads.length];
    int[] path = new int[heads.length];
    int n = 0;
    for (int t = from; t >= 0 && !seen[t]; t = heads[t]) {
      seen[t] = true;
      path[n++] = t;
    }
    return Arrays.copyOf(path, n);
  }

  /** Whether {@code token} lies in the subtree of {@code top} (a token dominates itself). */
  public boolean dominates(int top, int token) {
    for (int t : pathToRoot(token)) {
      if (t == top) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of the subtree rooted at {@code root} ({@code root} included), in token order, each once. */
  public int[] subtree(int root) {
    boolean[] in = new boolean[heads.length];
    ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(root));
    int n = 0;
    while (!todo.isEmpty()) {
      int u = todo.pop();
      if (!in[u]) {
        in[u] = true;
        n++;
        todo.addAll(children.get(u));
      }
    }
    int[] out = new int[n];
    int k = 0;
    for (int t = 0; t < in.length; t++) {
      if (in[t]) {
        out[k++] = t;
      }
    }
    return out;
  }

  /**
   * The number of edges between {@code from} and every token, walking edges in either direction
   * ({@link Integer#MAX_VALUE} where no edge path leads, as in an unparsed sentence); a new array each call.
   */
  public int[] distancesFrom(int from) {
    int[] d = new int[heads.length];
    Arrays.fill(d, Integer.MAX_VALUE);
    d[from] = 0;
    ArrayDeque<Integer> q = new ArrayDeque<>();
    q.add(from);
    while (!q.isEmpty()) {
      int u = q.poll();
      int h = heads[u];
      if (h >= 0 && d[h] == Integer.MAX_VALUE) {
        d[h] = d[u] + 1;
        q.add(h);
      }
      for (int v : children.get(u)) {
        if (d[v] == Integer.MAX_VALUE) {
          d[v] = d[u] + 1;
          q.add(v);
        }
      }
    }
    return d;
  }
}
