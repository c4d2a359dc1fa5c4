package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * For every route the simulator serves, its responses validate against the response schema of that operation in
 * the Machines API OpenAPI document (a copy in test resources). Lease responses are the exception fly-api.md
 * names: the live API wraps the Lease in {@code {"status","data"}}, so the envelope is checked and {@code data}
 * is validated against the spec's Lease schema. The last test fails when a route of the spec has no simulator route
 * (a simulator route without a handler already stops the simulator from starting) or no case here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractTest {

  private static final String SPEC = "classpath:openapi3.json";
  private static final Set<SimRoute> LEASE_ROUTES = EnumSet.of(SimRoute.MACHINES_SHOW_LEASE,
      SimRoute.MACHINES_CREATE_LEASE, SimRoute.MACHINES_RELEASE_LEASE);

  private static JsonNode spec;
  private static SchemaRegistry registry;
  private static FlyApiSimulator simulator;
  private static SimHttp http;
  private static final EnumSet<SimRoute> checked = EnumSet.noneOf(SimRoute.class);

  @BeforeAll
  static void start() throws Exception {
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi3.json")) {
      spec = SimHttp.JSON.readTree(in);
    }
    registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
    simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withTimeScale(0.01).withRateLimits(false));
    http = new SimHttp(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  /**
   * The spec path of a simulator route, e.g. {@code /apps/{app_name}/machines/{machine_id}}: the one whose literal
   * segments are the route's, with a parameter wherever the route has one.
   */
  private static String specPath(SimRoute route) {
    String[] ours = route.pathTemplate().substring("/v1".length()).split("/");
    List<String> matches = new ArrayList<>();
    spec.path("paths").propertyNames().forEach(candidate -> {
      String[] theirs = candidate.split("/");
      boolean same = theirs.length == ours.length;
      for (int i = 0; same && i < ours.length; i++) {
        same = ours[i].startsWith("{") ? theirs[i].startsWith("{") : ours[i].equals(theirs[i]);
      }
      if (same) {
        matches.add(candidate);
      }
    });
    assertThat(matches).as("the spec path of %s", route).hasSize(1);
    return matches.get(0);
  }

  private static JsonNode responseSpec(SimRoute route, int status) {
    JsonNode operation = spec.path("paths").path(specPath(route)).path(route.method().toLowerCase());
    assertThat(operation.isMissingNode()).as("operation %s %s in the spec", route.method(), specPath(route))
        .isFalse();
    return operation.path("responses").path(String.valueOf(status));
  }

  private static void validate(JsonNode schemaNode, JsonNode body, String what) {
    JsonNode absolute = absoluteRefs(schemaNode.deepCopy());
    Schema schema = registry.getSchema(SchemaLocation.of(SPEC + "#/inline"), absolute);
    List<Error> errors = schema.validate(body);
    assertThat(errors).as(what + " " + body).isEmpty();
  }

  private static JsonNode absoluteRefs(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isString() && ref.stringValue().startsWith("#")) {
        object.put("$ref", SPEC + ref.stringValue());
      }
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        absoluteRefs(entry.getValue());
      }
    } else if (node != null && node.isArray()) {
      node.forEach(OpenApiContractTest::absoluteRefs);
    }
    return node;
  }

  /** Checks one response against the spec and returns its body. */
  private static JsonNode check(SimRoute route, SimHttp.Resp resp, int expectedStatus) {
    assertThat(resp.status()).as(route + " " + resp.body()).isEqualTo(expectedStatus);
    assertThat(resp.header("fly-request-id")).isNotBlank();
    boolean json = resp.header("content-type") != null && resp.header("content-type").startsWith("application/json");
    JsonNode body = resp.body().isEmpty() || !json ? null : resp.json();
    String what = route + " " + resp.status();
    if (LEASE_ROUTES.contains(route) && resp.status() < 300) {
      checkLeaseEnvelope(route, body);
    } else if (resp.status() >= 400) {
      validate(SimHttp.JSON.readTree("{\"$ref\":\"#/components/schemas/ErrorResponse\"}"), body, what);
      assertThat(body.get("error").isString()).as(what).isTrue();
    } else {
      JsonNode response = responseSpec(route, resp.status());
      assertThat(response.isMissingNode()).as(what + " is a documented status").isFalse();
      JsonNode schema = response.path("content").path("application/json").path("schema");
      if (!schema.isMissingNode()) {
        assertThat(body).as(what).isNotNull();
        validate(schema, body, what);
      }
    }
    checked.add(route);
    return body;
  }

  private static void checkLeaseEnvelope(SimRoute route, JsonNode body) {
    assertThat(body.get("status").asString()).isEqualTo("success");
    if (route != SimRoute.MACHINES_RELEASE_LEASE) {
      JsonNode data = body.get("data");
      assertThat(data.get("nonce").isString()).isTrue();
      assertThat(data.get("expires_at").isIntegralNumber()).isTrue();
      assertThat(data.get("owner").isString()).isTrue();
      assertThat(data.get("description").isString()).isTrue();
      assertThat(data.get("version").isString()).isTrue();
      validate(responseSpec(route, route == SimRoute.MACHINES_CREATE_LEASE ? 201 : 200)
          .path("content").path("application/json").path("schema"), data, route + " data");
    }
  }

  private static SimHttp.Resp send(String method, String path, String json) {
    return http.send(http.request(path).method(method, HttpRequest.BodyPublishers.ofString(json)).build());
  }

  @Test
  void validationRejectsABodyOfTheWrongShape() {
    JsonNode machineSchema = responseSpec(SimRoute.MACHINES_SHOW, 200).path("content").path("application/json")
        .path("schema");
    Schema schema = registry.getSchema(SchemaLocation.of(SPEC + "#/inline"), absoluteRefs(machineSchema.deepCopy()));
    assertThat(schema.validate(SimHttp.JSON.readTree("{\"id\":5,\"events\":[{\"timestamp\":\"x\"}]}")))
        .hasSize(2);
  }

  @Test
  void everyServedRouteAnswersAsTheSpecDescribes() {
    simulator.healthChecks("contract", HealthChecks.passingAfter(Duration.ofSeconds(1)).named("alive", "ready"));
    check(SimRoute.APPS_CREATE, http.post("/apps", "{\"name\":\"contract\",\"org_slug\":\"personal\"}"), 201);
    check(SimRoute.APPS_CREATE, http.post("/apps", "{\"org_slug\":\"personal\"}"), 400);
    check(SimRoute.APPS_SHOW, http.get("/apps/contract"), 200);
    check(SimRoute.APPS_LIST, http.get("/apps"), 200);
    check(SimRoute.TOKENS_CURRENT, http.get("/tokens/current"), 200);

    String m = "/apps/contract/machines";
    String id = check(SimRoute.MACHINES_CREATE, http.post(m, "{\"name\":\"web\",\"region\":\"ams\",\"config\":"
        + "{\"image\":\"nginx:1.27\",\"guest\":{\"cpus\":1,\"memory_mb\":256,\"cpu_kind\":\"shared\"},"
        + "\"env\":{\"A\":\"1\"},\"metadata\":{\"k\":\"v\"}}}"), 200).get("id").asString();
    String p = m + "/" + id;
    check(SimRoute.MACHINES_WAIT, http.get(p + "/wait?state=started&timeout=60"), 200);
    check(SimRoute.MACHINES_WAIT, http.get(p + "/wait?state=started&timeout=0"), 400);
    check(SimRoute.MACHINES_WAIT, http.get(p + "/wait?state=stopped&timeout=1"), 408);
    assertThat(check(SimRoute.MACHINES_SHOW, http.get(p), 200).get("checks").size()).isEqualTo(2);
    check(SimRoute.MACHINES_SHOW, http.get(m + "/00000000000000"), 404);
    String lost = http.createMachine("contract", null).get("id").asString();
    simulator.hostUnreachable("contract", lost, true);
    assertThat(check(SimRoute.MACHINES_SHOW, http.get(m + "/" + lost), 200).get("incomplete_config").isObject())
        .isTrue();
    check(SimRoute.MACHINES_CORDON, http.post(m + "/" + lost + "/cordon", ""), 503);
    check(SimRoute.MACHINES_LIST, http.get(m), 200);
    check(SimRoute.MACHINES_LIST, http.get(m + "?summary=true&state=started,stopped"), 200);
    check(SimRoute.MACHINES_LIST_EVENTS, http.get(p + "/events?limit=5"), 200);
    simulator.variants(ApiVariants.coverage().get(1));
    assertThat(check(SimRoute.MACHINES_LIST_EVENTS, http.get(p + "/events"), 200).get(0).has("id")).isFalse();
    assertThat(check(SimRoute.MACHINES_WAIT, http.get(p + "/wait?state=started"), 200).has("event_id")).isFalse();
    simulator.variants(ApiVariants.defaults());
    check(SimRoute.MACHINES_SHOW_METADATA, http.get(p + "/metadata"), 200);
    check(SimRoute.MACHINES_GET_METADATA_KEY, http.get(p + "/metadata/k"), 200);
    check(SimRoute.MACHINES_GET_METADATA_KEY, http.get(p + "/metadata/absent"), 404);
    check(SimRoute.MACHINES_UPSERT_METADATA, http.post(p + "/metadata/k2", "{\"value\":\"v2\"}"), 204);
    check(SimRoute.MACHINES_UPSERT_METADATA, http.post(p + "/metadata/k2", "{}"), 400);
    check(SimRoute.MACHINES_DELETE_METADATA, http.delete(p + "/metadata/k2"), 204);
    check(SimRoute.MACHINES_UPDATE_METADATA, send("PUT", p + "/metadata", "{\"metadata\":{\"k3\":\"v\"}}"), 204);
    check(SimRoute.MACHINES_PATCH_METADATA, send("PATCH", p + "/metadata", "{\"metadata\":{\"k3\":null}}"), 204);
    check(SimRoute.MACHINES_PATCH_METADATA, send("PATCH", p + "/metadata",
        "{\"metadata\":{},\"machine_version\":\"01AAAAAAAAAAAAAAAAAAAAAAAA\"}"), 412);
    check(SimRoute.MACHINES_UPDATE_METADATA, send("PUT", p + "/metadata", "[]"), 400);
    check(SimRoute.MACHINES_SIGNAL, http.post(p + "/signal", "{\"signal\":\"SIGUSR1\"}"), 200);
    check(SimRoute.MACHINES_SIGNAL, http.post(p + "/signal", "{\"signal\":\"SIGNOPE\"}"), 400);
    check(SimRoute.MACHINES_CORDON, http.post(p + "/cordon", ""), 200);
    check(SimRoute.MACHINES_UNCORDON, http.post(p + "/uncordon", ""), 200);
    check(SimRoute.MACHINES_RESTART, http.post(p + "/restart", ""), 200);
    http.awaitState("contract", id, "started");
    check(SimRoute.MACHINES_SUSPEND, http.post(p + "/suspend", ""), 200);
    http.awaitState("contract", id, "suspended");
    check(SimRoute.MACHINES_START, http.post(p + "/start", ""), 200);
    http.awaitState("contract", id, "started");
    check(SimRoute.MACHINES_UPDATE, http.post(p, "{\"config\":{\"image\":\"nginx:1.28\"}}"), 200);
    http.awaitState("contract", id, "settled");
    check(SimRoute.MACHINES_STOP, http.post(p + "/stop", "{\"signal\":\"SIGTERM\",\"timeout\":\"10s\"}"), 200);

    String nonce = check(SimRoute.MACHINES_CREATE_LEASE, http.post(p + "/lease", "{\"ttl\":30}"), 201)
        .get("data").get("nonce").asString();
    check(SimRoute.MACHINES_CREATE_LEASE, http.post(p + "/lease", "{\"ttl\":30}"), 409);
    check(SimRoute.MACHINES_SHOW_LEASE, http.get(p + "/lease"), 200);
    check(SimRoute.MACHINES_RELEASE_LEASE, http.delete(p + "/lease", nonce), 200);
    http.awaitState("contract", id, "stopped");
    check(SimRoute.MACHINES_DELETE, http.delete(p), 200);

    String v = "/apps/contract/volumes";
    String volumeId = check(SimRoute.VOLUMES_CREATE, http.post(v, "{\"name\":\"data\",\"size_gb\":1}"), 200)
        .get("id").asString();
    check(SimRoute.VOLUMES_LIST, http.get(v), 200);
    check(SimRoute.VOLUMES_GET, http.get(v + "/" + volumeId), 200);
    check(SimRoute.VOLUMES_UPDATE, http.put(v + "/" + volumeId, "{\"snapshot_retention\":7}"), 200);
    check(SimRoute.VOLUMES_CREATE_SNAPSHOT, http.post(v + "/" + volumeId + "/snapshots", ""), 200);
    assertThat(check(SimRoute.VOLUMES_LIST_SNAPSHOTS, http.get(v + "/" + volumeId + "/snapshots"), 200).size())
        .isEqualTo(1);
    check(SimRoute.VOLUMES_EXTEND, http.put(v + "/" + volumeId + "/extend", "{\"size_gb\":2}"), 200);
    check(SimRoute.VOLUMES_DELETE, http.delete(v + "/" + volumeId), 200);

    String s = "/apps/contract/secrets";
    check(SimRoute.SECRET_CREATE, http.post(s + "/TOKEN", "{\"value\":\"x\"}"), 201);
    check(SimRoute.SECRETS_UPDATE, http.post(s, "{\"values\":{\"OTHER\":\"y\"}}"), 200);
    check(SimRoute.SECRETS_LIST, http.get(s), 200);
    check(SimRoute.SECRET_GET, http.get(s + "/TOKEN"), 200);
    check(SimRoute.SECRET_DELETE, http.delete(s + "/TOKEN"), 200);

    check(SimRoute.APPS_DELETE, http.delete("/apps/contract"), 202);
    check(SimRoute.APPS_SHOW, http.get("/apps/contract"), 404);
  }

  @Test
  void certificatesIpAssignmentsAndTokensAnswerAsTheSpecDescribes() {
    http.createApp("edge");
    simulator.certificate("edge", "ready.example.com", CertificateIssuance.immediately());
    simulator.certificate("edge", "pending.example.com", CertificateIssuance.never());
    String ips = "/apps/edge/ip_assignments";
    check(SimRoute.IP_ASSIGNMENTS_CREATE, http.post(ips, "{\"type\":\"shared_v4\"}"), 200);
    String v6 = check(SimRoute.IP_ASSIGNMENTS_CREATE, http.post(ips, "{\"type\":\"v6\"}"), 200).get("ip").asString();
    check(SimRoute.IP_ASSIGNMENTS_CREATE, http.post(ips, "{\"type\":\"v4\",\"region\":\"ams\"}"), 200);
    check(SimRoute.IP_ASSIGNMENTS_CREATE, http.post(ips, "{\"type\":\"private_v6\"}"), 200);
    check(SimRoute.IP_ASSIGNMENTS_CREATE, http.post(ips, "{\"type\":\"egress_v4\"}"), 400);
    assertThat(check(SimRoute.IP_ASSIGNMENTS_LIST, http.get(ips), 200).get("ips").size()).isEqualTo(4);

    String c = "/apps/edge/certificates";
    check(SimRoute.CERTIFICATES_ACME_CREATE, http.post(c + "/acme", "{\"hostname\":\"ready.example.com\"}"), 201);
    check(SimRoute.CERTIFICATES_ACME_CREATE, http.post(c + "/acme", "{\"hostname\":\"ready.example.com\"}"), 422);
    check(SimRoute.CERTIFICATES_ACME_CREATE, http.post(c + "/acme", "{\"hostname\":\"pending.example.com\"}"), 201);
    check(SimRoute.CERTIFICATES_ACME_CREATE, http.post(c + "/acme", "{\"hostname\":\"not a host\"}"), 422);
    check(SimRoute.CERTIFICATES_CUSTOM_CREATE, http.post(c + "/custom", "{\"hostname\":\"ready.example.com\","
        + "\"fullchain\":\"-----BEGIN CERTIFICATE-----\\nMIID\\n-----END CERTIFICATE-----\","
        + "\"private_key\":\"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\"}"), 201);
    check(SimRoute.CERTIFICATES_CUSTOM_CREATE, http.post(c + "/custom", "{\"hostname\":\"ready.example.com\"}"), 422);
    assertThat(check(SimRoute.CERTIFICATES_LIST, http.get(c), 200).get("total_count").asInt()).isEqualTo(2);
    assertThat(check(SimRoute.CERTIFICATES_LIST, http.get(c + "?limit=1"), 200).has("next_cursor")).isTrue();
    assertThat(check(SimRoute.CERTIFICATES_SHOW, http.get(c + "/ready.example.com"), 200).get("status").asString())
        .isEqualTo("active");
    check(SimRoute.CERTIFICATES_SHOW, http.get(c + "/absent.example.com"), 404);
    JsonNode pending = check(SimRoute.CERTIFICATES_CHECK, http.post(c + "/pending.example.com/check", ""), 200);
    assertThat(pending.get("dns_requirements").get("aaaa").get(0).asString()).isEqualTo(v6);
    assertThat(pending.get("dns_records").get("aaaa").isEmpty()).isTrue();
    check(SimRoute.CERTIFICATES_CHECK, http.post(c + "/ready.example.com/check", ""), 200);
    check(SimRoute.CERTIFICATES_CUSTOM_DELETE, http.delete(c + "/ready.example.com/custom"), 200);
    check(SimRoute.CERTIFICATES_CUSTOM_DELETE, http.delete(c + "/ready.example.com/custom"), 404);
    check(SimRoute.CERTIFICATES_ACME_DELETE, http.delete(c + "/ready.example.com/acme"), 200);
    check(SimRoute.CERTIFICATES_DELETE, http.delete(c + "/ready.example.com"), 204);
    check(SimRoute.CERTIFICATES_DELETE, http.delete(c + "/ready.example.com"), 404);
    check(SimRoute.IP_ASSIGNMENTS_DELETE, http.delete(ips + "/" + v6), 204);
    check(SimRoute.IP_ASSIGNMENTS_DELETE, http.delete(ips + "/" + v6), 404);

    check(SimRoute.APPS_DEPLOY_TOKEN, http.post("/apps/edge/deploy_token", "{\"expiry\":\"720h\"}"), 200);
    check(SimRoute.TOKENS_AUTHENTICATE, http.post("/tokens/authenticate", "{\"header\":\"FlyV1 fm2_abc\"}"), 200);
    check(SimRoute.TOKENS_AUTHENTICATE, http.post("/tokens/authenticate", "{}"), 400);
    check(SimRoute.TOKENS_AUTHORIZE, http.post("/tokens/authorize",
        "{\"header\":\"FlyV1 fm2_abc\",\"access\":{\"app_name\":\"edge\",\"action\":1}}"), 200);
    check(SimRoute.TOKENS_KMS, http.post("/tokens/kms", ""), 200);
    assertThat(check(SimRoute.TOKENS_OIDC, http.post("/tokens/oidc", "{\"aud\":\"https://example.com\"}"), 200))
        .as("the OIDC token is text, not JSON").isNull();
    check(SimRoute.PLATFORM_REGIONS, http.get("/platform/regions"), 200);
    check(SimRoute.PLATFORM_PLACEMENTS, http.post("/platform/placements",
        "{\"org_slug\":\"personal\",\"region\":\"lhr,eu\",\"count\":2}"), 200);
    check(SimRoute.PLATFORM_PLACEMENTS, http.post("/platform/placements", "{}"), 400);
  }

  @Test
  void secretKeysMachineInspectionAndOrgListingsAnswerAsTheSpecDescribes() {
    http.createApp("keys");
    String k = "/apps/keys/secretkeys";
    check(SimRoute.SECRETKEY_SET, http.post(k + "/mac", "{\"type\":\"SECRET_TYPE_KMS_HS256\",\"value\":[1,2,3]}"),
        201);
    check(SimRoute.SECRETKEY_SET, http.post(k + "/box", "{\"type\":\"SECRET_TYPE_KMS_NACL_BOX\"}"), 400);
    check(SimRoute.SECRETKEY_GENERATE, http.post(k + "/aead/generate", "{\"type\":\"SECRET_TYPE_KMS_XAES256GCM\"}"),
        201);
    check(SimRoute.SECRETKEYS_LIST, http.get(k), 200);
    check(SimRoute.SECRETKEY_GET, http.get(k + "/mac"), 200);
    check(SimRoute.SECRETKEY_GET, http.get(k + "/absent"), 404);
    JsonNode signature = check(SimRoute.SECRETKEY_SIGN, http.post(k + "/mac/sign", "{\"plaintext\":[104,105]}"), 200)
        .get("signature");
    check(SimRoute.SECRETKEY_VERIFY, http.post(k + "/mac/verify",
        "{\"plaintext\":[104,105],\"signature\":" + signature + "}"), 204);
    check(SimRoute.SECRETKEY_VERIFY, http.post(k + "/mac/verify", "{\"plaintext\":[104],\"signature\":[1]}"), 400);
    JsonNode sealed = check(SimRoute.SECRETKEY_ENCRYPT, http.post(k + "/aead/encrypt", "{\"plaintext\":[104,105]}"),
        200).get("ciphertext");
    check(SimRoute.SECRETKEY_DECRYPT, http.post(k + "/aead/decrypt", "{\"ciphertext\":" + sealed + "}"), 200);
    check(SimRoute.SECRETKEY_ENCRYPT, http.post(k + "/mac/encrypt", "{\"plaintext\":[1]}"), 400);
    check(SimRoute.SECRETKEY_DELETE, http.delete(k + "/mac"), 200);

    String m = "/apps/keys/machines/" + http.createMachine("keys", null).get("id").asString();
    http.awaitState("keys", m.substring(m.lastIndexOf('/') + 1), "started");
    check(SimRoute.MACHINES_EXEC, http.post(m + "/exec", "{\"command\":[\"echo\",\"hi\"]}"), 200);
    check(SimRoute.MACHINES_EXEC, http.post(m + "/exec", "{}"), 400);
    check(SimRoute.MACHINES_PS, http.get(m + "/ps"), 200);
    check(SimRoute.MACHINES_VERSIONS, http.get(m + "/versions"), 200);
    check(SimRoute.MACHINES_GET_MEMORY, http.get(m + "/memory"), 200);
    check(SimRoute.MACHINES_SET_MEMORY_LIMIT, http.put(m + "/memory", "{\"limit_mb\":128}"), 200);
    check(SimRoute.MACHINES_SET_MEMORY_LIMIT, http.put(m + "/memory", "{\"limit_mb\":100000}"), 400);
    check(SimRoute.MACHINES_RECLAIM_MEMORY, http.post(m + "/memory/reclaim", "{\"amount_mb\":16}"), 200);
    http.createMachine("keys", null);
    http.post("/apps/keys/volumes", "{\"name\":\"data\",\"size_gb\":1}");
    assertThat(check(SimRoute.ORG_MACHINES_LIST, http.get("/orgs/personal/machines?limit=1"), 200)
        .has("next_cursor")).isTrue();
    check(SimRoute.ORG_MACHINES_LIST, http.get("/orgs/personal/machines?summary=true&cursor=%25"), 400);
    check(SimRoute.ORG_VOLUMES_LIST, http.get("/orgs/personal/volumes"), 200);
    http.post(m + "/stop", "");
    http.awaitState("keys", m.substring(m.lastIndexOf('/') + 1), "stopped");
    check(SimRoute.MACHINES_EXEC, http.post(m + "/exec", "{\"command\":[\"ls\"]}"), 412);
  }

  @Test
  void everyRouteOfTheSpecRefusesARequestWithoutAToken() {
    SimHttp anonymous = new SimHttp(simulator, null);
    spec.path("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method -> {
      String sample = path.getKey().replaceAll("\\{[^}]+}", "x1");
      SimHttp.Resp resp = anonymous.send(anonymous.request(sample)
          .method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.ofString("{}")).build());
      assertThat(resp.status()).as("%s %s", method, path.getKey()).isEqualTo(401);
      validate(SimHttp.JSON.readTree("{\"$ref\":\"#/components/schemas/ErrorResponse\"}"), resp.json(),
          method + " " + path.getKey());
    }));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void everySpecRouteHasASimulatorRouteAndAContractCase() {
    List<String> specRoutes = new ArrayList<>();
    spec.path("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method -> {
      String sample = "/v1" + path.getKey().replaceAll("\\{[^}]+}", "x1");
      SimRoute route = SimRoute.find(method, sample);
      assertThat(route).as("a simulator route for %s %s", method, path.getKey()).isNotNull();
      assertThat(specPath(route)).isEqualTo(path.getKey());
      specRoutes.add(route.name());
    }));
    assertThat(specRoutes).as("every simulator route is a route of the spec")
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(SimRoute.class).stream().map(SimRoute::name).toList());
    assertThat(checked).as("every route has a contract case (run the whole class)")
        .isEqualTo(EnumSet.allOf(SimRoute.class));
  }
}
