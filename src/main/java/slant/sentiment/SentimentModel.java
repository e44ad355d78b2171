package slant.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slant.config.ConfigException;
import slant.model.Polarity;

/**
 * A trained target-sentiment model: {@link TargetFeatures} of a given version and hash width, the standardisation of
 * the dense features (train-set mean and standard deviation), and a {@link SoftmaxRegression} over the classes
 * negative / neutral / positive (in {@link Polarity} order).
 *
 * <p>File format ({@code data/models/sentiment-<lang>.json}, see {@code data/models/README.md}): one JSON object with
 * {@code format}, {@code features_version}, {@code language}, {@code classes}, {@code hash_bits}, {@code bias},
 * {@code decision_offsets} (per class, optional: absent means all 0),
 * {@code decision_offsets} (optional, per class), {@code dense} (per feature name: {@code mean}, {@code scale}, {@code weights} per class), {@code hashed} (bucket →
 * weights per class, only buckets seen in training) and free-form {@code metadata} (training data, date,
 * hyper-parameters, cross-validated figures). No Java serialization.
 */
public final class SentimentModel implements Serializable {

  public static final String FORMAT = "slant-sentiment-model/1";
  public static final List<String> CLASSES = List.of("negative", "neutral", "positive");

  private final String language;
  private final int hashBits;
  private final double[] mean;
  private final double[] scale;
  private final SoftmaxRegression regression;
  private final Map<String, Object> metadata;
  private final double[] offsets;

  /** Decision offsets that leave the most probable class as the prediction. */
  public static final double[] NO_OFFSETS = {0, 0, 0};

  public SentimentModel(String language, int hashBits, double[] mean, double[] scale, SoftmaxRegression regression,
      Map<String, Object> metadata) {
    this(language, hashBits, mean, scale, regression, metadata, NO_OFFSETS);
  }

  /**
   * @param offsets per class, added to the log-probabilities before taking the argmax ({@link #decide}); chosen by
   *     cross-validation for macro-F1 (a minority class may need a lower bar than the most probable class gives it)
   */
  public SentimentModel(String language, int hashBits, double[] mean, double[] scale, SoftmaxRegression regression,
      Map<String, Object> metadata, double[] offsets) {
    if (mean.length != TargetFeatures.DENSE || scale.length != TargetFeatures.DENSE) {
      throw new IllegalArgumentException("standardisation must cover the " + TargetFeatures.DENSE + " dense features");
    }
    if (regression.classes() != CLASSES.size()) {
      throw new IllegalArgumentException("a sentiment model has three classes");
    }
    this.language = language;
    this.hashBits = hashBits;
    this.mean = mean;
    this.scale = scale;
    this.regression = regression;
    this.metadata = new LinkedHashMap<>(metadata);
    if (offsets.length != CLASSES.size()) {
      throw new IllegalArgumentException("one decision offset per class");
    }
    this.offsets = offsets.clone();
  }

  /** The same weights with other decision offsets. */
  public SentimentModel withOffsets(double[] newOffsets) {
    return new SentimentModel(language, hashBits, mean, scale, regression, metadata, newOffsets);
  }

  /** Per-class decision offsets (log-probability units; all 0 = the most probable class). */
  public double[] offsets() {
    return offsets.clone();
  }

