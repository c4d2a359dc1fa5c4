package io.github.flyorchestrator.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Secret keys do real crypto: a signature verifies, a ciphertext decrypts, a tampered one does not. */
class SecretKeysTest {

  private final FlyApiSimulator simulator = FlyApiSimulator.start(SimulatorOptions.defaults().withRateLimits(false));
  private final SimHttp http = new SimHttp(simulator);
  private static final String KEYS = "/apps/kms/secretkeys/";

  @BeforeEach
  void app() {
    http.createApp("kms");
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  /** The text's bytes as the spec's array of integers. */
  private static String bytes(String text) {
    StringJoiner array = new StringJoiner(",", "[", "]");
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      array.add(Integer.toString(b & 0xff));
    }
    return array.toString();
  }

  private JsonNode post(String path, String body, int status) {
    SimHttp.Resp resp = http.post(KEYS + path, body);
    assertThat(resp.status()).as(resp.body()).isEqualTo(status);
    return resp.body().isEmpty() ? null : resp.json();
  }

  @ParameterizedTest
  @ValueSource(strings = {"SECRET_TYPE_KMS_HS256", "SECRET_TYPE_KMS_HS384", "SECRET_TYPE_KMS_HS512",
      "SECRET_TYPE_KMS_NACL_AUTH"})
  void aSignatureVerifiesForItsMessageOnly(String type) {
    post("mac/generate", "{\"type\":\"" + type + "\"}", 201);
    JsonNode signature = post("mac/sign", "{\"plaintext\":[104,105]}", 200).get("signature");
    post("mac/verify", "{\"plaintext\":[104,105],\"signature\":" + signature + "}", 204);
    JsonNode refused = post("mac/verify", "{\"plaintext\":[104,106],\"signature\":" + signature + "}", 400);
    assertThat(refused.get("error").asString()).contains("verification failed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SECRET_TYPE_KMS_XAES256GCM", "SECRET_TYPE_KMS_NACL_SECRETBOX"})
  void aCiphertextDecryptsWithItsAssociatedDataOnly(String type) {
    post("box/generate", "{\"type\":\"" + type + "\"}", 201);
    JsonNode sealed = post("box/encrypt", "{\"plaintext\":" + bytes("hello") + ",\"associated_data\":[7]}", 200)
        .get("ciphertext");
    JsonNode opened = post("box/decrypt", "{\"ciphertext\":" + sealed + ",\"associated_data\":[7]}", 200)
        .get("plaintext");
    assertThat(opened.toString()).isEqualTo(bytes("hello"));
    post("box/decrypt", "{\"ciphertext\":" + sealed + ",\"associated_data\":[8]}", 400);
  }

  @Test
  void aKeySetFromBytesSignsAsTheSameKeyAnywhere() {
    post("mac", "{\"type\":\"SECRET_TYPE_KMS_HS256\",\"value\":" + bytes("secret") + "}", 201);
    JsonNode signature = post("mac/sign", "{\"plaintext\":" + bytes("msg") + "}", 200).get("signature");
    assertThat(signature).hasSize(32);
    post("again", "{\"type\":\"SECRET_TYPE_KMS_HS256\",\"value\":" + bytes("secret") + "}", 201);
    assertThat(post("again/sign", "{\"plaintext\":" + bytes("msg") + "}", 200).get("signature"))
        .isEqualTo(signature);
  }

  @Test
  void underBase64BytesAreStringsAndBothFormsAreRead() {
    simulator.variants(ApiVariants.defaults().withByteEncoding(ApiVariants.ByteEncoding.BASE64));
    String value = Base64.getEncoder().encodeToString(new byte[32]);
    post("box", "{\"type\":\"SECRET_TYPE_KMS_XAES256GCM\",\"value\":\"" + value + "\"}", 201);
    JsonNode sealed = post("box/encrypt", "{\"plaintext\":[1,2]}", 200).get("ciphertext");
    assertThat(sealed.isString()).isTrue();
    JsonNode opened = post("box/decrypt", "{\"ciphertext\":" + sealed + "}", 200).get("plaintext");
    assertThat(opened.asString()).isEqualTo(Base64.getEncoder().encodeToString(new byte[] {1, 2}));
  }

  @Test
  void keysAreListedByTypeWithoutTheirMaterialAndCountSecretVersions() {
    int first = post("mac/generate", "{\"type\":\"SECRET_TYPE_KMS_HS256\"}", 201).get("version").asInt();
    int second = post("box/generate", "{\"type\":\"SECRET_TYPE_KMS_XAES256GCM\"}", 201).get("version").asInt();
    assertThat(second).isGreaterThan(first);
    JsonNode listed = http.get(KEYS.substring(0, KEYS.length() - 1) + "?types=SECRET_TYPE_KMS_HS256").json();
    assertThat(listed.get("secret_keys").findValuesAsString("name")).containsExactly("mac");
    assertThat(listed.toString()).doesNotContain("value").doesNotContain("material");
    assertThat(http.delete(KEYS + "mac").json().get("version").asInt()).isGreaterThan(second);
    assertThat(http.get(KEYS + "mac").status()).isEqualTo(404);
  }

  @Test
  void aKeyOfTheWrongSizeOrTypeOrUseIsRefused() {
    post("box", "{\"type\":\"SECRET_TYPE_KMS_XAES256GCM\",\"value\":[1,2,3]}", 400);
    post("sign", "{\"type\":\"SECRET_TYPE_KMS_NACL_SIGN\"}", 400);
    post("mac/generate", "{\"type\":\"SECRET_TYPE_KMS_HS256\"}", 201);
    assertThat(post("mac/encrypt", "{\"plaintext\":[1]}", 400).get("error").asString())
        .contains("cannot encrypt");
  }
}
