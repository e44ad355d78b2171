package slant.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Who speaks at a character offset: the outlet, or a quoted source. It recognises quotation spans („…“, "…", »…«,
 * «…», “…”, ‚…‘, and in English '…' and ‘…’); reported speech and Konjunktiv I passages are {@link VoiceAttributor}'s.
 */
public final class VoiceDetector {

  public static final String OUTLET = "outlet";
  public static final String QUOTED = "quoted";

  private static final String OPENERS = "„\"»«“‚";

  private VoiceDetector() {}

  /**
   * Quotation spans [begin, end) in a document's text: {@link #quoteSpans(String)}, and in English also single
   * quotation marks ({@link #singleQuoteSpans}), which English headlines and quoted phrases use ("Comey: Clinton
   * 'extremely careless' about emails"; since 2026-12-06).
   */
  public static List<int[]> quoteSpans(String text, String language) {
    List<int[]> spans = quoteSpans(text);
    if (!"en".equals(language)) {
      return spans;
    }
    List<int[]> all = new ArrayList<>(spans);
    for (int[] single : singleQuoteSpans(text)) {
      if (!inside(spans, single[0], single[1])) {
        all.add(single);
      }
    }
    all.sort(java.util.Comparator.comparingInt(a -> a[0]));
    return all;
  }

  /**
   * English single-quoted spans: an opening {@code '} or {@code ‘} at the text's start or after a space, "(" or ":",
   * before a letter, up to the same line's first matching closing mark ({@code '} or {@code ’}) that is not followed
   * by a letter. An apostrophe inside a word ("Trump’s", "don't") is followed by a letter and closes nothing; an
   * opening mark without a closing one ("'90s") opens no span.
   */
  static List<int[]> singleQuoteSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean opens = (c == '\'' || c == '‘') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '('
          || text.charAt(i - 1) == ':');
      if (!opens) {
        i++;
        continue;
      }
      char close = c == '‘' ? '’' : '\'';
      int j = i + 1;
      while (j < text.length() && text.charAt(j) != '\n'
          && !(text.charAt(j) == close && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1))))) {
        j++;
      }
      if (j < text.length() && text.charAt(j) == close) {
        spans.add(new int[] {i, j + 1});
        i = j + 1;
      } else {
        i++;
      }
    }
    return spans;
  }

  /** Quotation spans [begin, end) in the text. Unclosed quotes end at the paragraph end. */
  public static List<int[]> quoteSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0 && opensQuote(text, i)) {
        char close = closerFor(c);
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != close && text.charAt(j) != '\n'
            && !(c == '"' && text.charAt(j) == '“')) {
          j++;
        }
        spans.add(new int[] {i, Math.min(text.length(), j + 1)});
        i = j + 1;
      } else {
        i++;
      }
    }
    return spans;
  }

  private static boolean opensQuote(String text, int i) {
    char c = text.charAt(i);
    if (c == '«' || c == '“') {
      // German «…» is rare; “ opens in English text and closes in German text („…“)
      return c == '«' ? i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)) : isEnglishOpening(text, i);
    }
    return c != '‚' || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isEnglishOpening(String text, int i) {
    return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
  }

  private static char closerFor(char open) {
    return switch (open) {
      case '„' -> '“';
      case '»' -> '«';
      case '«' -> '»';
      case '“' -> '”';
      case '‚' -> '‘';
      default -> '"';
    };
  }

  public static boolean inside(List<int[]> spans, int begin, int end) {
    for (int[] s : spans) {
      if (begin >= s[0] && end <= s[1]) {
        return true;
      }
    }
    return false;
  }
}
