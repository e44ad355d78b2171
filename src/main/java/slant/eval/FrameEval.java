package slant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import slant.config.ConfigException;
import slant.frames.FrameLexicon;

/**
 * Scores frame and voice predictions against the team's gold set ({@code data/eval/frames-de.jsonl}, format in
 * {@code docs/validation-frames.md}). Pure: the caller runs the pipeline and passes what it predicted.
 *
 * <p>Frames: per case, a gold item (actor, frame) is found when a predicted cue has the same frame on a mention
 * whose surface or actor name equals the gold actor, or contains it, or is contained in it (case-insensitive:
 * "Kim" ~ "Kim Jong-un"). Predicted items are deduplicated per (actor, frame). Precision and recall per family
 * (device, policy, role) and overall; voice accuracy = share of found gold items whose predicted voice equals the
 * gold voice. Voice spans: every non-punctuation token inside a gold span is compared with the predicted voice
 * (token accuracy); a quoted gold span with a speaker counts as speaker-correct when the speaker predicted for the
 * majority of its tokens names the gold speaker (id or name containing it, case-insensitive).
 */
public final class FrameEval {

  public record GoldFrame(String actor, String frame, String voice) {}

  public record GoldSpan(String text, String voice, String speaker) {}

  public record Case(String id, String style, String date, String text, List<GoldFrame> frames,
      List<GoldSpan> voiceSpans) {}

  public record PredFrame(String surface, String actorName, String frame, String voice) {}

  /** One token of the analysed case text with its predicted voice. */
  public record PredToken(int begin, int end, boolean punct, String voice, String speakerId, String speakerName) {}

  public record Prediction(List<PredFrame> frames, List<PredToken> tokens) {}

  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  public record Report(int cases, Map<String, Counts> byFamily, Counts all, int voiceCorrect, int voiceTotal,
      int tokensCorrect, int tokensTotal, int spansCorrect, int spansTotal, int speakersCorrect, int speakersTotal,
      List<String> misses) {

    public double voiceAccuracy() {
      return voiceTotal == 0 ? Double.NaN : (double) voiceCorrect / voiceTotal;
    }

    public double tokenVoiceAccuracy() {
      return tokensTotal == 0 ? Double.NaN : (double) tokensCorrect / tokensTotal;
    }

    public double spanVoiceAccuracy() {
      return spansTotal == 0 ? Double.NaN : (double) spansCorrect / spansTotal;
    }

    public double speakerAccuracy() {
      return speakersTotal == 0 ? Double.NaN : (double) speakersCorrect / speakersTotal;
    }
  }

  private FrameEval() {}

