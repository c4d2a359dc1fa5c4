package io.github.flyorchestrator;

import io.github.flyorchestrator.internal.client.WebClientFlyMachinesClient;
import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.AppSecret;
import io.github.flyorchestrator.model.ExtendVolumeResult;
import io.github.flyorchestrator.model.Lease;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineEvent;
import io.github.flyorchestrator.model.TokenInfo;
import io.github.flyorchestrator.model.Volume;
import io.github.flyorchestrator.model.VolumeSnapshot;
import io.github.flyorchestrator.model.WaitResult;
import io.github.flyorchestrator.param.AppSecretsUpdate;
import io.github.flyorchestrator.param.CreateAppRequest;
import io.github.flyorchestrator.param.CreateVolumeRequest;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.StopOptions;
import io.github.flyorchestrator.param.UpdateVolumeRequest;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Typed, non-blocking client of the Fly Machines API: one method per route. Errors arrive as
 * {@link io.github.flyorchestrator.exception.FlyException}. Parameters that take a {@code leaseNonce} send it as
 * {@code fly-machine-lease-nonce} when it is not {@code null}.
 *
 * <p>The blocking twin is {@link FlyMachinesClient}; {@link WebClientFlyMachinesClient} implements both over
 * WebClient.
 */
public interface ReactiveFlyMachinesClient extends AutoCloseable {

  /**
   * {@code POST /v1/apps}.
   *
   * @param request the app to create
   * @return completes when created (201)
   */
  Mono<Void> createApp(CreateAppRequest request);

  /**
   * {@code GET /v1/apps/{app}}.
   *
   * @param appName app name
   * @return the app (404 is an error)
   */
  Mono<App> getApp(String appName);

  /**
   * {@code GET /v1/tokens/current}: what the configured token may access. A cheap authenticated call; a 401 means
   * the token is wrong or expired.
   *
   * @return one entry per presented token (several when macaroons are comma-joined)
   */
  Mono<List<TokenInfo>> currentToken();

  /**
   * {@code GET /v1/apps?org_slug=}.
   *
   * @param orgSlug organization slug
   * @return the apps
   */
  Mono<List<App>> listApps(String orgSlug);

  /**
   * {@code DELETE /v1/apps/{app}} (202).
   *
   * @param appName app name
   * @return completes when accepted
   */
  Mono<Void> deleteApp(String appName);

  /**
   * {@code GET /v1/apps/{app}/machines}.
   *
   * @param appName app name
   * @param options filters
   * @return the machines
   */
  Mono<List<Machine>> listMachines(String appName, MachineListOptions options);

  /**
   * {@code GET /v1/apps/{app}/machines/{id}}.
   *
   * @param appName app
   * @param machineId machine id
   * @return the machine
   */
  Mono<Machine> getMachine(String appName, String machineId);

  /**
   * {@code POST /v1/apps/{app}/machines}. Never retried by this client: a create that failed ambiguously must be
   * looked up before it is tried again.
   *
   * @param appName app name
   * @param request what to create
   * @return the created machine
   */
  Mono<Machine> createMachine(String appName, MachineSpec request);

  /**
   * {@code POST /v1/apps/{app}/machines/{id}} (update).
   *
   * @param appName app name
   * @param machineId machine id
   * @param request new config (and optionally {@code current_version})
   * @param leaseNonce lease nonce, or {@code null}
   * @return the updated machine
   */
  Mono<Machine> updateMachine(String appName, String machineId, MachineSpec request, String leaseNonce);

