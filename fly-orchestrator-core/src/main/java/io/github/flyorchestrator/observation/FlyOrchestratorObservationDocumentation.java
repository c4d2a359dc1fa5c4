package io.github.flyorchestrator.observation;

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
   * One wait of an orchestrator workflow ({@code createAppAndWait}, {@code createMachineAndWait}, {@code pollUntil}),
   * from subscription to its end. The HTTP calls made during the wait are its children.
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
    /** {@code create_app_and_wait}, {@code create_machine_and_wait} or the {@code pollUntil} operation name. */
    OPERATION {
      @Override
      public String asString() {
        return "operation";
      }
    },
    /** {@code success}, {@code timeout}, {@code error} or {@code cancelled}. */
    OUTCOME {
      @Override
      public String asString() {
        return "outcome";
      }
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
    /** How many attempts (checks, wait calls, polls) were made. */
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
    /** The wait reached its deadline; the {@link io.github.flyorchestrator.exception.FlyTimeoutException} is the error. */
    TIMEOUT {
      @Override
      public String getName() {
        return "timeout";
      }
    }
  }
}
