package io.github.flyorchestrator.sample;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the sample's main job creates ({@code sample.*}).
 *
 * @param appName the app to create
 * @param orgSlug the organization to create it in
 * @param image the machine image
 * @param region the machine's region
 * @param timeout the deadline for the machine to be started
 */
@ConfigurationProperties("sample")
public record SampleProperties(String appName, String orgSlug, String image, String region, Duration timeout) {
}
