package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.IssuedToken;
import io.github.flyorchestrator.model.VerifiedToken;
import io.github.flyorchestrator.param.CustomCertificateRequest;
import io.github.flyorchestrator.param.ExecRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records that hold key material, plaintext or tokens never show them in {@code toString}. */
class SecretRedactionTest {

  private static final String SECRET = "TOPSECRET-material-42";
  private static final byte[] SECRET_BYTES = SECRET.getBytes(StandardCharsets.UTF_8);

  @Test
  void issuedAndVerifiedTokensHideTheToken() {
    assertThat(new IssuedToken(SECRET).toString()).doesNotContain("TOPSECRET").contains("redacted");
    assertThat(new VerifiedToken("FlyV1 " + SECRET, Map.of("caveats", List.of()), Map.of("proof", true),
        SECRET_BYTES).toString()).doesNotContain("TOPSECRET").doesNotContain(Arrays.toString(SECRET_BYTES))
        .contains("proof");
  }

  @Test
  void requestsHideThePrivateKeyAndTheStandardInput() {
    assertThat(CustomCertificateRequest.of("www.example.com", "CHAIN", SECRET).toString())
        .doesNotContain("TOPSECRET").contains("www.example.com");
    assertThat(ExecRequest.builder(List.of("psql")).stdin(SECRET).build().toString())
        .doesNotContain("TOPSECRET").contains("psql");
  }

  @Test
  void secretKeyBodiesAndAnswersHideTheirBytes() {
    assertThat(new FlyServiceEnvelopes.SetSecretKeyBody("hs256", SECRET_BYTES).toString())
        .doesNotContain(Arrays.toString(SECRET_BYTES)).contains("hs256");
    assertThat(new FlyServiceEnvelopes.SecretKeyOperation(SECRET_BYTES, null, null, null).toString())
        .doesNotContain(Arrays.toString(SECRET_BYTES));
    assertThat(new FlyServiceEnvelopes.SecretKeyResult(null, SECRET_BYTES, null).toString())
        .doesNotContain(Arrays.toString(SECRET_BYTES));
  }
}
