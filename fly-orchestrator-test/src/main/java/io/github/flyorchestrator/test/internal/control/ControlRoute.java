package io.github.flyorchestrator.test.internal.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every control route of the simulator, with the one-line summary the standalone simulator's {@code --help} and the
 * README show. All live under {@value #PREFIX}, which no Machines API path starts with (those start with
 * {@code /v1/}).
 */
public enum ControlRoute {
  /** The journal of API requests. */
  JOURNAL("GET", "/journal", "API requests so far, oldest first, token redacted; ?route=ROUTE filters"),
  /** Reset. */
  RESET("POST", "/reset", "forget apps, faults, the journal, reserved names (variants, checks stay)"),
  /** The API variants in force. */
  VARIANTS_SHOW("GET", "/variants", "the API variants in force: {\"EventIds\":\"WITH_IDS\",...}"),
  /** Sets API variants. */
  VARIANTS_SET("PUT", "/variants", "set some: {\"EventIds\":\"WITHOUT_IDS\"}; answers all of them"),
  /** Sets an app's start duration. */
  START_DURATION_SET("PUT", "/apps/{app}/start-duration",
      "an existing app's machines start in {\"seconds\":2} or {\"duration\":\"2s\"}"),
  /** Clears an app's start duration. */
  START_DURATION_CLEAR("DELETE", "/apps/{app}/start-duration", "the app's machines start in the default time again"),
  /** Sets an app's health checks. */
  HEALTH_CHECKS_SET("PUT", "/apps/{app}/health-checks",
      "{\"mode\":\"passing_after\",\"duration\":\"10s\"}, never_passing, flapping, none"),
  /** Makes an app's launches fail. */
  FAIL_LAUNCHES_SET("PUT", "/apps/{app}/fail-launches", "{\"fail\":true}: the app's machines end failed"),
  /** Sets when certificates are issued. */
  CERTIFICATES_SET("PUT", "/certificates",
      "{\"issuance\":\"30s\"|\"immediately\"|\"never\"}, optional \"app\", \"hostname\""),
  /** Sets the page size of cursor-paginated lists. */
  PAGE_SIZE_SET("PUT", "/page-size", "{\"size\":2}: the largest page org listings and certificate lists answer"),
  /** Queues a fault. */
  FAULTS_ADD("POST", "/faults", "queue a fault: {\"route\":\"MACHINES_WAIT\",\"status\":503,\"times\":2}");

  /** The path every control route starts with. */
  public static final String PREFIX = "/_control";

  private final String method;
  private final String pathTemplate;
  private final String summary;
  private final Pattern pattern;

  ControlRoute(String method, String relativePath, String summary) {
    this.method = method;
    this.pathTemplate = PREFIX + relativePath;
    this.summary = summary;
    this.pattern = Pattern.compile(Pattern.quote(pathTemplate).replace("{app}", "\\E(?<app>[^/]+)\\Q"));
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the path, with an {@code {app}} placeholder where it names an app */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** @return what the route does, in one line */
  public String summary() {
    return summary;
  }

  /**
   * @param path a request path without query
   * @return whether the path is under {@value #PREFIX}, i.e. belongs to the control routes rather than to the API
   */
  public static boolean owns(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  /**
   * @param method HTTP method
   * @param path request path without query
   * @return the route, or {@code null} when none matches
   */
  public static ControlRoute find(String method, String path) {
    return Arrays.stream(values()).filter(route -> route.method.equalsIgnoreCase(method)
        && route.pattern.matcher(path).matches()).findFirst().orElse(null);
  }

  /**
   * @param path a path this route matches
   * @return the decoded {@code {app}} of the path, or {@code null} when the route names no app
   */
  public String app(String path) {
    Matcher matcher = pattern.matcher(path);
    if (!matcher.matches() || !pathTemplate.contains("{app}")) {
      return null;
    }
    return URLDecoder.decode(matcher.group("app"), StandardCharsets.UTF_8);
  }

  /** @return one line per route: method, path and summary, aligned */
  public static List<String> usageLines() {
    return Arrays.stream(values())
        .map(route -> String.format("  %-6s %-36s %s", route.method, route.pathTemplate, route.summary)).toList();
  }
}
