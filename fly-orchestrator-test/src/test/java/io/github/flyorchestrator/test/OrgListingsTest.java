package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;
import tools.jackson.databind.JsonNode;

/** The org-wide listings serve every machine and volume of the org's apps in pages linked by cursors. */
class OrgListingsTest {

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withScheduler(scheduler).withRateLimits(false));
  private final SimHttp http = new SimHttp(simulator);

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  private void createAppIn(String name, String org) {
    assertThat(http.post("/apps", "{\"name\":\"" + name + "\",\"org_slug\":\"" + org + "\"}").status())
        .isEqualTo(201);
  }

  private List<String> walk(String path, String field) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = http.get(path + (path.contains("?") ? "&" : "?") + "cursor=" + (cursor == null ? "" : cursor))
          .json();
      assertThat(page.get(field).size()).isLessThanOrEqualTo(2);
      ids.addAll(page.get(field).findValuesAsString("id"));
      cursor = page.has("next_cursor") ? page.get("next_cursor").asString() : null;
    } while (cursor != null);
    return ids;
  }

  @Test
  void walkingTheCursorsGivesEveryMachineOfTheOrgOnceInUpdateOrder() {
    simulator.pageSize(2);
    createAppIn("a", "acme");
    createAppIn("b", "acme");
    createAppIn("elsewhere", "other");
    List<String> created = new ArrayList<>();
    for (String app : List.of("a", "b", "a", "b", "a")) {
      created.add(http.createMachine(app, "\"skip_launch\":true").get("id").asString());
      scheduler.advanceTimeBy(Duration.ofSeconds(1));
    }
    http.createMachine("elsewhere", "\"skip_launch\":true");
    assertThat(walk("/orgs/acme/machines", "machines")).containsExactlyElementsOf(created);
    JsonNode first = http.get("/orgs/acme/machines?limit=1").json();
    assertThat(first.get("machines")).hasSize(1);
    assertThat(first.get("last_machine_id").asString()).isEqualTo(created.get(0));
    assertThat(first.get("machines").get(0).get("app_name").asString()).isEqualTo("a");
    assertThat(first.get("machines").get(0).get("config").get("image").asString()).isEqualTo("nginx:1.27");
    assertThat(http.get("/orgs/nobody/machines").json().get("machines").isEmpty()).isTrue();
  }

  @Test
  void aCursorStaysValidWhenMachinesChangeAndFiltersNarrowTheListing() {
    simulator.pageSize(2);
    createAppIn("a", "acme");
    String one = http.createMachine("a", "\"skip_launch\":true,\"region\":\"ams\"").get("id").asString();
    scheduler.advanceTimeBy(Duration.ofSeconds(1));
    String two = http.createMachine("a", "\"skip_launch\":true,\"region\":\"ams\"").get("id").asString();
    scheduler.advanceTimeBy(Duration.ofSeconds(1));
    String three = http.createMachine("a", "\"skip_launch\":true,\"region\":\"ams\"").get("id").asString();
    String cursor = http.get("/orgs/acme/machines").json().get("next_cursor").asString();
    scheduler.advanceTimeBy(Duration.ofSeconds(1));
    String four = http.createMachine("a", "\"skip_launch\":true,\"region\":\"lhr\"").get("id").asString();
    JsonNode next = http.get("/orgs/acme/machines?cursor=" + cursor).json();
    assertThat(next.get("machines").findValuesAsString("id")).containsExactly(three, four);
    assertThat(walk("/orgs/acme/machines?region=ams", "machines")).containsExactly(one, two, three);
    String after = http.get("/apps/a/machines/" + two).json().get("updated_at").asString();
    assertThat(walk("/orgs/acme/machines?updated_after=" + after, "machines")).containsExactly(three, four);
    assertThat(http.get("/orgs/acme/machines?summary=true").json().get("machines").get(0).has("config")).isFalse();
    assertThat(http.get("/orgs/acme/machines?limit=0").status()).isEqualTo(400);
  }

  @Test
  void volumesOfTheOrgArePagedTheSameWay() {
    simulator.pageSize(2);
    createAppIn("a", "acme");
    createAppIn("b", "acme");
    List<String> created = new ArrayList<>();
    for (String app : List.of("a", "b", "a")) {
      created.add(http.post("/apps/" + app + "/volumes", "{\"name\":\"data\",\"size_gb\":1}").json().get("id")
          .asString());
      scheduler.advanceTimeBy(Duration.ofSeconds(1));
    }
    assertThat(walk("/orgs/acme/volumes", "volumes")).containsExactlyElementsOf(created);
    JsonNode page = http.get("/orgs/acme/volumes").json();
    assertThat(page.get("last_volume_id").asString()).isEqualTo(created.get(1));
    assertThat(page.get("volumes").get(1).get("app_name").asString()).isEqualTo("b");
  }
}
