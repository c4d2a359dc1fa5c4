package io.github.flyorchestrator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link FlyApiSimulator} for the annotated JUnit 5 test class and injects it into test-method and
 * constructor parameters and into fields of type {@link FlyApiSimulator}. See {@link FlyApiSimulatorExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FlyApiSimulatorExtension.class)
public @interface WithFlyApiSimulator {

  /** @return the only accepted token; empty (the default) accepts any non-empty token */
  String token() default "";

  /** @return real time per simulated time */
  double timeScale() default 1.0;

  /** @return whether Fly's documented rate limits apply */
  boolean rateLimits() default true;
}
