package slant.actors;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import slant.lang.Dateline;
import slant.lang.Endings;
import slant.lang.GermanAdjectives;
import slant.lang.Rules;
import slant.lang.WordNormalizer;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Place and seat-of-power heuristics: whether a capital or seat-of-power name ("Moskau", "Kreml", "Kiew") stands for
 * a place or for the government there. Decides nothing on its own; {@link PhraseMatcher} asks it about metonyms and
 * {@link CountryAnaphora} about countries. Reads the rule lists {@code place-prepositions.tsv},
 * {@code government-nouns.tsv}, {@code impersonal-reporting.tsv} and {@code statement-nouns.tsv}
 * (data/rules/README.md).
 */
final class SeatOfPower implements Serializable {

  private final Set<String> placePrepositions;
  private final Set<String> governmentNouns;
  private final Set<String> impersonalReporting;
  private final Set<String> statementNouns;
  /** Endings of nouns naming a part or the grounds of a building ({@code building-part-nouns.tsv}), lower case. */
  private final Set<String> buildingParts;

  SeatOfPower(Rules rules) {
    this.placePrepositions = rules.words("place-prepositions.tsv");
    this.governmentNouns = rules.words("government-nouns.tsv");
    this.impersonalReporting = rules.words("impersonal-reporting.tsv");
    this.statementNouns = rules.words("statement-nouns.tsv");
    this.buildingParts = rules.words("building-part-nouns.tsv");
  }

  /**
   * Whether a metonym span is only a place: governed by a place preposition, not depending on a government noun
   * ("das Regime in Pjöngjang") and not the source of a report ({@link #reportsFrom}).
   */
  boolean isMerePlace(Sentence s, int start, int last, WordNormalizer norm) {
    return isDateline(s, start, last)
        || isPlace(s, start, last, norm) && !underGovernmentNoun(s, last, norm) && !reportsFrom(s, start, last);
  }

  /**
   * Whether the span is the dateline that opens a report ("Washington – Der Präsident …", "Moskau (dpa) – …"): the
   * place it was filed from, at the start of its sentence, followed by a dash or an agency credit in parentheses.
   */
  static boolean isDateline(Sentence s, int start, int last) {
    if (start != 0 || last + 1 >= s.size()) {
      return false;
    }
    String next = s.token(last + 1).word();
    if (Dateline.isDash(next)) {
      return true;
    }
    if (!next.equals("(")) {
      return false;
    }
    for (int t = last + 2; t < s.size() && t <= last + 5; t++) {
      if (s.token(t).word().equals(")")) {
        return t + 1 < s.size() && Dateline.isDash(s.token(t + 1).word());
      }
    }
    return false;
  }

