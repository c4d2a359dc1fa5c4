package io.github.flyorchestrator.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route the simulator serves, named after the operationId of the Machines API OpenAPI document. Used to
 * target faults ({@link FaultInjector}) and to count requests ({@link RequestJournal}).
 */
public enum SimRoute {
  /** {@code GET /v1/apps}. */
  APPS_LIST("GET", "/v1/apps"),
  /** {@code POST /v1/apps}. */
  APPS_CREATE("POST", "/v1/apps"),
  /** {@code GET /v1/apps/{app}}. */
  APPS_SHOW("GET", "/v1/apps/{app}"),
  /** {@code DELETE /v1/apps/{app}}. */
  APPS_DELETE("DELETE", "/v1/apps/{app}"),
  /** {@code GET /v1/apps/{app}/machines}. */
  MACHINES_LIST("GET", "/v1/apps/{app}/machines"),
  /** {@code POST /v1/apps/{app}/machines}. */
  MACHINES_CREATE("POST", "/v1/apps/{app}/machines"),
  /** {@code GET /v1/apps/{app}/machines/{id}}. */
  MACHINES_SHOW("GET", "/v1/apps/{app}/machines/{id}"),
  /** {@code POST /v1/apps/{app}/machines/{id}}. */
  MACHINES_UPDATE("POST", "/v1/apps/{app}/machines/{id}"),
  /** {@code DELETE /v1/apps/{app}/machines/{id}}. */
  MACHINES_DELETE("DELETE", "/v1/apps/{app}/machines/{id}"),
  /** {@code POST .../start}. */
  MACHINES_START("POST", "/v1/apps/{app}/machines/{id}/start"),
  /** {@code POST .../stop}. */
  MACHINES_STOP("POST", "/v1/apps/{app}/machines/{id}/stop"),
  /** {@code POST .../restart}. */
  MACHINES_RESTART("POST", "/v1/apps/{app}/machines/{id}/restart"),
  /** {@code POST .../suspend}. */
  MACHINES_SUSPEND("POST", "/v1/apps/{app}/machines/{id}/suspend"),
  /** {@code POST .../cordon}. */
  MACHINES_CORDON("POST", "/v1/apps/{app}/machines/{id}/cordon"),
  /** {@code POST .../uncordon}. */
  MACHINES_UNCORDON("POST", "/v1/apps/{app}/machines/{id}/uncordon"),
  /** {@code POST .../signal} with {@code {signal}}. */
  MACHINES_SIGNAL("POST", "/v1/apps/{app}/machines/{id}/signal"),
  /** {@code GET .../metadata}: the machine's metadata as a string map. */
  MACHINES_SHOW_METADATA("GET", "/v1/apps/{app}/machines/{id}/metadata"),
  /** {@code PUT .../metadata} with {@code {metadata, machine_version}}: sets and removes several keys. */
  MACHINES_UPDATE_METADATA("PUT", "/v1/apps/{app}/machines/{id}/metadata"),
  /** {@code PATCH .../metadata}: the same as {@link #MACHINES_UPDATE_METADATA}. */
  MACHINES_PATCH_METADATA("PATCH", "/v1/apps/{app}/machines/{id}/metadata"),
  /** {@code GET .../metadata/{key}}: {@code {value}}. */
  MACHINES_GET_METADATA_KEY("GET", "/v1/apps/{app}/machines/{id}/metadata/{key}"),
  /** {@code POST .../metadata/{key}} with {@code {value}}: sets one key. */
  MACHINES_UPSERT_METADATA("POST", "/v1/apps/{app}/machines/{id}/metadata/{key}"),
  /** {@code DELETE .../metadata/{key}}: removes one key. */
  MACHINES_DELETE_METADATA("DELETE", "/v1/apps/{app}/machines/{id}/metadata/{key}"),
  /** {@code GET .../wait}. */
  MACHINES_WAIT("GET", "/v1/apps/{app}/machines/{id}/wait"),
  /** {@code GET .../events}. */
  MACHINES_LIST_EVENTS("GET", "/v1/apps/{app}/machines/{id}/events"),
  /** {@code GET .../lease}. */
  MACHINES_SHOW_LEASE("GET", "/v1/apps/{app}/machines/{id}/lease"),
  /** {@code POST .../lease} (acquire, or refresh when the nonce header is present). */
  MACHINES_CREATE_LEASE("POST", "/v1/apps/{app}/machines/{id}/lease"),
  /** {@code DELETE .../lease}. */
  MACHINES_RELEASE_LEASE("DELETE", "/v1/apps/{app}/machines/{id}/lease"),
  /** {@code GET /v1/apps/{app}/volumes}. */
  VOLUMES_LIST("GET", "/v1/apps/{app}/volumes"),
  /** {@code POST /v1/apps/{app}/volumes}. */
  VOLUMES_CREATE("POST", "/v1/apps/{app}/volumes"),
  /** {@code GET /v1/apps/{app}/volumes/{id}}. */
  VOLUMES_GET("GET", "/v1/apps/{app}/volumes/{id}"),
  /** {@code PUT /v1/apps/{app}/volumes/{id}}. */
  VOLUMES_UPDATE("PUT", "/v1/apps/{app}/volumes/{id}"),
  /** {@code DELETE /v1/apps/{app}/volumes/{id}}. */
  VOLUMES_DELETE("DELETE", "/v1/apps/{app}/volumes/{id}"),
  /** {@code PUT /v1/apps/{app}/volumes/{id}/extend}. */
  VOLUMES_EXTEND("PUT", "/v1/apps/{app}/volumes/{id}/extend"),
  /** {@code GET /v1/apps/{app}/volumes/{id}/snapshots}. */
  VOLUMES_LIST_SNAPSHOTS("GET", "/v1/apps/{app}/volumes/{id}/snapshots"),
  /** {@code POST /v1/apps/{app}/volumes/{id}/snapshots}. */
  VOLUMES_CREATE_SNAPSHOT("POST", "/v1/apps/{app}/volumes/{id}/snapshots"),
  /** {@code GET /v1/apps/{app}/secrets}. */
  SECRETS_LIST("GET", "/v1/apps/{app}/secrets"),
  /** {@code POST /v1/apps/{app}/secrets} with {@code {values:{name:value|null}}}. */
  SECRETS_UPDATE("POST", "/v1/apps/{app}/secrets"),
  /** {@code GET /v1/apps/{app}/secrets/{name}}. */
  SECRET_GET("GET", "/v1/apps/{app}/secrets/{id}"),
  /** {@code POST /v1/apps/{app}/secrets/{name}} with {@code {value}}. */
  SECRET_CREATE("POST", "/v1/apps/{app}/secrets/{id}"),
  /** {@code DELETE /v1/apps/{app}/secrets/{name}}. */
  SECRET_DELETE("DELETE", "/v1/apps/{app}/secrets/{id}"),
  /** {@code GET /v1/tokens/current}: what the presented token may access. */
  TOKENS_CURRENT("GET", "/v1/tokens/current");

