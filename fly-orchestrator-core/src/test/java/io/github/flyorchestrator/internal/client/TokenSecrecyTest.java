package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.settings.BackoffSettings;
import io.github.flyorchestrator.settings.RetrySettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API token appears in no exception, toString or log line, even with DEBUG logging everywhere. */
class TokenSecrecyTest extends WireMockClientSupport {

  private static final String SECRET = "fm2_TOPSECRETmacaroonPART";
  private static final String[] DEBUG_LOGGERS = {Logger.ROOT_LOGGER_NAME, "reactor.netty",
      "org.springframework.web.reactive", "org.springframework.http", "io.github.flyorchestrator"};

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Map<String, Level> previousLevels = new HashMap<>();
  private LoggerContext context;

  @BeforeEach
  void captureDebugLogs() {
    context = (LoggerContext) LoggerFactory.getILoggerFactory();
    appender.setContext(context);
    appender.start();
    for (String name : DEBUG_LOGGERS) {
      Logger logger = context.getLogger(name);
      previousLevels.put(name, logger.getLevel());
      logger.setLevel(Level.DEBUG);
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
  }

  @AfterEach
  void restoreLogging() {
    context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    previousLevels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    appender.stop();
  }

  @Test
  void tokenAppearsNowhereAcrossFailingCalls() {
    ReactiveFlyMachinesClient client = client(SECRET,
        new RetrySettings(2, new BackoffSettings(Duration.ofMillis(5), 2.0, Duration.ofMillis(10), 0)),
        Duration.ofSeconds(5));
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/json").withHeader("fly-request-id", "req-1")
        .withBody("{\"error\":\"try later\"}")));

    FlyException getFailure = catchThrowableOfType(FlyException.class, () -> client.getApp("a").block());
    FlyException postFailure = catchThrowableOfType(FlyException.class, () ->
        client.createMachine("a", MachineSpec.of(MachineConfig.ofImage("nginx"), null)).block());

    assertThat(getFailure).isNotNull();
    assertThat(postFailure).isNotNull();
    assertThat(stackTraceOf(getFailure)).doesNotContain(SECRET).doesNotContain("TOPSECRET");
    assertThat(stackTraceOf(postFailure)).doesNotContain("TOPSECRET");
    assertThat(client.toString()).doesNotContain("TOPSECRET");
    assertThat(ReactiveFlyMachinesClient.builder().token(SECRET).toString()).doesNotContain("TOPSECRET");
    assertThat(FlyAuthorization.forToken(SECRET).toString()).doesNotContain("TOPSECRET");

    // Netty threads may still be logging: read a copy taken under the appender's lock (doAppend holds it)
    List<ILoggingEvent> events;
    synchronized (appender) {
      events = List.copyOf(appender.list);
    }
    assertThat(events).as("DEBUG logging was captured").isNotEmpty();
    assertThat(events).anySatisfy(event -> assertThat(event.getFormattedMessage())
        .contains("Retrying Fly API GET /v1/apps/a").contains("http_503").contains("retry 1"));
    for (ILoggingEvent event : events) {
      assertThat(event.getFormattedMessage()).doesNotContain("TOPSECRET");
      assertThat(throwableText(event.getThrowableProxy())).doesNotContain("TOPSECRET");
      assertThat(String.valueOf(event.getMDCPropertyMap())).doesNotContain("TOPSECRET");
    }
  }

  private static String stackTraceOf(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  private static String throwableText(IThrowableProxy proxy) {
    StringBuilder text = new StringBuilder();
    for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
      text.append(p.getClassName()).append(": ").append(p.getMessage()).append('\n');
      for (StackTraceElementProxy element : p.getStackTraceElementProxyArray()) {
        text.append(element.getSTEAsString()).append('\n');
      }
      for (IThrowableProxy suppressed : p.getSuppressed()) {
        text.append(throwableText(suppressed));
      }
    }
    return text.toString();
  }
}
