package io.github.flyorchestrator.test.internal.state;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.SimulatorTimings;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import java.time.Duration;
import java.util.Set;

/**
 * The simulator's machine state machine (not the orchestrator's lifecycle workflows): which commands are allowed in
 * which state, and the timed transitions they start. Every command runs under the machine's monitor; timed steps only
 * run if no newer command superseded them.
 */
public final class MachineTransitions {

  private static final Set<String> STARTABLE = Set.of("created", "stopped", "suspended", "failed");
  private static final Set<String> DESTROYABLE = Set.of("created", "stopped", "suspended", "failed");

  private final SimulatorClock clock;
  private final SimulatorState state;
  private final SimulatorTimings timings;

  /**
   * @param clock simulated clock
   * @param state simulator state
   * @param timings transition durations
   */
  public MachineTransitions(SimulatorClock clock, SimulatorState state, SimulatorTimings timings) {
    this.clock = clock;
    this.state = state;
    this.timings = timings;
  }

  /**
   * Records the launch of a new machine and, unless {@code skipLaunch}, schedules created → starting → started
   * (or → failed when the app is told to fail launches).
   *
   * @param app the app
   * @param machine the new machine
   * @param skipLaunch whether the machine stays {@code created}
   */
  public void launch(SimApp app, SimMachine machine, boolean skipLaunch) {
    synchronized (machine) {
      long generation = machine.nextGeneration();
      machine.transition("created", !skipLaunch, "launch", "user", clock.nowMillis());
      if (!skipLaunch) {
        after(machine, generation, timings.launch(), () -> beginStart(app, machine, generation));
      }
    }
  }

  /**
   * {@code POST .../start}.
   *
   * @param app app
   * @param machine machine
   * @param whenStarted what start on a started machine does
   * @return the state the machine was in
   */
  public String start(SimApp app, SimMachine machine, ApiVariants.StartWhenStarted whenStarted) {
    synchronized (machine) {
      String current = machine.state();
      if ("started".equals(current) && !machine.transitionPending()
          && whenStarted == ApiVariants.StartWhenStarted.NO_OP) {
        return current;
      }
      if (!STARTABLE.contains(current) || machine.transitionPending()) {
        throw ApiError.precondition("unable to start machine from current state: " + current);
      }
      beginStart(app, machine, machine.nextGeneration());
      return current;
    }
  }

  /**
   * {@code POST .../stop}.
   *
   * @param machine machine
   * @param whenStopped what stop on a stopped machine does
   * @return the state the machine was in
   */
  public String stop(SimMachine machine, ApiVariants.StartWhenStarted whenStopped) {
    synchronized (machine) {
      String current = machine.state();
      if ("stopped".equals(current) && !machine.transitionPending()
          && whenStopped == ApiVariants.StartWhenStarted.NO_OP) {
        return current;
      }
      if (!"started".equals(current) || machine.transitionPending()) {
        throw ApiError.precondition("unable to stop machine from current state: " + current);
      }
      long generation = machine.nextGeneration();
      machine.transition("stopping", true, "stop", "user", clock.nowMillis());
      after(machine, generation, timings.stop(), () -> settle(machine, "stopped", "exit"));
      return current;
    }
  }

  /** {@code POST .../suspend}. @param machine machine */
  public void suspend(SimMachine machine) {
    synchronized (machine) {
      if (!"started".equals(machine.state()) || machine.transitionPending()) {
        throw ApiError.precondition("unable to suspend machine from current state: " + machine.state());
      }
      long generation = machine.nextGeneration();
      machine.transition("suspending", true, "suspend", "user", clock.nowMillis());
      after(machine, generation, timings.suspend(), () -> settle(machine, "suspended", "suspend"));
    }
  }

