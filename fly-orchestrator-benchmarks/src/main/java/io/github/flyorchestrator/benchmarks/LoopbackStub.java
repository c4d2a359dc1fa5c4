package io.github.flyorchestrator.benchmarks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A minimal Reactor Netty server on loopback that answers the Machines API routes of a create-and-wait with fixed
 * bodies and no work of its own: {@code GET .../machines/{id}} a started machine, {@code POST .../machines} the same
 * machine {@code created}, {@code GET .../wait} {@code {"ok":true,"state":"started"}} at once. It measures the
 * client without a server's cost in it: the stub's cost is the same for every contestant. It runs on an event loop
 * of its own (one thread), so that it never queues behind the clients' work on Reactor Netty's shared loops.
 */
public final class LoopbackStub implements AutoCloseable {

  /** The machine id every answer names. */
  public static final String MACHINE_ID = "148e21e9c95789";

  private static final String WAIT_ANSWER = "{\"ok\":true,\"state\":\"started\"}";
  private static final String START_EVENT = "{\"id\":\"01J8Q7Z6A1B2C3D4E5F6G7H8J9\",\"type\":\"start\",\"status\":"
      + "\"started\",\"source\":\"flyd\",\"timestamp\":1764464401000},";

  private final LoopResources loops;
  private final DisposableServer server;
  private final byte[] started;
  private final byte[] created;
  private final byte[] waited = WAIT_ANSWER.getBytes(StandardCharsets.UTF_8);

  private LoopbackStub() {
    String template = template();
    this.started = template.replace("%STATE%", "started").replace("%START_EVENT%", START_EVENT)
        .getBytes(StandardCharsets.UTF_8);
    this.created = template.replace("%STATE%", "created").replace("%START_EVENT%", "")
        .getBytes(StandardCharsets.UTF_8);
    this.loops = LoopResources.create("loopback-stub", 1, true);
    this.server = HttpServer.create().runOn(loops).host("127.0.0.1").port(0).handle(this::answer).bindNow();
  }

  /** @return a running stub on a free loopback port */
  public static LoopbackStub start() {
    return new LoopbackStub();
  }

  /** @return the root URL (without {@code /v1}) */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** @return the bytes of the started machine's JSON */
  public int machineBodyBytes() {
    return started.length;
  }

  private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
    String path = request.path();
    byte[] body;
    if (path.endsWith("/wait")) {
      body = waited;
    } else if ("POST".equals(request.method().name()) && path.endsWith("/machines")) {
      body = created;
    } else if ("GET".equals(request.method().name()) && path.contains("/machines/")) {
      body = started;
    } else {
      return response.status(HttpResponseStatus.NOT_FOUND).send();
    }
    ByteBuf buffer = Unpooled.wrappedBuffer(body);
    return request.receive().then(response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
        .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length))
        .send(Mono.just(buffer)).then());
  }

  private static String template() {
    try (InputStream in = LoopbackStub.class.getResourceAsStream("/stub/machine.json")) {
      if (in == null) {
        throw new IllegalStateException("stub/machine.json is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.disposeNow();
    loops.disposeLater().block();
  }
}
