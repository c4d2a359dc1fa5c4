package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The executable jar as a user starts it ({@code java -jar ... --port 0 --token T}): it prints its URL when ready,
 * serves the API with that token only, and stops on SIGTERM.
 */
class StandaloneJarIT {

  private static final Pattern READY = Pattern.compile("Fly API simulator listening on (http://\\S+)");

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void startsServesAndStopsOnSigterm() throws Exception {
    Path jar = Path.of(System.getProperty("standalone.jar", "target/missing-standalone.jar"));
    assertThat(jar).as("the standalone jar built by the package phase").exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--token", "it-token")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String baseUrl = null;
      String line;
      while (baseUrl == null && (line = out.readLine()) != null) {
        Matcher matcher = READY.matcher(line);
        if (matcher.find()) {
          baseUrl = matcher.group(1);
        }
      }
      assertThat(baseUrl).as("ready line").isNotNull();

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/apps/none"))
          .header("Authorization", "Bearer it-token").build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> wrongToken = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/apps/none"))
          .header("Authorization", "Bearer other").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(authorized.statusCode()).isEqualTo(404);
      assertThat(authorized.headers().firstValue("fly-request-id")).isPresent();
      assertThat(wrongToken.statusCode()).isEqualTo(401);

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      assertThat(process.exitValue()).isIn(0, 143);
    }
    finally {
      process.destroyForcibly();
    }
  }
}
