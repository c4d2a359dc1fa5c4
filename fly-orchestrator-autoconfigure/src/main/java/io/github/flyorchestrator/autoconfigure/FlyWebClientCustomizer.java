package io.github.flyorchestrator.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the Fly Machines API client only (Spring Boot's
 * {@code WebClientCustomizer}s apply to every WebClient, these to Fly's). Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order} order, after Boot's customizers and before the client sets its
 * base URL, authentication and timeouts.
 */
@FunctionalInterface
public interface FlyWebClientCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder a builder used only by the Fly client
   */
  void customize(WebClient.Builder builder);
}
