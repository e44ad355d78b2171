package slant.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import slant.config.ConfigLoader;
import slant.config.SlantConfig;

/** Options shared by commands that read a configuration: the YAML file, then overrides. */
public final class ConfigOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (jobs/local.yaml, jobs/nightly.yaml).")
  Path config;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "An extra actor catalogue in the data/actors.yaml format (repeatable); added to the configured ones.")
  List<String> extraActors = new ArrayList<>();

  @Option(names = "--lexicon-dir", paramLabel = "DIR",
      description = "Folder with <lang>/polarity.tsv and <lang>/modifiers.tsv (default: the bundled lexicons).")
  String lexiconDir;

  SlantConfig load() {
    SlantConfig c = config == null ? SlantConfig.defaults() : ConfigLoader.load(config);
    if (!extraActors.isEmpty()) {
      List<String> all = new ArrayList<>(c.actors().extraCatalogues());
      all.addAll(extraActors);
      c = c.withActors(c.actors().withExtra(all));
    }
    if (lexiconDir != null) {
      var s = c.sentiment();
      c = c.withSentiment(s.withLexiconDir(lexiconDir));
    }
    return c;
  }
}
