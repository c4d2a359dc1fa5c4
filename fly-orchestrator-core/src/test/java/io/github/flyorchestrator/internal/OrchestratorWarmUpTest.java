package io.github.flyorchestrator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.internal.client.ClientWarmUp;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.github.flyorchestrator.settings.OrchestratorSettings;
import io.github.flyorchestrator.settings.RateLimitSettings;
import org.junit.jupiter.api.Test;

/** The orchestrator's warm-up runs a whole create-and-wait against the client warm-up's loopback server. */
class OrchestratorWarmUpTest {

  private static final FlyClientSettings SETTINGS =
      FlyClientSettings.builder().rateLimit(RateLimitSettings.DISABLED).build();

  @Test
  void aCreateAndWaitRunsToItsEndAgainstTheCannedAnswers() {
    assertThat(ClientWarmUp.runWorkflow(SETTINGS, OrchestratorWarmUp.workflow(OrchestratorSettings.DEFAULTS)))
        .isTrue();
  }

  @Test
  void thePollingFallbackAlsoRunsToItsEnd() {
    OrchestratorSettings noWaitEndpoint = OrchestratorSettings.DEFAULTS.toBuilder().useWaitEndpoint(false).build();

    assertThat(ClientWarmUp.runWorkflow(SETTINGS, OrchestratorWarmUp.workflow(noWaitEndpoint))).isTrue();
  }

  @Test
  void aFailingWorkflowIsReportedNotThrown() {
    assertThat(ClientWarmUp.runWorkflow(SETTINGS, client -> client.getMachine("warm-up", "gone"))).isFalse();
  }
}
