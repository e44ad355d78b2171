package slant.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import slant.model.Token;

/**
 * Finds the finite verb CoreNLP's German tagger read as an adjective in a sentence that has no verb: headlines and
 * short reports such as "Selenskyj entlässt Vize-Präsidialamtschefin", "Auch Putin erwägt Wiederaufnahme von
 * Atomtests", "Frankreichs Regierung übersteht Misstrauensvoten", "Ukraine schränkt Stromversorgung massiv ein",
 * "Abseits der Verhandlungen schimpfte Präsident Trump erneut über undankbare Ukrainer" came out with the verb tagged
 * {@code ADJ}, so the parser hung it on a noun as an attribute ({@code amod}) and the sentence had no subject, no
 * object and no act. The annotator gives the word the tag {@code VERB} before parsing.
 *
 * <p>A word is taken for the verb only when all of these hold: the sentence has no token tagged {@code VERB} or
 * {@code AUX}; the word is tagged {@code ADJ}, written in lower case, right after a noun or name and right before a
 * word that can open the verb's object or adverbial (an article, noun, name, adjective, pronoun, number or adverb: not
 * "Scholz enttäuscht von Merz", not a headline's last word "Regimekritiker verhaftet"); no agent preposition stands
 * before it ({@code agent-prepositions.tsv}: "die von Merz gestaltete Reform" is a participle); and it is a
 * third-person finite form of a verb of the bundled verb frames ({@code data/lexicons/de/verb-frames.tsv}: regular
 * forms, {@code strong-verbs.tsv} for strong verbs), a separable verb's form only with its particle later in the
 * sentence ("schränkt … ein"). The first such word is the verb. Also a modal's infinitive read as an adjective at its
 * clause's end ({@link #misreadInfinitive}: "In Narva könnte Putin die Nato überfallen"). German only; since
 * annotation format 10 (2026-12-07).
 *
 * <p>Annotation reads the bundled verb frames, never a configured lexicon directory: stored annotations are versioned
 * by the annotation format and the code that made them.
 */
public final class GermanFiniteVerbs {

