package slant.actors;

import java.util.Locale;
import java.util.Set;
import slant.lang.Rules;
import slant.model.Sentence;

/**
 * Step 0: an author's byline and a closing agency credit are no actors of the news. It takes their tokens, so no
 * later step links them:
 * <ul>
 *   <li>"Von Anna Giordano, ARD-Studio Rom", "Eine Analyse von Jan Zimmermann, ARD-Hauptstadtstudio": "von", one to
 *       eight name words (capitalised, or "und", a comma, a name particle), a comma, a word starting with a byline
 *       outlet ({@code byline-outlets.tsv}), and the place after it ("ARD Brüssel");</li>
 *   <li>"(APA, Reuters, 2.8.2015)": parentheses holding only credit agencies ({@code credit-agencies.tsv}), dates,
 *       commas and slashes;</li>
 *   <li>a sentence that is only "Von" and two to eight name words ("Von Christian Basl", which the annotator
 *       separates from the report's first word it was glued to; since 2026-12-06).</li>
 * </ul>
 * Before this step the tagesschau author of every report was a discovered person, the broadcaster and the studio's
 * city actors (docs/validation-actors.md).
 */
final class Bylines implements SentenceStep {

  private static final int MAX_NAME_WORDS = 8;
  private static final Set<String> NAME_PARTICLES = Set.of("und", "von", "van", "de", "der", "den", "zu", "al", "el");

  private final Set<String> outlets;
  private final Set<String> agencies;

  Bylines(Rules rules) {
    this.outlets = rules.words("byline-outlets.tsv");
    this.agencies = rules.words("credit-agencies.tsv");
  }

  @Override
  public void apply(SentenceState st) {
    Sentence s = st.sentence();
    boolean[] taken = st.taken();
    for (int t = 0; t < s.size(); t++) {
      if (s.token(t).word().equalsIgnoreCase("von")) {
        int end = bylineEnd(s, t);
        for (int i = t + 1; i <= end; i++) {
          taken[i] = true;
        }
      } else if (s.token(t).word().equals("(")) {
        int close = creditEnd(s, t);
        for (int i = t; i <= close; i++) {
          taken[i] = true;
        }
      }
    }
  }

  /** The last token of the byline that "von" at {@code von} opens, or {@code von} when it opens none. */
  int bylineEnd(Sentence s, int von) {
    int t = von + 1;
    int names = 0;
    while (t < s.size() && names <= MAX_NAME_WORDS) {
      String w = s.token(t).word();
      if (w.equals(",") && names > 0 && t + 1 < s.size() && isOutlet(s.token(t + 1).word())) {
        int end = t + 1;
        while (end + 2 < s.size() && s.token(end + 1).word().equals("-")) {
          end += 2; // the tokenizer's "ARD - Studio"
        }
        if (end + 1 < s.size() && isCapitalised(s.token(end + 1).word())
            && !"VERB".equals(s.token(end + 1).pos()) && !"AUX".equals(s.token(end + 1).pos())) {
          end++; // the studio's city: "ARD Brüssel"
        }
        return end;
      }
      if (w.equals(".") && t == s.size() - 1) {
        return bylineSentence(s, von);
      }
      if (!(isCapitalised(w) || w.equals(",") || w.equals("-") || NAME_PARTICLES.contains(w))) {
        return von;
      }
      names++;
      t++;
    }
    return bylineSentence(s, von);
  }

  /**
   * A sentence that is only "Von" and two to eight name words (a final full stop allowed) is a byline without an
   * outlet: the annotator separates "Von Christian BaslEin gemeinsames Selfie …" into "Von Christian Basl" and the
   * report (slant.lang.GluedBylines). Its last token, or {@code von} when it is none.
   */
  private static int bylineSentence(Sentence s, int von) {
    if (von != 0 || !s.token(von).word().equals("Von")) {
      return von;
    }
    int last = s.size() - 1;
    if (last > von && s.token(last).word().equals(".")) {
      last--;
    }
    int names = 0;
    for (int t = von + 1; t <= last; t++) {
      String w = s.token(t).word();
      if (isCapitalised(w) && !"VERB".equals(s.token(t).pos()) && !"AUX".equals(s.token(t).pos())) {
        names++;
      } else if (!(w.equals("und") || w.equals("-") || NAME_PARTICLES.contains(w))) {
        return von;
      }
    }
    return names >= 2 && names <= MAX_NAME_WORDS ? s.size() - 1 : von;
  }

  /** The closing parenthesis of a credit that opens at {@code open}, or {@code open - 1} when it is none. */
  int creditEnd(Sentence s, int open) {
    boolean agency = false;
    for (int t = open + 1; t < s.size(); t++) {
      String w = s.token(t).word();
      if (w.equals(")")) {
        return agency ? t : open - 1;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (agencies.contains(lower)) {
        agency = true;
      } else if (!(w.equals(",") || w.equals("/") || w.matches("[0-9][0-9./]*") || lower.matches("[a-z]+/[a-z/]+")
          && java.util.Arrays.stream(lower.split("/")).allMatch(agencies::contains))) {
        return open - 1;
      }
    }
    return open - 1;
  }

  private boolean isOutlet(String word) {
    return slant.lang.GluedBylines.isOutlet(word, outlets);
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
