package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/** With a virtual scheduler, simulated time passes only when the test says so. */
class VirtualTimeLifecycleTest {

  private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults()
      .withScheduler(scheduler).withRateLimits(false).withTimeScale(0.01));
  private final SimHttp http = new SimHttp(simulator);

  @AfterEach
  void stop() {
    simulator.close();
    scheduler.dispose();
  }

  @Test
  void ninetySecondStartTakesNinetySimulatedSeconds() {
    http.createApp("vt-slow");
    simulator.slowStart("vt-slow", Duration.ofSeconds(90));
    String id = http.createMachine("vt-slow", null).get("id").asString();
    assertThat(simulator.machineState("vt-slow", id)).isEqualTo("created");
    // launch delay 50 ms simulated = 0.5 ms real at scale 0.01
    scheduler.advanceTimeBy(Duration.ofNanos(500_000));
    assertThat(simulator.machineState("vt-slow", id)).isEqualTo("starting");
    scheduler.advanceTimeBy(Duration.ofMillis(899));
    assertThat(simulator.machineState("vt-slow", id)).isEqualTo("starting");
    scheduler.advanceTimeBy(Duration.ofMillis(1));
    assertThat(simulator.machineState("vt-slow", id)).isEqualTo("started");
  }

  @Test
  void commandsDuringReplacingAreRefusedWith412() {
    http.createApp("vt-replace");
    String id = http.createMachine("vt-replace", "\"skip_launch\":true").get("id").asString();
    String path = "/apps/vt-replace/machines/" + id;
    assertThat(http.post(path, "{\"config\":{\"image\":\"nginx:2\"}}").json().get("state").asString())
        .isEqualTo("replacing");
    SimHttp.Resp concurrent = http.post(path, "{\"config\":{\"image\":\"nginx:3\"}}");
    assertThat(concurrent.status()).isEqualTo(412);
    assertThat(concurrent.json().get("error").asString())
        .isEqualTo("aborted: machine is replacing: concurrent update in progress");
    SimHttp.Resp start = http.post(path + "/start", "");
    assertThat(start.status()).isEqualTo(412);
    assertThat(start.json().get("error").asString()).startsWith("unable to start machine from current state");
    scheduler.advanceTimeBy(Duration.ofMillis(2));
    // an update without skip_launch launches the new version
    assertThat(simulator.machineState("vt-replace", id)).isEqualTo("starting");
  }

  @Test
  void waitExpiresWhenItsScaledTimeoutPasses() {
    http.createApp("vt-wait");
    String id = http.createMachine("vt-wait", "\"skip_launch\":true").get("id").asString();
    CompletableFuture<SimHttp.Resp> wait =
        http.getAsync("/apps/vt-wait/machines/" + id + "/wait?state=started&timeout=30");
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (simulator.pendingWaits("vt-wait", id) == 0) {
        Thread.yield();
      }
    });
    scheduler.advanceTimeBy(Duration.ofMillis(299));
    assertThat(wait).isNotDone();
    scheduler.advanceTimeBy(Duration.ofMillis(1));
    SimHttp.Resp resp = wait.join();
    assertThat(resp.status()).isEqualTo(408);
    assertThat(resp.json().get("error").asString())
        .isEqualTo("machine failed to reach desired state, started, currently created");
  }
}
