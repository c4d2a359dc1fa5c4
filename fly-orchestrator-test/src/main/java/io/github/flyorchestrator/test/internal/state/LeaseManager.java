package io.github.flyorchestrator.test.internal.state;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Ids;
import io.github.flyorchestrator.test.internal.SimulatorClock;

/**
 * Machine leases on the simulated clock. A second acquire while a lease holds gets 409 "lease currently held"; a
 * mutation of a leased machine with another {@code fly-machine-lease-nonce} gets the same 409, one without the header
 * what {@link ApiVariants.MissingLeaseNonce} says.
 */
public final class LeaseManager {

  /** Lease owner reported by the simulator. */
  public static final String OWNER = "simulator@fly-orchestrator.test";

  private static final long DEFAULT_TTL_SECONDS = 30;

  private final SimulatorClock clock;

  /** @param clock simulated clock */
  public LeaseManager(SimulatorClock clock) {
    this.clock = clock;
  }

  /**
   * Acquires a lease, or refreshes it when {@code nonce} is given.
   *
   * @param machine machine
   * @param nonce nonce header, or null to acquire
   * @param ttlSeconds ttl, or null for the default (30 s)
   * @param description description, or null
   * @return the lease
   */
  public SimLease acquireOrRefresh(SimMachine machine, String nonce, Long ttlSeconds, String description) {
    long ttl = ttlSeconds == null || ttlSeconds <= 0 ? DEFAULT_TTL_SECONDS : ttlSeconds;
    long now = clock.nowMillis();
    synchronized (machine) {
      SimLease current = machine.lease();
      boolean held = current != null && current.activeAt(now);
      if (nonce != null) {
        if (!held || !current.nonce().equals(nonce)) {
          throw ApiError.leaseHeld();
        }
        SimLease refreshed = new SimLease(current.nonce(), now + ttl * 1000, current.owner(),
            description != null ? description : current.description(), machine.version());
        machine.lease(refreshed);
        return refreshed;
      }
      if (held) {
        throw ApiError.leaseHeld();
      }
      SimLease lease = new SimLease(Ids.hex(16), now + ttl * 1000, OWNER, description == null ? "" : description,
          machine.version());
      machine.lease(lease);
      return lease;
    }
  }

  /**
   * @param machine machine
   * @return the active lease
   * @throws ApiError 404 when there is none
   */
  public SimLease active(SimMachine machine) {
    SimLease lease = machine.lease();
    if (lease == null || !lease.activeAt(clock.nowMillis())) {
      throw ApiError.notFound("lease");
    }
    return lease;
  }

  /**
   * @param machine machine
   * @param nonce nonce header
   * @throws ApiError 400 without nonce, 409 for another nonce, 404 when no lease holds
   */
  public void release(SimMachine machine, String nonce) {
    if (nonce == null) {
      throw ApiError.badRequest("invalid_argument: fly-machine-lease-nonce header is required");
    }
    synchronized (machine) {
      SimLease lease = active(machine);
      if (!lease.nonce().equals(nonce)) {
        throw ApiError.leaseHeld();
      }
      machine.lease(null);
    }
  }

  /**
   * Refuses a mutation of a machine whose active lease has another nonce, or which was sent without one.
   *
   * @param machine machine
   * @param nonce the request's nonce header, or null
   * @param missingNonce what a request without the header answers
   * @throws ApiError 409 lease currently held; without the header 409 or 412 as {@code missingNonce} says
   */
  public void checkMutation(SimMachine machine, String nonce, ApiVariants.MissingLeaseNonce missingNonce) {
    SimLease lease = machine.lease();
    if (lease == null || !lease.activeAt(clock.nowMillis()) || lease.nonce().equals(nonce)) {
      return;
    }
    if (nonce == null && missingNonce == ApiVariants.MissingLeaseNonce.REJECTED_412) {
      throw ApiError.precondition("failed_precondition: machine is leased, send the fly-machine-lease-nonce header");
    }
    throw ApiError.leaseHeld();
  }
}
