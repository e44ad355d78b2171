package slant.tables;

import static slant.tables.Column.opt;
import static slant.tables.Column.req;
import static slant.tables.ColumnType.BOOLEAN;
import static slant.tables.ColumnType.DATE;
import static slant.tables.ColumnType.DOUBLE;
import static slant.tables.ColumnType.INT;
import static slant.tables.ColumnType.LONG;
import static slant.tables.ColumnType.STRING;
import static slant.tables.ColumnType.TIMESTAMP;
import static slant.tables.ColumnType.arrayOf;
import static slant.tables.ColumnType.struct;

import java.util.List;

/** Every table Slant writes. Analysts' descriptions of each column are in docs/tables.md. */
public final class Tables {

  private Tables() {}

  public static final String RUN_ID = "run_id";
  public static final String DATE_COL = "date";

  private static Column runId() {
    return req(RUN_ID, STRING, "Id of the run that wrote the row (see the runs table).");
  }

  private static Column date() {
    return req(DATE_COL, DATE, "Publication day in the run's time zone (run.time_zone, default Europe/Berlin).");
  }

  public static final ColumnType CUE = struct(
      req("text", STRING, "cue words as written, with their modifiers"),
      req("weight", DOUBLE, "signed contribution after modifiers and distance decay"),
      req("rule", STRING, "attribution rule"),
      req("relation", STRING, "the cue's relation to the actor: evaluation, holder, affected, stance, topic, context, model"),
      req("reliability", DOUBLE, "how much an evaluation cue counts toward the evidence: 1, or 0.5 for the weak rules"));

  public static final ColumnType FRAME = struct(
      req("frame", STRING, "frame id (docs/tables.md, Frames)"),
      req("family", STRING, "device, policy or role"),
      req("text", STRING, "cue words as written"),
      req("rule", STRING, "attribution rule"),
      req("voice", STRING, "outlet or quoted: who uses the cue"));

  public static final ColumnType FRAME_COUNT = struct(
      req("voice", STRING, "outlet or quoted"),
      req("frame", STRING, "frame id"),
      req("family", STRING, "device, policy or role"),
      req("n", INT, "frame cues toward the actor in the article in that voice"));

  public static final TableDef ARTICLES = new TableDef("articles", 1,
      "One row per accepted article.",
      List.of(
          runId(),
          req("article_id", STRING, "Article id from the input, or a stable id from the normalised URL or content hash."),
          req("outlet", STRING, "Outlet (source) name as given in the input."),
          req("published_at", TIMESTAMP, "Publication time (UTC instant)."),
          opt("title", STRING, "Headline."),
          opt("url", STRING, "Article URL."),
          req("language", STRING, "Language analysed (de, en)."),
          req("authors", arrayOf(STRING), "Authors as given."),
          req("n_chars", INT, "Characters of title + text analysed."),
          req("n_sentences", INT, "Sentences."),
          req("n_tokens", INT, "Tokens."),
          req("n_sentences_parsed", INT, "Sentences that received a dependency parse."),
          req("n_mentions", INT, "Actor mentions found."),
          req("n_actors", INT, "Distinct actors mentioned."),
          req("is_wire", BOOLEAN, "Wire copy: an agency credit (dpa, AFP, Reuters, AP, epd, KNA) or a near-duplicate in another outlet."),
          opt("wire_agency", STRING, "The credited agency (dpa, AFP, …), 'unknown' for uncredited cross-outlet copies, null for own content."),
          opt("dup_cluster", STRING, "Id of the duplicate cluster (its smallest article id) when the article has exact or near duplicates in this run."),
          date()),
      List.of(DATE_COL));

  public static final TableDef REJECTS = new TableDef("rejects", 1,
      "One row per input record that did not become an article, with the reason.",
      List.of(
          runId(),
          req("source_file", STRING, "File the record came from."),
          opt("source_line", LONG, "1-based line (JSON lines) or record number (CSV, Parquet; 1-based)."),
          opt("article_id", STRING, "Id, when one could be read."),
          opt("outlet", STRING, "Outlet, when one could be read."),
          req("reason", STRING, "Machine-readable reason (see docs/tables.md)."),
          opt("detail", STRING, "Human-readable detail."),
          opt("excerpt", STRING, "First 200 characters of the record."),
          req("batch", STRING, "The run's date selection: YYYY-MM-DD, FROM_TO, or 'all'.")),
      List.of("batch"));

