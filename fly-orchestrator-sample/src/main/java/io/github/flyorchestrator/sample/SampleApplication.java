package io.github.flyorchestrator.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The demo application: a non-web Spring Boot app whose main job launches a machine and exits. Without a token it
 * runs against the embedded Fly API simulator.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

  /**
   * Runs the main job and exits with its exit code.
   *
   * @param args command line
   */
  public static void main(String[] args) {
    System.exit(SpringApplication.exit(application().run(args)));
  }

  /**
   * The application with the embedded-simulator listener, as {@link #main} runs it.
   *
   * @return the application
   */
  static SpringApplication application() {
    SpringApplication application = new SpringApplication(SampleApplication.class);
    application.addListeners(new EmbeddedSimulatorListener(System.out));
    return application;
  }
}
