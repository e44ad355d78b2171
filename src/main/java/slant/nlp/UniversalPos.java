package slant.nlp;

import java.util.Map;

/**
 * Universal POS tags for every pipeline: the German tagger already writes UD tags; the English tagger writes Penn
 * Treebank tags, mapped here (the standard PTB → UD conversion table, coarse-grained).
 */
final class UniversalPos {

  private static final Map<String, String> PTB = Map.ofEntries(
      Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
      Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
      Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry("MD", "AUX"),
      Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"),
      Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
      Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"),
      Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"),
      Map.entry("EX", "PRON"), Map.entry("IN", "ADP"), Map.entry("TO", "PART"), Map.entry("RP", "ADP"),
      Map.entry("POS", "PART"), Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("UH", "INTJ"),
      Map.entry("SYM", "SYM"), Map.entry("FW", "X"), Map.entry("LS", "X"));

  private UniversalPos() {}

  /** The UD tag for a tagger tag: UD tags pass through, PTB tags are mapped, punctuation becomes PUNCT. */
  static String of(String tag) {
    if (tag == null) {
      return "X";
    }
    String mapped = PTB.get(tag);
    if (mapped != null) {
      return mapped;
    }
    if (!tag.isEmpty() && !Character.isLetter(tag.charAt(0))) {
      return "PUNCT";
    }
    return tag;
  }
}
