package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.ApiError;
import io.github.flyorchestrator.test.internal.Ids;
import io.github.flyorchestrator.test.internal.Json;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.SimApp;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens the simulator issues and checks: an app's deploy token ({@code POST /apps/{app}/deploy_token}, a
 * {@code FlyV1 fm2_...} macaroon-looking token the simulator accepts from then on), {@code /tokens/authenticate} and
 * {@code /tokens/authorize} (any non-empty header verifies, one verified token per comma-separated part; authorize
 * answers the access asked for, with the app's and org's numeric ids, 404 for an unknown app), {@code /tokens/kms}
 * (a token as text) and {@code /tokens/oidc} (an unsigned-looking JWT as text, as the docs show a raw token).
 */
final class TokenHandlers {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Map<String, String> TEXT = Map.of("content-type", "text/plain; charset=utf-8");

  private final SimulatorState state;
  private final SimulatorClock clock;
  private final Supplier<ApiVariants> variants;

  TokenHandlers(SimulatorState state, SimulatorClock clock, Supplier<ApiVariants> variants) {
    this.state = state;
    this.clock = clock;
    this.variants = variants;
  }

  void register(Map<SimRoute, RouteHandler> routes) {
    routes.put(SimRoute.APPS_DEPLOY_TOKEN, RouteHandler.sync(this::deployToken));
    routes.put(SimRoute.TOKENS_AUTHENTICATE, RouteHandler.sync(this::authenticate));
    routes.put(SimRoute.TOKENS_AUTHORIZE, RouteHandler.sync(this::authorize));
    routes.put(SimRoute.TOKENS_KMS, RouteHandler.sync(call -> new SimResponse(200, macaroon(), TEXT, false)));
    routes.put(SimRoute.TOKENS_OIDC, RouteHandler.sync(this::oidc));
  }

  private static String macaroon() {
    byte[] bytes = new byte[48];
    RANDOM.nextBytes(bytes);
    return "fm2_" + Base64.getEncoder().encodeToString(bytes);
  }

  private SimResponse deployToken(ApiCall call) {
    state.app(call.app());
    if (!call.body().isBlank()) {
      call.json();
    }
    String token = macaroon();
    state.tokenIssued(token);
    ObjectNode answer = Json.object();
    answer.put("token", "FlyV1 " + token);
    return SimResponse.json(200, answer);
  }

  private static String header(ObjectNode body) {
    String header = Json.text(body, "header");
    if (header == null || header.isBlank()) {
      throw ApiError.badRequest("invalid_argument: header is required");
    }
    return header.trim().replaceFirst("(?i)^(bearer|flyv1)\\s+", "");
  }

  private ObjectNode verified(String token) {
    ApiVariants.ByteEncoding encoding = variants.get().byteEncoding();
    ObjectNode node = Json.object();
    node.put("header", token);
    node.putObject("caveats").putArray("caveats");
    ObjectNode nonce = node.putObject("nonce");
    ByteFields.write(nonce, "kid", Arrays.copyOf(token.getBytes(StandardCharsets.UTF_8), 16), encoding);
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    ByteFields.write(nonce, "rnd", random, encoding);
    nonce.put("proof", false);
    ByteFields.write(node, "permission_token", new byte[0], encoding);
    return node;
  }

  private SimResponse authenticate(ApiCall call) {
    var tokens = Json.MAPPER.createArrayNode();
    for (String part : header(call.json()).split(",")) {
      if (!part.isBlank()) {
        tokens.add(verified(part.trim()));
      }
    }
    return SimResponse.json(200, tokens);
  }

  private SimResponse authorize(ApiCall call) {
    ObjectNode body = call.json();
    String token = header(body);
    JsonNode asked = body.path("access");
    ObjectNode access = Json.object();
    access.put("action", asked.path("action").asInt(1));
    access.put("orgid", 1);
    String appName = Json.text(asked, "app_name");
    if (appName != null) {
      SimApp app = state.app(appName);
      access.put("appid", app.internalNumericId());
    }
    for (String[] field : new String[][] {{"machine_id", "machine"}, {"volume_id", "volume"},
        {"app_feature", "app_feature"}, {"machine_feature", "machine_feature"}, {"mutation", "mutation"}}) {
      if (Json.text(asked, field[0]) != null) {
        access.put(field[1], Json.text(asked, field[0]));
      }
    }
    ObjectNode answer = Json.object();
    answer.set("access", access);
    answer.set("verified_token", verified(token));
    return SimResponse.json(200, answer);
  }

  private SimResponse oidc(ApiCall call) {
    ObjectNode request = call.body().isBlank() ? Json.object() : call.json();
    String audience = Json.text(request, "aud");
    long now = clock.nowMillis() / 1000;
    ObjectNode claims = Json.object();
    claims.put("iss", "https://oidc.fly.io/personal");
    claims.put("aud", audience == null ? "https://fly.io/personal" : audience);
    claims.put("sub", "personal:simulator:" + Ids.machineId());
    claims.put("iat", now);
    claims.put("exp", now + 600);
    String jwt = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + URL.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8)) + "."
        + URL.encodeToString(Ids.hex(32).getBytes(StandardCharsets.UTF_8));
    return new SimResponse(200, jwt, TEXT, false);
  }
}