  /** The decided class: argmax of log P(c) + offset(c) (lowest index on ties). */
  public static int decide(double[] p, double[] offsets) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < p.length; c++) {
      double score = Math.log(Math.max(p[c], 1e-300)) + offsets[c];
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  /** The decided class of given probabilities with this model's offsets. */
  public Polarity decide(double[] p) {
    return Polarity.values()[decide(p, offsets)];
  }

  public String language() {
    return language;
  }

  public int hashBits() {
    return hashBits;
  }

  /** "sentiment-de": the name cues and manifests refer to. */
  public String name() {
    return "sentiment-" + language;
  }

  public Map<String, Object> metadata() {
    return metadata;
  }

  public SoftmaxRegression regression() {
    return regression;
  }

  /**
   * Fits a model: standardises the dense features on {@code x}, then trains the regression with balanced class
   * weights.
   *
   * @param y class index per vector ({@link Polarity#ordinal()})
   */
  public static SentimentModel fit(String language, int hashBits, List<TargetFeatures.Vector> x, int[] y,
      SoftmaxRegression.Options options, Map<String, Object> metadata) {
    int dense = TargetFeatures.DENSE;
    double[] mean = new double[dense];
    double[] sq = new double[dense];
    for (TargetFeatures.Vector v : x) {
      for (int j = 0; j < dense; j++) {
        double d = v.get(j);
        mean[j] += d;
        sq[j] += d * d;
      }
    }
    double[] scale = new double[dense];
    for (int j = 0; j < dense; j++) {
      mean[j] /= x.size();
      double var = sq[j] / x.size() - mean[j] * mean[j];
      scale[j] = var > 1e-12 ? Math.sqrt(var) : 1;
    }
    List<TargetFeatures.Vector> z = new ArrayList<>(x.size());
    for (TargetFeatures.Vector v : x) {
      z.add(standardise(v, mean, scale));
    }
    SoftmaxRegression r = SoftmaxRegression.fit(z, y, CLASSES.size(), dense + (1 << hashBits),
        SoftmaxRegression.balancedWeights(y, CLASSES.size()), options);
    return new SentimentModel(language, hashBits, mean, scale, r, metadata);
  }

  private static TargetFeatures.Vector standardise(TargetFeatures.Vector v, double[] mean, double[] scale) {
    int[] idx = v.index();
    double[] val = v.value().clone();
    for (int k = 0; k < idx.length && idx[k] < TargetFeatures.DENSE; k++) {
      val[k] = (val[k] - mean[idx[k]]) / scale[idx[k]];
    }
    return new TargetFeatures.Vector(idx, val);
  }

  /** P(negative), P(neutral), P(positive) for a feature vector from {@link TargetFeatures}. */
  public double[] probabilities(TargetFeatures.Vector v) {
    return regression.probabilities(standardise(v, mean, scale));
  }

  /**
   * What a present hashed word feature adds to the positive-vs-negative log-odds: value × (w_positive − w_negative)
   * of its bucket. Positive pushes toward positive; the explanation of a trained decision ({@link TrainedScorer}).
   */
  public double wordEvidence(int bucket) {
    int j = TargetFeatures.DENSE + bucket;
    return TargetFeatures.HASHED_VALUE * (regression.weight(2, j) - regression.weight(0, j));
  }

  /** The predicted polarity: the most probable class after the decision offsets ({@link #decide}). */
  public Polarity predict(TargetFeatures.Vector v) {
    return decide(probabilities(v));
  }

  // ---- JSON ----

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The model as its JSON file text. Weights are rounded to 6 decimals. */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("features_version", TargetFeatures.VERSION);
    m.put("language", language);
    m.put("classes", CLASSES);
    m.put("hash_bits", hashBits);
    m.put("metadata", metadata);
    List<Double> bias = new ArrayList<>();
    for (int c = 0; c < CLASSES.size(); c++) {
      bias.add(r6(regression.bias(c)));
    }
    m.put("bias", bias);
    List<Double> off = new ArrayList<>();
    for (double o : offsets) {
      off.add(r6(o));
    }
    m.put("decision_offsets", off);
    Map<String, Object> dense = new LinkedHashMap<>();
    for (int j = 0; j < TargetFeatures.DENSE; j++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("mean", r6(mean[j]));
      f.put("scale", r6(scale[j]));
      f.put("weights", weightsAt(j));
      dense.put(TargetFeatures.DENSE_NAMES.get(j), f);
    }
    m.put("dense", dense);
    Map<String, Object> hashed = new LinkedHashMap<>();
    for (int b = 0; b < (1 << hashBits); b++) {
      List<Double> w = weightsAt(TargetFeatures.DENSE + b);
      if (w.stream().anyMatch(v -> v != 0)) {
        hashed.put(Integer.toString(b), w);
      }
    }
    m.put("hashed", hashed);
    try {
      return JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Double> weightsAt(int j) {
    List<Double> w = new ArrayList<>(CLASSES.size());
    for (int c = 0; c < CLASSES.size(); c++) {
      w.add(r6(regression.weight(c, j)));
    }
    return w;
  }

  private static double r6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /** Parses a model file; a wrong format, features version or shape is a configuration error. */
  @SuppressWarnings("unchecked")
  public static SentimentModel fromJson(String text, String source) {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new ConfigException(source + ": not a " + FORMAT + " file");
      }
      int version = root.path("features_version").asInt(-1);
      if (version != TargetFeatures.VERSION) {
        throw new ConfigException(source + ": features_version " + version + " but this Slant computes version "
            + TargetFeatures.VERSION + "; retrain with jobs/slant train-sentiment");
      }
      if (!CLASSES.equals(JSON.convertValue(root.path("classes"), List.class))) {
        throw new ConfigException(source + ": classes must be " + CLASSES);
      }
      String language = root.path("language").asText();
      int bits = root.path("hash_bits").asInt();
      int k = CLASSES.size();
      int dim = TargetFeatures.DENSE + (1 << bits);
      double[][] w = new double[k][dim];
      double[] bias = triple(root.path("bias"), source, "bias");
      double[] mean = new double[TargetFeatures.DENSE];
      double[] scale = new double[TargetFeatures.DENSE];
      JsonNode dense = root.path("dense");
      for (int j = 0; j < TargetFeatures.DENSE; j++) {
        String name = TargetFeatures.DENSE_NAMES.get(j);
        JsonNode f = dense.path(name);
        if (f.isMissingNode()) {
          throw new ConfigException(source + ": dense feature " + name + " missing");
        }
        mean[j] = number(f.path("mean"), source, name + ".mean", 0);
        scale[j] = number(f.path("scale"), source, name + ".scale", 1);
        double[] fw = triple(f.path("weights"), source, name);
        for (int c = 0; c < k; c++) {
          w[c][j] = fw[c];
        }
      }
      Iterator<Map.Entry<String, JsonNode>> it = root.path("hashed").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        int b;
        try {
          b = Integer.parseInt(e.getKey());
        } catch (NumberFormatException x) {
          throw new ConfigException(source + ": hashed bucket '" + e.getKey() + "' is not a number");
        }
        if (b < 0 || b >= (1 << bits)) {
          throw new ConfigException(source + ": hashed bucket " + b + " outside 2^" + bits);
        }
        double[] hw = triple(e.getValue(), source, "hashed " + b);
        for (int c = 0; c < k; c++) {
          w[c][TargetFeatures.DENSE + b] = hw[c];
        }
      }
      Map<String, Object> metadata = root.has("metadata")
          ? JSON.convertValue(root.get("metadata"), LinkedHashMap.class) : Map.of();
      // absent in files written before decision offsets existed: the most probable class
      double[] offsets = root.has("decision_offsets")
          ? triple(root.path("decision_offsets"), source, "decision_offsets") : NO_OFFSETS;
      return new SentimentModel(language, bits, mean, scale, new SoftmaxRegression(w, bias), metadata, offsets);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var where = e.getLocation();
      throw new ConfigException(source + (where == null || where.getLineNr() < 1 ? "" : ":" + where.getLineNr())
          + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(source + ": cannot parse sentiment model: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(source + ": " + e.getMessage(), e);
    }
  }

  private static double[] triple(JsonNode n, String source, String what) {
    if (!n.isArray() || n.size() != CLASSES.size()) {
      throw new ConfigException(source + ": " + what + " must hold " + CLASSES.size() + " numbers");
    }
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(n.get(i), source, what + "[" + i + "]", Double.NaN);
    }
    return out;
  }

  /** A number of the model; a missing one is {@code absent} (NaN: required), anything else but a number an error. */
  private static double number(JsonNode n, String source, String what, double absent) {
    if (n.isMissingNode() && !Double.isNaN(absent)) {
      return absent;
    }
    if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
      throw new ConfigException(source + ": " + what + " is not a number: " + n);
    }
    return n.asDouble();
  }

  /** The classpath resource of the bundled model of a language. */
  public static String resource(String language) {
    return "slant-data/models/sentiment-" + language + ".json";
  }

  /** The bytes of a model file: {@code <dir>/sentiment-<lang>.json}, or the bundled resource when dir is null. */
  public static byte[] bytes(String dir, String language) {
    try {
      if (dir == null) {
        try (InputStream in = SentimentModel.class.getClassLoader().getResourceAsStream(resource(language))) {
          if (in == null) {
            throw new ConfigException("bundled sentiment model " + resource(language) + " missing from the classpath"
                + " (sentiment.method: trained needs it; use method: rules or train one with train-sentiment)");
          }
          return in.readAllBytes();
        }
      }
      Path p = Path.of(dir, "sentiment-" + language + ".json");
      if (!Files.isRegularFile(p)) {
        throw new ConfigException("sentiment model not found: " + p);
      }
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new ConfigException("cannot read sentiment model for " + language + ": " + e.getMessage(), e);
    }
  }

  /** Loads the model of a language (dir null: bundled) and checks its language. */
  public static SentimentModel load(String dir, String language) {
    String source = dir == null ? resource(language) : Path.of(dir, "sentiment-" + language + ".json").toString();
    SentimentModel m = fromJson(new String(bytes(dir, language), StandardCharsets.UTF_8), source);
    if (!m.language().equals(language)) {
      throw new ConfigException(source + ": model language is " + m.language() + ", expected " + language);
    }
    return m;
  }
}
