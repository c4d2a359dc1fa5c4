package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.ExecResult;
import io.github.flyorchestrator.model.MachineMemory;
import io.github.flyorchestrator.model.MachineVersion;
import io.github.flyorchestrator.model.MemoryReclaim;
import io.github.flyorchestrator.model.ProcessInfo;
import io.github.flyorchestrator.param.ExecRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * The machine routes that inspect or tune a running machine (exec, ps, versions, memory) and the batch metadata
 * routes, for {@link WebClientFlyMachinesClient}, which exposes them with the other machine operations and only
 * delegates here so that it stays one short method per route.
 */
final class WebClientMachineOperations {

  private static final TypeReference<List<ProcessInfo>> PROCESS_LIST = new TypeReference<>() { };
  private static final TypeReference<List<MachineVersion>> VERSION_LIST = new TypeReference<>() { };

  private final FlyExchange exchange;

  WebClientMachineOperations(FlyExchange exchange) {
    this.exchange = exchange;
  }

  Mono<ExecResult> exec(String appName, String machineId, ExecRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("command", request.command());
    if (request.container() != null) {
      body.put("container", request.container());
    }
    if (request.stdin() != null) {
      body.put("stdin", request.stdin());
    }
    FlyCall.Builder call = machine(HttpMethod.POST, FlyRoutes.MACHINE_EXEC, appName, machineId).body(body);
    if (request.timeout() != null) {
      long seconds = (request.timeout().toMillis() + 999) / 1000;
      body.put("timeout", seconds);
      // The answer comes when the command ends: allow its time on top of the read timeout.
      call.responseTimeout(request.timeout().plus(exchange.readTimeout()));
    }
    return exchange.read(call, ExecResult.class);
  }

  Mono<List<ProcessInfo>> listProcesses(String appName, String machineId, String sortBy, String order) {
    return exchange.read(machine(HttpMethod.GET, FlyRoutes.MACHINE_PS, appName, machineId)
        .query("sort_by", sortBy).query("order", order), PROCESS_LIST).map(List::copyOf);
  }

  Mono<List<MachineVersion>> listVersions(String appName, String machineId) {
    return exchange.read(machine(HttpMethod.GET, FlyRoutes.MACHINE_VERSIONS, appName, machineId), VERSION_LIST)
        .map(List::copyOf);
  }

  Mono<MachineMemory> getMemory(String appName, String machineId) {
    return exchange.read(machine(HttpMethod.GET, FlyRoutes.MACHINE_MEMORY, appName, machineId), MachineMemory.class);
  }

  Mono<MachineMemory> setMemoryLimit(String appName, String machineId, int limitMb) {
    requirePositive("limitMb", limitMb);
    // Setting a limit to a value is idempotent.
    return exchange.read(machine(HttpMethod.PUT, FlyRoutes.MACHINE_MEMORY, appName, machineId).retryable()
        .body(Map.of("limit_mb", limitMb)), MachineMemory.class);
  }

  Mono<MemoryReclaim> reclaimMemory(String appName, String machineId, int amountMb) {
    requirePositive("amountMb", amountMb);
    return exchange.read(machine(HttpMethod.POST, FlyRoutes.MACHINE_MEMORY_RECLAIM, appName, machineId)
        .body(Map.of("amount_mb", amountMb)), MemoryReclaim.class);
  }

  Mono<String> getMetadataValue(String appName, String machineId, String key) {
    return exchange.read(machine(HttpMethod.GET, FlyRoutes.MACHINE_METADATA_KEY, appName, machineId).path("key", key),
        MetadataValue.class).mapNotNull(MetadataValue::value);
  }

  Mono<Void> updateMetadata(HttpMethod method, String appName, String machineId, Map<String, String> changes,
      String machineVersion) {
    Objects.requireNonNull(changes, "changes must not be null");
    changes.keySet().forEach(key -> FlyNames.requireMetadataKey("key", key));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("metadata", new LinkedHashMap<>(changes));
    if (machineVersion != null) {
      body.put("machine_version", machineVersion);
    }
    return exchange.send(machine(method, FlyRoutes.MACHINE_METADATA, appName, machineId).body(body));
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  private static FlyCall.Builder machine(HttpMethod method, String route, String appName, String machineId) {
    return FlyCall.of(method, route).path("app", appName).path("machine", machineId);
  }

  /**
   * {@code metadataValueResponse}.
   *
   * @param value the key's value
   */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
  record MetadataValue(@com.fasterxml.jackson.annotation.JsonProperty("value") String value) {
  }
}