  /**
   * Version 2: sentiment is the evaluation of the actor; tone and tone_polarity added; cues carry their relation.
   * Version 3: outlet_evidence (the reporter's naming of an actor in reported speech counts for the outlet).
   */
  public static final TableDef MENTIONS = new TableDef("mentions", 3,
      "One row per actor mention, with its sentiment (evaluation), its tone and the cues behind them.",
      List.of(
          runId(),
          req("article_id", STRING, "Article."),
          req("outlet", STRING, "Outlet."),
          req("actor_id", STRING, "Actor id: Wikidata QID or slant:… from the catalogue, auto:… for discovered actors."),
          req("actor_name", STRING, "Canonical actor name in the article's language."),
          req("actor_type", STRING, "person, country, organisation, group, or location (discovered only)."),
          req("kind", STRING, "How the mention was recognised: name, partial_name, metonym, role, compound, demonym, discovered."),
          req("surface", STRING, "The mention as written."),
          req("sentence_index", INT, "0-based sentence number (the title is sentence 0)."),
          req("sentence", STRING, "The sentence text."),
          req("start", INT, "Character offset of the mention in title + \\n\\n + text."),
          req("end", INT, "Character offset after the mention."),
          req("labels", arrayOf(STRING), "Title and role nouns attached to the mention (Präsident, Machthaber), inflected title nouns in their base form."),
          req("sentiment", DOUBLE, "Evaluation of the actor in this mention: tanh of its evidence, in (-1, 1)."),
          req("polarity", STRING, "negative, neutral or positive: polar only when the evidence reaches sentiment.min_evidence in size (twice that for positive)."),
          req("evidence", DOUBLE, "Evaluation evidence: the sum of the weights of the evaluation cues in the mention's own voice, each times its reliability (1, or 0.5 for the rules docs/tables.md lists as weak); sentiment is its tanh."),
          req("outlet_evidence", DOUBLE, "What the mention adds to the outlet's evaluation (article_actor.sentiment, the outlet voice of the period tables): evidence for a mention in the outlet's voice; for one in reported speech the evaluation cues that name the actor in the reporter's words (rules label, in-mention, modifier:amod, predicate:amod) outside quotation marks, except in a German article without any quotation marks, where an indicative saying without dass/ob is a direct quotation that lost its marks; else 0. An act of the actor told at several mentions of the article (same verb or word, same sign, a half-reliability rule) counts only at its strongest telling: the other mentions leave it out."),
          req("tone", DOUBLE, "How what is reported around the actor comes across, in [-1, 1]: the trained model's P(positive) − P(negative), or with sentiment.method rules tanh of all lexicon cues attributed to the mention."),
          req("tone_polarity", STRING, "negative, neutral or positive: the model's decision, or the neutral band with rules."),
          req("cues", arrayOf(CUE), "The evidence: cue words, signed weights, attribution rules, relation to the actor."),
          req("voice", STRING, "outlet (the outlet's own voice) or quoted (quotation, reported speech, Konjunktiv I passage)."),
          opt("speaker_id", STRING, "Actor id of the quoted speaker when known (auto:… for speakers outside the catalogue)."),
          req("frames", arrayOf(FRAME), "Framing cues toward the actor in this mention: frame, family, cue words, rule, voice."),
          req("roles", arrayOf(STRING), "Entity roles the mention is cast in (protagonist, antagonist, victim)."),
          date()),
      List.of(DATE_COL));