  /** What may follow the verb: the first word of its object, subject (after a fronted adverbial) or adverbial. */
  private static final Set<String> NEXT = Set.of("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "ADV");

  /** Finite forms of verbs without a separable particle, and of separable verbs as they stand with it joined. */
  private final Set<String> forms;
  /** Finite forms of separable verbs without their particle, with the particles that may complete them. */
  private final Map<String, Set<String>> separated;
  private final Set<String> agentPrepositions;
  /** The verbs' infinitives, particle verbs joined. */
  private final Set<String> infinitives;
  /** Auxiliaries of the future, speculation and intention whose verb is an infinitive ("könnte", "will", "wird"). */
  private final Set<String> modalAuxiliaries;

  /**
   * @param infinitives verbs' infinitives, lower case
   * @param strongForms a strong verb's irregular finite forms by its infinitive (present and past of the third person
   *     singular, past plural), lower case
   * @param agentPrepositions prepositions of a participle's agent ("von", "durch")
   * @param modalAuxiliaries auxiliaries whose verb stands at the clause's end as an infinitive ("könnte", "will")
   */
  public GermanFiniteVerbs(Set<String> infinitives, Map<String, List<String>> strongForms,
      Set<String> agentPrepositions, Set<String> modalAuxiliaries) {
    Set<String> f = new HashSet<>();
    Map<String, Set<String>> sep = new HashMap<>();
    for (String inf : infinitives) {
      String particle = GermanVerbForms.separableParticle(inf);
      List<String> finite = new java.util.ArrayList<>(GermanVerbForms.mainClauseForms(inf));
      finite.addAll(strongFinite(inf.substring(particle.length()), strongForms));
      for (String form : finite) {
        if (!particle.isEmpty()) {
          sep.computeIfAbsent(form, k -> new HashSet<>()).add(particle);
        }
        // with the particle joined too: "über", "durch", "um", "unter" also open inseparable verbs ("übersteht")
        f.add(particle + form);
      }
    }
    this.forms = Set.copyOf(f);
    Map<String, Set<String>> frozen = new HashMap<>();
    sep.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    this.separated = Map.copyOf(frozen);
    this.agentPrepositions = Set.copyOf(agentPrepositions);
    this.infinitives = Set.copyOf(infinitives);
    this.modalAuxiliaries = Set.copyOf(modalAuxiliaries);
  }

  /**
   * A strong verb's irregular finite forms, also of a verb made from it with an inseparable prefix ("entlassen" →
   * entlässt, entließ, entließen, from "lassen"): the longest strong infinitive the verb ends with.
   */
  private static List<String> strongFinite(String verb, Map<String, List<String>> strongForms) {
    String best = null;
    for (String strong : strongForms.keySet()) {
      if (verb.endsWith(strong) && (best == null || strong.length() > best.length())) {
        best = strong;
      }
    }
    if (best == null) {
      return List.of();
    }
    String prefix = verb.substring(0, verb.length() - best.length());
    return strongForms.get(best).stream().map(f -> prefix + f).toList();
  }

  /** The finder with the bundled verb frames, strong verbs and agent prepositions. */
  public static GermanFiniteVerbs bundled() {
    Set<String> infinitives = new HashSet<>();
    for (TsvFile.Line line : bundledLexicon("verb-frames.tsv").lines("lemma")) {
      infinitives.add(line.field(0).toLowerCase(Locale.ROOT));
    }
    Map<String, List<String>> strong = new HashMap<>();
    for (TsvFile.Line line : bundledLexicon("strong-verbs.tsv").lines("infinitive")) {
      String inf = line.field(0).toLowerCase(Locale.ROOT);
      infinitives.add(inf);
      strong.put(inf, List.of(line.field(1).toLowerCase(Locale.ROOT), line.field(2).toLowerCase(Locale.ROOT),
          line.field(3).toLowerCase(Locale.ROOT)));
    }
    Rules rules = Rules.bundled();
    return new GermanFiniteVerbs(infinitives, strong, rules.words("agent-prepositions.tsv"),
        rules.words("de/non-factual-auxiliaries.tsv"));
  }

  private static TsvFile bundledLexicon(String file) {
    return TsvFile.bundled("slant-data/lexicons/de/" + file, "lexicon");
  }

  /**
   * The index of the token that is a verb though tagged as an adjective, or -1: a verbless sentence's finite verb
   * ({@link #misreadFiniteVerb}), else a modal's infinitive at its clause's end ({@link #misreadInfinitive}).
   */
  public int misreadVerb(List<Token> tokens) {
    int finite = misreadFiniteVerb(tokens);
    return finite >= 0 ? finite : misreadInfinitive(tokens);
  }

  /**
   * The infinitive the tagger read as an adjective at the end of a clause whose verb is a modal or future auxiliary
   * ("In Narva könnte Putin die Nato überfallen – manche hoffen darauf": "überfallen" was an attribute of "Nato", which
   * so became the attacker): a lower-case word tagged {@code ADJ} right after a noun or name, before the sentence's
   * end, a punctuation mark or a conjunction, that is the infinitive of a verb of the bundled verb frames, with an
   * auxiliary of {@code de/non-factual-auxiliaries.tsv} before it in its clause and no verb between. -1 if none.
   * Since annotation format 10 (2026-12-07).
   */
  int misreadInfinitive(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String after = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "PUNCT";
      if (!adjectiveAfterNoun(tokens, i) || !("PUNCT".equals(after) || "CCONJ".equals(after))
          || !infinitives.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Token b = tokens.get(j);
        if ("AUX".equals(b.pos())) {
          if (modalAuxiliaries.contains(b.word().toLowerCase(Locale.ROOT))) {
            return i;
          }
          break;
        }
        if ("VERB".equals(b.pos()) || "PUNCT".equals(b.pos()) || "SCONJ".equals(b.pos())) {
          break;
        }
      }
    }
    return -1;
  }

  /** The index of the token that is the sentence's finite verb though tagged as an adjective, or -1. */
  int misreadFiniteVerb(List<Token> tokens) {
    for (Token t : tokens) {
      if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
        return -1;
      }
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (agentPrepositions.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
        return -1; // "die von Merz gestaltete Reform": everything after an agent is a participle's phrase
      }
      if (adjectiveAfterNoun(tokens, i) && NEXT.contains(tokens.get(i + 1).pos())
          && isFinite(tokens.get(i).word().toLowerCase(Locale.ROOT), tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token {@code i} is tagged {@code ADJ}, written in lower case, right after a noun or a name. */
  private static boolean adjectiveAfterNoun(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String before = tokens.get(i - 1).pos();
    return "ADJ".equals(t.pos()) && !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))
        && ("NOUN".equals(before) || "PROPN".equals(before));
  }

  private boolean isFinite(String word, List<Token> tokens, int at) {
    if (forms.contains(word)) {
      return true;
    }
    Set<String> particles = separated.get(word);
    if (particles == null) {
      return false;
    }
    for (int j = at + 1; j < tokens.size(); j++) {
      if (particles.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
