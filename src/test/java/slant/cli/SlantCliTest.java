package slant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import slant.config.ConfigException;
import slant.testing.LogCapture;

/** How a failing command ends: one line on stderr, and for a run failure the stack trace in the log. */
class SlantCliTest {

  /** A command that fails with the given exception. */
  @CommandLine.Command(name = "fail")
  static final class Failing implements Runnable {
    final RuntimeException toThrow;

    Failing(RuntimeException toThrow) {
      this.toThrow = toThrow;
    }

    @Override
    public void run() {
      throw toThrow;
    }
  }

  private record Outcome(int code, String stderr, List<LogEvent> log) {}

  private static Outcome run(RuntimeException e) {
    CommandLine cli = new CommandLine(new Failing(e));
    cli.setExecutionExceptionHandler(SlantCli::failed);
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    try (LogCapture log = new LogCapture(SlantCli.class)) {
      int code = cli.execute();
      return new Outcome(code, err.toString(), log.events());
    }
  }

  @Test
  void aRunFailureIsOneLineOnStderrAndItsStackTraceInTheLog() {
    IllegalStateException e = new IllegalStateException("run x: read 3 != accepted 1 + rejected 1",
        new java.io.IOException("disk full"));
    Outcome o = run(e);
    assertEquals(1, o.code());
    assertEquals("slant: IllegalStateException: run x: read 3 != accepted 1 + rejected 1" + System.lineSeparator(),
        o.stderr());
    assertEquals(1, o.log().size());
    LogEvent event = o.log().get(0);
    assertEquals(Level.ERROR, event.getLevel());
    assertEquals("slant fail failed", event.getMessage().getFormattedMessage());
    assertSame(e, event.getThrown(), "the whole exception, causes included, goes to the log");
  }

  @Test
  void aConfigurationErrorIsOneLineAndNotLogged() {
    Outcome o = run(new IllegalStateException("wrapped", new ConfigException("run.date must be a date")));
    assertEquals(2, o.code());
    assertEquals("slant: run.date must be a date" + System.lineSeparator(), o.stderr());
    assertEquals(List.of(), o.log());
  }
}
