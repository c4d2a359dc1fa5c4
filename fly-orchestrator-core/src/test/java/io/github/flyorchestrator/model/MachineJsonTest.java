package io.github.flyorchestrator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A machine answer keeps every field of the spec and fly-go, and the ones neither knows yet, through a round trip. */
class MachineJsonTest {

  /** Every field of the spec's Machine schema, fly-go's additions, and fields no source knows yet. */
  static final String FULL_MACHINE = """
      {
        "id": "148ed193b95e89", "name": "web-1", "state": "started", "region": "ams",
        "instance_id": "01HV0000000000000000000001", "version": "01HV0000000000000000000001",
        "private_ip": "fdaa:0:1:a7b:1::2",
        "config": {"image": "registry-1.docker.io/flyio/hellofly:latest",
                   "checks": {"alive": {"type": "http", "port": 8080, "path": "/health", "interval": "15s"}}},
        "incomplete_config": {"image": "registry-1.docker.io/flyio/hellofly:latest"},
        "image_ref": {"registry": "registry-1.docker.io", "repository": "flyio/hellofly", "tag": "latest",
                      "digest": "sha256:abc", "labels": {"fly.version": "3"}},
        "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-02T03:05:00Z",
        "events": [
          {"type": "start", "status": "started", "source": "flyd", "timestamp": 1767323100000,
           "request": {"restart_count": 0}, "new_event_field": "x"},
          {"id": "01HV0000000000000000000009", "type": "launch", "status": "created", "source": "user",
           "timestamp": 1767323045000}
        ],
        "checks": [
          {"name": "alive", "status": "passing", "output": "HTTP 200", "updated_at": "2026-01-02T03:05:10Z"},
          {"name": "servicecheck-00-tcp-8080", "status": "critical", "output": "connection refused",
           "updated_at": "2026-01-02T03:05:11Z", "check_kind": "readiness"}
        ],
        "nonce": "n-1", "host_status": "ok", "cordoned": false,
        "containers": [{"name": "app", "state": "running"}],
        "a_field_fly_adds_later": {"nested": [1, 2, {"x": null}]}
      }
      """;

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void everyFieldSurvivesARoundTripUnchanged() {
    Machine machine = mapper.readValue(FULL_MACHINE, Machine.class);

    JsonNode written = mapper.readTree(mapper.writeValueAsString(machine));

    assertThat(written).isEqualTo(mapper.readTree(FULL_MACHINE));
  }

  @Test
  void checksHostStatusAndTheIncompleteConfigAreTyped() {
    Machine machine = mapper.readValue(FULL_MACHINE, Machine.class);

    assertThat(machine.checks()).extracting(CheckStatus::name).containsExactly("alive", "servicecheck-00-tcp-8080");
    assertThat(machine.checks().get(0).updatedAt()).isEqualTo(Instant.parse("2026-01-02T03:05:10Z"));
    assertThat(machine.allChecksPassing()).isFalse();
    assertThat(machine.failingChecks()).singleElement()
        .satisfies(check -> assertThat(check.describe())
            .isEqualTo("'servicecheck-00-tcp-8080' is critical: connection refused"));
    assertThat(machine.isHostOk()).isTrue();
    assertThat(machine.isCordoned()).isFalse();
    assertThat(machine.incompleteConfig().image()).isEqualTo("registry-1.docker.io/flyio/hellofly:latest");
    assertThat(machine.containers()).hasSize(1);
    assertThat(machine.additionalProperties()).containsOnlyKeys("a_field_fly_adds_later");
    assertThat(machine.events()).extracting(MachineEvent::id).containsExactly(null, "01HV0000000000000000000009");
    assertThat(machine.events().get(0).additionalProperties()).containsOnlyKeys("new_event_field");
  }

  @Test
  void aMachineOnAnUnreachableHostOffersItsIncompleteConfig() {
    String json = """
        {"id": "m1", "state": "started", "host_status": "unreachable",
         "incomplete_config": {"image": "nginx:1"}}
        """;

    Machine machine = mapper.readValue(json, Machine.class);

    assertThat(machine.isHostOk()).isFalse();
    assertThat(machine.config()).isNull();
    assertThat(machine.configOrIncomplete().image()).isEqualTo("nginx:1");
  }

  @Test
  void aMachineWithoutChecksOrHostStatusPassesAndIsReachable() {
    Machine machine = mapper.readValue("{\"id\": \"m1\", \"state\": \"started\"}", Machine.class);

    assertThat(machine.checks()).isEmpty();
    assertThat(machine.allChecksPassing()).isTrue();
    assertThat(machine.isHostOk()).isTrue();
    assertThat(machine.events()).isEmpty();
    assertThat(mapper.readTree(mapper.writeValueAsString(machine)))
        .isEqualTo(mapper.readTree("{\"id\": \"m1\", \"state\": \"started\"}"));
  }

  @Test
  void copiesKeepEveryFieldButTheOneChanged() {
    Machine machine = mapper.readValue(FULL_MACHINE, Machine.class);

    Machine stopped = machine.withState("stopped");

    assertThat(stopped.state()).isEqualTo("stopped");
    assertThat(stopped.toBuilder().state("started").build()).isEqualTo(machine);
    assertThat(Machine.builder("m2").state("created").checks(CheckStatus.of("a", "warning", null)).build()
        .failingChecks()).extracting(CheckStatus::describe).containsExactly("'a' is warning");
  }

  @Test
  void theShortConstructorOfOlderReleasesStillBuildsAMachine() {
    Machine machine = new Machine("m1", "n", "started", "ams", null, "v1", null, MachineConfig.ofImage("x"), null,
        null, null, List.of(), null, "ok");

    assertThat(machine).isEqualTo(Machine.builder("m1").name("n").state("started").region("ams").version("v1")
        .config(MachineConfig.ofImage("x")).hostStatus("ok").build());
  }
}