  /**
   * Whether the span is a place: parsed, a token of it has a place preposition as its case marker ("in Moskau",
   * "nach Pjöngjang"); unparsed, a place preposition stands at most three tokens before it with only determiners
   * and adjectives between.
   */
  boolean isPlace(Sentence s, int start, int last, WordNormalizer norm) {
    if (ofBuildingPart(s, start, last)) {
      return true;
    }
    if (s.parsed()) {
      for (int t = start; t <= last; t++) {
        for (int c : s.tree().children(t)) {
          if ("case".equals(s.tree().relation(c)) && placePreposition(s, c)) {
            return true;
          }
        }
      }
      return false;
    }
    for (int t = start - 1; t >= 0 && t >= start - 3; t--) {
      Token tok = s.token(t);
      if (placePreposition(s, t)) {
        return true;
      }
      if (!"DET".equals(tok.pos()) && !"ADJ".equals(tok.pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the token is a place preposition ({@code place-prepositions.tsv}), or "an" before "dem": the tokenizer
   * splits "am" so ("an dem Weißen Haus", a place; "an das Weiße Haus", "Signale an Moskau" address the government).
   */
  private boolean placePreposition(Sentence s, int t) {
    String w = s.token(t).word().toLowerCase(Locale.ROOT);
    return placePrepositions.contains(w)
        || w.equals("an") && t + 1 < s.size() && s.token(t + 1).word().equalsIgnoreCase("dem");
  }

  /**
   * Whether the span is the building whose part a noun names ({@code building-part-nouns.tsv}: "das Gelände des
   * Weißen Hauses", "der Ostflügel des Weißen Hauses"): parsed, the span's head is that noun's {@code nmod}; unparsed,
   * the noun stands right before "des", "der" or "of the" before the span. Since 2026-12-07.
   */
  private boolean ofBuildingPart(Sentence s, int start, int last) {
    if (s.parsed()) {
      for (int t = start; t <= last; t++) {
        int h = s.tree().head(t);
        if (h >= 0 && (h < start || h > last) && "nmod".equals(s.tree().relation(t)) && buildingPart(s.token(h))) {
          return true;
        }
      }
      return false;
    }
    int noun = start - 2;
    if (noun >= 0 && List.of("des", "der").contains(s.token(start - 1).word().toLowerCase(Locale.ROOT))) {
      return buildingPart(s.token(noun));
    }
    return noun - 1 >= 0 && s.token(start - 1).word().equalsIgnoreCase("the")
        && s.token(noun).word().equalsIgnoreCase("of") && buildingPart(s.token(noun - 1));
  }

  private boolean buildingPart(Token noun) {
    return Endings.endsWithAny(noun.word().toLowerCase(Locale.ROOT), buildingParts);
  }

  /**
   * Whether a seat-of-power span after "aus" is the source of a report: an impersonal report in its sentence ("Aus
   * dem Kanzleramt hieß es, …") or a statement noun right before "aus" ("Nach Angaben aus Kiew", "Warnungen aus
   * Moskau"): then it stands for the government although a place preposition governs it.
   */
  boolean reportsFrom(Sentence s, int start, int last) {
    boolean fromAus = false;
    for (int t = start - 1; t >= 0 && t >= start - 3; t--) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      if (w.equals("aus")) {
        if (t > 0 && statementNouns.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))) {
          return true; // "Nach Angaben aus Kiew", "Informationen aus dem Kreml"
        }
        fromAus = true;
        break;
      }
      if (!"DET".equals(s.token(t).pos()) && !"ADJ".equals(s.token(t).pos())) {
        break;
      }
    }
    if (!fromAus) {
      return false;
    }
    for (Token tok : s.tokens()) {
      if (impersonalReporting.contains(tok.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token depends on a government noun ("Regime" in "das Regime in Pjöngjang"): parsed, its head;
   * unparsed, the token two before it.
   */
  boolean underGovernmentNoun(Sentence s, int token, WordNormalizer norm) {
    if (!s.parsed()) {
      return token >= 2 && governmentNouns.contains(norm.key(s.token(token - 2).word()));
    }
    int h = s.tree().head(token);
    return h >= 0 && governmentNouns.contains(norm.key(s.token(h).word()));
  }

  /**
   * A seat-of-power name matches only as written (or with a genitive s): "Pariser", "Berliner" are adjectives, not
   * Paris and Berlin; and not as a first name ("Sofia Lindqvist"). A name of several words may also be declined as
   * a German adjective and noun are ({@link #declinedAs}: "das Weiße Haus", "des Weißen Hauses" for "Weißes Haus",
   * which until 2026-12-07 became a discovered actor of its own or no mention).
   */
  static boolean metonymWritten(Sentence s, int start, int end, String form, boolean compound) {
    StringBuilder w = new StringBuilder();
    for (int t = start; t < end; t++) {
      w.append(t > start ? " " : "").append(s.token(t).word());
    }
    String written = w.toString().toLowerCase(Locale.ROOT);
    String f = form.toLowerCase(Locale.ROOT);
    boolean same = compound ? written.startsWith(f + "-") || written.endsWith("-" + f) || written.contains(f)
        : written.equals(f) || written.equals(f + "s") || written.equals(f + "'s") || declinedAs(written, f);
    if (!same) {
      return false;
    }
    if (!compound && end < s.size()) {
      Token next = s.token(end);
      if ("PERSON".equals(s.token(start).ner()) || "PROPN".equals(next.pos())
          && Character.isUpperCase(next.word().charAt(0)) && "PERSON".equals(next.ner())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name of several words is written as a declined form of {@code form} (both lower case): as many words,
   * each but the last the form's word or, where that ends in an adjective's ending ({@link GermanAdjectives#ENDINGS}),
   * the same stem with another ending ("weiße", "weißen" for "weißes"), the last the form's word or its genitive with
   * "s" or "es" ("hauses").
   */
  static boolean declinedAs(String written, String form) {
    String[] w = written.split(" ");
    String[] f = form.split(" ");
    if (f.length < 2 || w.length != f.length) {
      return false;
    }
    for (int i = 0; i < f.length; i++) {
      boolean last = i == f.length - 1;
      String stem = last ? null : GermanAdjectives.stem(f[i]);
      boolean same = w[i].equals(f[i]) || last && (w[i].equals(f[i] + "s") || w[i].equals(f[i] + "es"))
          || stem != null && stem.equals(GermanAdjectives.stem(w[i]));
      if (!same) {
        return false;
      }
    }
    return true;
  }

}
