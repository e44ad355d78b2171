package slant.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import slant.lang.Rules;
import slant.model.Mention;
import slant.model.Sentence;

/**
 * A step after the linking steps, news media as a statement's medium: the agency, broadcaster, paper or platform a
 * speaker talks to or through is no actor, so its mention goes ({@code data/rules/statement-media.tsv}):
 * <ul>
 *   <li>after an addressee's or channel's word, over an article and a medium's noun between: "sagte er zur APA",
 *       "gegenüber der Nachrichtenagentur dpa", "sagte Merz im ZDF", "schrieb Trump auf der Plattform X";
 *   <li>before a hyphen and a noun that names the statement: "im APA-Gespräch", "im ARD-Sommerinterview", "auf
 *       APA-Anfrage";
 *   <li>after "der"/"dem" (and a medium's noun) at the end of a clause, the word before the article being no noun:
 *       "sagte er der APA.", "bestätigte Binder der Nachrichtenagentur Reuters," — not "der Chef der APA."
 * </ul>
 * A medium is an actor whose name, or a mention whose words, the file lists as a medium. Elsewhere the same medium
 * stays an actor ("Die ARD kündigte an", "X sperrt Konten"). Until 2026-12-07 the medium was an actor of the
 * article: "sagte er dem STANDARD" made derStandard an actor of its own reports.
 */
final class StatementMedia implements SentenceStep {

  private static final Set<String> ARTICLES = Set.of("der", "dem", "die", "den");
  private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", ":", "!", "?", "\"", "“", "”", "»", "«", ")");

  private final Set<String> media;
  private final Set<String> introducers;
  private final Set<String> before;
  private final Set<String> compounds;

  StatementMedia(Rules rules) {
    Set<String> m = new java.util.HashSet<>();
    Set<String> i = new java.util.HashSet<>();
    Set<String> b = new java.util.HashSet<>();
    Set<String> c = new java.util.HashSet<>();
    for (List<String> row : rules.rows("statement-media.tsv")) {
      switch (row.get(1)) {
        case "medium" -> m.add(row.get(0));
        case "introducer" -> i.add(row.get(0));
        case "before" -> b.add(row.get(0));
        default -> c.add(row.get(0));
      }
    }
    this.media = Set.copyOf(m);
    this.introducers = Set.copyOf(i);
    this.before = Set.copyOf(b);
    this.compounds = Set.copyOf(c);
  }

  @Override
  public void apply(SentenceState st) {
    Sentence s = st.sentence();
    List<Mention> kept = new ArrayList<>();
    for (Mention m : st.mentions()) {
      if (!(isMedium(m) && statementMedium(s, m.startToken(), m.endToken()))) {
        kept.add(m);
      }
    }
    if (kept.size() < st.mentions().size()) {
      st.replaceMentions(kept);
    }
  }

  private boolean isMedium(Mention m) {
    return media.contains(lower(m.actorName())) || media.contains(lower(m.surface()));
  }

  /** Whether the medium at tokens [start, end) is a statement's medium by one of the three rules above. */
  boolean statementMedium(Sentence s, int start, int end) {
    if (end + 1 < s.size() && s.token(end).word().equals("-")
        && compounds.stream().anyMatch(lower(s.token(end + 1).word())::endsWith)) {
      return true; // "APA-Gespräch"
    }
    int t = start - 1;
    if (t >= 0 && introducers.contains(lower(s.token(t).word()))) {
      t--;
    }
    boolean article = t >= 0 && ARTICLES.contains(lower(s.token(t).word()));
    if (article) {
      t--;
    }
    if (t >= 0 && before.contains(lower(s.token(t).word()))) {
      return true; // "zur APA", "gegenüber der Nachrichtenagentur dpa", "auf der Plattform X"
    }
    // "sagte er der APA.": a dative at the clause's end, not the genitive of a noun before the article
    String articleWord = article ? lower(s.token(t + 1).word()) : "";
    boolean atClauseEnd = end >= s.size() || CLAUSE_ENDS.contains(s.token(end).word());
    return (articleWord.equals("der") || articleWord.equals("dem")) && atClauseEnd && t >= 0
        && !"NOUN".equals(s.token(t).pos());
  }

  private static String lower(String w) {
    return w == null ? "" : w.strip().toLowerCase(Locale.ROOT);
  }
}
