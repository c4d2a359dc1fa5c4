package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimSecretKey;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Secret keys ({@code /apps/{app}/secretkeys}): list (filtered by {@code types}), get, set (with key bytes), generate,
 * delete, and the crypto on them ({@link SecretKeyCrypto}). Setting, generating and deleting count a new version of
 * the app's secrets, shared with the plain secrets; {@code min_version} is accepted and not checked. Key material is
 * never answered.
 */
final class SecretKeyHandlers {

  private final SimulatorState state;
  private final SimulatorClock clock;
  private final Supplier<ApiVariants> variants;

  SecretKeyHandlers(SimulatorState state, SimulatorClock clock, Supplier<ApiVariants> variants) {
    this.state = state;
    this.clock = clock;
    this.variants = variants;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.SECRETKEYS_LIST, RouteHandler.sync(this::list));
    routes.put(SimRoute.SECRETKEY_GET, RouteHandler.sync(call -> SimResponse.json(200, describe(key(call)))));
    routes.put(SimRoute.SECRETKEY_SET, RouteHandler.sync(call -> set(call, false)));
    routes.put(SimRoute.SECRETKEY_GENERATE, RouteHandler.sync(call -> set(call, true)));
    routes.put(SimRoute.SECRETKEY_DELETE, RouteHandler.sync(this::delete));
    routes.put(SimRoute.SECRETKEY_SIGN, RouteHandler.sync(this::sign));
    routes.put(SimRoute.SECRETKEY_VERIFY, RouteHandler.sync(this::verify));
    routes.put(SimRoute.SECRETKEY_ENCRYPT, RouteHandler.sync(this::encrypt));
    routes.put(SimRoute.SECRETKEY_DECRYPT, RouteHandler.sync(this::decrypt));
  }

  private SimSecretKey key(ApiCall call) {
    SimSecretKey key = state.app(call.app()).secretKeys().get(call.id());
    if (key == null) {
      throw ApiError.notFound("secret key");
    }
    return key;
  }

  private static ObjectNode describe(SimSecretKey key) {
    ObjectNode node = Json.object();
    node.put("name", key.name());
    node.put("type", key.type());
    node.put("created_at", key.createdAt());
    node.put("updated_at", key.updatedAt());
    return node;
  }

  private SimResponse list(ApiCall call) {
    List<String> types = call.queryAll("types");
    ObjectNode body = Json.object();
    ArrayNode array = body.putArray("secret_keys");
    new TreeMap<>(state.app(call.app()).secretKeys()).values().stream()
        .filter(key -> types.isEmpty() || types.contains(key.type()))
        .forEach(key -> array.add(describe(key)));
    return SimResponse.json(200, body);
  }

  private SimResponse set(ApiCall call, boolean generate) {
    SimApp app = state.app(call.app());
    ObjectNode body = call.json();
    String type = Json.text(body, "type");
    SecretKeyCrypto crypto = SecretKeyCrypto.of(type);
    byte[] material = generate ? crypto.generate() : ByteFields.read(body, "value");
    crypto.checkKey(material);
    String now = clock.now().toString();
    SimSecretKey previous = app.secretKeys().get(call.id());
    SimSecretKey key = new SimSecretKey(call.id(), type, material, previous == null ? now : previous.createdAt(), now);
    app.secretKeys().put(call.id(), key);
    ObjectNode answer = describe(key);
    answer.put("version", app.secretsVersion().incrementAndGet());
    return SimResponse.json(201, answer);
  }

  private SimResponse delete(ApiCall call) {
    SimApp app = state.app(call.app());
    if (app.secretKeys().remove(call.id()) == null) {
      throw ApiError.notFound("secret key");
    }
    ObjectNode answer = Json.object();
    answer.put("version", app.secretsVersion().incrementAndGet());
    return SimResponse.json(200, answer);
  }

  private SimResponse sign(ApiCall call) {
    SimSecretKey key = key(call);
    byte[] signature = SecretKeyCrypto.of(key.type()).sign(key.material(), ByteFields.read(call.json(), "plaintext"));
    return bytes("signature", signature);
  }

  private SimResponse verify(ApiCall call) {
    SimSecretKey key = key(call);
    ObjectNode body = call.json();
    boolean valid = SecretKeyCrypto.of(key.type()).verify(key.material(), ByteFields.read(body, "plaintext"),
        ByteFields.read(body, "signature"));
    if (!valid) {
      throw ApiError.badRequest("invalid_argument: signature verification failed");
    }
    return SimResponse.raw(204, "");
  }

  private SimResponse encrypt(ApiCall call) {
    SimSecretKey key = key(call);
    ObjectNode body = call.json();
    return bytes("ciphertext", SecretKeyCrypto.of(key.type()).encrypt(key.material(),
        ByteFields.read(body, "plaintext"), ByteFields.read(body, "associated_data")));
  }

  private SimResponse decrypt(ApiCall call) {
    SimSecretKey key = key(call);
    ObjectNode body = call.json();
    return bytes("plaintext", SecretKeyCrypto.of(key.type()).decrypt(key.material(),
        ByteFields.read(body, "ciphertext"), ByteFields.read(body, "associated_data")));
  }

  private SimResponse bytes(String field, byte[] value) {
    ObjectNode answer = Json.object();
    ByteFields.write(answer, field, value, variants.get().byteEncoding());
    return SimResponse.json(200, answer);
  }
}