  /**
   * Version 3: sentiment is the outlet's evaluation; overall_polarity, tone, tone_polarity, only_quoted added.
   * Version 4 (same columns): the outlet's evaluation counts its own naming of the actor in reported speech.
   */
  public static final TableDef ARTICLE_ACTOR = new TableDef("article_actor", 4,
      "One row per article and actor: the actor's score in that article.",
      List.of(
          runId(),
          req("article_id", STRING, "Article."),
          req("outlet", STRING, "Outlet."),
          req("actor_id", STRING, "Actor id."),
          req("actor_name", STRING, "Canonical actor name."),
          req("actor_type", STRING, "Actor type."),
          req("n_mentions", INT, "Mentions of the actor in the article."),
          req("sentiment", DOUBLE, "The outlet's evaluation of the actor: tanh of the summed outlet_evidence of its mentions (its outlet-voice mentions' evidence and the outlet's own naming of it in reported speech), in (-1, 1); 0 when the outlet neither speaks of the actor nor names it evaluatively."),
          req("polarity", STRING, "The article's own-voice label for the actor: negative when the summed evidence reaches -sentiment.min_evidence, positive at twice that, else neutral."),
          req("n_negative", INT, "Mentions with negative evaluation."),
          req("n_neutral", INT, "Mentions with neutral evaluation."),
          req("n_positive", INT, "Mentions with positive evaluation."),
          req("overall_polarity", STRING, "The evaluation including quoted speakers and other actors' stances toward the actor (evaluation and stance cues of all mentions)."),
          req("tone", DOUBLE, "Net tone of the news around the actor: (positive − negative) / mentions from the mentions' tone polarities, outlet voice (all when every mention is quoted)."),
          req("tone_polarity", STRING, "Polarity of tone (beyond sentiment.neutral_band)."),
          req("only_quoted", BOOLEAN, "Every mention of the actor is inside quotations or reported speech."),
          req("frame_counts", arrayOf(FRAME_COUNT), "Frame cues toward the actor in the article, per voice and frame."),
          date()),
      List.of(DATE_COL));

  public static final TableDef OUTLET_ACTOR_FRAMES_DAILY = new TableDef("outlet_actor_frames_daily", 1,
      "Per outlet, actor, day, voice and frame: how often the outlet framed the actor that way.",
      frameColumns(false, DATE_COL, "Publication day in the run's time zone (run.time_zone, default Europe/Berlin)."),
      List.of(DATE_COL));

  public static final TableDef OUTLET_ACTOR_FRAMES_WEEKLY = new TableDef("outlet_actor_frames_weekly", 1,
      "Per outlet, actor, ISO week, voice and frame: as outlet_actor_frames_daily over the week.",
      frameColumns(true, "period_start", "Monday of the ISO week."), List.of("period_start"));

  public static final TableDef OUTLET_ACTOR_FRAMES_MONTHLY = new TableDef("outlet_actor_frames_monthly", 1,
      "Per outlet, actor, calendar month, voice and frame: as outlet_actor_frames_daily over the month.",
      frameColumns(true, "period_start", "First day of the month."), List.of("period_start"));

  /** The frame tables by granularity (day, week, month). */
  public static final List<TableDef> FRAME_TABLES = List.of(OUTLET_ACTOR_FRAMES_DAILY, OUTLET_ACTOR_FRAMES_WEEKLY,
      OUTLET_ACTOR_FRAMES_MONTHLY);

  /**
   * The columns of the frame tables. The daily table (released first) has no {@code period} label column; the
   * weekly and monthly ones carry it like the period tables do.
   */
  private static List<Column> frameColumns(boolean withPeriodLabel, String periodColumn, String periodDoc) {
    List<Column> cols = new java.util.ArrayList<>(List.of(
        runId(),
        req("outlet", STRING, "Outlet."),
        req("actor_id", STRING, "Actor id."),
        req("actor_name", STRING, "Canonical actor name.")));
    if (withPeriodLabel) {
      cols.add(req("period", STRING, "Period label: 2024-W25 (ISO week) or 2024-06 (month)."));
    }
    cols.addAll(List.of(
        req("voice", STRING, "outlet, quoted, or all."),
        req("content_scope", STRING, "all articles, or own (wire copy excluded)."),
        req("frame", STRING, "Frame id (see Frames)."),
        req("family", STRING, "device (actor-centred framing device), policy (Policy Frames Codebook) or role."),
        req("count", LONG, "Frame cues toward the actor."),
        req("n_mentions_framed", LONG, "Mentions of the actor carrying this frame."),
        req("n_mentions", LONG, "All mentions of the actor in this voice and scope in the period."),
        req("share", DOUBLE, "n_mentions_framed / n_mentions."),
        req("n_articles", LONG, "Articles in which the actor carries this frame."),
        req(periodColumn, DATE, periodDoc)));
    return List.copyOf(cols);
  }

