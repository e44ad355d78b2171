package slant.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import slant.analysis.AnalysisSetup;
import slant.analysis.ArticleAnalyzer;
import slant.config.SlantConfig;
import slant.lang.Rules;
import slant.model.AnnotatedDoc;
import slant.model.FrameCue;
import slant.model.Mention;
import slant.model.Sentence;
import slant.nlp.Annotator;
import slant.nlp.CoreNlpAnnotator;
import slant.testing.SharedData;
import slant.voice.VoiceAttributor;
import slant.voice.VoiceMap;

/** The "Done when" on the seed article, with the real German pipeline (annotated once). */
@Tag("models")
class SeedArticleFramesModelsTest {

  private static AnnotatedDoc doc;
  private static List<Mention> mentions;
  private static VoiceMap voices;
  private static List<List<FrameCue>> frames;

  @BeforeAll
  static void annotate() throws Exception {
    SlantConfig config = SlantConfig.defaults();
    ArticleAnalyzer analyzer = AnalysisSetup.load(config).analyzer();
    Annotator annotator = CoreNlpAnnotator.shared(config.nlp());
    Path seed = SharedData.require("../shared/data/seed-article/putin-kim-de.txt",
        "frames and voices on the seed article");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Annotator.ParseSelector selector = config.nlp().parse().equals("all") ? Annotator.ParseSelector.ALL
        : s -> analyzer.resolver().isCandidate(s, "de");
    doc = annotator.annotate(text, "de", selector);
    mentions = analyzer.resolver().resolve(doc, LocalDate.parse("2024-06-18"));
    voices = new VoiceAttributor("de", Rules.bundled()).attribute(doc, mentions);
    frames = new FrameScorer(FrameLexicon.load(null, "de"), config.sentiment().maxDistance())
        .score(doc, mentions, voices);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      for (FrameCue f : frames.get(i)) {
        System.out.printf("S%-2d %-22s %-14s %-16s %-20s %-22s %s%n", m.sentence(), m.actorId(), m.surface(),
            f.frame(), f.text(), f.rule(), f.voice());
      }
    }
    for (VoiceMap.Span s : voices.spans()) {
      System.out.printf("quoted S%-2d %-18s %-12s %s%n", s.sentence(), s.speakerId(), s.rule(),
          text.substring(s.begin(), s.end()));
    }
  }

  private static List<FrameCue> cues(String actorPrefix, String frame) {
    List<FrameCue> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).actorId().equals(actorPrefix)) {
        for (FrameCue f : frames.get(i)) {
          if (f.frame().equals(frame)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  private static boolean has(String actor, String frame, String text, String voice) {
    return cues(actor, frame).stream().anyMatch(f -> f.text().equals(text) && f.voice().equals(voice));
  }

  private static final String PUTIN = "Q7747";
  private static final String KIM = "Q56226";
  private static final String RUSSIA = "Q159";

  @Test
  void outletFramesTheActors() {
    assertTrue(has(PUTIN, "desperation", "Verzweiflungstat", "outlet"));
    assertTrue(has(PUTIN, "ingratiation", "anbiedert", "outlet"));
    assertTrue(has(RUSSIA, "isolation", "geächtet", "outlet"));
    assertTrue(mentions.get(indexOf(RUSSIA, "geächtet")).kind().code().equals("anaphor"), "via 'das Land'");
    assertTrue(has(PUTIN, "villainy", "Bromance der Bösen", "outlet"));
    assertTrue(has(KIM, "villainy", "Bromance der Bösen", "outlet"));
    assertTrue(has(KIM, "illegitimacy", "Machthaber", "outlet"));
  }

  private static int indexOf(String actor, String text) {
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).actorId().equals(actor) && frames.get(i).stream().anyMatch(f -> f.text().equals(text))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void brownPassageIsQuotedWithHisId() {
    int first = sentenceStarting("Laut James Brown");
    int last = sentenceStarting("Zudem unterstütze der Kreml");
    assertTrue(first > 0 && last > first);
    for (int i = first; i <= last; i++) {
      Sentence s = doc.sentences().get(i);
      int quoted = 0;
      for (int t = 0; t < s.size(); t++) {
        if (voices.quoted(i, t)) {
          quoted++;
          assertEquals("auto:james-brown", voices.speakerId(i, t), s.text(doc.text()));
        }
      }
      assertTrue(quoted > 0, "quoted: " + s.text(doc.text()));
    }
    // the Konjunktiv sentences are quoted as a whole
    for (String start : List.of("Putin sei an Gesundheit", "Nordkorea sei erst jetzt", "Dies sei der Grund")) {
      int i = sentenceStarting(start);
      assertEquals("quoted", voices.voice(i, 0), start);
      assertEquals("auto:james-brown", voices.speakerId(i, 0), start);
    }
    // Brown's view after "glaubt", the matrix is the outlet's
    int glaubt = sentenceStarting("Brown glaubt");
    assertEquals("outlet", voices.voice(glaubt, 0));
    assertEquals("auto:james-brown", voices.speakerId(glaubt, 7));
    // outlet voice around the passage
    assertEquals("outlet", voices.voice(sentenceStarting("Daher kann es fast"), 6));
    assertTrue(!voices.anyQuoted(sentenceStarting("Ukraine-Krieg auf der einen Seite")));
    assertTrue(!voices.anyQuoted(sentenceStarting("Am Dienstagvormittag")));
  }

  private static int sentenceStarting(String prefix) {
    for (Sentence s : doc.sentences()) {
      if (s.text(doc.text()).startsWith(prefix)) {
        return s.index();
      }
    }
    throw new AssertionError("no sentence starts with " + prefix);
  }
}
