package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The JUnit extension: one simulator per class, injected into fields and parameters, shared with nested classes. */
@WithFlyApiSimulator(token = "ext-token", rateLimits = false)
class SimulatorExtensionTest {

  static FlyApiSimulator staticField;
  FlyApiSimulator instanceField;

  @Test
  void injectsTheSameSimulatorEverywhere(FlyApiSimulator parameter) {
    assertThat(parameter).isSameAs(staticField).isSameAs(instanceField);
    assertThat(parameter.options().token()).isEqualTo("ext-token");
    assertThat(parameter.options().rateLimitsEnabled()).isFalse();
    assertThat(new SimHttp(parameter, "ext-token").get("/apps").status()).isEqualTo(200);
  }

  @Nested
  class Inner {
    @Test
    void nestedClassSharesTheOuterSimulator(FlyApiSimulator parameter) {
      assertThat(parameter).isSameAs(staticField);
    }
  }
}
