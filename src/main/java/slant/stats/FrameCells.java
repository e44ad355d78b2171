package slant.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cells of the frame tables (outlet_actor_frames_daily/weekly/monthly) for one actor in one period, from the
 * actor's mentions with their frame cues. Per content scope (all, own), outlet, voice and frame: the frame cues
 * (counted by the voice that uses them, and again under "all"), the mentions and articles carrying the frame, and the
 * share = mentions carrying the frame / mentions of the actor in that voice, scope and period (voice "all": all its
 * mentions; where the actor has no mention in the cue's voice, the framed mentions themselves). Pure Java, one call per
 * actor-period group, like {@link PeriodCells}.
 */
public final class FrameCells {

  private FrameCells() {}

  /** A frame cue toward the mention, in the voice that uses it. */
  public record FrameUse(String voice, String frame, String family) {}

  /** One mention of the actor: its unique key, voice, the article's wire flag and its frame cues. */
  public record MentionFrames(String articleId, String mentionKey, String outlet, String voice, boolean wire,
      String actorName, List<FrameUse> frames) {}

  /** One row of a frame table (without actor and period). */
  public record Cell(String outlet, String actorName, String voice, String scope, String frame, String family,
      long count, long nMentionsFramed, long nMentions, double share, long nArticles) {}

  private static final class Acc {
    String actorName;
    long count;
    final Set<String> mentions = new HashSet<>();
    final Set<String> articles = new HashSet<>();
  }

  public static List<Cell> cells(List<MentionFrames> mentions) {
    List<Cell> out = new ArrayList<>();
    for (String scope : PeriodCells.SCOPES) {
      Map<String, Set<String>> denominators = new HashMap<>(); // outlet|voice -> mention keys
      Map<List<String>, Acc> cells = new TreeMap<>(FrameCells::compareKeys); // outlet, voice, frame, family
      for (MentionFrames m : mentions) {
        if (scope.equals("own") && m.wire()) {
          continue;
        }
        denominators.computeIfAbsent(m.outlet() + "|" + m.voice(), k -> new HashSet<>()).add(m.mentionKey());
        denominators.computeIfAbsent(m.outlet() + "|all", k -> new HashSet<>()).add(m.mentionKey());
        for (FrameUse f : m.frames()) {
          for (String voice : List.of(f.voice(), "all")) {
            Acc a = cells.computeIfAbsent(List.of(m.outlet(), voice, f.frame(), f.family()), k -> new Acc());
            a.count++;
            a.mentions.add(m.mentionKey());
            a.articles.add(m.articleId());
            a.actorName = a.actorName == null || m.actorName().compareTo(a.actorName) < 0 ? m.actorName()
                : a.actorName;
          }
        }
      }
      for (Map.Entry<List<String>, Acc> e : cells.entrySet()) {
        List<String> k = e.getKey();
        Acc a = e.getValue();
        Set<String> denominator = denominators.get(k.get(0) + "|" + k.get(1));
        long framed = a.mentions.size();
        long n = denominator == null ? framed : denominator.size();
        out.add(new Cell(k.get(0), a.actorName, k.get(1), scope, k.get(2), k.get(3), a.count, framed, n,
            (double) framed / n, a.articles.size()));
      }
    }
    return out;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
