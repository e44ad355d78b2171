package slant.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import slant.lang.Rules;
import slant.lang.WordNormalizer;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Step 4 (when anaphora is on), "das Land" / "der Staat" → the one country acting in this sentence before the noun
 * or in the previous sentence (kind ANAPHOR over determiner and noun). Countries after place prepositions ("in der
 * Ukraine") count only when no other country is there; demonyms and compounds never count. Two or more candidates:
 * no mention (precision over recall). Runs after the matchers and discovery, whose mentions are its candidates.
 * Reads the rule lists {@code country-anaphors.tsv} and {@code anaphor-determiners.tsv} (data/rules/README.md).
 */
final class CountryAnaphora implements SentenceStep {

  /** "das Land", "der Staat" (normalised keys) after an anaphor determiner. */
  private final Set<String> countryAnaphors;
  private final Set<String> anaphorDeterminers;
  private final SeatOfPower seats;
  private final MentionFactory mentions;

  /** Beginnings of adjectives that make the noun another country ("benachbart", "ander", "other"). */
  private final Set<String> otherCountryWords;

  CountryAnaphora(Rules rules, SeatOfPower seats, MentionFactory mentions) {
    this.countryAnaphors = rules.words("country-anaphors.tsv");
    this.anaphorDeterminers = rules.words("anaphor-determiners.tsv");
    this.otherCountryWords = rules.words("other-country-words.tsv");
    this.seats = seats;
    this.mentions = mentions;
  }

  @Override
  public void apply(SentenceState st) {
    DocState d = st.doc();
    Sentence s = st.sentence();
    WordNormalizer norm = d.norm();
    for (int t = 1; t < s.size(); t++) {
      Token tok = s.token(t);
      if (st.taken()[t] || !"NOUN".equals(tok.pos()) || !countryAnaphors.contains(norm.key(tok.word()))) {
        continue;
      }
      int det = determinerBefore(st, t);
      if (det < 0 || det < t - 1 && !singular(tok.word(), norm.key(tok.word()))) {
        continue; // with adjectives, a genitive or dative plural's article no longer stands right before the noun
      }
      Set<String> candidates = new LinkedHashSet<>();
      List<Mention> context = new ArrayList<>(st.mentions());
      for (Mention m : d.resolved()) {
        if (m.sentence() >= s.index() - 1) {
          context.add(m);
        }
      }
      Set<String> places = new LinkedHashSet<>();
      for (Mention m : context) {
        if (!m.actorType().equals("country") || m.kind() == MentionKind.DEMONYM || m.kind() == MentionKind.COMPOUND
            || m.sentence() == s.index() && m.startToken() > t) {
          continue;
        }
        Sentence ms = d.doc().sentences().get(m.sentence());
        if (!seats.isPlace(ms, m.startToken(), m.endToken() - 1, norm)) {
          candidates.add(m.actorId());
        } else {
          places.add(m.actorId());
        }
      }
      if (candidates.isEmpty()) {
        candidates = places; // "Nach den Protesten in Georgien hat das Land …": the only country there is
      }
      if (candidates.size() == 1) {
        String id = candidates.iterator().next();
        // with adjectives between, the mention is the noun, so that they are its attributes ("des international
        // isolierten Landes": what the outlet says of the country), not words inside the mention
        int start = det == t - 1 ? det : t;
        st.take(mentions.mention(d.doc(), s, id, start, t + 1, MentionKind.ANAPHOR, d.lang()));
      }
    }
  }

  /**
   * Whether the noun is written in the singular: its key, or the key with a case ending ("Landes", "Staats"), not a
   * plural ("Länder", "Ländern", "Staaten", "countries"), which a plural article before adjectives ("der
   * europäischen Länder") would otherwise make an anaphor.
   */
  private static boolean singular(String word, String key) {
    String w = word.toLowerCase(Locale.ROOT);
    return !w.endsWith("ies") && (w.equals(key) || w.equals(key + "e") || w.equals(key + "es") || w.equals(key + "s"));
  }

  /**
   * Whether a tagged (unparsed) sentence may hold a country anaphor: a noun of {@code nouns} (normalised keys) with a
   * determiner of {@code determiners} right before it or before up to three adjectives or adverbs ("das Land", "der
   * kleine Staat"). Decides, with {@link ActorResolver#isCandidate}, that the sentence is parsed; the step itself
   * decides whether it is a mention.
   */
  static boolean mayHold(Sentence s, Set<String> nouns, Set<String> determiners, WordNormalizer norm) {
    for (int t = 1; t < s.size(); t++) {
      if (!"NOUN".equals(s.token(t).pos()) || !nouns.contains(norm.key(s.token(t).word()))) {
        continue;
      }
      if (determiners.contains(s.token(beforeModifiers(s, t)).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The token before the up to three adjectives and adverbs right before the noun at {@code t}, or {@code t - 1}. */
  private static int beforeModifiers(Sentence s, int t) {
    int i = t - 1;
    while (i > 0 && t - i <= 3 && ("ADJ".equals(s.token(i).pos()) || "ADV".equals(s.token(i).pos()))) {
      i--;
    }
    return i;
  }

  /**
   * The anaphor determiner of the noun at {@code t}: right before it ("das Land"), or before at most three adjectives
   * and adverbs ending in an adjective ("des international isolierten Landes", "das kriegsgebeutelte Land"; since
   * 2026-12-07), none of them one that makes it another country or any of a class ({@code other-country-words.tsv}:
   * "das benachbarte Land", "das eigene Land", "das einzige Land") or a demonym another step linked ("des deutschen
   * Staates"); -1 if none.
   */
  private int determinerBefore(SentenceState st, int t) {
    Sentence s = st.sentence();
    int i = beforeModifiers(s, t);
    for (int a = i + 1; a < t; a++) {
      if (st.taken()[a]) {
        return -1; // a demonym names the country itself: "des deutschen Staates" after Ukraine is Germany
      }
      String w = s.token(a).word().toLowerCase(Locale.ROOT);
      for (String other : otherCountryWords) {
        if (w.startsWith(other)) {
          return -1;
        }
      }
    }
    if (i < t - 1 && !"ADJ".equals(s.token(t - 1).pos())) {
      return -1;
    }
    return anaphorDeterminers.contains(s.token(i).word().toLowerCase(Locale.ROOT)) ? i : -1;
  }
}