  /** The columns shared by the day, week and month tables; {@code periodColumn} is their partition column. */
  private static List<Column> periodColumns(String periodColumn, String periodDoc) {
    return List.of(
        runId(),
        req("outlet", STRING, "Outlet."),
        req("actor_id", STRING, "Actor id."),
        req("actor_name", STRING, "Canonical actor name."),
        req("actor_type", STRING, "Actor type."),
        req("period", STRING, "Period label: 2024-06-18 (day), 2024-W25 (ISO week), 2024-06 (month)."),
        req("voice", STRING, "Whose words: outlet (the outlet's own voice, with its own naming of the actor in reported speech: mentions.outlet_evidence), quoted (quotations and reported speech), all."),
        req("content_scope", STRING, "all articles, or own (wire copy excluded)."),
        req("n_articles", LONG, "Articles of the outlet in the period mentioning the actor in this voice."),
        req("n_mentions", LONG, "Mentions in those articles (in this voice)."),
        req("sentiment_mean", DOUBLE, "Mean of the article-level evaluation of the actor in this voice: tanh of the summed evidence of its mentions in the voice (outlet: their outlet_evidence, as article_actor.sentiment; an article counts once)."),
        req("sentiment_median", DOUBLE, "Median of the article-level actor sentiment."),
        req("ci_low", DOUBLE, "Lower bound of the 95 % bootstrap interval of sentiment_mean (resampling articles)."),
        req("ci_high", DOUBLE, "Upper bound of that interval; ci_low <= sentiment_mean <= ci_high."),
        req("share_negative", DOUBLE, "Share of those articles where the actor's article-level polarity is negative."),
        req("share_neutral", DOUBLE, "Share neutral."),
        req("share_positive", DOUBLE, "Share positive."),
        req("logit_scale", DOUBLE, "log((n positive + 0.5) / (n negative + 0.5)) over articles."),
        req("n_outlet_articles", LONG, "All articles of the outlet in the period (same content scope)."),
        req("attention_share", DOUBLE, "Articles mentioning the actor (any voice) / n_outlet_articles."),
        opt("slant", DOUBLE, "Relative slant: sentiment_mean minus the mean over all other outlets' articles (same actor, period, voice, scope); null when no other outlet wrote about the actor."),
        opt("slant_ci_low", DOUBLE, "95 % bootstrap interval of slant, lower bound."),
        opt("slant_ci_high", DOUBLE, "95 % bootstrap interval of slant, upper bound."),
        req("n_other_articles", LONG, "Articles of the other outlets behind the slant comparison."),
        req("low_n", BOOLEAN, "n_articles below analytics.min_articles (default 5): read with care, kept not dropped."),
        req("top_labels", arrayOf(STRING), "The most frequent title/role labels the outlet gave the actor (up to 3)."),
        req("tone_mean", DOUBLE, "Mean of the article-level tone (article_actor.tone) in this voice: how the news around the actor comes across, not how the outlet judges it."),
        req("tone_share_negative", DOUBLE, "Share of the articles whose tone toward the actor is negative."),
        req("tone_share_positive", DOUBLE, "Share of the articles whose tone toward the actor is positive."),
        req(periodColumn, DATE, periodDoc));
  }

  /** Version 4 (same columns as 3): the outlet voice counts the outlet's own naming of an actor in reported speech. */
  public static final TableDef OUTLET_ACTOR_DAILY = new TableDef("outlet_actor_daily", 4,
      "Per outlet, actor and publication day: attention, sentiment with uncertainty, relative slant.",
      periodColumns(DATE_COL, "Publication day in the run's time zone."), List.of(DATE_COL));

