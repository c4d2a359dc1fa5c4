package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Exec, ps, versions and memory look into a simulated machine. */
class MachineInspectionTest {

  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withRateLimits(false)
      .withTimeScale(0.01));
  private final SimHttp http = new SimHttp(simulator);

  @AfterEach
  void stop() {
    simulator.close();
  }

  private String startedMachine(String app) {
    http.createApp(app);
    String id = http.createMachine(app, null).get("id").asString();
    http.awaitState(app, id, "started");
    return "/apps/" + app + "/machines/" + id;
  }

  @Test
  void execEchoesTheArgumentsUnlessTheAppHasItsOwnAnswer() {
    String machine = startedMachine("shell");
    JsonNode echoed = http.post(machine + "/exec", "{\"command\":[\"echo\",\"hello\",\"world\"]}").json();
    assertThat(echoed.get("stdout").asString()).isEqualTo("hello world\n");
    assertThat(echoed.get("exit_code").asInt()).isZero();
    assertThat(http.post(machine + "/exec", "{\"cmd\":\"echo old form\"}").json().get("stdout").asString())
        .isEqualTo("old form\n");
    simulator.exec("shell", command -> new ExecAnswer(3, "", "no such file: " + command.get(1) + "\n"));
    JsonNode failed = http.post(machine + "/exec", "{\"command\":[\"cat\",\"/nope\"]}").json();
    assertThat(failed.get("exit_code").asInt()).isEqualTo(3);
    assertThat(failed.get("stderr").asString()).isEqualTo("no such file: /nope\n");
  }

  @Test
  void versionsListEveryConfigTheMachineRanNewestFirst() {
    String machine = startedMachine("versions");
    String first = http.get(machine).json().get("version").asString();
    http.post(machine, "{\"config\":{\"image\":\"nginx:1.28\",\"guest\":{\"cpus\":1,\"memory_mb\":256}}}");
    JsonNode versions = http.get(machine + "/versions").json();
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).get("version").asString()).isEqualTo(first);
    assertThat(versions.get(0).get("user_config").get("image").asString()).isEqualTo("nginx:1.28");
    assertThat(versions.get(1).get("user_config").get("image").asString()).isEqualTo("nginx:1.27");
  }

  @Test
  void memoryStartsAtTheGuestsSizeAndFollowsTheLimitSet() {
    String machine = startedMachine("memory");
    assertThat(http.get(machine + "/memory").json().get("limit_mb").asInt()).isEqualTo(256);
    assertThat(http.put(machine + "/memory", "{\"limit_mb\":128}").json().get("limit_mb").asInt()).isEqualTo(128);
    assertThat(http.get(machine + "/memory").json().get("limit_mb").asInt()).isEqualTo(128);
    assertThat(http.post(machine + "/memory/reclaim", "{\"amount_mb\":500}").json().get("actual_mb").asInt())
        .isEqualTo(64);
    assertThat(http.put(machine + "/memory", "{\"limit_mb\":512}").status()).isEqualTo(400);
  }

  @Test
  void psListsProcessesOnlyWhileStartedAndExecNeedsAStartedMachine() {
    String machine = startedMachine("ps");
    assertThat(http.get(machine + "/ps").json().findValuesAsString("command")).contains("/.fly/init");
    http.post(machine + "/stop", "");
    http.awaitState("ps", machine.substring(machine.lastIndexOf('/') + 1), "stopped");
    assertThat(http.get(machine + "/ps").json().isEmpty()).isTrue();
    SimHttp.Resp refused = http.post(machine + "/exec", "{\"command\":[\"ls\"]}");
    assertThat(refused.status()).isEqualTo(412);
    assertThat(refused.json().get("error").asString()).contains("is stopped, not started");
    assertThat(ExecAnswer.echo(List.of("true")).stdout()).isEqualTo("\n");
  }
}