  /** Parses the JSONL gold set; a malformed line is a configuration error. */
  public static List<Case> parse(String jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<Case> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : jsonl.split("\n")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(line);
        List<GoldFrame> frames = new ArrayList<>();
        for (JsonNode f : n.path("frames")) {
          String frame = f.path("frame").asText();
          if (familyOf(frame) == null) {
            throw new ConfigException("gold line " + lineNo + ": unknown frame '" + frame + "'");
          }
          frames.add(new GoldFrame(f.path("actor").asText(), frame, f.path("voice").asText("outlet")));
        }
        List<GoldSpan> spans = new ArrayList<>();
        for (JsonNode v : n.path("voice_spans")) {
          spans.add(new GoldSpan(v.path("text").asText(), v.path("voice").asText("quoted"),
              v.hasNonNull("speaker") ? v.get("speaker").asText() : null));
        }
        String text = n.path("text").asText();
        for (GoldSpan s : spans) {
          if (!text.contains(s.text())) {
            throw new ConfigException("gold line " + lineNo + ": voice span '" + s.text() + "' not in the text");
          }
        }
        out.add(new Case(n.path("id").asText("line-" + lineNo), n.path("style").asText(""),
            n.path("date").asText("2024-06-18"), text, frames, spans));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new ConfigException("gold line " + lineNo + ": not JSON: " + e.getOriginalMessage());
      }
    }
    return out;
  }

  /** The family of a frame id, or null. */
  public static String familyOf(String frame) {
    if (FrameLexicon.DEVICES.contains(frame)) {
      return "device";
    }
    if (FrameLexicon.POLICY.contains(frame)) {
      return "policy";
    }
    return FrameLexicon.ROLES.contains(frame) ? "role" : null;
  }

  static boolean actorMatches(String gold, String surface, String name) {
    String g = gold.toLowerCase(Locale.ROOT);
    for (String p : new String[] {surface, name}) {
      if (p == null || p.isEmpty()) {
        continue;
      }
      String q = p.toLowerCase(Locale.ROOT);
      if (q.equals(g) || q.contains(g) || g.contains(q)) {
        return true;
      }
    }
    return false;
  }

  public static Report evaluate(List<Case> cases, List<Prediction> predictions) {
    if (cases.size() != predictions.size()) {
      throw new IllegalArgumentException("one prediction per case");
    }
    Map<String, Counts> byFamily = new LinkedHashMap<>();
    for (String f : FrameLexicon.FAMILIES) {
      byFamily.put(f, new Counts(0, 0, 0));
    }
    int voiceOk = 0;
    int voiceN = 0;
    int tokOk = 0;
    int tokN = 0;
    int spanOk = 0;
    int spanN = 0;
    int spkOk = 0;
    int spkN = 0;
    List<String> misses = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Prediction p = predictions.get(i);
      // deduplicate predictions per (actor key, frame); the key is the gold actor a prediction matches, if any
      Map<String, List<PredFrame>> predicted = new LinkedHashMap<>();
      for (PredFrame pf : p.frames()) {
        String key = null;
        for (GoldFrame g : c.frames()) {
          if (actorMatches(g.actor(), pf.surface(), pf.actorName())) {
            key = g.actor().toLowerCase(Locale.ROOT);
            break;
          }
        }
        if (key == null) {
          key = (pf.actorName() != null ? pf.actorName() : pf.surface()).toLowerCase(Locale.ROOT);
        }
        predicted.computeIfAbsent(key + "\u0000" + pf.frame(), k -> new ArrayList<>()).add(pf);
      }
      java.util.Set<String> usedKeys = new java.util.HashSet<>();
      for (GoldFrame g : c.frames()) {
        String fam = familyOf(g.frame());
        String key = g.actor().toLowerCase(Locale.ROOT) + "\u0000" + g.frame();
        List<PredFrame> hits = predicted.get(key);
        if (hits != null && usedKeys.add(key)) {
          byFamily.merge(fam, new Counts(1, 0, 0), Counts::plus);
          voiceN++;
          if (hits.stream().anyMatch(h -> h.voice().equals(g.voice()))) {
            voiceOk++;
          } else {
            misses.add(c.id() + " voice " + g.actor() + "/" + g.frame() + ": gold " + g.voice());
          }
        } else {
          byFamily.merge(fam, new Counts(0, 0, 1), Counts::plus);
          misses.add(c.id() + " FN " + g.actor() + "/" + g.frame());
        }
      }
      for (Map.Entry<String, List<PredFrame>> e : predicted.entrySet()) {
        if (!usedKeys.contains(e.getKey())) {
          PredFrame pf = e.getValue().get(0);
          byFamily.merge(familyOf(pf.frame()), new Counts(0, 1, 0), Counts::plus);
          misses.add(c.id() + " FP " + pf.surface() + "/" + pf.frame());
        }
      }
      for (GoldSpan gs : c.voiceSpans()) {
        int b = c.text().indexOf(gs.text());
        int e = b + gs.text().length();
        int n = 0;
        int ok = 0;
        Map<String, Integer> speakers = new LinkedHashMap<>();
        for (PredToken t : p.tokens()) {
          if (t.punct() || t.begin() < b || t.end() > e) {
            continue;
          }
          n++;
          if (t.voice().equals(gs.voice())) {
            ok++;
          }
          String sp = (t.speakerId() == null ? "" : t.speakerId()) + "|" + (t.speakerName() == null ? "" : t.speakerName());
          speakers.merge(sp, 1, Integer::sum);
        }
        tokN += n;
        tokOk += ok;
        spanN++;
        if (n > 0 && ok == n) {
          spanOk++;
        } else {
          misses.add(c.id() + " voice span '" + gs.text() + "': " + ok + "/" + n + " tokens " + gs.voice());
        }
        if (gs.voice().equals("quoted") && gs.speaker() != null) {
          spkN++;
          String top = speakers.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
          String want = gs.speaker().toLowerCase(Locale.ROOT);
          String slug = want.replaceAll("[^\\p{L}\\p{N}]+", "-");
          String got = top.toLowerCase(Locale.ROOT);
          if (!top.equals("|") && (got.contains(want) || got.contains(slug))) {
            spkOk++;
          } else {
            misses.add(c.id() + " speaker '" + gs.text() + "': gold " + gs.speaker() + ", got " + top);
          }
        }
      }
    }
    Counts all = new Counts(0, 0, 0);
    for (Counts x : byFamily.values()) {
      all = all.plus(x);
    }
    return new Report(cases.size(), byFamily, all, voiceOk, voiceN, tokOk, tokN, spanOk, spanN, spkOk, spkN, misses);
  }
}
