package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.internal.wait.AttemptFailures;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Creates a machine so that one logical create never yields two machines. Each create is tagged with a client-made
 * id in {@code config.metadata} under {@link #CREATE_ID_METADATA_KEY}. After an ambiguous failure of the POST (no
 * response, a timeout, 408 or 5xx: the machine may exist) it pauses for the backoff delay (a create still being
 * processed can then finish), lists the app's machines and returns the one carrying
 * the tag; only when none does is the POST tried again, at most {@link #MAX_ATTEMPTS} times in all and never past
 * the deadline. A success whose body cannot be read counts as ambiguous too: the machine exists. When the lookup
 * itself fails, the create fails with the POST's error rather than risk a duplicate; when the deadline passes while
 * it is being cleared up, the {@link FlyTimeoutException} keeps that error as its cause.
 */
public final class IdempotentCreate {

  /** Metadata key of the create id. */
  public static final String CREATE_ID_METADATA_KEY = "fly_orchestrator_create_id";
  /** POSTs per logical create, at most. */
  public static final int MAX_ATTEMPTS = 3;

  private final OrchestrationSupport support;
  private final ReactiveFlyMachinesClient client;
  private final Supplier<String> createIds;

  /**
   * @param support the shared engine
   * @param createIds makes a fresh create id per logical create, or {@code null} for random UUIDs
   */
  public IdempotentCreate(OrchestrationSupport support, Supplier<String> createIds) {
    this.support = Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
    this.createIds = createIds != null ? createIds : () -> UUID.randomUUID().toString();
  }

  /**
   * Creates the machine.
   *
   * @param app the app
   * @param request what to create (its config gets the create id tag)
   * @param progress the deadline and attempts of the whole orchestration
   * @return the created (or found) machine
   */
  public Mono<Machine> create(String app, MachineSpec request, WaitProgress progress) {
    return Mono.defer(() -> {
      String createId = createIds.get();
      MachineSpec tagged = new MachineSpec(
          request.config().withMetadata(CREATE_ID_METADATA_KEY, createId), request.region(), request.name(),
          request.skipLaunch(), request.skipServiceRegistration(), request.leaseTtl(), request.currentVersion(),
          request.minSecretsVersion(), request.skipSecrets());
      return attempt(app, tagged, createId, 1, progress);
    });
  }

  private Mono<Machine> attempt(String app, MachineSpec tagged, String createId, int attempt,
      WaitProgress progress) {
    return progress.bound(client.createMachine(app, tagged))
        .onErrorResume(IdempotentCreate::isAmbiguous, error -> {
          progress.observe("create ambiguous: " + describe(error));
          return pause(attempt - 1, progress)
              .then(progress.bound(findTagged(app, createId)))
              .onErrorResume(lookupError -> !(lookupError instanceof FlyTimeoutException), lookupError -> {
                error.addSuppressed(lookupError);
                return Mono.error(error);
              })
              .switchIfEmpty(Mono.defer(() -> attempt >= MAX_ATTEMPTS ? Mono.error(error)
                  : attempt(app, tagged, createId, attempt + 1, progress)))
              .onErrorMap(failure -> progress.explainTimeout(failure, error));
        });
  }

  private Mono<Machine> findTagged(String app, String createId) {
    return client.listMachines(app, MachineListOptions.ALL)
        .flatMap(machines -> Mono.justOrEmpty(machines.stream()
            .filter(machine -> machine.config() != null && machine.config().metadata() != null
                && createId.equals(machine.config().metadata().get(CREATE_ID_METADATA_KEY)))
            .findFirst()));
  }

  private Mono<Void> pause(int retry, WaitProgress progress) {
    Duration delay = support.backoff().delay(retry, progress.deadline().remaining());
    if (delay.isZero()) {
      return Mono.error(progress.timeout(null));
    }
    return Mono.delay(delay, support.scheduler()).then();
  }

  /**
   * Whether a failed POST may still have created the machine.
   *
   * @param error the POST's error
   * @return {@code true} for no response, a timeout, 408, 5xx and a 2xx with an unreadable body
   */
  public static boolean isAmbiguous(Throwable error) {
    if (error instanceof FlyTimeoutException) {
      return false;
    }
    if (error instanceof TimeoutException) {
      return true;
    }
    if (error instanceof FlyException fly) {
      Integer status = fly.getHttpStatus();
      // a 2xx whose body could not be read: the machine exists, but its id is unknown
      return status == null || status == 408 || status >= 500 || AttemptFailures.isUnreadableSuccess(fly);
    }
    return false;
  }

  private static String describe(Throwable error) {
    return error instanceof FlyException fly && fly.getHttpStatus() != null ? "http " + fly.getHttpStatus()
        : error.getClass().getSimpleName();
  }
}
