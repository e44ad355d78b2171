package slant.voice;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Sentence;

/**
 * Who speaks at each token of a document: the outlet, or a quoted source ({@link VoiceAttributor}). Addressed by
 * sentence index and token index. For quoted tokens, {@code speakerId} is the speaker's actor id when known (a
 * mention's actor id, or {@code auto:<slug>} for a named speaker that is not a mention), else null; {@code rule}
 * says why the token is quoted ("quote", "laut", "so", "zufolge", "nach-angaben", "according-to", "wie",
 * "verb:&lt;word&gt;", "konjunktiv", "colon", "interview", "first-person").
 */
public final class VoiceMap implements Serializable {

  public static final String OUTLET = VoiceDetector.OUTLET;
  public static final String QUOTED = VoiceDetector.QUOTED;

  /** A maximal run of quoted tokens in one sentence with one speaker and rule. */
  public record Span(int sentence, int startToken, int endToken, int begin, int end, String speakerId,
      String speakerName, String rule) implements Serializable {}

  private final boolean[][] quoted;
  private final String[][] speakerId;
  private final String[][] speakerName;
  private final String[][] rule;
  private final List<Span> spans;
  private final List<int[]> quotations;
  private final boolean bodyMarksQuotations;

  /**
   * @param quotations the text's quotation-mark spans [begin, end) ({@link VoiceDetector#quoteSpans})
   * @param bodyMarksQuotations whether any of them stands in the article's body
   *     ({@link VoiceContext#bodyMarksQuotations})
   */
  VoiceMap(AnnotatedDoc doc, boolean[][] quoted, String[][] speakerId, String[][] speakerName, String[][] rule,
      List<int[]> quotations, boolean bodyMarksQuotations) {
    this.quotations = List.copyOf(quotations);
    this.bodyMarksQuotations = bodyMarksQuotations;
    this.quoted = quoted;
    this.speakerId = speakerId;
    this.speakerName = speakerName;
    this.rule = rule;
    List<Span> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      int i = s.index();
      int t = 0;
      while (t < s.size()) {
        if (!quoted[i][t]) {
          t++;
          continue;
        }
        int u = t + 1;
        while (u < s.size() && quoted[i][u] && Objects.equals(speakerId[i][u], speakerId[i][t])
            && Objects.equals(rule[i][u], rule[i][t])) {
          u++;
        }
        out.add(new Span(i, t, u, s.token(t).begin(), s.token(u - 1).end(), speakerId[i][t], speakerName[i][t],
            rule[i][t]));
        t = u;
      }
    }
    this.spans = List.copyOf(out);
  }

  /** Every token in the outlet's voice, and no quotation marks. */
  public static VoiceMap allOutlet(AnnotatedDoc doc) {
    int n = doc.sentences().size();
    boolean[][] q = new boolean[n][];
    String[][] a = new String[n][];
    String[][] b = new String[n][];
    String[][] c = new String[n][];
    for (Sentence s : doc.sentences()) {
      q[s.index()] = new boolean[s.size()];
      a[s.index()] = new String[s.size()];
      b[s.index()] = new String[s.size()];
      c[s.index()] = new String[s.size()];
    }
    return new VoiceMap(doc, q, a, b, c, List.of(), false);
  }

  public boolean quoted(int sentence, int token) {
    return quoted[sentence][token];
  }

  /** "outlet" or "quoted". */
  public String voice(int sentence, int token) {
    return quoted[sentence][token] ? QUOTED : OUTLET;
  }

  /** The speaker's actor id at a quoted token, or null (outlet voice, or speaker unknown). */
  public String speakerId(int sentence, int token) {
    return speakerId[sentence][token];
  }

  /** The speaker as written ("James Brown"), or null. */
  public String speakerName(int sentence, int token) {
    return speakerName[sentence][token];
  }

  /** Why a token is quoted, or null in the outlet's voice. */
  public String rule(int sentence, int token) {
    return rule[sentence][token];
  }

  /** A mention's voice: that of its first token. */
  public String voiceOf(Mention m) {
    return voice(m.sentence(), m.startToken());
  }

  public String speakerIdOf(Mention m) {
    return speakerId(m.sentence(), m.startToken());
  }

  /** The quoted runs, in document order. */
  public List<Span> spans() {
    return spans;
  }

  /**
   * Whether the characters [begin, end) lie inside quotation marks („…“, "…", »…«, English '…'; {@link
   * VoiceDetector#quoteSpans}), whoever speaks there. The quotation spans are found once per article, by {@link
   * VoiceAttributor}; sentiment's features read them here.
   */
  public boolean insideQuotation(int begin, int end) {
    return VoiceDetector.inside(quotations, begin, end);
  }

  /**
   * Whether the article's body has quotation marks (some corpora strip them all; derStandard's texts in 10kGNAD keep
   * them only in the headline and teaser before the dateline: {@link VoiceContext#bodyMarksQuotations}).
   */
  public boolean marksQuotations() {
    return bodyMarksQuotations;
  }

  /** Whether any token of a sentence is quoted. */
  public boolean anyQuoted(int sentence) {
    for (boolean b : quoted[sentence]) {
      if (b) {
        return true;
      }
    }
    return false;
  }
}
