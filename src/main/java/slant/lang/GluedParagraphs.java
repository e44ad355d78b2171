package slant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A paragraph's end glued to the next paragraph's first word: the text of tagesschau.de articles in zeitgeist-de-news
 * lost the break between a heading, a question or an interview turn and what follows in about 120 of 4,395 articles
 * ("Wie geht es weiter?Die USA haben …", "Die wichtigsten Entwicklungen im Überblick:Wadephul kritisiert Israel",
 * "… enorm sein.tagesschau24: Die Bilder zeigen …"). The tokenizer keeps "weiter?Die" or "sein.tagesschau24" as one
 * word and the splitter does not end the sentence there, so a heading, a question or the interviewer's turn joins the
 * next paragraph in one sentence and one parse ("weiter?Die" became the subject of "geht"). A glue here is:
 * <ul>
 *   <li>a question or exclamation mark right after a lower-case letter or a digit and right before a capital and a
 *       lower-case letter ("weiter?|Die");
 *   <li>a colon right after two lower-case letters and right before a capital and a lower-case letter
 *       ("Überblick:|Wadephul"), except before the gender forms "In"/"Innen" ("Wähler:Innen");
 *   <li>a full stop right after two lower-case letters and right before an interviewer's label: a byline outlet
 *       ({@code data/rules/byline-outlets.tsv}) ending in a colon ("sein.|tagesschau24:", "Abwehrraketen.|tagesthemen:").
 * </ul>
 * Never inside a web or mail address (a word with "://", "www." or "@"). A full stop before a capitalised word is not
 * a glue: abbreviations end in one ("dt.Spion"), and the splitter already ends a sentence at a quotation mark after it ('Haft."Die').
 *
 * <p>{@link #separate} puts a paragraph break at these glues and at those of {@link GluedBylines}, in a copy of the
 * text the annotator reads ({@link SeparatedText}, which maps offsets back). Pure.
 */
public final class GluedParagraphs {

  private static final Set<String> GENDER_FORMS = Set.of("In", "Innen");

  private GluedParagraphs() {}

  /**
   * The text with a {@link SeparatedText#BREAK} at every glued paragraph, every glued byline and, since annotation
   * format 7 (2026-12-07), every glued headline of a list ({@link GluedHeadlines}).
   */
  public static SeparatedText separate(String text, Set<String> outlets, Set<String> camelCaseNames) {
    TreeSet<Integer> all = new TreeSet<>(glues(text, outlets));
    all.addAll(GluedBylines.glues(text, outlets));
    all.addAll(GluedHeadlines.glues(text, camelCaseNames));
    return SeparatedText.insertBreaks(text, all);
  }

  /** The offsets of the glued paragraphs' first characters in {@code text}, ascending. */
  public static List<Integer> glues(String text, Set<String> outlets) {
    List<Integer> out = new ArrayList<>();
    for (int g = 2; g + 1 < text.length(); g++) {
      char mark = text.charAt(g - 1);
      boolean glued = switch (mark) {
        case '?', '!' -> lowerOrDigit(text.charAt(g - 2)) && capitalisedWordStart(text, g);
        case ':' -> g >= 3 && lowerLetters(text, g - 3, g - 1) && capitalisedWordStart(text, g)
            && !GENDER_FORMS.contains(word(text, g).replaceAll("[^\\p{L}]+$", ""));
        case '.' -> g >= 3 && lowerLetters(text, g - 3, g - 1) && interviewerLabel(text, g, outlets);
        default -> false;
      };
      if (glued && !inAddress(text, g)) {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean lowerOrDigit(char c) {
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  private static boolean lowerLetters(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalisedWordStart(String text, int p) {
    return Character.isUpperCase(text.charAt(p)) && Character.isLowerCase(text.charAt(p + 1));
  }

  /** "tagesschau24:", "tagesschau.de:", "tagesthemen:" at {@code p}: an outlet's word ending in a colon. */
  private static boolean interviewerLabel(String text, int p, Set<String> outlets) {
    String w = word(text, p);
    return w.length() > 1 && w.endsWith(":") && Character.isLowerCase(w.charAt(0))
        && GluedBylines.isOutlet(w.substring(0, w.length() - 1), outlets);
  }

  /** The characters from {@code p} to the next white space. */
  private static String word(String text, int p) {
    return text.substring(p, GluedBylines.wordEnd(text, p));
  }

  private static boolean inAddress(String text, int p) {
    int s = p;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    String token = text.substring(s, p) + word(text, p);
    return token.contains("://") || token.contains("www.") || token.contains("@");
  }
}
