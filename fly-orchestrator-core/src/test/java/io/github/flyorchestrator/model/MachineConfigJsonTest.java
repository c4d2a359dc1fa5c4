package io.github.flyorchestrator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The model records survive a Jackson 3 round trip without losing fields they do not model. */
class MachineConfigJsonTest {

  /** A config using every top-level field of the spec's fly.MachineConfig, plus one the spec does not know yet. */
  static final String FULL_CONFIG = """
      {
        "image": "registry-1.docker.io/flyio/hellofly:latest",
        "auto_destroy": false,
        "cache_drive": {"size_mb": 512},
        "checks": {
          "alive": {"type": "http", "port": 8080, "path": "/health", "method": "GET", "interval": "15s",
                    "timeout": "2s", "grace_period": "5s", "kind": "readiness",
                    "headers": [{"name": "X-Probe", "values": ["1"]}], "tls_skip_verify": true}
        },
        "containers": [
          {"name": "app", "image": "nginx:alpine", "cmd": ["nginx", "-g", "daemon off;"],
           "env": {"MODE": "prod"}, "depends_on": [{"name": "sidecar", "condition": "healthy"}],
           "healthchecks": [{"name": "web", "http": {"port": 80, "path": "/"}}],
           "restart": {"policy": "always"}, "stop": {"signal": "SIGTERM", "timeout": "10s"}, "user": "nginx"}
        ],
        "disable_machine_autostart": false,
        "dns": {"hostname": "web", "hostname_fqdn": "web.internal", "nameservers": ["1.1.1.1"],
                "options": [{"name": "ndots", "value": "2"}], "searches": ["internal"],
                "dns_forward_rules": [{"addr": "10.0.0.1", "basename": "corp"}], "skip_registration": false},
        "env": {"PORT": "8080", "EMPTY": ""},
        "files": [{"guest_path": "/etc/app.conf", "raw_value": "YQ==", "mode": 420}],
        "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256, "kernel_args": ["quiet"],
                  "max_memory_mb": 512, "persist_rootfs": "never"},
        "init": {"cmd": ["/app"], "entrypoint": ["/bin/sh", "-c"], "tty": false, "swap_size_mb": 0},
        "metadata": {"fly_process_group": "app", "owner": "team-a"},
        "metrics": {"port": 9091, "path": "/metrics", "https": false},
        "mounts": [{"volume": "vol_123", "path": "/data", "name": "data", "size_gb": 1,
                    "extend_threshold_percent": 80, "add_size_gb": 1, "size_gb_limit": 10}],
        "processes": [{"cmd": ["worker"], "env": {"QUEUE": "jobs"}, "ignore_app_secrets": true}],
        "restart": {"policy": "on-failure", "max_retries": 3, "gpu_bid_price": 0.5},
        "rootfs": {"persist": "restart", "size_gb": 2},
        "schedule": "daily",
        "services": [
          {"protocol": "tcp", "internal_port": 8080, "autostop": "stop", "autostart": true,
           "min_machines_running": 0, "force_instance_key": "k",
           "concurrency": {"type": "requests", "soft_limit": 20, "hard_limit": 25},
           "checks": [{"type": "tcp", "interval": "15s", "timeout": "2s", "grace_period": "1s", "port": 8080}],
           "ports": [{"port": 443, "handlers": ["tls", "http"], "force_https": false,
                      "tls_options": {"alpn": ["h2", "http/1.1"], "versions": ["TLSv1.3"]},
                      "http_options": {"compress": true, "response": {"headers": {"X-A": "b"}}}},
                     {"start_port": 10000, "end_port": 10010, "proxy_proto_options": {"version": "v2"}}]}
        ],
        "size": "shared-cpu-1x",
        "standbys": ["m_1"],
        "statics": [{"guest_path": "/app/public", "url_prefix": "/static", "index_document": "index.html",
                     "tigris_bucket": "assets"}],
        "stop_config": {"signal": "SIGINT", "timeout": "30s"},
        "a_field_fly_adds_later": {"nested": [1, 2, {"x": null}]}
      }
      """;

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void fullConfigSurvivesRoundTripUnchanged() {
    JsonNode original = mapper.readTree(FULL_CONFIG);

    MachineConfig config = mapper.readValue(FULL_CONFIG, MachineConfig.class);
    JsonNode written = mapper.readTree(mapper.writeValueAsString(config));

    assertThat(written).isEqualTo(original);
  }

  @Test
  void typedFieldsAreReadAndUnknownOnesKept() {
    MachineConfig config = mapper.readValue(FULL_CONFIG, MachineConfig.class);

    assertThat(config.guest().cpuKind()).isEqualTo("shared");
    assertThat(config.guest().memoryMb()).isEqualTo(256);
    assertThat(config.guest().additionalProperties()).containsEntry("max_memory_mb", 512);
    assertThat(config.services().get(0).additionalProperties()).containsKeys("concurrency", "checks",
        "force_instance_key");
    assertThat(config.services().get(0).ports().get(0).additionalProperties()).containsKeys("tls_options",
        "http_options");
    assertThat(config.additionalProperties()).containsKeys("dns", "metrics", "containers", "statics", "rootfs",
        "cache_drive", "disable_machine_autostart", "a_field_fly_adds_later");
    assertThat(config.additionalProperties()).doesNotContainKey("additionalProperties");
  }

  @Test
  void builtConfigWritesOnlyWhatWasSet() {
    MachineConfig config = MachineConfig.builder("nginx:alpine").guest(GuestConfig.of("shared", 1, 256)).build();

    JsonNode written = mapper.readTree(mapper.writeValueAsString(config));

    assertThat(written).isEqualTo(mapper.readTree(
        "{\"image\":\"nginx:alpine\",\"guest\":{\"cpu_kind\":\"shared\",\"cpus\":1,\"memory_mb\":256}}"));
  }

  @Test
  void machineResponseWithUnknownFieldsIsRead() {
    String json = """
        {"id": "m1", "name": "web", "state": "started", "region": "ams", "instance_id": "01H", "version": "01V",
         "config": {"image": "nginx"}, "created_at": "2026-01-02T03:04:05Z", "cordoned": false,
         "incomplete_config": null, "events": [{"id": "e1", "type": "start", "status": "started",
         "source": "user", "timestamp": 1700000000000, "extra": 1}], "host_status": "ok", "brand_new": {"a": 1}}
        """;

    Machine machine = mapper.readValue(json, Machine.class);

    assertThat(machine.currentVersion()).isEqualTo("01V");
    assertThat(machine.events()).extracting(MachineEvent::status).containsExactly("started");
    assertThat(machine.config().image()).isEqualTo("nginx");
  }

  @Test
  void secretValueNeverAppearsInToString() {
    AppSecret secret = new AppSecret("DB_PASSWORD", "d1", null, null, "hunter2-secret");
    AppSecretsUpdate update = new AppSecretsUpdate(3L, List.of(secret));

    assertThat(secret.toString()).doesNotContain("hunter2-secret").contains("DB_PASSWORD");
    assertThat(update.toString()).doesNotContain("hunter2-secret");
    assertThat(Map.of("s", secret).toString()).doesNotContain("hunter2-secret");
  }
}
