package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Auth, request ids, app routes, eventual consistency, name_taken, volumes and secrets. */
@WithFlyApiSimulator(token = "the-token", timeScale = 0.01)
class AppsAndAuthTest {

  FlyApiSimulator simulator;

  @Test
  void missingOrWrongTokenGets401() {
    SimHttp none = new SimHttp(simulator, null);
    SimHttp wrong = new SimHttp(simulator, "other");
    SimHttp.Resp missing = none.get("/apps");
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().get("error").asString()).isNotBlank();
    assertThat(missing.header("fly-request-id")).isNotBlank();
    assertThat(wrong.get("/apps").status()).isEqualTo(401);
    assertThat(new SimHttp(simulator, "the-token").get("/apps").status()).isEqualTo(200);
    SimHttp.Resp flyV1 = none.send(none.request("/apps").header("authorization", "FlyV1 the-token").GET().build());
    assertThat(flyV1.status()).isEqualTo(200);
  }

  @Test
  void everyResponseHasADistinctRequestId() {
    SimHttp http = new SimHttp(simulator, "the-token");
    String a = http.get("/apps").header("fly-request-id");
    String b = http.get("/apps/missing").header("fly-request-id");
    String c = http.get("/nothing-here").header("fly-request-id");
    assertThat(a).isNotBlank();
    assertThat(b).isNotBlank().isNotEqualTo(a);
    assertThat(c).isNotBlank();
  }

  @Test
  void appCreateGetListDelete() {
    SimHttp http = new SimHttp(simulator, "the-token");
    SimHttp.Resp created = http.post("/apps", "{\"name\":\"apps-one\",\"org_slug\":\"acme\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("id").asString()).isNotBlank();
    assertThat(created.json().has("created_at")).isTrue();
    JsonNode app = http.get("/apps/apps-one").json();
    assertThat(app.get("name").asString()).isEqualTo("apps-one");
    assertThat(app.get("status").asString()).isEqualTo("pending");
    assertThat(app.get("organization").get("slug").asString()).isEqualTo("acme");
    JsonNode list = http.get("/apps?org_slug=acme").json();
    assertThat(list.get("total_apps").asInt()).isEqualTo(1);
    assertThat(list.get("apps").get(0).get("name").asString()).isEqualTo("apps-one");
    assertThat(http.delete("/apps/apps-one").status()).isEqualTo(202);
    SimHttp.Resp gone = http.get("/apps/apps-one");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("error").asString()).isNotBlank();
    assertThat(http.post("/apps", "{\"org_slug\":\"acme\"}").status()).isEqualTo(400);
  }

  @Test
  void takenNameGets422NameTaken() {
    SimHttp http = new SimHttp(simulator, "the-token");
    http.createApp("apps-taken");
    SimHttp.Resp again = http.post("/apps", "{\"name\":\"apps-taken\",\"org_slug\":\"personal\"}");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("status").asString()).isEqualTo("name_taken");
    simulator.reserveAppName("apps-reserved");
    assertThat(http.post("/apps", "{\"name\":\"apps-reserved\"}").status()).isEqualTo(422);
  }

  @Test
  void newAppAnswers404ForTheFirstReads() {
    SimHttp http = new SimHttp(simulator, "the-token");
    simulator.notFoundForFirstReadsOfNewApps(2);
    try {
      http.createApp("apps-eventual");
    } finally {
      simulator.notFoundForFirstReadsOfNewApps(0);
    }
    assertThat(http.get("/apps/apps-eventual").status()).isEqualTo(404);
    assertThat(http.get("/apps/apps-eventual").status()).isEqualTo(404);
    assertThat(http.get("/apps/apps-eventual").status()).isEqualTo(200);
    simulator.notFoundForNextReads("apps-eventual", 1);
    assertThat(http.get("/apps/apps-eventual").status()).isEqualTo(404);
    assertThat(http.get("/apps/apps-eventual").status()).isEqualTo(200);
  }

  @Test
  void volumesAndSecrets() {
    SimHttp http = new SimHttp(simulator, "the-token");
    http.createApp("apps-vol");
    JsonNode volume = http.post("/apps/apps-vol/volumes", "{\"name\":\"data\",\"size_gb\":3,\"region\":\"ams\"}")
        .json();
    String path = "/apps/apps-vol/volumes/" + volume.get("id").asString();
    assertThat(http.get(path).json().get("size_gb").asInt()).isEqualTo(3);
    assertThat(http.put(path + "/extend", "{\"size_gb\":5}").json().get("volume").get("size_gb").asInt())
        .isEqualTo(5);
    assertThat(http.get("/apps/apps-vol/volumes").json().size()).isEqualTo(1);
    assertThat(http.delete(path).json().get("state").asString()).isEqualTo("destroyed");
    assertThat(http.get(path).status()).isEqualTo(404);

    assertThat(http.post("/apps/apps-vol/secrets/API_KEY", "{\"value\":\"s3cr3t\"}").status()).isEqualTo(201);
    JsonNode listed = http.get("/apps/apps-vol/secrets").json();
    assertThat(listed.get("secrets").get(0).get("name").asString()).isEqualTo("API_KEY");
    assertThat(listed.toString()).doesNotContain("s3cr3t");
    http.post("/apps/apps-vol/secrets", "{\"values\":{\"API_KEY\":null,\"OTHER\":\"x\"}}");
    assertThat(http.get("/apps/apps-vol/secrets/API_KEY").status()).isEqualTo(404);
    assertThat(http.delete("/apps/apps-vol/secrets/OTHER").status()).isEqualTo(200);
  }
}
