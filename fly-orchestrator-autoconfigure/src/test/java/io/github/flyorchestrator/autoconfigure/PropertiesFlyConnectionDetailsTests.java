package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which hosts may be reached over plain http. */
class PropertiesFlyConnectionDetailsTests {

  @ParameterizedTest
  @CsvSource({ "localhost,true", "127.0.0.1,true", "127.1.2.3,true", "[::1],true", "::1,true",
      "api.machines.dev,false", "10.0.0.1,false", "_api.internal,false", "localhost.evil.com,false",
      "127.0.0.1.nip.io,false" })
  void recognisesOnlyLiteralLoopbackHosts(String host, boolean loopback) {
    assertThat(PropertiesFlyConnectionDetails.isLoopback(host)).isEqualTo(loopback);
  }

  @ParameterizedTest
  @CsvSource({ "_api.internal,true", "my-app.internal,true", "top1.nearest.of.my-app.internal,true",
      "_API.Internal,true", "internal,false", ".internal,false", "api.internal.example.com,false",
      "internal.example.com,false", "api.machines.dev,false" })
  void recognisesFlysPrivateNetworkHosts(String host, boolean privateNetwork) {
    assertThat(PropertiesFlyConnectionDetails.isPrivateNetworkHost(host)).isEqualTo(privateNetwork);
  }
}
