package io.github.flyorchestrator.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.common.docs.KeyName;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The default convention tag by tag, and what a subclass can change. */
class DefaultFlyWaitObservationConventionTest {

  private static FlyWaitObservationContext finishedWait() {
    FlyWaitObservationContext context = new FlyWaitObservationContext("start_and_wait", "my-app");
    context.setMachineId("m1");
    context.setAttempts(3);
    context.setReason("started");
    context.setOutcome(FlyWaitObservationContext.Outcome.SUCCESS);
    return context;
  }

  private static Map<String, String> tags(KeyValues keyValues) {
    return StreamSupport.stream(keyValues.spliterator(), false)
        .collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue));
  }

  @Test
  void theDefaultNameIsFlyOrchestratorWaitAndTheContextualNameNamesTheOperation() {
    DefaultFlyWaitObservationConvention convention = new DefaultFlyWaitObservationConvention();

    assertThat(convention.getName()).isEqualTo("fly.orchestrator.wait").isEqualTo(
        DefaultFlyWaitObservationConvention.NAME);
    assertThat(convention.getContextualName(finishedWait())).isEqualTo("fly wait start_and_wait");
  }

  @Test
  void theNameConstructorChangesOnlyTheName() {
    DefaultFlyWaitObservationConvention named = new DefaultFlyWaitObservationConvention("acme.fly.wait");
    DefaultFlyWaitObservationConvention standard = new DefaultFlyWaitObservationConvention();

    assertThat(named.getName()).isEqualTo("acme.fly.wait");
    assertThat(named.getLowCardinalityKeyValues(finishedWait()))
        .isEqualTo(standard.getLowCardinalityKeyValues(finishedWait()));
    assertThat(named.getHighCardinalityKeyValues(finishedWait()))
        .isEqualTo(standard.getHighCardinalityKeyValues(finishedWait()));
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new DefaultFlyWaitObservationConvention(" "));
  }

  @Test
  void everyDocumentedKeyHasItsValue() {
    DefaultFlyWaitObservationConvention convention = new DefaultFlyWaitObservationConvention();
    FlyWaitObservationContext context = finishedWait();

    assertThat(tags(convention.getLowCardinalityKeyValues(context))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "operation", "start_and_wait", "outcome", "success", "error", "none"));
    assertThat(tags(convention.getHighCardinalityKeyValues(context))).containsExactlyInAnyOrderEntriesOf(Map.of(
        "app", "my-app", "machine.id", "m1", "attempts", "3", "reason", "started"));
    assertThat(tags(convention.getLowCardinalityKeyValues(context)).keySet()).containsExactlyInAnyOrderElementsOf(
        keyNames(FlyOrchestratorObservationDocumentation.WAIT.getLowCardinalityKeyNames()));
    assertThat(tags(convention.getHighCardinalityKeyValues(context)).keySet()).containsExactlyInAnyOrderElementsOf(
        keyNames(FlyOrchestratorObservationDocumentation.WAIT.getHighCardinalityKeyNames()));
  }

  private static List<String> keyNames(KeyName[] names) {
    return Arrays.stream(names).map(KeyName::asString).toList();
  }

  @Test
  void unknownValuesAreNone() {
    FlyWaitObservationContext running = new FlyWaitObservationContext("poll_until", null);
    DefaultFlyWaitObservationConvention convention = new DefaultFlyWaitObservationConvention();

    assertThat(tags(convention.getLowCardinalityKeyValues(running)))
        .containsEntry("outcome", "none").containsEntry("error", "none");
    assertThat(tags(convention.getHighCardinalityKeyValues(running)))
        .containsEntry("app", "none").containsEntry("machine.id", "none").containsEntry("reason", "none");
  }

  @Test
  void theErrorTagIsTheSimpleNameOfTheErrorsClass() {
    FlyWaitObservationContext context = finishedWait();
    context.setOutcome(FlyWaitObservationContext.Outcome.TIMEOUT);
    context.setError(FlyTimeoutException.waitingFor("machine m1 of app my-app to reach started",
        Duration.ofSeconds(5), "start_and_wait", 3, Duration.ofSeconds(5), "starting", null));

    assertThat(tags(new DefaultFlyWaitObservationConvention().getLowCardinalityKeyValues(context)))
        .containsEntry("error", "FlyTimeoutException").containsEntry("outcome", "timeout");
  }

  @Test
  void anErrorClassWithoutASimpleNameIsTaggedWithItsFullName() {
    RuntimeException anonymous = new RuntimeException("boom") {
    };
    FlyWaitObservationContext context = finishedWait();
    context.setError(anonymous);

    assertThat(tags(new DefaultFlyWaitObservationConvention().getLowCardinalityKeyValues(context)))
        .containsEntry("error", anonymous.getClass().getName());
  }

  @Test
  void aSubclassChangesOneTagAndKeepsTheOthers() {
    DefaultFlyWaitObservationConvention withoutPullRequestSuffix = new DefaultFlyWaitObservationConvention() {
      @Override
      protected KeyValue app(FlyWaitObservationContext context) {
        return KeyValue.of("app", context.getApp().replaceAll("-pr-\\d+$", ""));
      }

      @Override
      protected KeyValue outcome(FlyWaitObservationContext context) {
        return KeyValue.of("result", context.getOutcome().value());
      }
    };
    FlyWaitObservationContext context = new FlyWaitObservationContext("start_and_wait", "shop-pr-42");
    context.setOutcome(FlyWaitObservationContext.Outcome.SUCCESS);

    assertThat(tags(withoutPullRequestSuffix.getHighCardinalityKeyValues(context)))
        .containsEntry("app", "shop").containsEntry("machine.id", "none").containsKeys("attempts", "reason");
    assertThat(tags(withoutPullRequestSuffix.getLowCardinalityKeyValues(context))).containsExactlyInAnyOrderEntriesOf(
        Map.of("operation", "start_and_wait", "result", "success", "error", "none"));
    assertThat(withoutPullRequestSuffix.getName()).isEqualTo("fly.orchestrator.wait");
  }
}
