package slant.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Collects what one logger logs (through slf4j to log4j2, the backend of tests and of Spark) while open; the
 * logger's level is as configured (log4j2-test.properties: slant at INFO).
 */
public final class LogCapture implements AutoCloseable {

  private final Logger logger;
  private final List<LogEvent> events = new CopyOnWriteArrayList<>();
  private final AbstractAppender appender;

  public LogCapture(Class<?> of) {
    logger = (Logger) LogManager.getLogger(of);
    appender = new AbstractAppender("capture-" + of.getName(), null, null, true, Property.EMPTY_ARRAY) {
      @Override
      public void append(LogEvent event) {
        events.add(event.toImmutable());
      }
    };
    appender.start();
    logger.addAppender(appender);
  }

  public List<LogEvent> events() {
    return List.copyOf(events);
  }

  @Override
  public void close() {
    logger.removeAppender(appender);
    appender.stop();
  }
}
