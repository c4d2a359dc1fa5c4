package io.github.flyorchestrator.model;

import java.util.Set;

/**
 * The machine states the Machines API reports, and the states its wait endpoint accepts.
 *
 * <p>States are plain strings in {@link Machine#state()} so that a state Fly adds later is not a parse error; these
 * constants name the documented ones.
 */
public final class MachineState {

  /** Persistent: created but never started (e.g. {@code skip_launch}). */
  public static final String CREATED = "created";
  /** Persistent: running. */
  public static final String STARTED = "started";
  /** Persistent: stopped. */
  public static final String STOPPED = "stopped";
  /** Persistent: suspended (memory snapshot). */
  public static final String SUSPENDED = "suspended";
  /** Persistent: failed to launch or crashed beyond its restart policy. */
  public static final String FAILED = "failed";
  /** Transient. */
  public static final String CREATING = "creating";
  /** Transient. */
  public static final String STARTING = "starting";
  /** Transient. */
  public static final String STOPPING = "stopping";
  /** Transient. */
  public static final String RESTARTING = "restarting";
  /** Transient. */
  public static final String SUSPENDING = "suspending";
  /** Transient. */
  public static final String DESTROYING = "destroying";
  /** Transient: an update is being applied. */
  public static final String UPDATING = "updating";
  /** Transient: the machine is being replaced by a new version. */
  public static final String REPLACING = "replacing";
  /** Transient: a launch failed; the machine will be destroyed. */
  public static final String LAUNCH_FAILED = "launch_failed";
  /** Terminal. */
  public static final String DESTROYED = "destroyed";
  /** Terminal: an older version after an update. */
  public static final String REPLACED = "replaced";
  /** Terminal: moved to another host. */
  public static final String MIGRATED = "migrated";
  /** Wait-only pseudo state: any persistent state reached after a change. */
  public static final String SETTLED = "settled";

  /** States the wait endpoint accepts in its {@code state} parameter. */
  public static final Set<String> WAITABLE = Set.of(STARTED, STOPPED, SUSPENDED, DESTROYED, FAILED, SETTLED);

  /** States after which a machine can no longer reach {@code started} without a new action. */
  public static final Set<String> TERMINAL = Set.of(DESTROYED, REPLACED, MIGRATED);

  /** Persistent states: the machine stays in them until someone acts. */
  public static final Set<String> PERSISTENT = Set.of(CREATED, STARTED, STOPPED, SUSPENDED, FAILED);

  private MachineState() {
  }
}
