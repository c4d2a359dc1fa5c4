package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.internal.wait.WaitProgress;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Creates a machine so that one logical create never yields two machines. Each create is tagged with a client-made
 * id in {@code config.metadata} under {@link #CREATE_ID_METADATA_KEY}; the POST is sent through the
 * {@link AmbiguousFailureLoop}, whose lookup lists the app's machines and finds the one carrying the tag. So after an
 * ambiguous failure of the POST (the machine may exist; a success whose body cannot be read counts too) the POST is
 * tried again only when no machine carries the tag, and when the lookup itself fails the create fails with the POST's
 * error rather than risk a duplicate.
 */
public final class MachineCreate {

  /** Metadata key of the create id. */
  public static final String CREATE_ID_METADATA_KEY = "fly_orchestrator_create_id";

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
      MachineSpec tagged = new MachineSpec(
          request.config().withMetadata(CREATE_ID_METADATA_KEY, createId), request.region(), request.name(),
          request.skipLaunch(), request.skipServiceRegistration(), request.leaseTtl(), request.currentVersion(),
          request.minSecretsVersion(), request.skipSecrets());
      return loop.send("create", () -> client.createMachine(app, tagged), () -> findTagged(app, createId),
          progress);
    });
  }

  private Mono<Machine> findTagged(String app, String createId) {
    return client.listMachines(app, MachineListOptions.ALL)
        .flatMap(machines -> Mono.justOrEmpty(machines.stream()
            .filter(machine -> machine.config() != null && machine.config().metadata() != null
                && createId.equals(machine.config().metadata().get(CREATE_ID_METADATA_KEY)))
            .findFirst()));
  }
}
