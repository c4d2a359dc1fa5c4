package io.github.flyorchestrator.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The demo application: a non-web Spring Boot app whose main job launches a machine and exits. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

  /**
   * Runs the main job and exits with its exit code.
   *
   * @param args command line
   */
  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(SampleApplication.class, args)));
  }
}
