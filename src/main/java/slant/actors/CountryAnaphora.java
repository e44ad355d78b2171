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

  CountryAnaphora(Rules rules, SeatOfPower seats, MentionFactory mentions) {
    this.countryAnaphors = rules.words("country-anaphors.tsv");
    this.anaphorDeterminers = rules.words("anaphor-determiners.tsv");
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
      if (st.taken()[t] || !"NOUN".equals(tok.pos()) || !countryAnaphors.contains(norm.key(tok.word()))
          || !anaphorDeterminers.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))) {
        continue;
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
        st.take(mentions.mention(d.doc(), s, id, t - 1, t + 1, MentionKind.ANAPHOR, d.lang()));
      }
    }
  }
}
