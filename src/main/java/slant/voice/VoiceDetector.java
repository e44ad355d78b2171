package slant.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Who speaks at a character offset: the outlet, or a quoted source. This version recognises quotation spans
 * („…“, "…", »…«, «…», “…”); reported speech and Konjunktiv I passages are the framing-and-voice work's (issue 5).
 */
public final class VoiceDetector {

  public static final String OUTLET = "outlet";
  public static final String QUOTED = "quoted";

  private static final String OPENERS = "„\"»«“‚";

  private VoiceDetector() {}

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
