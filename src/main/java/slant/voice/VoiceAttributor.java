package slant.voice;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.Mention;
import slant.model.Sentence;

/**
 * Separates the outlet's voice from quoted sources, token by token ({@link VoiceMap}). Local, lexical rules first
 * (the German parse of reported speech is unreliable), the dependency parse where it helps. First
 * {@link VoiceContext} gathers the input once: the quotation spans („…“, "…", »…«, ‚…‘, “…”;
 * {@link VoiceDetector#quoteSpans}), the tokens inside them, and each sentence's mentions. Then six steps run in
 * order, each in its own class, the last five writing into one {@link VoiceMarks}:
 *
 * <ol>
 *   <li>{@link AttributionFinder}: per sentence, the first attribution of these rules, in order —
 *       <ol>
 *         <li>{@link ColonSpeaker} (German): a person's name, a colon, a clause — an interview answer or a quoting
 *             heading ("Hofer: Ich bin …", "Heusgen: Putin ist angeschlagen"; rule {@code colon});
 *         <li>{@link SoPhrase} (German): sentence-final or comma-closed ", so X …" (rule {@code so}; "so Brown
 *             gegenüber „tagesschau.de“" — nothing finite may follow);
 *         <li>{@link PrepositionalPhrase}: "laut X" ({@code laut}), "nach Angaben X" ({@code nach-angaben}), "X
 *             zufolge" ({@code zufolge}), English "according to X" ({@code according-to});
 *         <li>{@link WieClause} (German): "wie X sagte" ({@code wie});
 *         <li>{@link SayingVerb}: verbs of saying and of opinion ({@link SayVerbs}, {@code
 *             data/rules/<lang>/say-verbs.tsv}; rule {@code verb:<word>}). Parenthetical order ("…, sagte X." /
 *             "…, teilte der Kreml mit.") quotes what precedes the comma; matrix order ("X sagte, dass …", "X
 *             schrieb: „…“") quotes the verb's clausal complement; a verb without one ("X kritisierte die Pläne")
 *             quotes nothing. In "Brown glaubt jedoch nicht, dass Putin so weit gehen würde" the dass-clause is
 *             Brown's view, the matrix the outlet's report.
 *       </ol>
 *       Speakers ({@link Speakers}): the mention in the speaker phrase (never a demonym), else a capitalised name
 *       (PROPN or NER-tagged) as {@code auto:<slug>} with ActorResolver's slug rule, else unknown (null):
 *       "Staatsmedien", "ein Experte" have no id.
 *   <li>{@link AttributedContent}: each attribution's content is quoted; the phrase itself stays the outlet's.
 *   <li>{@link KonjunktivChain} (German): after an attribution, following sentences in Konjunktiv I (or II while
 *       the chain runs; {@link MoodDetector}) are quoted with the same speaker (rule {@code konjunktiv}).
 *   <li>{@link InterviewTurns} (German): in an interview (a sentence opens with an interviewer's label, "STANDARD:"),
 *       each answer from the interviewee's label to the next label is quoted (rule {@code interview}).
 *   <li>{@link FirstPersonChain} (German): in a text without quotation marks, first-person sentences right after an
 *       attribution are its speaker's (rule {@code first-person}).
 *   <li>{@link QuotationVoices}: tokens in quotation spans not yet quoted are quoted (rule {@code quote}), with the
 *       speaker of an attribution in a sentence the span touches, else unknown.
 * </ol>
 */
public final class VoiceAttributor implements Serializable {

  /** Sentence mood for reported speech. */
  public enum Mood { KONJ1, KONJ2, INDICATIVE }

  private final MoodDetector moods;
  private final AttributionFinder finder;
  private final List<VoiceStep> steps;

  /**
   * @param rules the verbs of saying ({@code <language>/say-verbs.tsv}) and, for German, the Konjunktiv lists
   *     ({@code de/konjunktiv*.tsv}, {@code de/not-konjunktiv1.tsv}) and the interviewer labels
   *     ({@code de/interviewer-labels.tsv}) and first-person words ({@code de/first-person-words.tsv});
   *     data/rules/README.md
   */
  public VoiceAttributor(String language, Rules rules) {
    String lang = "en".equals(language) ? "en" : "de";
    this.moods = new MoodDetector(rules);
    SayVerbs verbs = new SayVerbs(lang, rules);
    if (lang.equals("de")) {
      Set<String> firstPerson = rules.words("de/first-person-words.tsv");
      this.finder = new AttributionFinder(List.of(new ColonSpeaker(firstPerson), new SoPhrase(),
          new PrepositionalPhrase(lang), new WieClause(verbs), new SayingVerb(lang, verbs, moods)));
      this.steps = List.of(new AttributedContent(), new KonjunktivChain(moods),
          new InterviewTurns(rules.words("de/interviewer-labels.tsv")), new FirstPersonChain(firstPerson),
          new QuotationVoices());
    } else {
      this.finder = new AttributionFinder(List.of(new PrepositionalPhrase(lang), new SayingVerb(lang, verbs, moods)));
      this.steps = List.of(new AttributedContent(), new QuotationVoices());
    }
  }

  /** The voice of every token of {@code doc}; {@code mentions} name the speakers. */
  public VoiceMap attribute(AnnotatedDoc doc, List<Mention> mentions) {
    VoiceContext ctx = VoiceContext.of(doc, mentions);
    Attribution[] attributions = finder.find(ctx);
    VoiceMarks marks = new VoiceMarks(doc);
    for (VoiceStep step : steps) {
      step.apply(ctx, attributions, marks);
    }
    return marks.toVoiceMap(ctx);
  }

  /** German sentence mood ({@link MoodDetector#mood}). */
  public Mood mood(Sentence s) {
    return moods.mood(s);
  }

  /** Whether token t is a German Konjunktiv I finite verb ({@link MoodDetector#isKonjunktivI}). */
  public boolean isKonjunktivI(Sentence s, int t) {
    return moods.isKonjunktivI(s, t);
  }
}
