package io.github.flyorchestrator.internal.client;

/**
 * Path templates of the Machines API routes this client calls, relative to the {@code /v1} base URL. Each route is
 * written here once; the client expands the variables as URI template variables, so they are percent-encoded.
 */
final class FlyRoutes {

  static final String APPS = "/apps";
  static final String APP = "/apps/{app}";
  static final String MACHINES = "/apps/{app}/machines";
  static final String MACHINE = "/apps/{app}/machines/{machine}";
  static final String MACHINE_START = MACHINE + "/start";
  static final String MACHINE_STOP = MACHINE + "/stop";
  static final String MACHINE_RESTART = MACHINE + "/restart";
  static final String MACHINE_SUSPEND = MACHINE + "/suspend";
  static final String MACHINE_SIGNAL = MACHINE + "/signal";
  static final String MACHINE_CORDON = MACHINE + "/cordon";
  static final String MACHINE_UNCORDON = MACHINE + "/uncordon";
  static final String MACHINE_EVENTS = MACHINE + "/events";
  static final String MACHINE_WAIT = MACHINE + "/wait";
  static final String MACHINE_LEASE = MACHINE + "/lease";
  static final String MACHINE_METADATA = MACHINE + "/metadata";
  static final String MACHINE_METADATA_KEY = MACHINE + "/metadata/{key}";
  static final String VOLUMES = "/apps/{app}/volumes";
  static final String VOLUME = "/apps/{app}/volumes/{volume}";
  static final String VOLUME_EXTEND = VOLUME + "/extend";
  static final String VOLUME_SNAPSHOTS = VOLUME + "/snapshots";
  static final String SECRETS = "/apps/{app}/secrets";
  static final String SECRET = "/apps/{app}/secrets/{secret}";
  static final String MACHINE_EXEC = MACHINE + "/exec";
  static final String MACHINE_PS = MACHINE + "/ps";
  static final String MACHINE_VERSIONS = MACHINE + "/versions";
  static final String MACHINE_MEMORY = MACHINE + "/memory";
  static final String MACHINE_MEMORY_RECLAIM = MACHINE_MEMORY + "/reclaim";
  static final String CERTIFICATES = "/apps/{app}/certificates";
  static final String CERTIFICATES_ACME = CERTIFICATES + "/acme";
  static final String CERTIFICATES_CUSTOM = CERTIFICATES + "/custom";
  static final String CERTIFICATE = CERTIFICATES + "/{hostname}";
  static final String CERTIFICATE_ACME = CERTIFICATE + "/acme";
  static final String CERTIFICATE_CUSTOM = CERTIFICATE + "/custom";
  static final String CERTIFICATE_CHECK = CERTIFICATE + "/check";
  static final String DEPLOY_TOKEN = APP + "/deploy_token";
  static final String IP_ASSIGNMENTS = "/apps/{app}/ip_assignments";
  static final String IP_ASSIGNMENT = IP_ASSIGNMENTS + "/{ip}";
  static final String SECRET_KEYS = "/apps/{app}/secretkeys";
  static final String SECRET_KEY = SECRET_KEYS + "/{secretkey}";
  static final String SECRET_KEY_GENERATE = SECRET_KEY + "/generate";
  static final String SECRET_KEY_SIGN = SECRET_KEY + "/sign";
  static final String SECRET_KEY_VERIFY = SECRET_KEY + "/verify";
  static final String SECRET_KEY_ENCRYPT = SECRET_KEY + "/encrypt";
  static final String SECRET_KEY_DECRYPT = SECRET_KEY + "/decrypt";
  static final String ORG_MACHINES = "/orgs/{org}/machines";
  static final String ORG_VOLUMES = "/orgs/{org}/volumes";
  static final String PLATFORM_REGIONS = "/platform/regions";
  static final String PLATFORM_PLACEMENTS = "/platform/placements";
  static final String CURRENT_TOKEN = "/tokens/current";
  static final String TOKENS_AUTHENTICATE = "/tokens/authenticate";
  static final String TOKENS_AUTHORIZE = "/tokens/authorize";
  static final String TOKENS_KMS = "/tokens/kms";
  static final String TOKENS_OIDC = "/tokens/oidc";

  private FlyRoutes() {
  }
}
