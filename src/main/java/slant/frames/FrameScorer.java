package slant.frames;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.FrameCue;
import slant.model.DependencyTree;
import slant.model.Mention;
import slant.model.Sentence;
import slant.sentiment.CueAttribution;
import slant.voice.VoiceMap;

/**
 * Framing cues toward each mention: the {@link FrameLexicon} matches of a sentence, attributed to mentions with the
 * same {@link CueAttribution} that sentiment uses, each carrying the voice at its head token ({@link VoiceMap}).
 *
 * <p>Frame-specific attribution rules, on top of {@link CueAttribution}:
 *
 * <ul>
 *   <li><b>Head token.</b> A single word stands for itself; a multi-word pattern for its first noun, else its first
 *       token ("Bromance der Bösen" → "Bromance").
 *   <li><b>Verb patterns describe their subject.</b> A VERB entry of the lexicon ("anbiedern", "drohen", "täuschen")
 *       frames the agent: when the cue verb has an active subject ({@code nsubj}) that is a mention, the cue goes to
 *       it (rule {@code predicate:nsubj}) even when the verb also has a mention as object — sentiment's "X kritisiert
 *       Y is about Y" rule does not apply to framing devices ("Putin biedert sich Nordkorea an" frames Putin).
 *   <li><b>Attributive adjectives stay in their noun phrase.</b> An {@code amod} cue on a noun that is not a mention
 *       and that is an object or oblique ("einem … isolierten Staat anbiedert") only reaches mentions inside that
 *       noun phrase; it does not travel up to the verb's subject.
 *   <li><b>A speaker is not framed by their own words.</b> A quoted cue does not go to the mention of its own
 *       speaker in the attribution phrase ("Laut James Brown … verbinde die beiden eine Zweckgemeinschaft").
 *   <li><b>Coordinated actors share a cue.</b> CueAttribution already gives a later conjunct what reaches the
 *       coordination ("Bromance der Bösen zwischen Putin und Kim Jong-un": Kim gets {@code conjunct:<rule>}), but not
 *       the first conjunct's own modifiers, and not an earlier conjunct what reaches a later one. For frames a cue
 *       that reaches a mention by the syntax (not a label or in-mention cue) also goes to every mention of another
 *       actor joined to that mention's head by {@code conj} edges in either direction within the distance limit;
 *       rule {@code conj:<rule>}. This applies to single words and to patterns. (Framing is broader than sentiment
 *       here on purpose: "der brutale Putin und Kim" frames the pair; its sentiment cue stays Putin's.)
 * </ul>
 */
public final class FrameScorer implements Serializable {

  private final FrameLexicon lexicon;
  private final int maxDistance;
  private final CueAttribution.Words words;

  /** A frame scorer with the bundled rule lists (tests, the frame evaluation). */
  public FrameScorer(FrameLexicon lexicon, int maxDistance) {
    this(lexicon, maxDistance, Rules.bundled());
  }

  /** @param rules the rule files whose word lists the cue attribution reads (the job's {@code sentiment.rules_dir}) */
  public FrameScorer(FrameLexicon lexicon, int maxDistance, Rules rules) {
    this.lexicon = lexicon;
    this.maxDistance = maxDistance;
    this.words = CueAttribution.Words.of(rules);
  }

  public FrameLexicon lexicon() {
    return lexicon;
  }

