package io.github.flyorchestrator.internal.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.SecretKey;
import io.github.flyorchestrator.model.SecretKeyUpdate;
import io.github.flyorchestrator.param.SecretKeyListOptions;
import io.github.flyorchestrator.service.ReactiveSecretKeyService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code client.secretKeys()} puts on the wire for each route: bytes go out as base64 (as Fly's Go client sends
 * them) and are read from base64 or from the OpenAPI document's integer arrays.
 */
class SecretKeyServiceRequestTest extends WireMockClientSupport {

  private static final byte[] DATA = "hello".getBytes(StandardCharsets.UTF_8);
  private static final String DATA_B64 = Base64.getEncoder().encodeToString(DATA);

  private final ReactiveSecretKeyService keys = client().secretKeys();

  @Test
  void listSendsFiltersAndReadsPublicKeysAsIntegerArraysOrBase64() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("""
        {"secret_keys": [{"name": "k1", "type": "ed25519", "public_key": [1, 2, 255],
                          "created_at": "2025-01-01"},
                         {"name": "k2", "type": "ed25519", "public_key": "AQL/"}]}
        """)));

    List<SecretKey> listed = keys.list("a", SecretKeyListOptions.ALL.withMinVersion(3)
        .withTypes("ed25519", "hs256")).block();

    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/secretkeys?min_version=3&types=ed25519%2Chs256")));
    assertThat(listed).extracting(SecretKey::name).containsExactly("k1", "k2");
    assertThat(listed.get(0).publicKey()).containsExactly(1, 2, -1);
    assertThat(listed.get(1).publicKey()).containsExactly(1, 2, -1);
  }

  @Test
  void getReadsOneKey() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"name\": \"k1\", \"type\": \"hs256\"}")));

    SecretKey key = keys.get("a", "k1").block();

    assertThat(key.type()).isEqualTo("hs256");
    assertThat(key.publicKey()).isNull();
    wireMock.verify(getRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1")));
  }

  @Test
  void setSendsTypeAndBase64Material() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Content-Type",
        "application/json").withBody("{\"name\": \"k1\", \"type\": \"hs256\", \"version\": 7, \"Version\": 7}")));

    SecretKeyUpdate update = keys.set("a", "k1", "hs256", DATA).block();

    assertThat(update.version()).isEqualTo(7L);
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1"))
        .withRequestBody(equalToJson("{\"type\":\"hs256\",\"value\":\"" + DATA_B64 + "\"}")));
  }

  @Test
  void generateSendsTheTypeOnly() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Content-Type",
        "application/json").withBody("{\"name\": \"k1\", \"type\": \"ed25519\", \"public_key\": \"AQI=\"}")));

    SecretKeyUpdate update = keys.generate("a", "k1", "ed25519").block();

    assertThat(update.publicKey()).containsExactly(1, 2);
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1/generate"))
        .withRequestBody(equalToJson("{\"type\":\"ed25519\"}")));
  }

  @Test
  void signSendsThePlaintextAndReadsTheSignature() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"signature\": [9, 8]}")));

    byte[] signature = keys.sign("a", "k1", DATA).block();

    assertThat(signature).containsExactly(9, 8);
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1/sign"))
        .withRequestBody(equalToJson("{\"plaintext\":\"" + DATA_B64 + "\"}")));
  }

  @Test
  void verifySendsPlaintextAndSignatureAndCompletesOn204() {
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

    keys.verify("a", "k1", DATA, new byte[] {9, 8}).block();

    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1/verify"))
        .withRequestBody(equalToJson("{\"plaintext\":\"" + DATA_B64 + "\",\"signature\":\"CQg=\"}")));
  }

  @Test
  void encryptSendsPlaintextAndAssociatedData() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"ciphertext\": \"AAEC\"}")));

    byte[] ciphertext = keys.encrypt("a", "k1", DATA, new byte[] {1}).block();

    assertThat(ciphertext).containsExactly(0, 1, 2);
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1/encrypt"))
        .withRequestBody(equalToJson("{\"plaintext\":\"" + DATA_B64 + "\",\"associated_data\":\"AQ==\"}")));
  }

  @Test
  void decryptSendsTheCiphertextWithoutAssociatedDataWhenNoneIsGiven() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"plaintext\": \"" + DATA_B64 + "\"}")));

    byte[] plaintext = keys.decrypt("a", "k1", new byte[] {0, 1, 2}, null).block();

    assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo("hello");
    wireMock.verify(postRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1/decrypt"))
        .withRequestBody(equalToJson("{\"ciphertext\":\"AAEC\"}")));
  }

  @Test
  void deleteReadsTheNewVersion() {
    wireMock.stubFor(any(anyUrl()).willReturn(okJson("{\"version\": 8, \"Version\": 8}")));

    SecretKeyUpdate update = keys.delete("a", "k1").block();

    assertThat(update.version()).isEqualTo(8L);
    wireMock.verify(deleteRequestedFor(urlEqualTo("/v1/apps/a/secretkeys/k1")));
  }
}
