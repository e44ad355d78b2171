package slant.analysis;

import java.util.ArrayList;
import java.util.List;
import slant.config.NlpConfig;
import slant.model.AnnotatedDoc;
import slant.model.Article;
import slant.model.ArticleAnalysis;
import slant.model.Sentence;
import slant.nlp.Annotator;

/**
 * Re-analyses an article from stored annotations (the {@code annotations} table) with the current analyzer: what
 * {@code slant rescore} does per article, and what the bench's {@code rescore} phase measures. Pure.
 *
 * <p>Contract: with {@code nlp.parse: all}, and with {@code nlp.parse: candidates} as long as the actor catalogue is
 * unchanged, the result equals the full run's ({@link ArticlePipeline#annotateAndAnalyze}) under the same
 * configuration. With {@code parse: candidates} the catalogue decides which sentences were parsed, so after a
 * catalogue change the stored parses are made to match what a full run would have:
 * <ul>
 *   <li>a parsed sentence that is no longer a candidate loses its edges (a full run would not have parsed it) —
 *       exact, counted as {@link Result#parsesDropped};
 *   <li>a sentence that has become a candidate (and is short enough to be parsed) has no stored parse; it is scored
 *       unparsed, as the analyzer scores every unparsed sentence (token-window rules) — deterministic but not what a
 *       full run gives, counted as {@link Result#unparsedCandidates}. For identical results after a catalogue
 *       change run the main job with {@code nlp.parse: all}, or re-run the affected dates.
 * </ul>
 */
public final class Rescorer {

  /** The analysis and how many sentences' parses differ from what a full run would have had (see class doc). */
  public record Result(ArticleAnalysis analysis, int unparsedCandidates, int parsesDropped) {}

  private Rescorer() {}

  public static Result rescore(ArticleAnalyzer analyzer, NlpConfig nlp, Article article, AnnotatedDoc stored) {
    AnnotatedDoc doc = stored;
    int unparsed = 0;
    int dropped = 0;
    if (nlp.parse().equals("candidates")) {
      Annotator.ParseSelector selector = ArticlePipeline.selector(analyzer, nlp, stored.language());
      List<Sentence> sentences = new ArrayList<>(stored.sentences().size());
      boolean changed = false;
      for (Sentence s : stored.sentences()) {
        // The selector saw the tagged sentence without edges; give it the same view.
        Sentence tagged = s.parsed() ? new Sentence(s.index(), s.begin(), s.end(), s.tokens(), s.entities(),
            List.of(), false) : s;
        boolean candidate = selector.shouldParse(tagged);
        if (s.parsed() && !candidate) {
          sentences.add(tagged);
          dropped++;
          changed = true;
        } else {
          if (!s.parsed() && candidate && s.size() <= nlp.maxSentenceTokens()) {
            unparsed++;
          }
          sentences.add(s);
        }
      }
      if (changed) {
        doc = new AnnotatedDoc(stored.text(), stored.language(), sentences);
      }
    }
    return new Result(analyzer.analyze(article, doc), unparsed, dropped);
  }
}
