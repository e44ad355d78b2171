package slant.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Test access to {@link EvalActorsCommand}'s package-private helpers from other packages. */
public final class EvalActorsCommandAccess {

  private EvalActorsCommandAccess() {}

  public static Map<String, String> readCorpus(Path dir) throws IOException {
    return EvalActorsCommand.readCorpus(dir);
  }
}
