package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.WaitRequest;
import io.github.flyorchestrator.settings.FlyClientSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Runs the client's whole request pipeline once, synchronously, when the first client of a JVM is built, so that its
 * first real requests do not pay for loading and initialising it (about 1,800 classes: Reactor's operators, Reactor
 * Netty's HTTP client and pool, Spring's WebClient, the JSON readers and writers of a machine, the transport's retry
 * and rate limiter, the exception mapping).
 *
 * <p>Nothing reaches the Fly API: a throwaway client with the same settings (its own pool, no meter registry, no
 * caller filters, a dummy token) sends a create, a wait call, a read, a list and a read answered 404 to an HTTP server
 * on an ephemeral loopback port of this JVM that answers canned, Fly-shaped bodies, and both are closed afterwards.
 * Over TLS the real client's {@link HttpClient#warmup()} loads the TLS and host name resolution parts that the
 * loopback (plain HTTP) does not. Best effort and bounded by {@link #LIMIT}: a failure only leaves the first requests
 * slower, and is logged at debug level. Later clients of the JVM skip it: the classes are loaded once per JVM. The
 * orchestrator runs its own create-and-wait the same way ({@link #runWorkflowOnce}) when it is first built.
 */
public final class ClientWarmUp {

  /** The longest the warm-up may hold the thread that builds the client. */
  static final Duration LIMIT = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(ClientWarmUp.class);
  private static final AtomicBoolean DONE = new AtomicBoolean();
  private static final AtomicBoolean WORKFLOW_DONE = new AtomicBoolean();
  /** The settings of the client whose build ran the warm-up; {@code null} until then. */
  private static volatile FlyClientSettings clientSettings;
  private static final String APP = "warm-up";
  private static final String MACHINE_ID = "0e286039f42e86";
  private static final String MACHINE = """
      {"id":"0e286039f42e86","name":"warm-up","state":"%s","region":"ord","instance_id":"01H0WARMUP","version":\
      "01H0WARMUP","private_ip":"fdaa:0:1::2","config":{"image":"registry-1.docker.io/library/nginx:alpine",\
      "guest":{"cpu_kind":"shared","cpus":1,"memory_mb":256},"restart":{"policy":"on-failure"},\
      "metadata":{"k":"v"}},"image_ref":{"registry":"registry-1.docker.io","repository":"library/nginx",\
      "tag":"alpine","digest":"sha256:0","labels":{}},"created_at":"2024-01-01T00:00:00Z",\
      "updated_at":"2024-01-01T00:00:01Z","events":[{"id":"01H0WARMUPEV","type":"start","status":"started",\
      "source":"flyd","timestamp":1704067201000}],"checks":[{"name":"http","status":"passing","output":"ok",\
      "updated_at":"2024-01-01T00:00:01Z"}],"host_status":"ok","cordoned":false}""";
  private static final String WAITED = "{\"ok\":true,\"state\":\"started\",\"version\":\"01H0WARMUP\","
      + "\"event_id\":\"01H0WARMUPEV\"}";
  private static final String NOT_FOUND = "{\"error\":\"machine not found\"}";

  private ClientWarmUp() {
  }

  /**
   * Warms up once per JVM; a no-op after the first call.
   *
   * @param settings the settings of the client being built (its HTTP version and limits are used)
   * @param httpClient the client's configured Reactor Netty client, for {@link HttpClient#warmup()}
   * @return whether this call ran the warm-up (false: an earlier client of the JVM did)
   */
  static boolean runOnce(FlyClientSettings settings, HttpClient httpClient) {
    if (!DONE.compareAndSet(false, true)) {
      return false;
    }
    clientSettings = settings;
    run(settings, httpClient);
    return true;
  }

  /**
   * Runs a workflow of the layers above the client (the orchestrator's create-and-wait, its wait engine) once per
   * JVM against a throwaway client of a loopback server answering as {@link #runOnce} does, when the client's
   * warm-up ran in this JVM ({@code warmUp} on); nothing reaches the API.
   *
   * @param workflow the calls to make with the throwaway client
   * @return whether this call ran the workflow to its end
   */
  public static boolean runWorkflowOnce(Function<ReactiveFlyMachinesClient, Mono<?>> workflow) {
    FlyClientSettings settings = clientSettings;
    if (settings == null || !WORKFLOW_DONE.compareAndSet(false, true)) {
      return false;
    }
    return runWorkflow(settings, workflow);
  }

  /**
   * Runs a workflow against a throwaway client of a loopback server answering as {@link #runOnce} does.
   *
   * @param settings the throwaway client's settings
   * @param workflow the calls to make with the throwaway client
   * @return whether the workflow ran to its end (false: it failed, see the debug log)
   */
  public static boolean runWorkflow(FlyClientSettings settings, Function<ReactiveFlyMachinesClient, Mono<?>> workflow) {
    return attempt(() -> roundTrip(settings, workflow));
  }

  /**
   * Warms up.
   *
   * @param settings the settings of the client being built
   * @param httpClient the client's configured Reactor Netty client
   * @return whether every step completed (false: one failed, see the debug log)
   */
  static boolean run(FlyClientSettings settings, HttpClient httpClient) {
    // Only the types a workflow uses are built here: building every bound type's reader and writer (once done on a
    // background thread) cost seconds of CPU right after start-up, when the application's first requests need it.
    return attempt(() -> {
      // The orchestrator tags each create with a random UUID: the first one seeds SecureRandom.
      UUID.randomUUID();
      httpClient.warmup().block(LIMIT);
      roundTrip(settings, ClientWarmUp::calls);
    });
  }

  private static boolean attempt(Runnable steps) {
    try {
      steps.run();
      return true;
    } catch (RuntimeException e) {
      log.debug("Warm-up of the Fly Machines client failed; the first requests will be slower", e);
      return false;
    }
  }

  /** A create, a wait call, a read, a list and a read answered 404. */
  private static Mono<?> calls(ReactiveFlyMachinesClient client) {
    return client.createMachine(APP,
            MachineSpec.of(MachineConfig.ofImage("nginx:alpine").withMetadata("create_id", APP)))
        .flatMap(created -> client.waitForState(APP, created.id(),
            WaitRequest.forState("started", created.currentVersion(), Duration.ofSeconds(60))))
        .then(client.getMachine(APP, MACHINE_ID))
        .then(client.listMachines(APP))
        .then(client.getMachine(APP, "gone").onErrorComplete(FlyErrors::isNotFound));
  }

  private static void roundTrip(FlyClientSettings settings, Function<ReactiveFlyMachinesClient, Mono<?>> calls) {
    DisposableServer server = HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .protocol(HttpProtocol.HTTP11, HttpProtocol.H2C)
        .handle(ClientWarmUp::answer)
        .bindNow(LIMIT);
    try (ReactiveFlyMachinesClient client = new WebClientFlyMachinesClientBuilder()
        .baseUrl(URI.create("http://127.0.0.1:" + server.port()))
        .token(APP)
        .settings(settings.toBuilder().warmUp(false).build())
        .build()) {
      calls.apply(client).block(LIMIT);
    } finally {
      server.disposeNow(LIMIT);
    }
  }

  private static Publisher<Void> answer(HttpServerRequest request, HttpServerResponse response) {
    String path = request.path();
    String body;
    if (path.endsWith("/gone")) {
      response.status(404);
      body = NOT_FOUND;
    } else if (path.endsWith("/wait")) {
      body = WAITED;
    } else if (path.endsWith("/machines")) {
      body = request.method().name().equals("POST") ? MACHINE.formatted("created")
          : "[" + MACHINE.formatted("started") + "]";
    } else {
      body = MACHINE.formatted("started");
    }
    return request.receive().then(response.header("Content-Type", "application/json")
        .sendString(Mono.just(body), StandardCharsets.UTF_8).then());
  }
}
