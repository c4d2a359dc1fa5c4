package io.github.flyorchestrator.faults;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Captures the library's, Reactor Netty's and Spring's web logging at DEBUG (without printing it) and remembers every
 * event whose message or stack trace contains one of the secrets. Events are checked as they arrive, not kept.
 */
final class TokenLeakWatch extends AppenderBase<ILoggingEvent> {

  private static final String[] LOGGERS = {"io.github.flyorchestrator", "reactor.netty", "org.springframework.web",
      "org.springframework.http"};

  private final List<String> secrets;
  private final AtomicLong events = new AtomicLong();
  private final List<String> leaks = new ArrayList<>();
  private final Map<String, Level> previousLevels = new HashMap<>();
  private final Map<String, Boolean> previousAdditivity = new HashMap<>();
  private LoggerContext loggers;

  TokenLeakWatch(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  /** Routes the watched loggers at DEBUG to this appender only. */
  void install() {
    loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
    setContext(loggers);
    start();
    for (String name : LOGGERS) {
      Logger logger = loggers.getLogger(name);
      previousLevels.put(name, logger.getLevel());
      previousAdditivity.put(name, logger.isAdditive());
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      logger.addAppender(this);
    }
  }

  /** Restores the loggers. */
  void uninstall() {
    for (String name : LOGGERS) {
      Logger logger = loggers.getLogger(name);
      logger.detachAppender(this);
      logger.setLevel(previousLevels.get(name));
      logger.setAdditive(previousAdditivity.get(name));
    }
    stop();
  }

  @Override
  protected void append(ILoggingEvent event) {
    events.incrementAndGet();
    StringBuilder text = new StringBuilder(event.getFormattedMessage());
    for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
      text.append('\n').append(proxy.getClassName()).append(": ").append(proxy.getMessage());
      for (StackTraceElementProxy frame : proxy.getStackTraceElementProxyArray()) {
        text.append('\n').append(frame.getSTEAsString());
      }
    }
    if (containsSecret(text)) {
      synchronized (leaks) {
        leaks.add(event.getLoggerName() + " " + event.getLevel());
      }
    }
  }

  /** @param text any output @return whether it contains a secret */
  boolean containsSecret(CharSequence text) {
    String value = text.toString();
    return secrets.stream().anyMatch(value::contains);
  }

  /** @return how many events were checked */
  long events() {
    return events.get();
  }

  /** @return logger and level of every event that contained a secret */
  List<String> leaks() {
    synchronized (leaks) {
      return List.copyOf(leaks);
    }
  }
}
