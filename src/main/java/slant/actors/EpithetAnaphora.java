package slant.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.lang.Endings;
import slant.lang.Rules;
import slant.lang.WordNormalizer;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Step 5 (when anaphora is on), "Die Terrormiliz bestreitet das" after the Hamas, "Der Machthaber schwieg" after Kim
 * Jong-un: an evaluative noun of {@code epithet-anaphors.tsv} after an anaphor determiner, with no name of its own,
 * refers back to the one actor of a fitting kind named in this sentence before it or in the previous one (if none
 * there, in the two sentences before), when that actor is in the catalogue. It gets a mention over the noun (kind
 * ANAPHOR), so the noun is the outlet's description of that actor, as in "die Terrormiliz Hamas", and its adjectives
 * are the actor's ("die radikalen Islamisten"). Two or more fitting actors: no mention (precision over recall);
 * demonyms do not count. German documents only. Reads {@code epithet-anaphors.tsv} and {@code anaphor-determiners.tsv}
 * (data/rules/README.md).
 */
final class EpithetAnaphora implements SentenceStep {

  /**
   * Feminine and plural determiners, besides anaphor-determiners.tsv (which leaves them out because "die Staaten" is
   * no country anaphor): "die Terrormiliz", "diese Terrorgruppe".
   */
  private static final Set<String> FEMININE_DETERMINERS = Set.of("die", "diese");

  /** Determiners before a plural person noun standing for a group ("die Islamisten", "den Islamisten"). */
  private static final Set<String> PLURAL_DETERMINERS = Set.of("die", "den", "der", "diese", "diesen", "dieser");

  /** Dependents by which a noun carries a name of its own ("der Machthaber in Pjöngjang", "die Terrormiliz IS"). */
  private static final Set<String> NAMING_RELATIONS = Set.of("appos", "flat", "nmod", "nmod:poss", "compound",
      "obl", "nmod:gen");

  /** Normalised noun key → what it may stand for: person, group or members. */
  private final Map<String, String> epithets;
  private final Set<String> anaphorDeterminers;
  /** Keys of the singular party member nouns (de/party-member-nouns.tsv: "republikan", "demokratin"). */
  private final Set<String> memberNouns;
  /** Endings of the nouns that make an organisation's compound one of its people (de/party-role-nouns.tsv). */
  private final Set<String> roleNouns;

  EpithetAnaphora(Rules rules) {
    Map<String, String> e = new HashMap<>();
    for (List<String> row : rules.rows("epithet-anaphors.tsv")) {
      e.put(row.get(0), row.get(1));
    }
    this.epithets = Map.copyOf(e);
    this.anaphorDeterminers = rules.words("anaphor-determiners.tsv");
    this.memberNouns = rules.words("de/party-member-nouns.tsv");
    this.roleNouns = rules.words("de/party-role-nouns.tsv");
  }

  @Override
  public void apply(SentenceState st) {
    DocState d = st.doc();
    if (!"de".equals(d.lang())) {
      return;
    }
    Sentence s = st.sentence();
    WordNormalizer norm = d.norm();
    for (int t = 1; t < s.size(); t++) {
      Token tok = s.token(t);
      String refersTo = "NOUN".equals(tok.pos()) && !st.taken()[t] ? epithets.get(norm.key(tok.word())) : null;
      if (refersTo == null) {
        continue;
      }
      int det = determinerBefore(s, t);
      if (det < 0 || refersTo.equals("members") && !pluralForm(s, det, t)
          || refersTo.equals("person") && !singularPerson(s, det, t) || hasOwnName(st, t)) {
        continue;
      }
      Mention antecedent = antecedent(st, t, refersTo);
      if (antecedent != null) {
        st.take(new Mention(antecedent.actorId(), antecedent.actorName(), antecedent.actorType(), tok.word(),
            s.index(), t, t + 1, t, tok.begin(), tok.end(), MentionKind.ANAPHOR, List.of(tok.word())));
      }
    }
    memberNounsAsPersons(st, norm);
    roleCompoundsAsPersons(st);
  }

  /**
   * "Merz … , sagte der CDU-Politiker": an organisation's compound mention ("CDU" in "CDU-Politiker") whose noun after
   * the hyphen is a role noun of de/party-role-nouns.tsv, in the singular after a definite determiner (adjectives
   * between allowed: "der frühere CDU-Politiker"), with no name of its own ("der CDU-Politiker Jens Spahn" names
   * him), gets beside it a mention of the one person named just before ({@link #antecedent}, discovered full names
   * included) over the role noun, with the compound's head as its head: the phrase's verbs and adjectives reach the
   * person as they reach the organisation's compound, whose attribution leaves the head noun to the person. Since
   * 2026-12-07; before, the phrase was the organisation's only (about 170 such phrases in the zeitgeist and 10kGNAD
   * texts).
   */
  private void roleCompoundsAsPersons(SentenceState st) {
    Sentence s = st.sentence();
    for (Mention m : List.copyOf(st.mentions())) {
      int hyphen = m.endToken();
      int role = hyphen + 1;
      if (m.kind() != MentionKind.COMPOUND || !"organisation".equals(m.actorType()) || role >= s.size()
          || !s.token(hyphen).word().equals("-") || s.token(hyphen).begin() != s.token(hyphen - 1).end()
          || s.token(role).begin() != s.token(hyphen).end() || st.taken()[role]
          || !Endings.endsWithAny(s.token(role).word().toLowerCase(Locale.ROOT), roleNouns)
          || !singularRole(s, m, role) || hasOwnName(st, role)) {
        continue;
      }
      Mention antecedent = antecedent(st, m.startToken(), "person", true);
      if (antecedent != null) {
        Token tok = s.token(role);
        st.take(new Mention(antecedent.actorId(), antecedent.actorName(), antecedent.actorType(), tok.word(),
            s.index(), role, role + 1, m.headToken(), tok.begin(), tok.end(), MentionKind.ANAPHOR,
            List.of(tok.word())));
      }
    }
  }