  /**
   * {@code POST .../start}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   * @return done
   */
  Mono<Void> startMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../stop}.
   *
   * @param appName app
   * @param machineId machine
   * @param options signal and timeout
   * @param leaseNonce nonce or {@code null}
   * @return completes when accepted
   */
  Mono<Void> stopMachine(String appName, String machineId, StopOptions options, String leaseNonce);

  /**
   * {@code POST .../restart}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   * @return done
   */
  Mono<Void> restartMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../suspend}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   * @return done
   */
  Mono<Void> suspendMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code DELETE /v1/apps/{app}/machines/{id}?force=}.
   *
   * @param appName app
   * @param machineId machine
   * @param force destroy even when running
   * @param leaseNonce nonce or {@code null}
   * @return completes when accepted
   */
  Mono<Void> destroyMachine(String appName, String machineId, boolean force, String leaseNonce);

  /**
   * {@code GET .../events?limit=}.
   *
   * @param appName app
   * @param machineId machine
   * @param limit at most this many (the API caps at 50)
   * @return events, newest first
   */
  Mono<List<MachineEvent>> listEvents(String appName, String machineId, int limit);

  /**
   * One call of {@code GET .../wait}. A 408 (not yet) is a {@link io.github.flyorchestrator.exception.FlyException} with
   * status 408; the caller decides whether to call again. The HTTP read timeout of this call always exceeds the
   * requested long-poll timeout.
   *
   * @param appName app
   * @param machineId machine
   * @param request states, version and 1..60 s timeout
   * @return the wait result
   */
  Mono<WaitResult> waitForState(String appName, String machineId, WaitRequest request);

  /**
   * {@code GET .../lease}.
   *
   * @param appName app
   * @param machineId machine
   * @return the current lease
   */
  Mono<Lease> getLease(String appName, String machineId);

  /**
   * {@code POST .../lease}: acquires a lease (409 when another holder has it).
   *
   * @param appName app
   * @param machineId machine
   * @param ttl lease time to live
   * @param description what the lease is for, or {@code null}
   * @return the lease, unwrapped from the API's {@code {status, data}} envelope
   */
  Mono<Lease> acquireLease(String appName, String machineId, Duration ttl, String description);

  /**
   * {@code POST .../lease} with {@code fly-machine-lease-nonce}: extends a held lease.
   *
   * @param appName app
   * @param machineId machine
   * @param nonce the held lease's nonce
   * @param ttl new time to live
   * @return the refreshed lease
   */
  Mono<Lease> refreshLease(String appName, String machineId, String nonce, Duration ttl);

  /**
   * {@code DELETE .../lease} with {@code fly-machine-lease-nonce}.
   *
   * @param appName app
   * @param machineId machine
   * @param nonce the held lease's nonce
   * @return completes when released
   */
  Mono<Void> releaseLease(String appName, String machineId, String nonce);

  /**
   * {@code POST .../restart?timeout=&signal=}.
   *
   * @param appName app
   * @param machineId machine
   * @param timeout how long to wait for the old process before killing it (sent in whole seconds), or {@code null}
   * @param signal signal to stop the process with, e.g. {@code SIGTERM}, or {@code null}
   * @param leaseNonce nonce or {@code null}
   * @return completes when accepted
   */
  Mono<Void> restartMachine(String appName, String machineId, Duration timeout, String signal,
      String leaseNonce);

  /**
   * {@code POST .../signal} with {@code {signal}}.
   *
   * @param appName app
   * @param machineId machine
   * @param signal e.g. {@code SIGUSR1}
   * @param leaseNonce nonce or {@code null}
   * @return completes when delivered
   */
  Mono<Void> signalMachine(String appName, String machineId, String signal, String leaseNonce);

  /**
   * {@code POST .../cordon}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   * @return done
   */
  Mono<Void> cordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code POST .../uncordon}.
   *
   * @param appName app
   * @param machineId machine
   * @param leaseNonce nonce or null
   * @return done
   */
  Mono<Void> uncordonMachine(String appName, String machineId, String leaseNonce);

  /**
   * {@code GET .../metadata}.
   *
   * @param appName app
   * @param machineId machine
   * @return the metadata
   */
  Mono<Map<String, String>> getMetadata(String appName, String machineId);

  /**
   * {@code POST .../metadata/{key}} with {@code {value}}.
   *
   * @param appName app
   * @param machineId machine
   * @param key metadata key
   * @param value metadata value
   * @return completes when stored (204)
   */
  Mono<Void> setMetadata(String appName, String machineId, String key, String value);

  /**
   * {@code DELETE .../metadata/{key}}.
   *
   * @param appName app
   * @param machineId machine
   * @param key metadata key
   * @return completes when deleted (204)
   */
  Mono<Void> deleteMetadata(String appName, String machineId, String key);

  /**
   * {@code GET /v1/apps/{app}/volumes}.
   *
   * @param appName app
   * @return the volumes
   */
  Mono<List<Volume>> listVolumes(String appName);

  /**
   * {@code POST /v1/apps/{app}/volumes}. Never retried.
   *
   * @param appName app
   * @param request the volume to create
   * @return the created volume
   */
  Mono<Volume> createVolume(String appName, CreateVolumeRequest request);

  /**
   * {@code GET /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app
   * @param volumeId volume
   * @return the volume
   */
  Mono<Volume> getVolume(String appName, String volumeId);

  /**
   * {@code PUT /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app
   * @param volumeId volume
   * @param request the settings to change
   * @return the updated volume
   */
  Mono<Volume> updateVolume(String appName, String volumeId, UpdateVolumeRequest request);

  /**
   * {@code DELETE /v1/apps/{app}/volumes/{id}}.
   *
   * @param appName app
   * @param volumeId volume
   * @return the volume
   */
  Mono<Volume> deleteVolume(String appName, String volumeId);

  /**
   * {@code PUT .../volumes/{id}/extend} with {@code {size_gb}}.
   *
   * @param appName app
   * @param volumeId volume
   * @param sizeGb the new size in GB
   * @return the extended volume and whether its machine needs a restart
   */
  Mono<ExtendVolumeResult> extendVolume(String appName, String volumeId, int sizeGb);

  /**
   * {@code GET .../volumes/{id}/snapshots}.
   *
   * @param appName app
   * @param volumeId volume
   * @return the snapshots
   */
  Mono<List<VolumeSnapshot>> listVolumeSnapshots(String appName, String volumeId);

  /**
   * {@code POST .../volumes/{id}/snapshots}.
   *
   * @param appName app
   * @param volumeId volume
   * @return done when accepted
   */
  Mono<Void> createVolumeSnapshot(String appName, String volumeId);

  /**
   * {@code GET /v1/apps/{app}/secrets}.
   *
   * @param appName app
   * @return the secrets (names and digests, no values)
   */
  Mono<List<AppSecret>> listSecrets(String appName);

  /**
   * {@code POST /v1/apps/{app}/secrets} with {@code {values:{name:value}}}; a {@code null} value removes that secret.
   *
   * @param appName app
   * @param values secret names and values (values may be {@code null})
   * @return the new secrets version and the secrets
   */
  Mono<AppSecretsUpdate> setSecrets(String appName, Map<String, String> values);

  /**
   * {@code POST /v1/apps/{app}/secrets/{name}} with {@code {value}} (201).
   *
   * @param appName app
   * @param secretName secret name
   * @param value secret value
   * @return the new secrets version
   */
  Mono<AppSecretsUpdate> setSecret(String appName, String secretName, String value);

  /**
   * {@code DELETE /v1/apps/{app}/secrets/{name}}.
   *
   * @param appName app
   * @param secretName secret name
   * @return the new secrets version
   */
  Mono<AppSecretsUpdate> deleteSecret(String appName, String secretName);

  /**
   * A builder of the client over Spring's {@code WebClient} and Reactor Netty, e.g.
   * {@code ReactiveFlyMachinesClient.builder().token(System.getenv("FLY_API_TOKEN")).build()}.
   *
   * @return a builder for {@link FlyClientSettings#DEFAULT_BASE_URL} with {@link FlyClientSettings#DEFAULTS}
   */
  static Builder builder() {
    return WebClientFlyMachinesClient.builder();
  }

  /**
   * Releases what the client holds (the built client: its connection pool; calls made afterwards fail). The default
   * holds nothing and does nothing.
   */
  @Override
  default void close() {
  }

  /**
   * Builds the WebClient-based client. Only the token is required; every other value has a default.
   */
  interface Builder {

    /**
     * @param baseUrl API root without {@code /v1}: {@code https://api.machines.dev} (the default) from outside Fly,
     *     {@code http://_api.internal:4280} from a Machine on Fly's private network
     * @return this builder
     */
    Builder baseUrl(URI baseUrl);

    /**
     * @param baseUrl API root without {@code /v1}, as text
     * @return this builder
     * @throws IllegalArgumentException when the text is not a URI
     */
    Builder baseUrl(String baseUrl);

    /**
     * @param token the API token, sent as Fly's own clients send it: a {@code Bearer }/{@code FlyV1 } prefix is
     *     dropped, macaroons ({@code fm1r_}, {@code fm1a_}, {@code fm2_}) go as {@code FlyV1}, other tokens as
     *     {@code Bearer}; it is never logged nor shown in a message
     * @return this builder
     * @throws IllegalArgumentException when the token is blank or still holds an unresolved {@code ${...}}
     *     placeholder
     */
    Builder token(String token);

    /**
     * @param webClientBuilder a builder to clone (it is not changed), e.g. Spring Boot's with the application's
     *     customizers; by default a fresh {@code WebClient.builder()}
     * @return this builder
     */
    Builder webClientBuilder(WebClient.Builder webClientBuilder);

    /**
     * @param settings timeouts, retries, rate limits, connection pool; by default {@link FlyClientSettings#DEFAULTS}
     * @return this builder
     */
    Builder settings(FlyClientSettings settings);

    /**
     * @param meterRegistry where retries are counted ({@code fly.client.retries}); by default nowhere
     * @return this builder
     */
    Builder meterRegistry(MeterRegistry meterRegistry);

    /**
     * @return a new client with its own connection pool; {@link ReactiveFlyMachinesClient#close()} releases it
     * @throws IllegalStateException when no token was given
     */
    ReactiveFlyMachinesClient build();
  }
}
