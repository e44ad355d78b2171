package slant.voice;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.EnglishVerbForms;
import slant.lang.GermanVerbForms;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Separates the outlet's voice from quoted sources, token by token ({@link VoiceMap}). Local, lexical rules first
 * (the German parse of reported speech is unreliable), the dependency parse where it helps:
 *
 * <ol>
 *   <li><b>Quotation spans</b> („…“, "…", »…«, ‚…‘, “…”; {@link VoiceDetector#quoteSpans}) are quoted. Their
 *       speaker is the attribution of a sentence the span ends in or touches, else the running indirect-speech
 *       speaker, else unknown.
 *   <li><b>Attribution phrases</b> make the rest of their sentence quoted, the phrase itself staying in the outlet's
 *       voice: "laut X" (rule {@code laut}), "nach Angaben X" ({@code nach-angaben}), "X zufolge" ({@code zufolge}),
 *       sentence-final ", so X …" ({@code so}; "so Brown gegenüber „tagesschau.de“" — nothing finite may follow),
 *       "wie X sagte" ({@code wie}), English "according to X" ({@code according-to}).
 *   <li><b>Verbs of saying and of opinion</b> ({@code data/rules/<lang>/say-verbs.tsv}: sagen, erklären, betonen, warnen, kritisieren, fordern, einräumen,
 *       mitteilen, schreiben, …; glauben, meinen, bezweifeln, …; English say, tell, claim, …; rule
 *       {@code verb:<word>}). Parenthetical order ("…, sagte X." / "…, teilte der Kreml mit.") quotes what precedes
 *       the comma. Matrix order ("X sagte, dass …", "X schrieb: „…“") quotes the verb's clausal complement
 *       ({@code ccomp}/{@code parataxis} subtree), or, unparsed, what follows the first comma or colon when it opens
 *       a content clause (dass/ob/quote/Konjunktiv I). A verb without such a complement ("X kritisierte die Pläne")
 *       quotes nothing. Verbs of opinion are treated like verbs of saying: in "Brown glaubt jedoch nicht, dass
 *       Putin so weit gehen würde" the dass-clause is Brown's view (quoted, speaker Brown), the matrix "Brown glaubt
 *       jedoch nicht" is the outlet's report.
 *   <li><b>Konjunktiv I continuation</b> (German): after a sentence with an attribution, each following sentence
 *       with a Konjunktiv I finite verb ({@link #isKonjunktivI}) is quoted as a whole with the same speaker (rule
 *       {@code konjunktiv}); a sentence whose only subjunctive is Konjunktiv II (würde, wäre, hätte, …) also
 *       continues the chain. The chain ends at the first sentence without either that has no attribution of its
 *       own. A Konjunktiv I sentence with no running speaker is quoted with an unknown speaker, and takes the
 *       speaker of an attribution in the directly following sentence ("Die Lage sei ernst. Man müsse handeln, so
 *       X.").
 * </ol>
 *
 * <p>Speakers: the mention in the speaker phrase (never a demonym), else, when the phrase starts with a capitalised
 * name (PROPN or NER-tagged), {@code auto:<slug>} with ActorResolver's slug rule (ASCII, lowercase, hyphen-joined),
 * else unknown (null). "Staatsmedien", "ein Experte" have no id.
 */
public final class VoiceAttributor implements Serializable {

  private final String language;
  private final Map<String, String> sayForms;     // form → lemma (joined or non-particle forms)
  private final Map<String, String[]> sayBase;    // separated base form → {lemma, particle}

  /** Konjunktiv I forms ending in -te (t-stems) — other -te words are taken as preterite ("sagte"). */
  private final Set<String> konj1Te;
  private final Set<String> konj1AnyPos;
  private final Set<String> konj2;
  private final Set<String> notKonj1;

  /**
   * @param rules the verbs of saying ({@code <language>/say-verbs.tsv}) and, for German, the Konjunktiv lists
   *     ({@code de/konjunktiv*.tsv}, {@code de/not-konjunktiv1.tsv}); data/rules/README.md
   */
  public VoiceAttributor(String language, Rules rules) {
    this.language = "en".equals(language) ? "en" : "de";
    this.sayForms = new HashMap<>();
    this.sayBase = new HashMap<>();
    this.konj1Te = rules.words("de/konjunktiv1-te.tsv");
    this.konj1AnyPos = rules.words("de/konjunktiv1-always.tsv");
    this.konj2 = rules.words("de/konjunktiv2.tsv");
    this.notKonj1 = rules.words("de/not-konjunktiv1.tsv");
    List<List<String>> sayVerbs = rules.rows(this.language + "/say-verbs.tsv");
    if (this.language.equals("de")) {
      // a separable verb's forms without the particle ("teilte … mit", "wies … hin") go to sayBase
      for (List<String> row : sayVerbs) {
        String v = row.get(0);
        String particle = "";
        for (String p : GermanVerbForms.PARTICLES) {
          if (v.startsWith(p) && v.length() > p.length() + 3) {
            particle = p;
            break;
          }
        }
        List<String> forms = new ArrayList<>(GermanVerbForms.forms(v));
        forms.addAll(GermanVerbForms.separatedForms(v));
        forms.addAll(irregular(row));
        for (String f : forms) {
          if (!particle.isEmpty() && !f.startsWith(particle)) {
            sayBase.put(f, new String[] {v, particle});
          } else {
            sayForms.put(f, v);
          }
        }
        sayForms.put(v, v);
      }
    } else {
      for (List<String> row : sayVerbs) {
        String v = row.get(0);
        sayForms.put(v, v);
        for (String f : EnglishVerbForms.forms(v)) {
          sayForms.put(f, v);
        }
        for (String f : irregular(row)) {
          sayForms.put(f, v);
        }
      }
    }
  }

  /** The irregular forms of a say-verbs row (column 2, space-separated). */
  private static List<String> irregular(List<String> row) {
    return row.get(1).isEmpty() ? List.of() : List.of(row.get(1).split("\\s+"));
  }

  /** An attribution found in a sentence. */
  private record Attribution(String rule, String speakerId, String speakerName, boolean[] content) {}

  /** The voice of every token of {@code doc}. */
  public VoiceMap attribute(AnnotatedDoc doc, List<Mention> mentions) {
    int n = doc.sentences().size();
    boolean[][] quoted = new boolean[n][];
    String[][] spk = new String[n][];
    String[][] spkName = new String[n][];
    String[][] rule = new String[n][];
    boolean[][] inQuote = new boolean[n][];
    List<int[]> quoteSpans = VoiceDetector.quoteSpans(doc.text());
    for (Sentence s : doc.sentences()) {
      int i = s.index();
      quoted[i] = new boolean[s.size()];
      spk[i] = new String[s.size()];
      spkName[i] = new String[s.size()];
      rule[i] = new String[s.size()];
      inQuote[i] = new boolean[s.size()];
      for (Token t : s.tokens()) {
        inQuote[i][t.index()] = VoiceDetector.inside(quoteSpans, t.begin(), t.end());
      }
    }
    Attribution[] attributions = new Attribution[n];
    for (Sentence s : doc.sentences()) {
      attributions[s.index()] = find(doc, s, mentions, inQuote[s.index()]);
    }
    // forward pass: attributions, Konjunktiv continuation
    boolean active = false;
    String activeId = null;
    String activeName = null;
    List<Integer> orphans = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int i = s.index();
      Attribution a = attributions[i];
      Mood mood = language.equals("de") ? mood(s) : Mood.INDICATIVE;
      if (a != null) {
        for (int t = 0; t < s.size(); t++) {
          if (a.content()[t]) {
            set(quoted, spk, spkName, rule, i, t, a.speakerId(), a.speakerName(), a.rule());
          }
        }
        boolean parenthetical = a.rule().equals("so") || a.content().length > 0 && a.content()[0];
        if (parenthetical) {
          for (int o : orphans) {
            Sentence os = doc.sentences().get(o);
            for (int t = 0; t < os.size(); t++) {
              spk[o][t] = a.speakerId();
              spkName[o][t] = a.speakerName();
            }
          }
        }
        orphans.clear();
        active = true;
        activeId = a.speakerId();
        activeName = a.speakerName();
      } else if (mood == Mood.KONJ1 || active && mood == Mood.KONJ2) {
        for (int t = 0; t < s.size(); t++) {
          set(quoted, spk, spkName, rule, i, t, active ? activeId : null, active ? activeName : null, "konjunktiv");
        }
        if (!active) {
          orphans.add(i);
        }
      } else {
        active = false;
        activeId = null;
        activeName = null;
        orphans.clear();
      }
    }
    // quotation spans
    for (int[] span : quoteSpans) {
      String id = null;
      String name = null;
      boolean found = false;
      List<int[]> toks = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        if (s.end() <= span[0] || s.begin() >= span[1]) {
          continue;
        }
        Attribution a = attributions[s.index()];
        if (a != null) {
          id = a.speakerId();
          name = a.speakerName();
          found = true;
        }
        for (Token t : s.tokens()) {
          if (t.begin() >= span[0] && t.end() <= span[1]) {
            toks.add(new int[] {s.index(), t.index()});
          }
        }
      }
      for (int[] st : toks) {
        if (quoted[st[0]][st[1]]) {
          continue; // already quoted with its speaker
        }
        Attribution a = attributions[st[0]];
        if (a != null && !a.content()[st[1]] && isPhraseToken(doc.sentences().get(st[0]), st[1], a)) {
          continue; // a quoted name inside the attribution phrase ("so Brown gegenüber „tagesschau.de“")
        }
        String sid = found ? id : null;
        String sname = found ? name : null;
        set(quoted, spk, spkName, rule, st[0], st[1], sid, sname, "quote");
      }
    }
    return new VoiceMap(doc, quoted, spk, spkName, rule, quoteSpans);
  }

  private static boolean isPhraseToken(Sentence s, int t, Attribution a) {
    return a.rule().equals("so") || a.rule().equals("laut") || a.rule().equals("zufolge")
        || a.rule().equals("according-to") || a.rule().equals("nach-angaben");
  }

  private static void set(boolean[][] q, String[][] spk, String[][] name, String[][] rule, int i, int t, String id,
      String n, String r) {
    q[i][t] = true;
    spk[i][t] = id;
    name[i][t] = n;
    rule[i][t] = r;
  }

  // ---------------------------------------------------------------- attribution in one sentence

  private Attribution find(AnnotatedDoc doc, Sentence s, List<Mention> mentions, boolean[] inQuote) {
    List<Mention> ms = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.sentence() == s.index()) {
        ms.add(m);
      }
    }
    Attribution a = language.equals("de") ? soPhrase(s, ms) : null;
    if (a == null) {
      a = prepositional(s, ms);
    }
    if (a == null && language.equals("de")) {
      a = wie(s, ms, inQuote);
    }
    if (a == null) {
      a = sayingVerb(s, ms, inQuote);
    }
    return a;
  }

  /** ", so X …" at the end of a sentence: nothing finite after "so", a name or noun phrase right after it. */
  private Attribution soPhrase(Sentence s, List<Mention> ms) {
    for (int t = 1; t < s.size() - 1; t++) {
      if (!s.token(t).word().equals("so")) {
        continue;
      }
      int before = t - 1;
      while (before > 0 && isQuoteMark(s.token(before).word())) {
        before--;
      }
      if (!s.token(before).word().equals(",")) {
        continue;
      }
      boolean finite = false;
      int close = -1;
      for (int u = t + 1; u < s.size(); u++) {
        String p = s.token(u).pos();
        if (s.token(u).word().equals(",") && close < 0 && !finite) {
          close = u; // mid-sentence ", so X," — the phrase ends at the next comma
        }
        if (close < 0) {
          finite |= ("VERB".equals(p) || "AUX".equals(p)) && !isQuoteMark(s.token(u).word());
        }
      }
      if (finite || close == t + 1) {
        continue;
      }
      int first = t + 1;
      if ("DET".equals(s.token(first).pos()) && first + 1 < s.size()) {
        first++;
      }
      Token f = s.token(first);
      if (!Character.isUpperCase(f.word().codePointAt(0))) {
        continue;
      }
      int phraseEnd = close < 0 ? s.size() : close + 1;
      String[] speaker = speaker(s, ms, first, phraseEnd, first);
      boolean[] content = new boolean[s.size()];
      for (int u = 0; u < s.size(); u++) {
        content[u] = u < before || u >= phraseEnd;
      }
      trimPunct(s, content);
      return new Attribution("so", speaker[0], speaker[1], content);
    }
    return null;
  }

  /** "laut X", "nach Angaben X", "X zufolge", "according to X": the rest of the sentence is X's. */
  private Attribution prepositional(Sentence s, List<Mention> ms) {
    for (int t = 0; t < s.size() - 1; t++) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      String next = s.token(t + 1).word().toLowerCase(Locale.ROOT);
      int start;
      int phraseStart = t;
      String rule;
      if (language.equals("de") && w.equals("laut") && ("ADP".equals(s.token(t).pos()) || t == 0
          || Character.isUpperCase(s.token(t + 1).word().codePointAt(0)) || "DET".equals(s.token(t + 1).pos()))) {
        start = t + 1;
        rule = "laut";
      } else if (language.equals("de") && w.equals("nach") && next.equals("angaben")) {
        start = t + 2;
        rule = "nach-angaben";
      } else if (language.equals("en") && w.equals("according") && next.equals("to")) {
        start = t + 2;
        rule = "according-to";
      } else if (language.equals("de") && next.equals("zufolge")) {
        // the noun phrase before "zufolge"
        int b = t;
        while (b > 0 && b > t - 8 && !stopsPhrase(s.token(b - 1))) {
          b--;
        }
        boolean[] content = new boolean[s.size()];
        for (int u = 0; u < s.size(); u++) {
          content[u] = u < b || u > t + 1;
        }
        clearLeadingComma(s, content, t + 2);
        String[] speaker = speaker(s, ms, b, t + 1, firstName(s, b, t + 1));
        return new Attribution("zufolge", speaker[0], speaker[1], content);
      } else {
        continue;
      }
      if (start >= s.size()) {
        continue;
      }
      int end = phraseEnd(s, t, start);
      boolean[] content = new boolean[s.size()];
      for (int u = 0; u < s.size(); u++) {
        content[u] = u < phraseStart || u >= end;
      }
      clearLeadingComma(s, content, end);
      int nameAt = firstName(s, start, end);
      String[] speaker = speaker(s, ms, start, end, nameAt);
      return new Attribution(rule, speaker[0], speaker[1], content);
    }
    return null;
  }

  private static void clearLeadingComma(Sentence s, boolean[] content, int at) {
    if (at < s.size() && s.token(at).word().equals(",")) {
      content[at] = false;
    }
  }

  /** End (exclusive) of the noun phrase after a preposition: its subtree in the parse, else up to a verb or comma. */
  private static int phraseEnd(Sentence s, int prep, int start) {
    int linear = start;
    while (linear < s.size() && linear < start + 10 && !stopsPhrase(s.token(linear))) {
      linear++;
    }
    if (s.parsed()) {
      int g = s.tree().head(prep);
      if (g >= start) {
        int[] phrase = s.tree().subtree(g);
        int end = phrase[phrase.length - 1] + 1;
        boolean clean = true;
        for (int u = start; u < end; u++) {
          clean &= !"VERB".equals(s.token(u).pos()) && !"AUX".equals(s.token(u).pos());
        }
        if (clean && end > start) {
          return end;
        }
      }
    }
    return Math.max(linear, start + 1);
  }

  private static boolean stopsPhrase(Token t) {
    String p = t.pos();
    return "VERB".equals(p) || "AUX".equals(p) || "SCONJ".equals(p)
        || "PUNCT".equals(p) && !t.word().equals("-") && !isQuoteMark(t.word());
  }

  private static int firstName(Sentence s, int from, int to) {
    for (int u = from; u < to; u++) {
      if (isName(s.token(u))) {
        return u;
      }
    }
    return -1;
  }

  /** "wie X sagte/erklärte …": the rest of the sentence is X's. */
  private Attribution wie(Sentence s, List<Mention> ms, boolean[] inQuote) {
    for (int t = 0; t < s.size(); t++) {
      if (!s.token(t).word().equalsIgnoreCase("wie")) {
        continue;
      }
      for (int v = t + 2; v < Math.min(s.size(), t + 9); v++) {
        if (stopsPhrase(s.token(v)) && !isVerbish(s.token(v))) {
          break;
        }
        if (sayLemma(s, v) == null) {
          continue;
        }
        int end = v + 1;
        while (end < s.size() && "AUX".equals(s.token(end).pos())) {
          end++;
        }
        boolean[] content = new boolean[s.size()];
        for (int u = 0; u < s.size(); u++) {
          content[u] = u < t || u >= end;
        }
        if (t > 0 && s.token(t - 1).word().equals(",")) {
          content[t - 1] = false;
        }
        clearLeadingComma(s, content, end);
        String[] speaker = speaker(s, ms, t + 1, v, firstName(s, t + 1, v));
        return new Attribution("wie", speaker[0], speaker[1], content);
      }
    }
    return null;
  }

  private static boolean isVerbish(Token t) {
    return "VERB".equals(t.pos()) || "AUX".equals(t.pos());
  }

  /** Verbs of saying/opinion with a content clause. */
  private Attribution sayingVerb(Sentence s, List<Mention> ms, boolean[] inQuote) {
    for (int v = 0; v < s.size(); v++) {
      if (inQuote[v]) {
        continue;
      }
      String lemma = sayLemma(s, v);
      if (lemma == null) {
        continue;
      }
      String rule = "verb:" + s.token(v).word().toLowerCase(Locale.ROOT);
      int before = v - 1;
      while (before > 0 && isQuoteMark(s.token(before).word())) {
        before--;
      }
      boolean commaAfter = v + 1 < s.size() && (s.token(v + 1).word().equals(",") || s.token(v + 1).word().equals(":"));
      int comma = -1;
      if (!commaAfter && before > 0 && (s.token(before).word().equals(",")
          || isQuoteMark(s.token(v - 1).word()) && before < v - 1)) {
        comma = before; // "…, sagte X." / "„…“ sagte X"
      } else if (!commaAfter) {
        // "…, X sagte." / "…, Biden said.": a short subject between the comma and the verb, nothing finite after
        for (int u = v - 1; u > 0 && u >= v - 5; u--) {
          if (isVerbish(s.token(u)) || "SCONJ".equals(s.token(u).pos()) || "PRON".equals(s.token(u).pos())
              && language.equals("de")) {
            break;
          }
          if (s.token(u).word().equals(",")) {
            boolean finiteAfter = false;
            for (int x = v + 1; x < s.size(); x++) {
              finiteAfter |= isVerbish(s.token(x));
            }
            comma = finiteAfter ? -1 : u;
            break;
          }
        }
      }
      if (comma > 0) {
        boolean[] content = new boolean[s.size()];
        for (int u = 0; u < comma; u++) {
          content[u] = true;
        }
        String[] speaker = speaker(s, ms, comma + 1, s.size(), firstNameExcept(s, comma + 1, s.size(), v));
        return new Attribution(rule, speaker[0], speaker[1], content);
      }
      boolean[] content = complement(s, v, inQuote);
      if (content == null) {
        continue;
      }
      String[] speaker = subjectSpeaker(s, ms, v, false);
      return new Attribution(rule, speaker[0], speaker[1], content);
    }
    return null;
  }

  /** The content clause of a matrix verb of saying, or null when it has none. */
  private boolean[] complement(Sentence s, int v, boolean[] inQuote) {
    boolean[] content = new boolean[s.size()];
    if (s.parsed()) {
      DependencyTree tree = s.tree();
      boolean any = false;
      for (int c : tree.children(v)) {
        String rel = tree.relation(c);
        if (c > v && rel != null && (rel.startsWith("ccomp") || rel.startsWith("parataxis"))) {
          for (int u : tree.subtree(c)) {
            content[u] = true;
          }
          any = true;
        }
      }
      if (any) {
        for (int u = v + 1; u < s.size(); u++) {
          content[u] |= inQuote[u];
        }
        trimPunct(s, content);
        return content;
      }
    }
    // linear: after the first comma or colon following the verb, if it opens a content clause
    for (int u = v + 1; u < s.size() - 1; u++) {
      String w = s.token(u).word();
      boolean colon = w.equals(":");
      if (!colon && !w.equals(",")) {
        if (language.equals("en") && u == v + 1 && w.equalsIgnoreCase("that")) {
          colon = true;
        } else {
          continue;
        }
      }
      String next = s.token(u + 1).word().toLowerCase(Locale.ROOT);
      boolean opens = colon || inQuote[u + 1] || isQuoteMark(next) || next.equals("dass") || next.equals("ob")
          || next.equals("that");
      if (!opens && language.equals("de")) {
        for (int x = u + 1; x < s.size() && !opens; x++) {
          opens = isKonjunktivI(s, x);
        }
      }
      if (!opens) {
        return null;
      }
      for (int x = u + 1; x < s.size(); x++) {
        content[x] = true;
      }
      trimPunct(s, content);
      return content;
    }
    if (language.equals("en") && v + 1 < s.size() && !s.parsed()) {
      return null;
    }
    return null;
  }

  private static void trimPunct(Sentence s, boolean[] content) {
    for (int u = 0; u < s.size(); u++) {
      if (content[u]) {
        String w = s.token(u).word();
        if (w.equals(",") || w.equals(":")) {
          content[u] = false; // the comma or colon that introduces the content
        }
        break;
      }
    }
    int last = s.size() - 1;
    if (last >= 0 && content[last] && s.token(last).word().matches("[.!?]")) {
      content[last] = false;
    }
  }

  /** The lemma of a verb of saying at token v, or null. Separated particles must be present ("teilte … mit"). */
  String sayLemma(Sentence s, int v) {
    Token t = s.token(v);
    if (!isVerbish(t) && !(language.equals("en") && "X".equals(t.pos()))) {
      return null;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    String lemma = sayForms.get(w);
    if (lemma != null) {
      if (language.equals("de") && (lemma.equals("sprechen") || lemma.equals("zitieren"))) {
        return null; // only as "wie X sprach" is too rare; kept out of matrix use
      }
      if (language.equals("en") && v + 1 < s.size()) {
        // "told reporters", "said on Monday" are fine; "say" as a noun is not tagged VERB
        return lemma;
      }
      return lemma;
    }
    String[] base = sayBase.get(w);
    if (base != null) {
      for (int u = v + 1; u < s.size(); u++) {
        if (s.token(u).word().equalsIgnoreCase(base[1])) {
          return base[0];
        }
      }
    }
    return null;
  }

  /** The speaker of a verb of saying: its nsubj (parse), else the mention or name next to the verb. */
  private String[] subjectSpeaker(Sentence s, List<Mention> ms, int v, boolean parenthetical) {
    if (s.parsed()) {
      DependencyTree tree = s.tree();
      for (int c : tree.children(v)) {
        String rel = tree.relation(c);
        if (rel != null && rel.startsWith("nsubj") && !rel.equals("nsubj:pass")) {
          int[] range = subtree(s, c);
          String[] sp = speaker(s, ms, range[0], range[1], isName(s.token(c)) ? c : firstName(s, range[0], range[1]));
          if (sp[0] != null || sp[1] != null) {
            return sp;
          }
          return new String[] {null, null};
        }
      }
    }
    if (parenthetical) {
      int end = Math.min(s.size(), v + 5);
      return speaker(s, ms, v + 1, end, firstName(s, v + 1, end));
    }
    // before the verb (X sagte) or right after it (sagte X) in a main clause
    int from = Math.max(0, v - 4);
    for (int u = v - 1; u >= from; u--) {
      if (stopsPhrase(s.token(u))) {
        from = u + 1;
        break;
      }
    }
    String[] sp = speaker(s, ms, from, v, lastName(s, from, v));
    if (sp[0] != null || sp[1] != null) {
      return sp;
    }
    int end = Math.min(s.size(), v + 4);
    return speaker(s, ms, v + 1, end, firstName(s, v + 1, end));
  }

  private static int firstNameExcept(Sentence s, int from, int to, int except) {
    for (int u = from; u < to; u++) {
      if (u != except && isName(s.token(u))) {
        return u;
      }
    }
    return -1;
  }

  private static int lastName(Sentence s, int from, int to) {
    for (int u = to - 1; u >= from; u--) {
      if (isName(s.token(u))) {
        return u;
      }
    }
    return -1;
  }

  /** The token range [first, last + 1) of the subtree of {@code root}. */
  private static int[] subtree(Sentence s, int root) {
    int[] tokens = s.tree().subtree(root);
    return new int[] {tokens[0], tokens[tokens.length - 1] + 1};
  }

  /**
   * The speaker in tokens [from, to): a non-demonym mention there (the one covering {@code nameAt} first), else the
   * capitalised name at {@code nameAt} as {@code auto:<slug>}. Returns {id, name}, both possibly null.
   */
  private static String[] speaker(Sentence s, List<Mention> ms, int from, int to, int nameAt) {
    Mention best = null;
    for (Mention m : ms) {
      if (m.kind() == MentionKind.DEMONYM) {
        continue;
      }
      boolean inside = m.startToken() >= from && m.startToken() < to
          || m.headToken() >= from && m.headToken() < to;
      if (!inside) {
        continue;
      }
      if (best == null || nameAt >= 0 && m.covers(nameAt) && !best.covers(nameAt)
          || !(nameAt >= 0 && best.covers(nameAt)) && m.startToken() < best.startToken()) {
        best = m;
      }
    }
    if (best != null) {
      return new String[] {best.actorId(), best.actorName()};
    }
    if (nameAt < 0 || !isName(s.token(nameAt))) {
      return new String[] {null, null};
    }
    int a = nameAt;
    int b = nameAt + 1;
    while (b < to && b < s.size() && (isName(s.token(b)) || s.token(b).word().equals("-") && b + 1 < s.size()
        && isName(s.token(b + 1)))) {
      b++;
    }
    StringBuilder name = new StringBuilder();
    for (int u = a; u < b; u++) {
      Token t = s.token(u);
      boolean glue = u > a && (t.word().equals("-") || s.token(u - 1).word().equals("-"));
      name.append(u > a && !glue ? " " : "").append(t.word());
    }
    String slug = slant.actors.ActorResolver.slug(name.toString());
    return slug.isEmpty() ? new String[] {null, null} : new String[] {"auto:" + slug, name.toString()};
  }

  private static boolean isName(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0)) && !"ADJ".equals(t.pos())
        && !"DET".equals(t.pos()) && ("PROPN".equals(t.pos()) || t.ner() != null && !"O".equals(t.ner()));
  }

  private static boolean isQuoteMark(String w) {
    return w.length() == 1 && "„“\"»«‚‘”'’".indexOf(w.charAt(0)) >= 0 || w.equals("``") || w.equals("''");
  }

  // ---------------------------------------------------------------- mood

  /** Sentence mood for reported speech. */
  public enum Mood { KONJ1, KONJ2, INDICATIVE }

  /** KONJ1 if any finite verb is Konjunktiv I; KONJ2 if only Konjunktiv II forms are seen; else INDICATIVE. */
  public Mood mood(Sentence s) {
    boolean k2 = false;
    for (int t = 0; t < s.size(); t++) {
      if (isKonjunktivI(s, t)) {
        return Mood.KONJ1;
      }
      k2 |= konj2.contains(s.token(t).word().toLowerCase(Locale.ROOT));
    }
    return k2 ? Mood.KONJ2 : Mood.INDICATIVE;
  }

  /**
   * Whether token t is a German Konjunktiv I finite verb, by form (the German tagger gives no morphology): sei,
   * seien (any tag); otherwise a VERB/AUX ending in -e — the 3rd person singular whose indicative ends in -t
   * (verbinde/verbindet, habe/hat, müsse/muss, rauche/raucht) — except -te forms, which are preterite ("sagte")
   * unless a t-stem listed in de/konjunktiv1-te.tsv ("gelte", "bedeute"), and except a first person ("ich habe").
   */
  public boolean isKonjunktivI(Sentence s, int t) {
    Token tok = s.token(t);
    String w = tok.word().toLowerCase(Locale.ROOT);
    if (konj1AnyPos.contains(w)) {
      return !firstPerson(s, t);
    }
    if (!"VERB".equals(tok.pos()) && !"AUX".equals(tok.pos())) {
      return false;
    }
    if (w.length() < 3 || !w.endsWith("e") || w.endsWith("ie") || notKonj1.contains(w) || konj2.contains(w)) {
      return false;
    }
    if (!w.chars().allMatch(Character::isLetter) || Character.isUpperCase(tok.word().codePointAt(0)) && t > 0) {
      return false;
    }
    if (w.endsWith("te") && !konj1Te.contains(w)) {
      return false;
    }
    return !firstPerson(s, t);
  }

  private static boolean firstPerson(Sentence s, int t) {
    for (int u = Math.max(0, t - 3); u < Math.min(s.size(), t + 3); u++) {
      if (s.token(u).word().equalsIgnoreCase("ich")) {
        return true;
      }
    }
    return false;
  }
}
