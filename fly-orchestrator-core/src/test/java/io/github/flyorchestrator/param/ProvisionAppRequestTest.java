package io.github.flyorchestrator.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The provisioning request's defaults and how its builder adds to them. */
class ProvisionAppRequestTest {

  @Test
  void byDefaultTheAppGetsASharedIpv4AddressNoHostnameAndTheDefaultTimeout() {
    ProvisionAppRequest request = ProvisionAppRequest.builder("my-app", "personal").build();

    assertThat(request.ips()).containsExactly(IpAddressType.SHARED_V4);
    assertThat(request.hostnames()).isEmpty();
    assertThat(request.network()).isNull();
    assertThat(request.timeout()).isNull();
  }

  @Test
  void theOptionalAddressesComeOnTopOfTheSharedOneUnlessTheKindsAreReplaced() {
    assertThat(ProvisionAppRequest.builder("my-app", "personal").withIpv6().withPrivateIpv6().withIpv6().build()
        .ips()).containsExactly(IpAddressType.SHARED_V4, IpAddressType.V6, IpAddressType.PRIVATE_V6);
    assertThat(ProvisionAppRequest.builder("my-app", "personal").ips(IpAddressType.DEDICATED_V4).withIpv6().build()
        .ips()).containsExactly(IpAddressType.DEDICATED_V4, IpAddressType.V6);
  }

  @Test
  void hostnamesAreLowerCasedAndKeptOnce() {
    ProvisionAppRequest request = ProvisionAppRequest.builder("my-app", "personal")
        .hostnames("WWW.Example.com", "api.example.com").hostnames("www.example.com").build();

    assertThat(request.hostnames()).containsExactly("www.example.com", "api.example.com");
  }

  @Test
  void aTimeoutMustBePositive() {
    assertThatThrownBy(() -> ProvisionAppRequest.builder("my-app", "personal").timeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout must be positive");
  }
}
