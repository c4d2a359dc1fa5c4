package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Creates a machine so that one logical create never yields two machines. Each create is tagged with a client-made
 * id in {@code config.metadata} under {@link #CREATE_ID_METADATA_KEY}; the POST is sent through the
 * {@link AmbiguousFailureLoop}, whose lookup lists the app's machines and finds the one carrying the tag. So after an
 * ambiguous failure of the POST (the machine may exist; a success whose body cannot be read counts too) the POST is
 * tried again only when no machine carries the tag, and when the lookup itself fails the create fails with the POST's
 * error rather than risk a duplicate.
 *
 * <p>A caller-chosen idempotency key (stored under {@link #IDEMPOTENCY_KEY_METADATA_KEY}) carries this across
 * processes: before the POST the app's machines are listed (the API has no metadata filter on the list, so they are
 * filtered here) and a machine carrying the key that is not destroyed, destroying, replaced or migrated is the
 * result instead of a new one. One that is stopped or suspended is started when the caller waits for
 * {@code started}; several such machines are an error naming them, never a guess. Two processes that run the same
 * create at the same moment can still both create (the key guards re-runs, not concurrent runs); the next run then
 * reports both.
 */
public final class MachineCreate {

  /** Metadata key of the create id. */
  public static final String CREATE_ID_METADATA_KEY = "fly_orchestrator_create_id";
  /** Metadata key of the caller's idempotency key. */
  public static final String IDEMPOTENCY_KEY_METADATA_KEY = "fly_orchestrator_idempotency_key";

  /** States of a machine that a re-run must not reuse: it is gone or going. */
  private static final Set<String> GONE = Set.of(MachineState.DESTROYING, MachineState.DESTROYED,
      MachineState.REPLACED, MachineState.MIGRATED);
  /** States a found machine is started from when the caller waits for {@code started}. */
  private static final Set<String> STARTABLE = Set.of(MachineState.STOPPED, MachineState.SUSPENDED);

  private final ReactiveFlyMachinesClient client;
  private final AmbiguousFailureLoop loop;

  /**
   * @param support the shared engine
   */
  public MachineCreate(OrchestrationSupport support) {
    Objects.requireNonNull(support, "support must not be null");
    this.client = support.client();
    this.loop = new AmbiguousFailureLoop(support.backoff(), support.scheduler());
  }

  /**
   * Creates the machine, or with an idempotency key finds the one an earlier run created.
   *
   * @param app the app
   * @param request what to create (its config gets the create id tag and the idempotency key)
   * @param idempotencyKey the caller's key, or {@code null} to always create
   * @param goal the state the caller waits for afterwards, e.g. {@code started}
   * @param progress the deadline and attempts of the whole orchestration
   * @return the created (or found) machine; a {@link FlyException} when several machines carry the key
   */
  public Mono<Machine> createOrFind(String app, MachineSpec request, String idempotencyKey, String goal,
      WaitProgress progress) {
    if (idempotencyKey == null) {
      return create(app, request, progress);
    }
    MachineSpec keyed = withMetadata(request, IDEMPOTENCY_KEY_METADATA_KEY, idempotencyKey);
    return progress.bound(client.listMachines(app, MachineListOptions.ALL)).flatMap(machines -> {
      List<Machine> found = machines.stream()
          .filter(machine -> idempotencyKey.equals(metadata(machine, IDEMPOTENCY_KEY_METADATA_KEY)))
          .filter(machine -> !GONE.contains(machine.state()))
          .toList();
      if (found.size() > 1) {
        return Mono.error(new FlyException("machines " + found.stream()
            .map(machine -> machine.id() + " (" + machine.state() + ")").collect(Collectors.joining(", "))
            + " of app " + app + " all carry idempotency key '" + idempotencyKey + "', so it cannot tell which one"
            + " the earlier run created; destroy the extra ones or use another key", null));
      }
      if (found.isEmpty()) {
        return create(app, keyed, progress);
      }
      Machine earlier = found.get(0);
      progress.observe("found " + earlier.state() + " machine " + earlier.id() + " with idempotency key "
          + idempotencyKey);
      return MachineState.STARTED.equals(goal) && STARTABLE.contains(earlier.state())
          ? start(app, earlier, progress) : Mono.just(earlier);
    });
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
      String createId = UUID.randomUUID().toString();
      MachineSpec tagged = withMetadata(request, CREATE_ID_METADATA_KEY, createId);
      return loop.send("create", () -> client.createMachine(app, tagged), () -> findTagged(app, createId),
          progress);
    });
  }

  /** Starts a machine an earlier run left stopped or suspended; the caller then waits for {@code started}. */
  private Mono<Machine> start(String app, Machine earlier, WaitProgress progress) {
    return loop.send("start", () -> client.startMachine(app, earlier.id(), null).then(Mono.<Machine>empty()),
            () -> client.getMachine(app, earlier.id()).filter(read -> !STARTABLE.contains(read.state())), progress)
        .thenReturn(earlier);
  }

  private Mono<Machine> findTagged(String app, String createId) {
    return client.listMachines(app, MachineListOptions.ALL)
        .flatMap(machines -> Mono.justOrEmpty(machines.stream()
            .filter(machine -> createId.equals(metadata(machine, CREATE_ID_METADATA_KEY)))
            .findFirst()));
  }

  private static MachineSpec withMetadata(MachineSpec spec, String key, String value) {
    return new MachineSpec(spec.config().withMetadata(key, value), spec.region(), spec.name(), spec.skipLaunch(),
        spec.skipServiceRegistration(), spec.leaseTtl(), spec.currentVersion(), spec.minSecretsVersion(),
        spec.skipSecrets());
  }

  private static String metadata(Machine machine, String key) {
    return machine.config() != null && machine.config().metadata() != null
        ? machine.config().metadata().get(key) : null;
  }
}
