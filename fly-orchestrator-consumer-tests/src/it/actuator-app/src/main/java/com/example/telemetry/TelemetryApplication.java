package com.example.telemetry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A user's web application with Actuator that uses the orchestrator. */
@SpringBootApplication
public class TelemetryApplication {

  /**
   * Starts the application.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(TelemetryApplication.class, args);
  }
}
