package io.github.flyorchestrator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring test class ({@code @SpringBootTest} or any Spring TestContext test): starts a {@link FlyApiSimulator}
 * with the application context, registers it as a bean, and sets the properties {@code fly.base-url} (the
 * simulator's {@link FlyApiSimulator#baseUrl()}) and {@code fly.token} ({@link #token()}). The simulator stops
 * when the context closes. Contexts with the same settings are cached and share one simulator.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EnableFlyApiSimulator {

  /** @return the token the simulator requires and {@code fly.token} is set to */
  String token() default FlyApiSimulator.DEFAULT_TEST_TOKEN;

  /** @return real time per simulated time */
  double timeScale() default 1.0;

  /** @return whether Fly's documented rate limits apply */
  boolean rateLimits() default true;
}
