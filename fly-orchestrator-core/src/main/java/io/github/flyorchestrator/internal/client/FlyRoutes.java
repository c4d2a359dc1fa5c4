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
  static final String CURRENT_TOKEN = "/tokens/current";

  private FlyRoutes() {
  }
}