  public static final TableDef OUTLET_ACTOR_WEEKLY = new TableDef("outlet_actor_weekly", 4,
      "Per outlet, actor and ISO week (Monday to Sunday in the run's time zone): as outlet_actor_daily.",
      periodColumns("period_start", "Monday of the ISO week."), List.of("period_start"));

  public static final TableDef OUTLET_ACTOR_MONTHLY = new TableDef("outlet_actor_monthly", 4,
      "Per outlet, actor and calendar month: as outlet_actor_daily.",
      periodColumns("period_start", "First day of the month."), List.of("period_start"));

  /** The period tables by granularity. */
  public static final List<TableDef> PERIOD_TABLES = List.of(OUTLET_ACTOR_DAILY, OUTLET_ACTOR_WEEKLY,
      OUTLET_ACTOR_MONTHLY);

  public static final TableDef ACTOR_LABELS = new TableDef("actor_labels", 1,
      "How each outlet names each actor: title and role labels per outlet, actor and period (day, ISO week, month).",
      List.of(
          runId(),
          req("outlet", STRING, "Outlet."),
          req("actor_id", STRING, "Actor id."),
          req("actor_name", STRING, "Canonical actor name."),
          req("period", STRING, "Period label: 2024-06-18, 2024-W25 or 2024-06."),
          req("label", STRING, "The label in its base form (Präsident, Machthaber, Kremlchef, Regime, …; \"des Präsidenten\" counts as Präsident)."),
          req("count", LONG, "Mentions of the actor carrying the label."),
          req("n_articles", LONG, "Articles in which the outlet used the label for the actor."),
          req("granularity", STRING, "day, week or month."),
          req("period_start", DATE, "First day of the period.")),
      List.of("granularity", "period_start"));

  /** A token of {@link #ANNOTATIONS}; its index in the sentence is its position in the array. */
  public static final ColumnType ANNOTATED_TOKEN = struct(
      req("word", STRING, "token text as the tokenizer produced it"),
      req("begin", INT, "character offset in title + \\n\\n + text (inclusive)"),
      req("end", INT, "character offset after the token"),
      req("pos", STRING, "universal POS tag"),
      req("ner", STRING, "NER tag or O"));

  public static final ColumnType ANNOTATED_ENTITY = struct(
      req("start_token", INT, "first token (inclusive)"),
      req("end_token", INT, "last token (exclusive)"),
      req("type", STRING, "PERSON, LOCATION, ORGANIZATION or MISC"),
      req("text", STRING, "surface text"));

  public static final ColumnType ANNOTATED_EDGE = struct(
      req("governor", INT, "head token index, -1 for the root edge"),
      req("dependent", INT, "dependent token index"),
      req("relation", STRING, "UD relation with subtype"));

  public static final ColumnType ANNOTATED_SENTENCE = struct(
      req("begin", INT, "character offset of the first token"),
      req("end", INT, "character offset after the last token"),
      req("parsed", BOOLEAN, "whether the sentence received a dependency parse"),
      req("tokens", arrayOf(ANNOTATED_TOKEN), "tokens in order"),
      req("entities", arrayOf(ANNOTATED_ENTITY), "NER spans"),
      req("edges", arrayOf(ANNOTATED_EDGE), "basic dependency edges (empty when not parsed)"));

