package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.MachineSpec;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The thread-per-wait baseline: a blocking {@link RestClient} on {@code HttpURLConnection} that creates a machine and
 * then GETs it with {@link Thread#sleep} pauses from a {@link PollSchedule} until it is {@code started}. The caller
 * runs one platform thread per wait.
 */
public final class BlockingPoller {

  private final RestClient restClient;
  private final PollSchedule schedule;

  /**
   * @param baseUrl simulator root without {@code /v1}
   * @param token API token
   * @param schedule pauses between GETs
   * @param readTimeout read timeout of each request
   */
  public BlockingPoller(URI baseUrl, String token, PollSchedule schedule, Duration readTimeout) {
    SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
    factory.setConnectTimeout(Duration.ofSeconds(10));
    factory.setReadTimeout(readTimeout);
    this.restClient = RestClient.builder()
        .requestFactory(factory)
        .baseUrl(baseUrl.toString())
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .build();
    this.schedule = schedule;
  }

  /**
   * Creates a machine and blocks until it is started.
   *
   * @param app app name
   * @param config machine config
   * @param timeout give up after this long
   * @return the started machine
   * @throws TimeoutException when the machine did not start in time
   * @throws InterruptedException when interrupted while sleeping
   */
  public Machine createAndWait(String app, MachineConfig config, Duration timeout)
      throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Machine created = restClient.post().uri("/v1/apps/{app}/machines", app)
        .contentType(MediaType.APPLICATION_JSON)
        .body(MachineSpec.of(config, null))
        .retrieve()
        .body(Machine.class);
    for (int pollIndex = 0; ; pollIndex++) {
      Thread.sleep(schedule.pauseAfter(pollIndex, () -> ThreadLocalRandom.current().nextDouble()).toMillis());
      Machine machine = restClient.get().uri("/v1/apps/{app}/machines/{id}", app, created.id())
          .retrieve()
          .body(Machine.class);
      if ("started".equals(machine.state())) {
        return machine;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("machine " + created.id() + " not started within " + timeout);
      }
    }
  }
}
