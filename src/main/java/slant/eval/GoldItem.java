package slant.eval;

import slant.model.Polarity;

/**
 * One evaluation item of a target-dependent sentiment gold set: a sentence, one target span in it and the
 * annotators' polarity toward that target.
 *
 * @param id the gold set's id for the item (GerNTSA {@code id}, NewsMTSC {@code Input.gid})
 * @param sentence the sentence as given in the gold set
 * @param target the target as written
 * @param begin character offset of the target in {@code sentence} (inclusive, Java UTF-16 index)
 * @param end character offset (exclusive)
 * @param gold the gold polarity
 */
public record GoldItem(String id, String sentence, String target, int begin, int end, Polarity gold) {

  public GoldItem {
    if (begin < 0 || end <= begin || end > sentence.length()) {
      throw new IllegalArgumentException("target span [" + begin + ", " + end + ") outside the sentence");
    }
  }
}