  /**
   * Whether the compound before {@code role} is one person: a definite determiner before it (adjectives between)
   * followed by a singular role noun ({@link #oneAfter}, the compound's head read as the subject).
   */
  private static boolean singularRole(Sentence s, Mention m, int role) {
    int i = m.startToken() - 1;
    while (i > 0 && "ADJ".equals(s.token(i).pos())) {
      i--;
    }
    return i >= 0 && oneAfter(s.token(i).word(), s.token(role).word(), subject(s, m.headToken()));
  }

  /**
   * Whether a German person noun after a definite determiner is one person, by the forms alone where they decide it:
   * after "dem", "des" (and "diesem", "dieses") always; after "die" only a feminine in -in ("die SPD-Chefin"; "die
   * Präsidenten", "die CDU-Politiker" are several); after "den" only without the plural dative's -n ("den Minister",
   * not "den Ministern" nor the ambiguous "den Präsidenten"); after "der" a feminine in -in (genitive or dative
   * singular: "laut der SPD-Chefin"), else only a subject not in -en ("sagte der Republikaner", "so der Präsident";
   * "Vertreter der Republikaner", "die Nacht der Umweltminister" are genitive plurals). Any other word: no. Read by
   * the member nouns, role compounds ({@link EpithetAnaphora}) and title nouns ({@link TitleAnaphora}); since
   * 2026-12-07 one rule for the three.
   */
  static boolean oneAfter(String determiner, String word, boolean subject) {
    boolean feminine = word.endsWith("in");
    return switch (determiner.toLowerCase(Locale.ROOT)) {
      case "dem", "diesem", "des", "dieses" -> true;
      case "die", "diese" -> feminine;
      case "den", "diesen" -> !word.endsWith("n");
      case "der", "dieser" -> feminine || subject && !word.endsWith("en");
      default -> false;
    };
  }

  /** Whether the token is a subject in the parse. */
  static boolean subject(Sentence s, int t) {
    return s.parsed() && s.tree().relation(t) != null && s.tree().relation(t).startsWith("nsubj");
  }

