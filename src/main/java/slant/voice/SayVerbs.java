package slant.voice;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import slant.lang.EnglishVerbForms;
import slant.lang.GermanVerbForms;
import slant.lang.Rules;
import slant.model.Sentence;
import slant.model.Token;

/**
 * The verbs of saying and of opinion of one language ({@code data/rules/<lang>/say-verbs.tsv}) with all their
 * forms: regular ones from {@link GermanVerbForms}/{@link EnglishVerbForms}, irregular ones from the file's second
 * column. A German separable verb's forms without the particle ("teilte", "wies") count only with the particle later
 * in the sentence ("teilte … mit").
 */
final class SayVerbs implements Serializable {

  private final String language;
  private final Map<String, String> forms = new HashMap<>();    // form → lemma (joined or non-particle forms)
  private final Map<String, String[]> based = new HashMap<>();  // separated base form → {lemma, particle}

  /** @param language "de" or "en" */
  SayVerbs(String language, Rules rules) {
    this.language = language;
    List<List<String>> rows = rules.rows(language + "/say-verbs.tsv");
    if (language.equals("de")) {
      for (List<String> row : rows) {
        String v = row.get(0);
        String particle = "";
        for (String p : GermanVerbForms.PARTICLES) {
          if (v.startsWith(p) && v.length() > p.length() + 3) {
            particle = p;
            break;
          }
        }
        List<String> all = new ArrayList<>(GermanVerbForms.forms(v));
        all.addAll(GermanVerbForms.separatedForms(v));
        all.addAll(irregular(row));
        for (String f : all) {
          if (!particle.isEmpty() && !f.startsWith(particle)) {
            based.put(f, new String[] {v, particle});
          } else {
            forms.put(f, v);
          }
        }
        forms.put(v, v);
      }
    } else {
      for (List<String> row : rows) {
        String v = row.get(0);
        forms.put(v, v);
        for (String f : EnglishVerbForms.forms(v)) {
          forms.put(f, v);
        }
        for (String f : irregular(row)) {
          forms.put(f, v);
        }
      }
    }
  }

  /** The irregular forms of a say-verbs row (column 2, space-separated). */
  private static List<String> irregular(List<String> row) {
    return row.get(1).isEmpty() ? List.of() : List.of(row.get(1).split("\\s+"));
  }

  /**
   * The lemma of a verb of saying at token v (a VERB/AUX, in English also X), or null. German "sprechen" and
   * "zitieren" never count: their matrix use is rarely reported speech.
   */
  String lemma(Sentence s, int v) {
    Token t = s.token(v);
    if (!VoiceTokens.isVerbish(t) && !(language.equals("en") && "X".equals(t.pos()))) {
      return null;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    String lemma = forms.get(w);
    if (lemma != null) {
      if (language.equals("de") && (lemma.equals("sprechen") || lemma.equals("zitieren"))) {
        return null;
      }
      return lemma;
    }
    String[] base = based.get(w);
    if (base != null) {
      for (int u = v + 1; u < s.size(); u++) {
        if (s.token(u).word().equalsIgnoreCase(base[1])) {
          return base[0];
        }
      }
    }
    return null;
  }
}
