package io.github.flyorchestrator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring test class ({@code @SpringBootTest} or any Spring TestContext test): starts a {@link FlyApiSimulator}
 * with the application context, registers it as a bean, and points the client at it with a
 * {@code FlyConnectionDetails} bean (the simulator's {@link FlyApiSimulator#baseUrl()} and {@link #token()}), the
 * way Boot's service connections do: the application's own {@code fly.base-url} and {@code fly.token} (say from its
 * {@code application.yml}) are left alone and not used. Without {@code fly-orchestrator-autoconfigure} on the class
 * path (nothing would read that bean) it sets those two properties instead. The simulator stops when the context
 * closes. Contexts with the same settings are cached and share one simulator.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EnableFlyApiSimulator {

  /**
   * The token the simulator requires.
   *
   * @return the token, also the connection details' token
   */
  String token() default FlyApiSimulator.DEFAULT_TEST_TOKEN;

  /**
   * How fast simulated time runs.
   *
   * @return real time per simulated time
   */
  double timeScale() default 1.0;

  /**
   * Whether the simulator enforces rate limits.
   *
   * @return whether Fly's documented rate limits apply
   */
  boolean rateLimits() default true;
}
