package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IP assignments are allocated and released per app; the tokens the simulator issues are accepted. */
class IpAssignmentsAndTokensTest {

  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withRateLimits(false)
      .withToken("the-token"));
  private final SimHttp http = new SimHttp(simulator, "the-token");

  @AfterEach
  void stop() {
    simulator.close();
  }

  private String allocate(String app, String type) {
    SimHttp.Resp resp = http.post("/apps/" + app + "/ip_assignments", "{\"type\":\"" + type + "\"}");
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json().get("ip").asString();
  }

  @Test
  void theSharedIpv4IsOneAddressForEveryAppAndEveryOtherAddressIsDistinct() {
    http.createApp("one");
    http.createApp("two");
    assertThat(allocate("one", "shared_v4")).isEqualTo(allocate("two", "shared_v4"));
    assertThat(allocate("one", "shared_v4")).as("a second shared IPv4 is the same assignment")
        .isEqualTo(allocate("two", "shared_v4"));
    Set<String> distinct = new HashSet<>();
    for (String app : List.of("one", "two")) {
      for (String type : List.of("v4", "v6", "private_v6")) {
        distinct.add(allocate(app, type));
      }
    }
    assertThat(distinct).hasSize(6).anyMatch(ip -> ip.startsWith("fdaa:")).anyMatch(ip -> ip.startsWith("2001:db8:"));
    assertThat(http.get("/apps/one/ip_assignments").json().get("ips")).hasSize(4);
  }

  @Test
  void releasingAnAddressRemovesItFromThatAppOnlyAndAnUnknownOneAnswers404() {
    http.createApp("one");
    http.createApp("two");
    String shared = allocate("one", "shared_v4");
    allocate("two", "shared_v4");
    assertThat(http.delete("/apps/one/ip_assignments/" + shared).status()).isEqualTo(204);
    assertThat(http.delete("/apps/one/ip_assignments/" + shared).status()).isEqualTo(404);
    assertThat(http.get("/apps/one/ip_assignments").json().get("ips").isEmpty()).isTrue();
    assertThat(http.get("/apps/two/ip_assignments").json().get("ips").get(0).get("shared").asBoolean()).isTrue();
    String v6 = allocate("two", "v6");
    assertThat(http.delete("/apps/two/ip_assignments/" + v6).status()).isEqualTo(204);
  }

  @Test
  void aPrivateIpv6NamesItsNetwork() {
    http.createApp("one");
    JsonNode flycast = http.post("/apps/one/ip_assignments", "{\"type\":\"private_v6\",\"network\":\"backend\"}")
        .json();
    assertThat(flycast.get("network").get("name").asString()).isEqualTo("backend");
    assertThat(flycast.get("network").get("org_slug").asString()).isEqualTo("personal");
    assertThat(flycast.get("shared").asBoolean()).isFalse();
  }

  @Test
  void aDeployTokenIsAcceptedAlongsideTheConfiguredToken() {
    http.createApp("one");
    String token = http.post("/apps/one/deploy_token", "{}").json().get("token").asString();
    assertThat(token).startsWith("FlyV1 fm2_");
    SimHttp withDeployToken = new SimHttp(simulator, null);
    SimHttp.Resp resp = withDeployToken.send(withDeployToken.request("/apps/one").header("authorization", token)
        .GET().build());
    assertThat(resp.status()).isEqualTo(200);
    assertThat(new SimHttp(simulator, "fm2_made-up").get("/apps/one").status()).isEqualTo(401);
  }

  @Test
  void anOidcTokenIsAJwtForTheAudienceAskedFor() {
    SimHttp.Resp resp = http.post("/tokens/oidc", "{\"aud\":\"https://example.com\"}");
    assertThat(resp.header("content-type")).startsWith("text/plain");
    String[] parts = resp.body().split("\\.");
    assertThat(parts).hasSize(3);
    assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
        .contains("\"aud\":\"https://example.com\"");
  }

  @Test
  void authorizeAnswersTheAppsNumericIdAndNotFoundForAnUnknownApp() {
    http.createApp("one");
    JsonNode authorized = http.post("/tokens/authorize",
        "{\"header\":\"FlyV1 fm2_a,fm2_b\",\"access\":{\"app_name\":\"one\",\"machine_id\":\"m1\"}}").json();
    assertThat(authorized.get("access").get("appid").asLong()).isPositive();
    assertThat(authorized.get("access").get("machine").asString()).isEqualTo("m1");
    assertThat(http.post("/tokens/authorize", "{\"header\":\"x\",\"access\":{\"app_name\":\"nope\"}}").status())
        .isEqualTo(404);
    assertThat(http.post("/tokens/authenticate", "{\"header\":\"FlyV1 fm2_a,fm2_b\"}").json()).hasSize(2);
  }

  @Test
  void placementsExpandGeoRegionsAndRegionsListTheNearest() {
    JsonNode placements = http.post("/platform/placements",
        "{\"org_slug\":\"personal\",\"region\":\"eu\",\"count\":3}").json();
    assertThat(placements.get("regions").findValuesAsString("region")).contains("ams", "lhr", "fra")
        .doesNotContain("ord");
    assertThat(placements.get("regions").findValues("count")).allMatch(count -> count.asInt() == 3);
    JsonNode regions = http.get("/platform/regions").json();
    assertThat(regions.get("nearest").asString()).isEqualTo("ord");
    assertThat(regions.get("regions").findValuesAsString("code")).contains("ord", "ams");
  }
}
