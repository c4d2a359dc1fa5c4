package io.github.flyorchestrator.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the job {@code sample.job} names once at startup and turns its outcome into the process exit code: 0 on
 * success; on failure one clear line on standard error (the stack trace only with debug logging) and exit code 1.
 */
@Component
class SampleRunner implements ApplicationRunner, ExitCodeGenerator {

  private static final Logger logger = LoggerFactory.getLogger(SampleRunner.class);

  private final SampleProperties properties;
  private final LaunchJob launch;
  private final RolloutJob rollout;
  private int exitCode;

  SampleRunner(SampleProperties properties, LaunchJob launch, RolloutJob rollout) {
    this.properties = properties;
    this.launch = launch;
    this.rollout = rollout;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      switch (properties.job()) {
        case SampleProperties.LAUNCH -> launch.run(System.out);
        case SampleProperties.ROLLOUT -> rollout.run(System.out);
        default -> throw new IllegalArgumentException(
            "sample.job must be 'launch' or 'rollout', was '" + properties.job() + "'");
      }
      exitCode = 0;
    }
    catch (RuntimeException ex) {
      System.err.println("sample failed: " + ex.getMessage());
      logger.debug("sample failure", ex);
      exitCode = 1;
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
