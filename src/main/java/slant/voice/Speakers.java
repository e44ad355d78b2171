package slant.voice;

import java.util.List;
import slant.actors.ActorResolver;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.MentionKind;
import slant.model.Sentence;
import slant.model.Token;

/**
 * Speaker identification in a token range an attribution rule found: the mention in the speaker phrase (never a
 * demonym), else, when the phrase holds a capitalised name (PROPN or NER-tagged, not ADJ/DET), {@code auto:<slug>}
 * with ActorResolver's slug rule, else unknown.
 */
final class Speakers {

  private Speakers() {}

  /**
   * The speaker in tokens [from, to): a non-demonym mention starting or headed there (the person a compound's phrase
   * names before the compound, {@link #namedByCompound}, since 2026-12-07; then the one covering {@code nameAt}, else
   * the earliest), else the name starting at {@code nameAt} (with following name tokens and hyphen-joined parts) as
   * {@code auto:<slug>}.
   */
  static Speaker speaker(Sentence s, List<Mention> ms, int from, int to, int nameAt) {
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
      if (best != null && namedByCompound(best, m)) {
        best = m; // "sagte der CDU-Politiker", "US-Justizministerin Pam Bondi sagte": the person, not the party
        continue;
      }
      if (best != null && namedByCompound(m, best)) {
        continue;
      }
      if (best == null || nameAt >= 0 && m.covers(nameAt) && !best.covers(nameAt)
          || !(nameAt >= 0 && best.covers(nameAt)) && m.startToken() < best.startToken()) {
        best = m;
      }
    }
    if (best != null) {
      return new Speaker(best.actorId(), best.actorName());
    }
    if (nameAt < 0 || !isName(s.token(nameAt)) || "LOCATION".equals(s.token(nameAt).ner())) {
      // a place the resolver left without a mention is where the speaker is, not who ("sagte ein Regierungssprecher
      // in Berlin": until 2026-12-07 the speaker auto:berlin)
      return Speaker.UNKNOWN;
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
    String slug = ActorResolver.slug(name.toString());
    return slug.isEmpty() ? Speaker.UNKNOWN : new Speaker("auto:" + slug, name.toString());
  }

  /**
   * Whether {@code person} is the one a compound mention's phrase names: a mention that is no compound, sharing the
   * compound's head (a role compound's person, "der CDU-Politiker") or starting right after its role noun
   * ("US-Justizministerin Pam Bondi"; not a country there, "laut dem ARD-Studio Paris"), not a name further on in
   * the phrase ("die SPD-Politikerin der Neuen Osnabrücker Zeitung").
   */
  private static boolean namedByCompound(Mention compound, Mention person) {
    return compound.kind() == MentionKind.COMPOUND && person.kind() != MentionKind.COMPOUND
        && !"country".equals(person.actorType())
        && (person.headToken() == compound.headToken() || person.startToken() == compound.endToken() + 2);
  }

  /**
   * The speaker of a matrix verb of saying at {@code v}: its nsubj subtree (parse; not nsubj:pass), else the mention
   * or name in the short phrase before the verb ("X sagte"), else right after it ("sagte X").
   */
  static Speaker subject(Sentence s, List<Mention> ms, int v) {
    if (s.parsed()) {
      DependencyTree tree = s.tree();
      for (int c : tree.children(v)) {
        String rel = tree.relation(c);
        if (activeSubject(rel)) {
          int[] tokens = tree.subtree(c);
          int from = tokens[0];
          int to = tokens[tokens.length - 1] + 1;
          int nameAt = isName(s.token(c)) ? c : appositiveName(s, ms, c, from, to);
          Speaker sp = speaker(s, ms, from, to, nameAt >= 0 ? nameAt : firstName(s, from, to));
          return sp.known() ? sp : Speaker.UNKNOWN;
        }
      }
    }
    int from = Math.max(0, v - 4);
    for (int u = v - 1; u >= from; u--) {
      if (VoiceTokens.stopsPhrase(s.token(u))) {
        from = u + 1;
        break;
      }
    }
    Speaker sp = speaker(s, ms, from, v, lastName(s, from, v));
    if (sp.known()) {
      return sp;
    }
    int end = Math.min(s.size(), v + 4);
    return speaker(s, ms, v + 1, end, firstName(s, v + 1, end));
  }

  /**
   * The first token of a mention set off by a comma as an apposition in a subject phrase headed by common noun
   * {@code head}, or -1: the apposition names who the noun is ("Die Sprecherin des Auswärtigen Amtes, Anna Schmidt,
   * sagte", "Der Gouverneur des Bundesstaates Minnesota, Tim Walz, schrieb" — the parser may hang the name on the
   * genitive), where the genitive only says whose. Until 2026-12-07 the earliest name spoke: the ministry, or
   * "Bundesstaates Minnesota".
   */
  static int appositiveName(Sentence s, List<Mention> ms, int head, int from, int to) {
    if (!"NOUN".equals(s.token(head).pos())) {
      return -1;
    }
    for (int u = Math.max(from, head + 1); u < to; u++) {
      if (!commaApposition(s, u) || !isName(s.token(u))) {
        continue;
      }
      for (Mention m : ms) {
        if (m.kind() != MentionKind.DEMONYM && m.covers(u) && !m.covers(head)) {
          return u;
        }
      }
    }
    return -1;
  }

  /** Whether a dependency relation is a verb's active subject: {@code nsubj…}, not {@code nsubj:pass}. */
  static boolean activeSubject(String relation) {
    return relation != null && relation.startsWith("nsubj") && !relation.equals("nsubj:pass");
  }

  /** Whether the token opens an apposition set off by a comma: parsed {@code appos}, right after ",". */
  static boolean commaApposition(Sentence s, int u) {
    return u > 0 && s.token(u - 1).word().equals(",") && "appos".equals(s.tree().relation(u));
  }

  static boolean isName(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0)) && !"ADJ".equals(t.pos())
        && !"DET".equals(t.pos()) && ("PROPN".equals(t.pos()) || t.ner() != null && !"O".equals(t.ner()));
  }

  /** The first name token in [from, to), or -1. */
  static int firstName(Sentence s, int from, int to) {
    return firstNameExcept(s, from, to, -1);
  }

  /** The first name token in [from, to) other than {@code except}, or -1. */
  static int firstNameExcept(Sentence s, int from, int to, int except) {
    for (int u = from; u < to; u++) {
      if (u != except && isName(s.token(u))) {
        return u;
      }
    }
    return -1;
  }

  /** The last name token in [from, to), or -1. */
  static int lastName(Sentence s, int from, int to) {
    for (int u = to - 1; u >= from; u--) {
      if (isName(s.token(u))) {
        return u;
      }
    }
    return -1;
  }
}
