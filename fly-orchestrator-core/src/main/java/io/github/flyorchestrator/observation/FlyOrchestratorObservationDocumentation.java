package io.github.flyorchestrator.observation;

import io.github.flyorchestrator.param.PollOptions;
import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of fly-orchestrator. The name ({@value DefaultFlyWaitObservationConvention#NAME}) comes from the
 * convention, so that a user's {@link FlyWaitObservationConvention} bean can replace it.
 */
public enum FlyOrchestratorObservationDocumentation implements ObservationDocumentation {

  /**
   * One call of an orchestrator workflow, from subscription to its end: every operation listed in {@link Operation}
   * emits one. The HTTP calls made during the workflow are its children; the {@code update_and_wait} of each machine
   * of a {@code rollout} is a child of the rollout's.
   */
  WAIT {
    @Override
    public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
      return DefaultFlyWaitObservationConvention.class;
    }

    @Override
    public KeyName[] getLowCardinalityKeyNames() {
      return LowCardinalityKeyNames.values();
    }

    @Override
    public KeyName[] getHighCardinalityKeyNames() {
      return HighCardinalityKeyNames.values();
    }

    @Override
    public Observation.Event[] getEvents() {
      return Events.values();
    }
  };

  /** Tags with few values: safe for metrics. */
  public enum LowCardinalityKeyNames implements KeyName {
    /** The workflow: one of the {@link Operation} values, or the operation name a {@code pollUntil} was given. */
    OPERATION {
      @Override
      public String asString() {
        return "operation";
      }
    },
    /**
     * {@code success}, {@code timeout}, {@code error} or {@code cancelled} (by the subscriber, or by the orchestrator's
     * shutdown once its grace period is over).
     */
    OUTCOME {
      @Override
      public String asString() {
        return "outcome";
      }
    },
    /** The error the workflow ended with: its simple class name, e.g. {@code FlyTimeoutException}, or {@code none}. */
    ERROR {
      @Override
      public String asString() {
        return "error";
      }
    }
  }

  /**
   * Every value of the {@code operation} tag that the orchestrators set themselves: each workflow of
   * {@code ReactiveFlyOrchestrator} and {@code FlyOrchestrator} emits one {@code fly.orchestrator.wait} observation
   * per call under its operation's name. {@code withLease} emits none of its own (the workflows run under the lease
   * do), and a {@code pollUntil} given an operation name in its {@code PollOptions} is tagged with that name instead.
   */
  public enum Operation {
    /** {@code createAppAndWait}. */
    CREATE_APP_AND_WAIT("create_app_and_wait"),
    /** {@code createMachineAndWait}. */
    CREATE_MACHINE_AND_WAIT("create_machine_and_wait"),
    /** {@code startAndWait}. */
    START_AND_WAIT("start_and_wait"),
    /** {@code stopAndWait}. */
    STOP_AND_WAIT("stop_and_wait"),
    /** {@code restartAndWait}. */
    RESTART_AND_WAIT("restart_and_wait"),
    /** {@code suspendAndWait}. */
    SUSPEND_AND_WAIT("suspend_and_wait"),
    /** {@code updateAndWait}, also for each machine a {@code rollout} updates. */
    UPDATE_AND_WAIT("update_and_wait"),
    /** {@code destroyAndWait}. */
    DESTROY_AND_WAIT("destroy_and_wait"),
    /** {@code provisionAppAndWait}: the app, its addresses and certificates, until every certificate is issued. */
    PROVISION_APP_AND_WAIT("provision_app_and_wait"),
    /** {@code deprovisionAppAndWait}: the app's addresses released and the app deleted, until it is gone. */
    DEPROVISION_APP_AND_WAIT("deprovision_app_and_wait"),
    /** {@code rollout}: the whole rollout of an app's machines. */
    ROLLOUT("rollout"),
    /** {@code pollUntil} with no operation name of its own ({@link PollOptions#DEFAULT_OPERATION}). */
    POLL_UNTIL(PollOptions.DEFAULT_OPERATION);

    private final String value;

    Operation(String value) {
      this.value = value;
    }

    /** @return the tag value, e.g. {@code start_and_wait} */
    public String value() {
      return value;
    }
  }

  /** Tags with many values: for traces only. */
  public enum HighCardinalityKeyNames implements KeyName {
    /** The app name, or {@code none}. */
    APP {
      @Override
      public String asString() {
        return "app";
      }
    },
    /** The machine id, or {@code none}. */
    MACHINE_ID {
      @Override
      public String asString() {
        return "machine.id";
      }
    },
    /** How many attempts (reads, checks, wait calls, polls) were made. */
    ATTEMPTS {
      @Override
      public String asString() {
        return "attempts";
      }
    },
    /** The last observed state (e.g. {@code started}, {@code http 404}), or {@code none}. */
    REASON {
      @Override
      public String asString() {
        return "reason";
      }
    }
  }

  /** Events signalled on the observation. */
  public enum Events implements Observation.Event {
    /**
     * The workflow reached its deadline; the {@link io.github.flyorchestrator.exception.FlyTimeoutException} is the
     * error.
     */
    TIMEOUT {
      @Override
      public String getName() {
        return "timeout";
      }
    }
  }
}