  /**
   * "Trump … , sagte der Republikaner": a party mention that is a singular member noun of the party
   * (de/party-member-nouns.tsv) after a definite determiner, with no name of its own, becomes a mention of the one
   * person named just before ({@link #antecedent}, discovered full names included), so that person, not the party,
   * is the speaker and the one described. No such person: the party mention stays. Since 2026-12-07; before, "der
   * Republikaner" in Trump's reports counted for the Republican Party (seven such mentions end to end).
   */
  private void memberNounsAsPersons(SentenceState st, WordNormalizer norm) {
    Sentence s = st.sentence();
    List<Mention> out = new ArrayList<>(st.mentions());
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      Mention m = out.get(i);
      int t = m.startToken();
      if (m.endToken() != t + 1 || m.kind() != MentionKind.NAME || "person".equals(m.actorType())
          || !memberNouns.contains(norm.key(s.token(t).word())) || !singularMember(s, t) || hasOwnName(st, t)) {
        continue;
      }
      Mention antecedent = antecedent(st, t, "person", true);
      if (antecedent != null) {
        Token tok = s.token(t);
        out.set(i, new Mention(antecedent.actorId(), antecedent.actorName(), antecedent.actorType(), tok.word(),
            s.index(), t, t + 1, t, tok.begin(), tok.end(), MentionKind.ANAPHOR, List.of(tok.word())));
        changed = true;
      }
    }
    if (changed) {
      st.replaceMentions(out);
    }
  }

  /** Whether a member noun at {@code t} is one member: right after a definite determiner, {@link #oneAfter}. */
  private static boolean singularMember(Sentence s, int t) {
    return t > 0 && oneAfter(s.token(t - 1).word(), s.token(t).word(), subject(s, t));
  }

  /** The anaphor determiner before the noun, adjectives between allowed ("die radikalen Islamisten"), or -1. */
  private int determinerBefore(Sentence s, int t) {
    int i = t - 1;
    while (i > 0 && "ADJ".equals(s.token(i).pos())) {
      i--;
    }
    String w = s.token(i).word().toLowerCase(Locale.ROOT);
    return (anaphorDeterminers.contains(w) || FEMININE_DETERMINERS.contains(w)) && !"ADJ".equals(s.token(i).pos())
        ? i : -1;
  }

  /**
   * A person noun in the singular: a feminine in "-in" ("die Machthaberin"), or a masculine after neither "die"/"diese"
   * ("die Machthaber" are several) nor, with the plural's "-en", "der"/"dieser" ("die Achse der Autokraten").
   */
  private static boolean singularPerson(Sentence s, int det, int t) {
    String word = s.token(t).word();
    String d = s.token(det).word().toLowerCase(Locale.ROOT);
    if (word.endsWith("in")) {
      return true;
    }
    return !(d.equals("die") || d.equals("diese")) && !((d.equals("der") || d.equals("dieser")) && word.endsWith("en"));
  }

  /** A plural person noun after a plural determiner: "die Islamisten", not "der Islamist". */
  private static boolean pluralForm(Sentence s, int det, int t) {
    return s.token(t).word().endsWith("en")
        && PLURAL_DETERMINERS.contains(s.token(det).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the noun names its actor itself: a name or mention right after it ("die Terrormiliz Hamas" when the
   * matchers left the noun free), or a dependent that a mention covers ("der Machthaber in Pjöngjang",
   * "die Terrormiliz des IS"): then the noun is a label of that mention, which attribution scores already.
   */
  static boolean hasOwnName(SentenceState st, int t) {
    Sentence s = st.sentence();
    if (t + 1 < s.size() && (st.taken()[t + 1] || "PROPN".equals(s.token(t + 1).pos()))) {
      return true;
    }
    if (!s.parsed()) {
      return false;
    }
    DependencyTree tree = s.tree();
    for (int c : tree.children(t)) {
      String rel = tree.relation(c);
      if (rel != null && NAMING_RELATIONS.contains(rel) && (st.taken()[c] || "PROPN".equals(s.token(c).pos()))) {
        return true;
      }
    }
    return false;
  }

  /** The one fitting actor named before the noun (this and the previous sentence, else the two before), or null. */
  private static Mention antecedent(SentenceState st, int t, String refersTo) {
    return antecedent(st, t, refersTo, false);
  }

  /**
   * As {@link #antecedent(SentenceState, int, String)}; with {@code fullDiscovered}, a discovered person named there
   * with first and last name (two or more tokens) is a referent too: a party's member noun or role compound ("sagte
   * der SPÖ-Chef" after "Andreas Babler") follows a name the recogniser tagged in full, where an evaluative epithet
   * after a possessive's tagging error ("Kims Müllballons: Der Diktator …") would not.
   */
  private static Mention antecedent(SentenceState st, int t, String refersTo, boolean fullDiscovered) {
    Map<String, Mention> chosen = windowActors(st, t, m -> competes(m.actorType(), refersTo));
    if (chosen.size() != 1) {
      return null;
    }
    Mention only = chosen.values().iterator().next();
    if (only.actorId().startsWith("auto:") && !(fullDiscovered && only.endToken() - only.startToken() >= 2)) {
      // a discovered name competes but is no referent: it is as often a tagging error ("Kims Müllballons: Der
      // Diktator zeigt sein wahres Gesicht", where Kim is named in full only later) as a person of the news
      return null;
    }
    return refersTo.equals("person") || "group".equals(only.actorType()) ? only : null;
  }

  /**
   * The distinct actors of the window before token {@code t} that {@code fits} accepts (demonyms never), each by its
   * first mention there: those of this sentence before {@code t} and of the previous one, else, if none, those of the
   * two sentences before. The window of the epithets here and of the title nouns ({@link TitleAnaphora}).
   */
  static Map<String, Mention> windowActors(SentenceState st, int t, java.util.function.Predicate<Mention> fits) {
    int here = st.sentence().index();
    Map<String, Mention> near = new LinkedHashMap<>();
    Map<String, Mention> further = new LinkedHashMap<>();
    List<Mention> context = new ArrayList<>(st.doc().resolved());
    context.addAll(st.mentions());
    for (Mention m : context) {
      if (m.kind() == MentionKind.DEMONYM || !fits.test(m)
          || m.sentence() == here && m.startToken() >= t || m.sentence() > here || m.sentence() < here - 3) {
        continue;
      }
      (m.sentence() >= here - 1 ? near : further).putIfAbsent(m.actorId(), m);
    }
    return near.isEmpty() ? further : near;
  }

  /**
   * Whether an actor of this type is a candidate: a person for a person noun; for a group noun an actor of type
   * group (the catalogue's armed and activist groups) or organisation. An organisation is never the referent ("die
   * Islamisten" after the Arab League are others) but competes with it: "die salafistischen Jihadisten" after the
   * Hamas and a newly named Jihadist group are that group's.
   */
  private static boolean competes(String actorType, String refersTo) {
    return switch (refersTo) {
      case "person" -> "person".equals(actorType);
      case "group", "members" -> "group".equals(actorType) || "organisation".equals(actorType);
      default -> false;
    };
  }
}
