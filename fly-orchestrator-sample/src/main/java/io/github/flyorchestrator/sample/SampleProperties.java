package io.github.flyorchestrator.sample;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the sample's jobs create ({@code sample.*}).
 *
 * @param job which job runs: {@code launch} (default) or {@code rollout}
 * @param appName the app to create
 * @param orgSlug the organization to create it in
 * @param image the machine image
 * @param region the machines' region
 * @param timeout the deadline for a machine to be started
 * @param fleetSize how many machines the rollout job creates
 * @param rolloutImage the image the rollout job rolls over the fleet
 * @param leaseTtl the time to live of the rollout's machine leases: how long a lease left by a killed run blocks
 *     its machine
 */
@ConfigurationProperties("sample")
public record SampleProperties(String job, String appName, String orgSlug, String image, String region,
    Duration timeout, int fleetSize, String rolloutImage, Duration leaseTtl) {

  /** The default job. */
  public static final String LAUNCH = "launch";
  /** The fleet rollout job. */
  public static final String ROLLOUT = "rollout";
}
