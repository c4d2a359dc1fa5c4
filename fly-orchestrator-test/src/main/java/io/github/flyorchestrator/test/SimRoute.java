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
  TOKENS_CURRENT("GET", "/v1/tokens/current"),
  /** {@code GET /v1/apps/{app}/certificates}: summaries, cursor-paginated. */
  CERTIFICATES_LIST("GET", "/v1/apps/{app}/certificates"),
  /** {@code POST /v1/apps/{app}/certificates/acme} with {@code {hostname}}: starts ACME issuance. */
  CERTIFICATES_ACME_CREATE("POST", "/v1/apps/{app}/certificates/acme"),
  /** {@code POST /v1/apps/{app}/certificates/custom} with {@code {hostname, fullchain, private_key}}. */
  CERTIFICATES_CUSTOM_CREATE("POST", "/v1/apps/{app}/certificates/custom"),
  /** {@code GET /v1/apps/{app}/certificates/{hostname}}. */
  CERTIFICATES_SHOW("GET", "/v1/apps/{app}/certificates/{id}"),
  /** {@code DELETE /v1/apps/{app}/certificates/{hostname}}: the hostname and all its certificates. */
  CERTIFICATES_DELETE("DELETE", "/v1/apps/{app}/certificates/{id}"),
  /** {@code DELETE .../certificates/{hostname}/acme}: stops ACME issuance. */
  CERTIFICATES_ACME_DELETE("DELETE", "/v1/apps/{app}/certificates/{id}/acme"),
  /** {@code POST .../certificates/{hostname}/check}: the details plus the DNS records found. */
  CERTIFICATES_CHECK("POST", "/v1/apps/{app}/certificates/{id}/check"),
  /** {@code DELETE .../certificates/{hostname}/custom}: removes the imported certificate. */
  CERTIFICATES_CUSTOM_DELETE("DELETE", "/v1/apps/{app}/certificates/{id}/custom"),
  /** {@code POST /v1/apps/{app}/deploy_token} with {@code {expiry}}: {@code {token}}. */
  APPS_DEPLOY_TOKEN("POST", "/v1/apps/{app}/deploy_token"),
  /** {@code GET /v1/apps/{app}/ip_assignments}. */
  IP_ASSIGNMENTS_LIST("GET", "/v1/apps/{app}/ip_assignments"),
  /** {@code POST /v1/apps/{app}/ip_assignments} with {@code {type}}: allocates an address. */
  IP_ASSIGNMENTS_CREATE("POST", "/v1/apps/{app}/ip_assignments"),
  /** {@code DELETE /v1/apps/{app}/ip_assignments/{ip}}: releases it. */
  IP_ASSIGNMENTS_DELETE("DELETE", "/v1/apps/{app}/ip_assignments/{id}"),
  /** {@code POST .../exec} with {@code {command}}. */
  MACHINES_EXEC("POST", "/v1/apps/{app}/machines/{id}/exec"),
  /** {@code GET .../ps}. */
  MACHINES_PS("GET", "/v1/apps/{app}/machines/{id}/ps"),
  /** {@code GET .../versions}: the machine's config versions, newest first. */
  MACHINES_VERSIONS("GET", "/v1/apps/{app}/machines/{id}/versions"),
  /** {@code GET .../memory}. */
  MACHINES_GET_MEMORY("GET", "/v1/apps/{app}/machines/{id}/memory"),
  /** {@code PUT .../memory} with {@code {limit_mb}}. */
  MACHINES_SET_MEMORY_LIMIT("PUT", "/v1/apps/{app}/machines/{id}/memory"),
  /** {@code POST .../memory/reclaim} with {@code {amount_mb}}. */
  MACHINES_RECLAIM_MEMORY("POST", "/v1/apps/{app}/machines/{id}/memory/reclaim"),
  /** {@code GET /v1/apps/{app}/secretkeys}. */
  SECRETKEYS_LIST("GET", "/v1/apps/{app}/secretkeys"),
  /** {@code GET /v1/apps/{app}/secretkeys/{name}}. */
  SECRETKEY_GET("GET", "/v1/apps/{app}/secretkeys/{id}"),
  /** {@code POST /v1/apps/{app}/secretkeys/{name}} with {@code {type, value}}. */
  SECRETKEY_SET("POST", "/v1/apps/{app}/secretkeys/{id}"),
  /** {@code DELETE /v1/apps/{app}/secretkeys/{name}}. */
  SECRETKEY_DELETE("DELETE", "/v1/apps/{app}/secretkeys/{id}"),
  /** {@code POST .../secretkeys/{name}/decrypt}. */
  SECRETKEY_DECRYPT("POST", "/v1/apps/{app}/secretkeys/{id}/decrypt"),
  /** {@code POST .../secretkeys/{name}/encrypt}. */
  SECRETKEY_ENCRYPT("POST", "/v1/apps/{app}/secretkeys/{id}/encrypt"),
  /** {@code POST .../secretkeys/{name}/generate} with {@code {type}}. */
  SECRETKEY_GENERATE("POST", "/v1/apps/{app}/secretkeys/{id}/generate"),
  /** {@code POST .../secretkeys/{name}/sign}. */
  SECRETKEY_SIGN("POST", "/v1/apps/{app}/secretkeys/{id}/sign"),
  /** {@code POST .../secretkeys/{name}/verify}: 204 when the signature matches. */
  SECRETKEY_VERIFY("POST", "/v1/apps/{app}/secretkeys/{id}/verify"),
  /** {@code GET /v1/orgs/{org}/machines}: every machine of the org's apps, cursor-paginated. */
  ORG_MACHINES_LIST("GET", "/v1/orgs/{org}/machines"),
  /** {@code GET /v1/orgs/{org}/volumes}: every volume of the org's apps, cursor-paginated. */
  ORG_VOLUMES_LIST("GET", "/v1/orgs/{org}/volumes"),
  /** {@code POST /v1/platform/placements}. */
  PLATFORM_PLACEMENTS("POST", "/v1/platform/placements"),
  /** {@code GET /v1/platform/regions}. */
  PLATFORM_REGIONS("GET", "/v1/platform/regions"),
  /** {@code POST /v1/tokens/authenticate} with {@code {header}}. */
  TOKENS_AUTHENTICATE("POST", "/v1/tokens/authenticate"),
  /** {@code POST /v1/tokens/authorize} with {@code {header, access}}. */
  TOKENS_AUTHORIZE("POST", "/v1/tokens/authorize"),
  /** {@code POST /v1/tokens/kms}: a KMS token as text. */
  TOKENS_KMS("POST", "/v1/tokens/kms"),
  /** {@code POST /v1/tokens/oidc} with {@code {aud}}: an OIDC token (a JWT) as text. */
  TOKENS_OIDC("POST", "/v1/tokens/oidc");

  private final String method;
  private final String pathTemplate;
  private final Pattern pattern;

  SimRoute(String method, String pathTemplate) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.pattern = Pattern.compile(pathTemplate.replace("{app}", "(?<app>[^/]+)").replace("{id}", "(?<id>[^/]+)")
        .replace("{key}", "(?<key>[^/]+)").replace("{org}", "(?<org>[^/]+)"));
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the path template, with {@code {app}}, {@code {id}}, {@code {key}} and {@code {org}} placeholders */
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
   * @param name {@code app}, {@code id}, {@code key} or {@code org}
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