  /**
   * The linguistic annotations of every analysed article, so that {@code slant rescore} can recompute mentions,
   * scores and aggregates after a lexicon, frame or catalogue change without running CoreNLP again. One row per
   * article, written by the main job for the same date partitions as {@link #ARTICLES}.
   */
  public static final TableDef ANNOTATIONS = new TableDef("annotations", 1,
      "One row per analysed article: the article fields and CoreNLP's sentences, tokens, POS, NER and parses.",
      List.of(
          runId(),
          req("article_id", STRING, "Article."),
          req("outlet", STRING, "Outlet."),
          req("published_at", TIMESTAMP, "Publication time (UTC instant)."),
          opt("title", STRING, "Headline as read."),
          req("text", STRING, "Body text as read; the analysed text is title + \\n\\n + text (just text when the title is empty)."),
          opt("url", STRING, "Article URL."),
          req("language", STRING, "Language analysed (de, en)."),
          req("authors", arrayOf(STRING), "Authors as given."),
          req("nlp_config", STRING, "What produced the annotations: CoreNLP version, annotation format, nlp.parse, nlp.max_sentence_tokens."),
          req("nlp_config_hash", STRING, "First 16 hex digits of SHA-256 of nlp_config; rescore refuses rows whose hash differs from its configuration's."),
          req("annotator", STRING, "The annotator that produced them (corenlp 4.5.10 de,en)."),
          req("sentences", arrayOf(ANNOTATED_SENTENCE), "Sentences in order (the title is sentence 0): tokens, NER spans, parse edges."),
          date()),
      List.of(DATE_COL));

  public static final ColumnType REASON_COUNT = struct(
      req("reason", STRING, "reject reason (rejects.reason)"),
      req("count", LONG, "records rejected for it"));

  /**
   * Version 2 added the reject counts by reason, n_scored, n_sentences_skipped_long and the model hashes; version 3
   * rules_hash.
   */
  public static final TableDef RUNS = new TableDef("runs", 3,
      "One row per run: what was read, what came out, and what produced it.",
      List.of(
          runId(),
          req("started_at", TIMESTAMP, "Start (UTC)."),
          req("finished_at", TIMESTAMP, "End (UTC)."),
          req("batch", STRING, "Date selection."),
          req("input_path", STRING, "Input path."),
          req("n_read", LONG, "Records read in the date selection (= n_accepted + n_rejected)."),
          req("n_accepted", LONG, "Articles accepted and analysed."),
          req("n_rejected", LONG, "Records rejected (rejects table)."),
          req("n_out_of_range", LONG, "Records read but outside the date selection (neither accepted nor rejected)."),
          req("n_mentions", LONG, "Mentions written."),
          req("rejected_by_reason", arrayOf(REASON_COUNT), "n_rejected by reason, sorted by reason."),
          req("n_scored", LONG, "Accepted articles with at least one scored actor (rows in article_actor)."),
          req("n_sentences_skipped_long", LONG,
              "Sentences of accepted articles longer than nlp.max_sentence_tokens: tagged, not parsed."),
          req("config_hash", STRING, "SHA-256 of the effective configuration (canonical JSON)."),
          req("config_json", STRING, "The effective configuration."),
          req("code_version", STRING, "Git commit Slant was built from, or unknown (CodeVersion)."),
          req("corenlp_version", STRING, "CoreNLP version."),
          req("spark_version", STRING, "Spark version."),
          req("catalogue_hash", STRING, "SHA-256 of the actor catalogue content."),
          req("lexicon_hash", STRING, "SHA-256 of the lexicon content."),
          req("frame_lexicon_hash", STRING, "SHA-256 of the frame lexicon content."),
          req("rules_hash", STRING, "SHA-256 of the rule word lists (data/rules, or sentiment.rules_dir)."),
          opt("sentiment_model_hash", STRING, "SHA-256 of the trained sentiment models (null: rules only)."),
          opt("corenlp_models_hash", STRING,
              "SHA-256 over the CoreNLP models jars' entry names, sizes and CRCs (null: not found in a jar)."),
          req("lingua_version", STRING, "Lingua (language detection) version."),
          req("ok", BOOLEAN, "Whether the run finished and its counts balanced.")),
      List.of());

  public static final List<TableDef> ALL = List.of(ARTICLES, REJECTS, MENTIONS, ARTICLE_ACTOR, OUTLET_ACTOR_DAILY,
      OUTLET_ACTOR_WEEKLY, OUTLET_ACTOR_MONTHLY, OUTLET_ACTOR_FRAMES_DAILY, OUTLET_ACTOR_FRAMES_WEEKLY,
      OUTLET_ACTOR_FRAMES_MONTHLY, ACTOR_LABELS, ANNOTATIONS, RUNS);

  public static TableDef byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + name));
  }
}
