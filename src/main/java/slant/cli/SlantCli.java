package slant.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import slant.config.ConfigException;

/** {@code slant}: the command line. {@code main} only parses; each command's work is in a method tests can call. */
@Command(name = "slant", mixinStandardHelpOptions = true, version = "slant 0.1.0",
    description = "Per-actor sentiment, framing and voice in news corpora, on Spark.",
    subcommands = {RunCommand.class, RescoreCommand.class, ExplainCommand.class, EvalCommand.class, EvalActorsCommand.class,
        EvalHoldersCommand.class,
        EvalFramesCommand.class, TrainSentimentCommand.class, BenchCommand.class, BenchE2eCommand.class, CommandLine.HelpCommand.class})
public final class SlantCli implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(SlantCli.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 ok, 2 usage or configuration error, 1 run failure. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new SlantCli());
    cli.setExecutionExceptionHandler(SlantCli::failed);
    return cli.execute(args);
  }

  /**
   * A command's failure: a configuration error (anywhere in the causes) is its one-line message, exit 2; anything
   * else is logged with its stack trace (ERROR, so that a nightly run's log file holds it) and ends with one line,
   * exit 1. The one line on stderr is always the last thing Slant prints.
   */
  static int failed(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    Throwable root = ex;
    while (!(root instanceof ConfigException) && root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof ConfigException) {
      err.println("slant: " + root.getMessage());
      err.flush();
      return 2;
    }
    LOG.error("slant {} failed", cmd.getCommandName(), ex);
    err.println("slant: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
    err.flush();
    return 1;
  }
}