  private final String method;
  private final String pathTemplate;
  private final Pattern pattern;

  SimRoute(String method, String pathTemplate) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.pattern = Pattern.compile(pathTemplate.replace("{app}", "(?<app>[^/]+)").replace("{id}", "(?<id>[^/]+)")
        .replace("{key}", "(?<key>[^/]+)"));
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the path template, with {@code {app}}, {@code {id}} and {@code {key}} placeholders */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * Matches a request path against this route.
   *
   * @param path request path without query
   * @return the matcher if the path matches, otherwise {@code null}
   */
  Matcher match(String path) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches() ? matcher : null;
  }

  /**
   * Finds the route for a method and path.
   *
   * @param method HTTP method
   * @param path path without query
   * @return the route, or {@code null} when none matches
   */
  public static SimRoute find(String method, String path) {
    for (SimRoute route : values()) {
      if (route.method.equalsIgnoreCase(method) && route.match(path) != null) {
        return route;
      }
    }
    return null;
  }

  /**
   * Extracts a path parameter.
   *
   * @param path the request path
   * @param name {@code app}, {@code id} or {@code key}
   * @return the decoded value, or {@code null}
   */
  public String pathParam(String path, String name) {
    Matcher matcher = match(path);
    if (matcher == null || !pathTemplate.contains("{" + name + "}")) {
      return null;
    }
    return java.net.URLDecoder.decode(matcher.group(name), java.nio.charset.StandardCharsets.UTF_8);
  }
}
