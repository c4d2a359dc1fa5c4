package io.github.flyorchestrator.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small blocking test client for the simulator. */
final class SimHttp {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** A response. */
  record Resp(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String token;

  SimHttp(FlyApiSimulator simulator, String token) {
    this.baseUrl = simulator.baseUrl() + "/v1";
    this.token = token;
  }

  SimHttp(FlyApiSimulator simulator) {
    this(simulator, "test-token");
  }

  Resp get(String path) {
    return send(request(path).GET().build());
  }

  Resp post(String path, String json) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Resp post(String path, String json, String leaseNonce) {
    HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofString(json));
    if (leaseNonce != null) {
      builder.header("fly-machine-lease-nonce", leaseNonce);
    }
    return send(builder.build());
  }

  Resp put(String path, String json) {
    return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Resp delete(String path) {
    return send(request(path).DELETE().build());
  }

  Resp delete(String path, String leaseNonce) {
    return send(request(path).DELETE().header("fly-machine-lease-nonce", leaseNonce).build());
  }

  CompletableFuture<Resp> getAsync(String path) {
    return client.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(r -> new Resp(r.statusCode(), r.body(), r));
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .header("content-type", "application/json");
    if (token != null) {
      builder.header("authorization", "Bearer " + token);
    }
    return builder;
  }

  Resp send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Resp(response.statusCode(), response.body(), response);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates an app. */
  void createApp(String name) {
    Resp resp = post("/apps", "{\"app_name\":\"" + name + "\",\"org_slug\":\"personal\"}");
    if (resp.status() != 201) {
      throw new AssertionError("create app: " + resp.status() + " " + resp.body());
    }
  }

  /** Creates a machine and returns its JSON. */
  JsonNode createMachine(String app, String extra) {
    Resp resp = post("/apps/" + app + "/machines",
        "{\"region\":\"ams\",\"config\":{\"image\":\"nginx:1.27\",\"guest\":{\"cpus\":1,\"memory_mb\":256}}"
            + (extra == null ? "" : "," + extra) + "}");
    if (resp.status() != 200) {
      throw new AssertionError("create machine: " + resp.status() + " " + resp.body());
    }
    return resp.json();
  }

  /** Waits for a state with the wait endpoint and asserts 200. */
  JsonNode awaitState(String app, String id, String state) {
    Resp resp = get("/apps/" + app + "/machines/" + id + "/wait?state=" + state + "&timeout=60");
    if (resp.status() != 200) {
      throw new AssertionError("wait " + state + ": " + resp.status() + " " + resp.body());
    }
    return resp.json();
  }
}
