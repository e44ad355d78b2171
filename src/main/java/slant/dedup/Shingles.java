package slant.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word shingles and content hashes for duplicate detection: case, accents and punctuation do not matter. */
public final class Shingles {

  private Shingles() {}

  public static List<String> words(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : t.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The distinct k-word shingles of a text ("a b c", "b c d", …); a text shorter than k is one shingle. */
  public static Set<String> of(String text, int k) {
    List<String> w = words(text);
    Set<String> out = new LinkedHashSet<>();
    if (w.isEmpty()) {
      return out;
    }
    if (w.size() < k) {
      out.add(String.join(" ", w));
      return out;
    }
    for (int i = 0; i + k <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + k)));
    }
    return out;
  }

  /** A hash of the normalised words: equal for texts that differ only in case, spacing or punctuation. */
  public static String contentHash(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(String.join(" ", words(text)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d).substring(0, 24);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Jaccard similarity of two shingle sets. */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    int inter = 0;
    for (String s : a) {
      if (b.contains(s)) {
        inter++;
      }
    }
    return inter / (double) (a.size() + b.size() - inter);
  }
}
