package slant.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.actors.ActorResolver;
import slant.actors.Catalogue;
import slant.config.ConfigException;
import slant.config.SlantConfig;
import slant.frames.FrameLexicon;
import slant.frames.FrameScorer;
import slant.lang.Rules;
import slant.sentiment.CueRelations;
import slant.sentiment.Lexicon;
import slant.sentiment.SentimentModel;
import slant.sentiment.SentimentScorer;
import slant.sentiment.TrainedScorer;
import slant.voice.VoiceAttributor;

/**
 * Builds the {@link ArticleAnalyzer} a configuration asks for — catalogue, lexicons and frame lexicons per language,
 * and with {@code sentiment.method: trained} the trained model per language — on the driver (fails loudly on any bad
 * file before a single article is read), and records content hashes of what it loaded for the run manifest. The
 * model files are hashed into {@code lexiconHash} too (everything that decides a sentiment), and on their own into
 * {@code modelHash} (null for rule-only scoring). The rule word lists ({@link Rules}) are hashed into
 * {@code rulesHash}.
 */
public record AnalysisSetup(ArticleAnalyzer analyzer, String catalogueHash, String lexiconHash, String framesHash,
    String modelHash, String rulesHash) {

  public static AnalysisSetup load(SlantConfig config) {
    Catalogue catalogue = Catalogue.load(config.actors().catalogue(), config.actors().extraCatalogues());
    Rules rules = Rules.load(config.sentiment().rulesDir());
    ActorResolver resolver = new ActorResolver(catalogue, rules, config.actors().discover(),
        config.actors().anaphora(), config.actors().pronouns());
    Map<String, SentimentScorer> scorers = new LinkedHashMap<>();
    Map<String, FrameScorer> frames = new LinkedHashMap<>();
    Map<String, VoiceAttributor> voices = new LinkedHashMap<>();
    for (String lang : config.nlp().languages()) {
      scorers.put(lang, new SentimentScorer(Lexicon.load(config.sentiment().lexiconDir(), lang),
          config.sentiment().maxDistance(), CueRelations.load(config.sentiment().lexiconDir(), lang), rules));
      frames.put(lang, new FrameScorer(FrameLexicon.load(config.sentiment().framesDir(), lang),
          config.sentiment().maxDistance(), rules));
      voices.put(lang, new VoiceAttributor(lang, rules));
    }
    Map<String, TrainedScorer> trained = new LinkedHashMap<>();
    List<byte[]> modelFiles = new ArrayList<>();
    if (config.sentiment().trained()) {
      for (String lang : config.nlp().languages()) {
        byte[] bytes = SentimentModel.bytes(config.sentiment().modelDir(), lang);
        modelFiles.add(bytes);
        trained.put(lang, new TrainedScorer(scorers.get(lang), SentimentModel.load(config.sentiment().modelDir(), lang),
            config.sentiment().maxDistance()));
      }
    }
    List<byte[]> catalogueFiles = new ArrayList<>();
    catalogueFiles.add(content(config.actors().catalogue(), Catalogue.BUNDLED_RESOURCE));
    for (String extra : config.actors().extraCatalogues()) {
      catalogueFiles.add(content(extra, null));
    }
    List<byte[]> lexiconFiles = new ArrayList<>();
    for (String lang : config.nlp().languages()) {
      String dir = config.sentiment().lexiconDir();
      for (String f : List.of("polarity.tsv", "modifiers.tsv")) {
        lexiconFiles.add(content(dir == null ? null : Path.of(dir, lang, f).toString(),
            "slant-data/lexicons/" + lang + "/" + f));
      }
      // the files a lexicon folder may leave out: the bundled copy is read and hashed then
      List<String> optional = new ArrayList<>(CueRelations.files(lang));
      if (lang.equals("de")) {
        optional.add(Lexicon.COMPOUND_EXCEPTIONS);
      }
      for (String f : optional) {
        lexiconFiles.add(content(CueRelations.file(dir, lang, f), "slant-data/lexicons/" + lang + "/" + f));
      }
    }
    List<byte[]> frameFiles = new ArrayList<>();
    for (String lang : config.nlp().languages()) {
      String dir = config.sentiment().framesDir();
      frameFiles.add(content(dir == null ? null : Path.of(dir, lang, "frames.tsv").toString(),
          "slant-data/frames/" + lang + "/frames.tsv"));
    }
    List<byte[]> sentimentFiles = new ArrayList<>(lexiconFiles);
    sentimentFiles.addAll(modelFiles);
    return new AnalysisSetup(
        new ArticleAnalyzer(resolver, scorers, trained, frames, voices, config.sentiment().neutralBand(),
            config.sentiment().minEvidence()),
        sha256(catalogueFiles), sha256(sentimentFiles), sha256(frameFiles),
        modelFiles.isEmpty() ? null : sha256(modelFiles), rules.hash());
  }

  private static byte[] content(String file, String resource) {
    try {
      if (file != null) {
        return Files.readAllBytes(Path.of(file));
      }
      try (InputStream in = AnalysisSetup.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new ConfigException("bundled resource missing: " + resource);
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + (file != null ? file : resource) + ": " + e.getMessage(), e);
    }
  }

  static String sha256(List<byte[]> parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(p);
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
