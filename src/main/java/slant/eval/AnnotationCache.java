package slant.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import slant.model.AnnotatedDoc;
import slant.nlp.Annotator;

/**
 * Annotates each distinct sentence of a gold set once (every sentence parsed), optionally caching the result in a
 * local folder ({@code target/annotations-cache/}) keyed by the gold file's content hash, the language and the
 * annotator's description, so that re-running {@code train-sentiment} does not re-parse 8,700 sentences. The cache is
 * a build artefact (gzipped JSON of Slant's own model records, {@link AnnotatedDocJson}); it is never shipped.
 */
public final class AnnotationCache {

  private AnnotationCache() {}

  /**
   * The annotated sentences of {@code items}, keyed by sentence text, in first-seen order.
   *
   * @param cacheDir folder for the cache file, or null for no caching
   * @param fileHash content hash of the gold file (part of the cache key)
   */
  public static Map<String, AnnotatedDoc> annotate(List<GoldItem> items, String language, Annotator annotator,
      Path cacheDir, String fileHash, Consumer<String> progress) throws IOException {
    Map<String, Supplier<AnnotatedDoc>> sentences = new LinkedHashMap<>();
    for (GoldItem item : items) {
      sentences.putIfAbsent(item.sentence(),
          () -> annotator.annotate(item.sentence(), language, Annotator.ParseSelector.ALL));
    }
    return cached(sentences, language, annotator, cacheDir, fileHash, "", "sentences", 500, progress);
  }

  /**
   * Whole texts annotated once each (keyed by the caller's ids, in order), cached like the sentences of
   * {@link #annotate}: {@code cacheKey} must name everything that decides the annotations besides the annotator
   * (the gold file's hash, the parse selection).
   */
  public static Map<String, AnnotatedDoc> annotateTexts(Map<String, Supplier<AnnotatedDoc>> texts, String language,
      Annotator annotator, Path cacheDir, String cacheKey, Consumer<String> progress) throws IOException {
    return cached(texts, language, annotator, cacheDir, cacheKey, "articles-", "articles", 50, progress);
  }

  /**
   * The cache file {@code <language>-<prefix><key>.json.gz} when it holds every key, else each document annotated
   * in order (a progress line every {@code every} documents) and the cache written.
   */
  private static Map<String, AnnotatedDoc> cached(Map<String, Supplier<AnnotatedDoc>> docs, String language,
      Annotator annotator, Path cacheDir, String cacheKey, String filePrefix, String unit, int every,
      Consumer<String> progress) throws IOException {
    Path cacheFile = null;
    if (cacheDir != null) {
      String key = sha256((cacheKey + "\n" + language + "\n" + annotator.describe() + "\n" + docs.size())
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      cacheFile = cacheDir.resolve(language + "-" + filePrefix + key.substring(0, 24) + ".json.gz");
      Map<String, AnnotatedDoc> cached = read(cacheFile);
      if (cached != null && cached.keySet().containsAll(docs.keySet())) {
        if (progress != null) {
          progress.accept("annotations: " + cached.size() + " " + unit + " from " + cacheFile);
        }
        return cached;
      }
    }
    Map<String, AnnotatedDoc> out = new LinkedHashMap<>();
    int done = 0;
    for (Map.Entry<String, Supplier<AnnotatedDoc>> e : docs.entrySet()) {
      out.put(e.getKey(), e.getValue().get());
      done++;
      if (progress != null && done % every == 0) {
        progress.accept("annotate: " + done + "/" + docs.size() + " " + unit);
      }
    }
    if (cacheFile != null) {
      write(cacheFile, out);
    }
    return out;
  }

  /** SHA-256 of a file's bytes, hex. */
  public static String fileHash(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, AnnotatedDoc> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.BufferedInputStream(
        Files.newInputStream(file)))) {
      return AnnotatedDocJson.read(in);
    } catch (IOException | RuntimeException e) {
      return null; // a stale or damaged cache is simply rebuilt
    }
  }

  private static void write(Path file, Map<String, AnnotatedDoc> docs) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new java.util.zip.GZIPOutputStream(new java.io.BufferedOutputStream(
        Files.newOutputStream(tmp)))) {
      AnnotatedDocJson.write(out, docs);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