  /** Frame cues per mention, in the order of {@code mentions}; voices may be null (all outlet). */
  public List<List<FrameCue>> score(AnnotatedDoc doc, List<Mention> mentions, VoiceMap voices) {
    VoiceMap v = voices != null ? voices : VoiceMap.allOutlet(doc);
    List<List<FrameCue>> out = new ArrayList<>(mentions.size());
    List<Set<String>> seen = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      out.add(new ArrayList<>());
      seen.add(new HashSet<>());
    }
    for (Sentence s : doc.sentences()) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < mentions.size(); i++) {
        if (mentions.get(i).sentence() == s.index()) {
          idx.add(i);
        }
      }
      if (idx.isEmpty()) {
        continue;
      }
      List<FrameLexicon.Match> matches = lexicon.match(s);
      if (matches.isEmpty()) {
        continue;
      }
      CueAttribution attribution = new CueAttribution(s, mentions, idx, maxDistance, words);
      for (FrameLexicon.Match m : matches) {
        String voice = v.voice(s.index(), m.head());
        String speaker = v.speakerId(s.index(), m.head());
        for (CueAttribution.Target t : targets(s, mentions, idx, attribution, m)) {
          Mention target = mentions.get(t.mention());
          if (speaker != null && speaker.equals(target.actorId()) && !v.quoted(s.index(), target.startToken())) {
            continue; // the speaker's own words are not about the speaker ("Laut Brown … Zweckgemeinschaft")
          }
          for (FrameLexicon.Frame f : m.frames()) {
            if (seen.get(t.mention()).add(f.frame() + "@" + s.index() + ":" + m.head())) {
              out.get(t.mention()).add(new FrameCue(f.frame(), f.family(), m.text(), t.rule(), voice));
            }
          }
        }
      }
    }
    return out;
  }

  /** The mentions a match is about (see the class comment for the rules). */
  List<CueAttribution.Target> targets(Sentence s, List<Mention> mentions, List<Integer> idx,
      CueAttribution attribution, FrameLexicon.Match m) {
    List<CueAttribution.Target> base = null;
    DependencyTree tree = s.tree();
    if (s.parsed() && m.verbPattern()) {
      // the verb of the pattern: the matched token itself, or a verb among a multi-word pattern's tokens
      for (int t : m.tokens()) {
        if (base == null && (m.tokens().size() == 1 || "VERB".equals(s.token(t).pos()))) {
          base = subjectTargets(s, mentions, idx, t, tree);
        }
      }
    }
    if (base == null) {
      base = new ArrayList<>(attribution.targets(m.head()));
      if (s.parsed()) {
        base = restrictAmod(s, mentions, idx, m.head(), tree, base);
      }
    }
    if (!s.parsed() || base.isEmpty()) {
      return base;
    }
    List<CueAttribution.Target> out = new ArrayList<>(base);
    int[] fromCue = tree.distancesFrom(m.head());
    for (CueAttribution.Target t : base) {
      if (t.rule().equals("label") || t.rule().equals("in-mention")) {
        continue;
      }
      Set<Integer> group = conjGroup(tree, mentions.get(t.mention()).headToken());
      for (int k : idx) {
        Mention o = mentions.get(k);
        boolean already = out.stream().anyMatch(x -> x.mention() == k);
        if (already || o.actorId().equals(mentions.get(t.mention()).actorId())) {
          continue;
        }
        if (group.contains(o.headToken()) && fromCue[o.headToken()] <= maxDistance) {
          int d = fromCue[o.headToken()];
          out.add(new CueAttribution.Target(k, "conj:" + t.rule(), d, d <= 1 ? 1.0 : 1.0 / (1.0 + 0.3 * (d - 1))));
        }
      }
    }
    return out;
  }

  /** Subject mentions of an active cue verb, or null when the rule does not apply. */
  private static List<CueAttribution.Target> subjectTargets(Sentence s, List<Mention> mentions, List<Integer> idx,
      int verb, DependencyTree tree) {
    for (int c : tree.children(verb)) {
      if ("aux:pass".equals(tree.relation(c))) {
        return null;
      }
    }
    List<CueAttribution.Target> out = new ArrayList<>();
    for (int k : idx) {
      Mention m = mentions.get(k);
      int h = m.headToken();
      if (tree.head(h) == verb && "nsubj".equals(tree.relation(h))) {
        out.add(new CueAttribution.Target(k, "predicate:nsubj", 1, 1.0));
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static List<CueAttribution.Target> restrictAmod(Sentence s, List<Mention> mentions, List<Integer> idx,
      int cue, DependencyTree tree, List<CueAttribution.Target> targets) {
    if (!"amod".equals(tree.relation(cue)) || tree.head(cue) < 0) {
      return targets;
    }
    int noun = tree.head(cue);
    for (int k : idx) {
      if (mentions.get(k).headToken() == noun || mentions.get(k).covers(noun)) {
        return targets;
      }
    }
    String r = tree.relation(noun);
    if (r == null || !(r.equals("obj") || r.equals("iobj") || r.startsWith("obl") || r.startsWith("nmod"))) {
      return targets;
    }
    List<CueAttribution.Target> out = new ArrayList<>();
    for (CueAttribution.Target t : targets) {
      int h = mentions.get(t.mention()).headToken();
      if (tree.dominates(noun, h)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Tokens joined to {@code start} by conj edges (either direction, transitively), including itself. */
  private static Set<Integer> conjGroup(DependencyTree tree, int start) {
    Set<Integer> group = new HashSet<>();
    List<Integer> todo = new ArrayList<>(List.of(start));
    while (!todo.isEmpty()) {
      int u = todo.remove(todo.size() - 1);
      if (!group.add(u)) {
        continue;
      }
      if (tree.head(u) >= 0 && tree.relation(u) != null && tree.relation(u).startsWith("conj")) {
        todo.add(tree.head(u));
      }
      for (int c : tree.children(u)) {
        if (tree.relation(c) != null && tree.relation(c).startsWith("conj")) {
          todo.add(c);
        }
      }
    }
    return group;
  }
}
