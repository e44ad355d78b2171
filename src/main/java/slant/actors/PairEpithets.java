package slant.actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.Rules;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Step 5 (when anaphora is on), "die beiden Populisten" after "Putin und Kim …": a noun after "beide(n)"/"both"
 * refers to the two actors of the same type named before it in this sentence or in the previous one, when there are
 * exactly two (precision over recall; demonyms and compounds do not count). Each gets a mention over "beiden" (kind
 * ANAPHOR) whose head is the noun, so the noun is the label of both ("Populisten" evaluates each). Runs after
 * {@link CountryAnaphora}, like it reading the mentions found so far. The noun must be able to stand for actors: a
 * title or role noun or a listed pair noun ("die beiden Länder"), not "beide Gesetze". Reads the rule lists
 * {@code pair-words.tsv}, {@code pair-nouns.tsv} and {@code title-endings.tsv} (data/rules/README.md).
 */
final class PairEpithets implements SentenceStep {

  /** "die beiden Populisten", "beide Politiker". */
  private final Set<String> pairWords;
  /** Nouns that can stand for two actors besides title nouns ("Länder", "Parteien"); folded endings. */
  private final List<String> pairNouns;
  private final List<String> titleEndings;

  PairEpithets(Rules rules) {
    this.pairWords = rules.words("pair-words.tsv");
    this.pairNouns = rules.list("pair-nouns.tsv");
    this.titleEndings = rules.list("title-endings.tsv");
  }

  /**
   * Whether the noun after the pair word can stand for two actors: a title or role noun ("Präsidenten",
   * "Populisten") or a listed pair noun ("Länder", "Parteien"), not "Gesetze", "Gesprächen" or "Seiten".
   */
  private boolean canStandForActors(String noun) {
    return TitleLabels.isTitleNoun(noun, titleEndings) || TitleLabels.isTitleNoun(noun, pairNouns);
  }

  /**
   * Whether the noun can name two actors of this type: persons by a title or role noun, other actors by a pair noun
   * ("die beiden Staatsführer" after China and the Türkei are their leaders, not the countries; "beide Staaten" after
   * Putin and Kim are their countries, not the two men).
   */
  private boolean typeFits(String noun, String actorType) {
    return "person".equals(actorType) ? TitleLabels.isTitleNoun(noun, titleEndings)
        : TitleLabels.isTitleNoun(noun, pairNouns);
  }

  @Override
  public void apply(SentenceState st) {
    Sentence s = st.sentence();
    boolean[] taken = st.taken();
    for (int t = 0; t + 1 < s.size(); t++) {
      if (taken[t] || taken[t + 1] || !pairWords.contains(s.token(t).word().toLowerCase(Locale.ROOT))
          || !"NOUN".equals(s.token(t + 1).pos()) || !canStandForActors(s.token(t + 1).word())) {
        continue;
      }
      Map<String, Mention> named = new LinkedHashMap<>();
      List<Mention> context = new ArrayList<>();
      for (Mention m : st.doc().resolved()) {
        if (m.sentence() == s.index() - 1) {
          context.add(m);
        }
      }
      for (Mention m : st.mentions()) {
        if (m.startToken() < t) {
          context.add(m);
        }
      }
      for (Mention m : context) {
        if (m.kind() != MentionKind.DEMONYM && m.kind() != MentionKind.COMPOUND) {
          named.putIfAbsent(m.actorId(), m);
        }
      }
      if (named.size() != 2 || named.values().stream().map(Mention::actorType).distinct().count() != 1
          || !typeFits(s.token(t + 1).word(), named.values().iterator().next().actorType())) {
        continue;
      }
      Token pair = s.token(t);
      for (Mention m : named.values()) {
        st.mentions().add(new Mention(m.actorId(), m.actorName(), m.actorType(), pair.word(), s.index(), t, t + 1,
            t + 1, pair.begin(), pair.end(), MentionKind.ANAPHOR, List.of(s.token(t + 1).word())));
      }
      // only the pair word is taken: the noun stays free (it is the head and label, not a mention of its own)
      taken[t] = true;
    }
  }
}
