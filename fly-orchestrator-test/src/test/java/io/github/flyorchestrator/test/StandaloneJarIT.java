package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The executable jar as a user starts it: {@code --help} and a wrong option end at once with 0 and 2; {@code --port 0
 * --token T --control} prints its URL when ready with no SLF4J warning, serves the API with that token only and the
 * control routes without one, and stops on SIGTERM.
 */
class StandaloneJarIT {

  private static final Pattern READY = Pattern.compile("Fly API simulator listening on (http://\\S+)");

  @TempDir
  Path temp;

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void helpPrintsEveryOptionAndExitsWithZero() throws Exception {
    Process process = start("--help").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(output).isEqualTo(FlyApiSimulatorMain.usage().replace("\n", System.lineSeparator()));
    assertThat(output).doesNotContain("SLF4J");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anUnknownOptionPrintsOneLinePointingToHelpAndExitsWithTwo() throws Exception {
    Process process = start("--port", "0", "--verbose").start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err.lines().toList()).containsExactly("fly-api-simulator: unknown option --verbose (see --help)");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void startsWithoutSlf4jWarningsServesTheApiAndTheControlRoutesAndStopsOnSigterm() throws Exception {
    Path stderr = temp.resolve("stderr.txt");
    Process process = start("--port", "0", "--token", "it-token", "--control")
        .redirectError(ProcessBuilder.Redirect.to(stderr.toFile())).start();
    try {
      String baseUrl = readyUrl(process);
      assertThat(baseUrl).as("ready line").isNotNull();

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> authorized = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/v1/apps/none"))
          .header("Authorization", "Bearer it-token"));
      HttpResponse<String> wrongToken = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/v1/apps/none"))
          .header("Authorization", "Bearer other"));
      assertThat(authorized.statusCode()).isEqualTo(404);
      assertThat(authorized.headers().firstValue("fly-request-id")).isPresent();
      assertThat(wrongToken.statusCode()).isEqualTo(401);

      HttpResponse<String> journal = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/_control/journal")));
      assertThat(journal.statusCode()).isEqualTo(200);
      assertThat(journal.body()).doesNotContain("it-token");
      List<String> seen = new ArrayList<>();
      for (JsonNode request : SimHttp.JSON.readTree(journal.body())) {
        seen.add(request.get("route").asString() + " " + request.get("headers").get("authorization").get(0)
            .asString() + " " + request.get("request_id").asString());
      }
      assertThat(seen).containsExactly(
          "APPS_SHOW Bearer [redacted] " + authorized.headers().firstValue("fly-request-id").orElseThrow(),
          "APPS_SHOW Bearer [redacted] " + wrongToken.headers().firstValue("fly-request-id").orElseThrow());
      assertThat(send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/_control/reset"))
          .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
      assertThat(send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/_control/journal"))).body())
          .isEqualTo("[]");

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      assertThat(process.exitValue()).isIn(0, 143);
      assertThat(Files.readAllLines(stderr)).noneMatch(line -> line.contains("SLF4J"));
    }
    finally {
      process.destroyForcibly();
    }
  }

  private static ProcessBuilder start(String... args) {
    Path jar = Path.of(System.getProperty("standalone.jar", "target/missing-standalone.jar"));
    assertThat(jar).as("the standalone jar built by the package phase").exists();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String readyUrl(Process process) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher matcher = READY.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
