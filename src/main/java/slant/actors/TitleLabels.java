package slant.actors;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import slant.model.DependencyTree;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Title and role nouns around a span ("Präsident" in "Präsident Wladimir Putin", "des russischen Präsidenten
 * Putin"): which token stands for a span, which title nouns label it, and their base form. Read by every step that
 * builds a mention; reads the rule list {@code title-endings.tsv} (data/rules/README.md).
 */
final class TitleLabels implements Serializable {

  /**
   * How many appos/flat/compound edges a span's head climbs to its title noun, and how many governors
   * {@link #labels} reads as titles: a linguistic reach ("Präsident Wladimir Putin", "Russlands Präsident, der
   * Kremlchef Putin"), not a cycle guard — the tree's walks end on their own.
   */
  private static final int MAX_NAME_ATTACHMENTS = 5;

  /** Heads of title and role nouns, folded ({@link #isTitleNoun}). */
  private final List<String> titleEndings;

  TitleLabels(List<String> titleEndings) {
    this.titleEndings = List.copyOf(titleEndings);
  }

  /**
   * The token that stands for a span in the tree: the span token whose head lies outside the span, then up through
   * appos/flat/compound edges to a title noun ("Präsident" in "Präsident Wladimir Putin"), but not on from a title
   * noun to another name: in "Trump lawyer Michael Cohen" the English parser hangs "Trump" on "lawyer" and "lawyer" on
   * "Cohen", and Trump's head is "lawyer", not Cohen (until 2026-12-06 Trump took Cohen's "pleaded guilty"). Unparsed:
   * the last token.
   */
  static int headOf(Sentence s, int start, int end) {
    return headOf(s, start, end, false);
  }

  /**
   * {@link #headOf(Sentence, int, int)}, where a {@code possessor} span (a German genitive name, {@link
   * slant.lang.GermanGenitive}) does not climb to a noun before it: "die Blockade Ungarns" is Hungary's blockade, not
   * a title of Hungary, although the parser at times attaches the genitive as an apposition. Since 2026-12-05.
   */
  static int headOf(Sentence s, int start, int end, boolean possessor) {
    if (!s.parsed()) {
      return end - 1;
    }
    DependencyTree tree = s.tree();
    int head = end - 1;
    for (int t = start; t < end; t++) {
      if (tree.head(t) < start || tree.head(t) >= end) {
        head = t;
        break;
      }
    }
    int[] up = tree.pathToRoot(head);
    boolean pastNoun = false;
    for (int i = 1; i < up.length && i <= MAX_NAME_ATTACHMENTS; i++) {
      String rel = tree.relation(up[i - 1]);
      if (rel == null || !isNameAttachment(rel) || !s.token(up[i]).isNoun() || possessor && up[i] < start) {
        break;
      }
      boolean name = "PROPN".equals(s.token(up[i]).pos());
      if (pastNoun && name) {
        break; // "Trump lawyer Michael Cohen": the title is Cohen's, and Trump is not Cohen (2026-12-06)
      }
      pastNoun |= !name;
      head = up[i];
    }
    return head;
  }

  private static boolean isNameAttachment(String rel) {
    return rel.equals("appos") || rel.startsWith("flat") || rel.equals("compound");
  }

  /**
   * Whether a noun is a title or role noun: its folded form, or the form without -n, -s, -en or -es, ends in one of
   * {@code endings} (data/rules/title-endings.tsv: "Kremlchef", "Staatspräsident", "Machthaber"). A noun a name
   * merely depends on ("Besuch Putins", "Modell") is no label.
   */
  static boolean isTitleNoun(String word, List<String> endings) {
    String f = word.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss");
    String stem = f.endsWith("en") ? f.substring(0, f.length() - 2) : f.endsWith("n") || f.endsWith("s")
        ? f.substring(0, f.length() - 1) : f;
    // the genitive in -es: "des Papstes", "des Drogenbosses"
    String genitive = f.endsWith("es") ? f.substring(0, f.length() - 2) : f;
    for (String e : endings) {
      if (f.endsWith(e) || stem.endsWith(e) || genitive.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The base form of an inflected title noun, so that "des Präsidenten", "des Kanzlers", "des Machthabers" count
   * as the labels Präsident, Kanzler, Machthaber (CoreNLP German has no lemmatiser). The shortest ending among "",
   * "n", "s", "en", "es" whose removal leaves a word ending exactly in a known title ({@code title-endings.tsv}) is
   * removed; a word that matches none is returned as written. Feminine forms stay feminine ("Ministerin").
   */
  String labelLemma(String word) {
    for (String cut : List.of("", "n", "s", "en", "es")) {
      if (word.length() <= cut.length() + 2 || !word.endsWith(cut)) {
        continue;
      }
      String base = word.substring(0, word.length() - cut.length());
      String f = base.toLowerCase(Locale.ROOT).replace("ä", "a").replace("ö", "o").replace("ü", "u")
          .replace("ß", "ss");
      for (String e : titleEndings) {
        if (f.endsWith(e)) {
          return base;
        }
      }
    }
    return word;
  }

  /**
   * Title and role nouns attached to a span, in their base form and with the first part of a hyphenated title
   * ("US-Präsident"): parsed, the capitalised title nouns among the appos/flat/compound governors of the span;
   * unparsed, or parsed with none of those, a capitalised title noun right before the span (with a space between).
   */
  List<String> labels(Sentence s, int start, int end) {
    List<String> labels = new ArrayList<>();
    if (s.parsed()) {
      DependencyTree tree = s.tree();
      int t = -1;
      for (int i = start; i < end; i++) {
        if (tree.head(i) < start || tree.head(i) >= end) {
          t = i;
          break;
        }
      }
      int[] up = t < 0 ? new int[0] : tree.pathToRoot(t);
      for (int i = 1; i < up.length && i <= MAX_NAME_ATTACHMENTS; i++) {
        String rel = tree.relation(up[i - 1]);
        if (rel == null || !isNameAttachment(rel)) {
          break;
        }
        Token g = s.token(up[i]);
        if (isTitleToken(g)) {
          labels.add(hyphenPrefix(s, up[i]) + labelLemma(g.word()));
          // a second title coordinated with it, right before the name: "Revolutionsführer und Ex-Machthaber Castro"
          if (start > 0 && tree.head(start - 1) == up[i] && "conj".equals(tree.relation(start - 1))
              && isTitleToken(s.token(start - 1))) {
            labels.add(hyphenPrefix(s, start - 1) + labelLemma(s.token(start - 1).word()));
          }
        }
      }
    }
    // unparsed, or parsed without any title among the name's governors although one stands right before it: the
    // German parser at times cuts "Vizepräsident JD Vance" or "die umstrittene Heimatschutzministerin Noem" apart
    // (title as subject, name as object), and a title noun right before a name is its title
    if ((!s.parsed() || labels.isEmpty()) && start > 0) {
      Token prev = s.token(start - 1);
      if (isTitleToken(prev) && !labels.contains(prev.word()) && prev.end() < s.token(start).begin()) {
        labels.add(hyphenPrefix(s, start - 1) + labelLemma(prev.word()));
      }
    }
    return labels;
  }

  /** A capitalised common noun with a title ending ({@link #isTitleNoun}). */
  private boolean isTitleToken(Token t) {
    return "NOUN".equals(t.pos()) && Character.isUpperCase(t.word().charAt(0)) && isTitleNoun(t.word(), titleEndings);
  }

  /**
   * The first part of a hyphenated title the tokenizer split ("CSU - Chef" of "CSU-Chef"), with its hyphen, or "":
   * the label keeps the whole written title, as a role mention of the catalogue does ("US-Präsident").
   */
  private static String hyphenPrefix(Sentence s, int title) {
    if (title < 2) {
      return "";
    }
    Token hyphen = s.token(title - 1);
    Token first = s.token(title - 2);
    return hyphen.word().equals("-") && hyphen.end() == s.token(title).begin() && first.end() == hyphen.begin()
        ? first.word() + "-" : "";
  }
}
