package io.github.flyorchestrator.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The demo application. */
@SpringBootApplication
public class SampleApplication {

  /** @param args command line */
  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(SampleApplication.class, args)));
  }
}