  /**
   * {@code POST .../restart}.
   *
   * @param app app
   * @param machine machine
   */
  public void restart(SimApp app, SimMachine machine) {
    synchronized (machine) {
      if (!"started".equals(machine.state()) || machine.transitionPending()) {
        throw ApiError.precondition("unable to restart machine from current state: " + machine.state());
      }
      long generation = machine.nextGeneration();
      machine.transition("restarting", true, "restart", "user", clock.nowMillis());
      after(machine, generation, timings.restart(), () -> finishStart(app, machine));
    }
  }

  /**
   * {@code POST .../{id}}: a new version goes through {@code replacing} and ends {@code started} if the machine was
   * running (or created/failed), {@code stopped} if it was stopped or suspended, {@code created} with skip_launch.
   *
   * @param app app
   * @param machine machine
   * @param update applies the new config/name/region and creates the new version (run once allowed)
   * @param skipLaunch whether the new version stays {@code created}
   */
  public void update(SimApp app, SimMachine machine, Runnable update, boolean skipLaunch) {
    synchronized (machine) {
      String previous = machine.state();
      if ("replacing".equals(previous) || "updating".equals(previous)) {
        throw ApiError.precondition("aborted: machine is replacing: concurrent update in progress");
      }
      if (!WaitCondition.PERSISTENT.contains(previous) || machine.transitionPending()) {
        throw ApiError.precondition("unable to update machine from current state: " + previous);
      }
      update.run();
      long generation = machine.nextGeneration();
      machine.transition("replacing", true, "update", "user", clock.nowMillis());
      Runnable next;
      if (skipLaunch) {
        next = () -> settle(machine, "created", "launch");
      } else if ("stopped".equals(previous) || "suspended".equals(previous)) {
        next = () -> settle(machine, "stopped", "launch");
      } else {
        next = () -> beginStart(app, machine, generation);
      }
      after(machine, generation, timings.replace(), next);
    }
  }

  /**
   * {@code DELETE .../{id}}. Without {@code force} only a machine in created, stopped, suspended or failed may be
   * destroyed; otherwise 412.
   *
   * @param app app
   * @param machine machine
   * @param force the force flag
   */
  public void destroy(SimApp app, SimMachine machine, boolean force) {
    synchronized (machine) {
      String current = machine.state();
      if ("destroying".equals(current) || "destroyed".equals(current)) {
        throw ApiError.precondition("unable to destroy machine from current state: " + current);
      }
      if (!force && (!DESTROYABLE.contains(current) || machine.transitionPending())) {
        throw ApiError.precondition(
            "failed_precondition: unable to destroy machine, not currently stopped or suspended; use force");
      }
      long generation = machine.nextGeneration();
      machine.transition("destroying", true, "destroy", "user", clock.nowMillis());
      after(machine, generation, timings.destroy(), () -> {
        settle(machine, "destroyed", "destroy");
        after(machine, generation, timings.purgeAfterDestroy(), () -> purge(app, machine));
      });
    }
  }

  private void purge(SimApp app, SimMachine machine) {
    app.machines().remove(machine.id(), machine);
    machine.completeWaitersGone();
  }

  private void beginStart(SimApp app, SimMachine machine, long generation) {
    machine.transition("starting", true, "start", "user", clock.nowMillis());
    Duration duration = app.startDuration() != null ? app.startDuration() : timings.start();
    after(machine, generation, duration, () -> finishStart(app, machine));
  }

  private void finishStart(SimApp app, SimMachine machine) {
    if (app.failLaunches()) {
      settle(machine, "failed", "launch");
      return;
    }
    settle(machine, "started", "start");
    app.markDeployed();
  }

  private void settle(SimMachine machine, String newState, String eventType) {
    machine.transition(newState, false, eventType, "flyd", clock.nowMillis());
  }

  private void after(SimMachine machine, long generation, Duration simulated, Runnable step) {
    clock.schedule(simulated, () -> {
      synchronized (machine) {
        if (machine.generation() == generation) {
          step.run();
        }
      }
    });
  }

  /** @return the simulator state this lifecycle works on */
  public SimulatorState state() {
    return state;
  }
}
