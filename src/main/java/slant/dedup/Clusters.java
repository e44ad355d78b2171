package slant.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Connected components of duplicate pairs (union–find); each cluster is named by its smallest member id. */
public final class Clusters {

  private Clusters() {}

  /** Member id → cluster id, for every id that occurs in a pair. */
  public static Map<String, String> of(List<String[]> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (String[] p : pairs) {
      union(parent, p[0], p[1]);
    }
    Map<String, String> out = new HashMap<>();
    for (String id : parent.keySet()) {
      out.put(id, find(parent, id));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    parent.putIfAbsent(x, x);
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id becomes the root, so a cluster's id is its smallest member
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
