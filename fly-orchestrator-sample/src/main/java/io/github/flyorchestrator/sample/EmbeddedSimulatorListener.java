package io.github.flyorchestrator.sample;

import io.github.flyorchestrator.test.FlyApiSimulator;
import io.github.flyorchestrator.test.SimulatorOptions;
import io.github.flyorchestrator.test.SimulatorTimings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the Fly API simulator in-process when neither {@code fly.token}, {@code FLY_API_TOKEN} nor
 * {@code fly.base-url} is set, points {@code fly.*} at it, says so on the first output line, and stops it when the
 * application ends.
 *
 * <p>Not during AOT processing ({@code spring-boot:process-aot} runs {@code main} only to build the bean definitions,
 * with the system property {@link AbstractAotProcessor#AOT_PROCESSING} set): nothing would call the simulator nor
 * stop it. The AOT-processed application starts it at run time like any other run, since this listener is added by
 * {@code main}, not generated.
 */
class EmbeddedSimulatorListener implements SmartApplicationListener {

  static final String TOKEN = "sample-simulator-token";

  private final PrintStream out;
  private FlyApiSimulator simulator;

  EmbeddedSimulatorListener(PrintStream out) {
    this.out = out;
  }

  @Override
  public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
    return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
        || ContextClosedEvent.class.isAssignableFrom(eventType)
        || ApplicationFailedEvent.class.isAssignableFrom(eventType);
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      startIfUnconfigured(prepared.getEnvironment());
    }
    else {
      stop();
    }
  }

  private void startIfUnconfigured(ConfigurableEnvironment environment) {
    if (simulator != null || isConfigured(environment) || isAotProcessing(environment)) {
      return;
    }
    Duration start = environment.getProperty("sample.simulated-start-time", Duration.class, Duration.ofSeconds(2));
    simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withToken(TOKEN)
        .withTimings(SimulatorTimings.defaults().withStart(start)));
    environment.getPropertySources().addFirst(new MapPropertySource("embeddedFlyApiSimulator",
        Map.of("fly.base-url", simulator.baseUrl(), "fly.token", TOKEN, "sample.embedded-simulator", "true")));
    out.println("No fly.token or FLY_API_TOKEN set: using the embedded Fly API simulator at " + simulator.baseUrl());
  }

  static boolean isConfigured(ConfigurableEnvironment environment) {
    return StringUtils.hasText(environment.getProperty("fly.token"))
        || StringUtils.hasText(environment.getProperty("FLY_API_TOKEN"))
        || StringUtils.hasText(environment.getProperty("fly.base-url"));
  }

  private static boolean isAotProcessing(ConfigurableEnvironment environment) {
    return environment.getProperty(AbstractAotProcessor.AOT_PROCESSING, Boolean.class, false);
  }

  private void stop() {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }
}
