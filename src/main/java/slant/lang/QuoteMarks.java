package slant.lang;

import java.util.Set;

/**
 * Quotation marks as the tokenizer writes them, defined once for every package that reads them.
 *
 * <p>{@link #DOUBLE} holds the double marks only: single ones double as apostrophes ("Kids’"), so a rule that reads a
 * mark alone (scare quotes, a headline's opening mark) must not take them. {@link #isQuoteMark} accepts single marks
 * too, for rules that read a span between marks or step over the marks around a word.
 */
public final class QuoteMarks {

  private QuoteMarks() {}

  /** Double quotation marks, including the tokenizer's LaTeX-style {@code ``} and {@code ''}. */
  public static final Set<String> DOUBLE = Set.of("\"", "„", "“", "”", "«", "»", "``", "''");

  /** Whether a token is a quotation mark, double or single. */
  public static boolean isQuoteMark(String w) {
    return w.length() == 1 && "„“\"»«‚‘”'’".indexOf(w.charAt(0)) >= 0 || w.equals("``") || w.equals("''");
  }
}
