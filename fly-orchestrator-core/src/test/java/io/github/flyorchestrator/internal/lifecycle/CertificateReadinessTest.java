package io.github.flyorchestrator.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.AcmeChallenge;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateEntry;
import io.github.flyorchestrator.model.DnsRecords;
import io.github.flyorchestrator.model.DnsRequirements;
import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.model.IssuedCertificate;
import io.github.flyorchestrator.param.IpAddressType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reading of a {@code check} answer that means "issued" counts, nothing else does; and a waiting hostname is
 * described by the DNS records it misses. Also how an address's kind is told, since {@code IPAssignment} has none.
 */
class CertificateReadinessTest {

  private static final String HOST = "www.example.com";
  private static final DnsRequirements REQUIRED = new DnsRequirements(List.of("192.0.2.1"), List.of("2001:db8::1"),
      "my-app.fly.dev", new AcmeChallenge("_acme-challenge." + HOST, HOST + ".abc.flydns.net"), null);

  private static CertificateCheck check(String status, List<CertificateEntry> entries, Boolean configured,
      DnsRecords records) {
    return new CertificateCheck(HOST, status, configured, true, null, entries, REQUIRED, null, null, null, records);
  }

  private static DnsRecords records(List<String> a, List<String> aaaa, String acmeCname) {
    return new DnsRecords(a, aaaa, null, acmeCname, null, null, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"active", "ready", "Ready", "issued", "ACTIVE"})
  void aTopLevelStatusThatMeansIssuedCounts(String status) {
    assertThat(CertificateReadiness.isIssued(check(status, List.of(), null, null))).isTrue();
  }

  @Test
  void anActiveCertificateEntryCountsWhateverTheTopLevelStatus() {
    CertificateEntry active = new CertificateEntry("fly", "active", null, null, null, List.of());

    assertThat(CertificateReadiness.isIssued(check("pending", List.of(active), null, null))).isTrue();
  }

  @Test
  void anEntryWithoutStatusButWithIssuedKeyTypesCounts() {
    CertificateEntry issued = new CertificateEntry("fly", null, null, null, null,
        List.of(new IssuedCertificate("ecdsa", "lets_encrypt", null)));

    assertThat(CertificateReadiness.isIssued(check(null, List.of(issued), null, null))).isTrue();
  }

  @Test
  void pendingStatusesAndConfiguredDnsAloneDoNotCount() {
    CertificateEntry pending = new CertificateEntry("fly", "pending_validation", null, null, null,
        List.of(new IssuedCertificate("ecdsa", "lets_encrypt", null)));

    assertThat(CertificateReadiness.isIssued(check("pending_validation", List.of(pending), true, null))).isFalse();
    assertThat(CertificateReadiness.isIssued(check(null, List.of(), true, null))).isFalse();
  }

  @Test
  void aWaitingHostnameNamesEachMissingAddressAndTheCnameAlternative() {
    String description = CertificateReadiness.describeWaiting(HOST,
        check("pending_validation", List.of(), false, records(List.of("192.0.2.1"), List.of(), null)));

    assertThat(description).isEqualTo(HOST + " is pending_validation (add AAAA " + HOST + " → 2001:db8::1, or CNAME "
        + HOST + " → my-app.fly.dev)");
  }

  @Test
  void withEveryAddressInPlaceTheMissingAcmeChallengeIsNamed() {
    String description = CertificateReadiness.describeWaiting(HOST,
        check("pending_validation", List.of(), true, records(List.of("192.0.2.1"), List.of("2001:DB8::1"), null)));

    assertThat(description).isEqualTo(HOST + " is pending_validation (add CNAME _acme-challenge." + HOST + " → "
        + HOST + ".abc.flydns.net)");
  }

  @Test
  void withEveryRecordInPlaceTheHostnameWaitsForIssuance() {
    String description = CertificateReadiness.describeWaiting(HOST, check("pending_validation", List.of(), true,
        records(List.of("192.0.2.1"), List.of("2001:db8::1"), HOST + ".abc.flydns.net")));

    assertThat(description).endsWith("(DNS records in place, waiting for issuance)");
  }

  @Test
  void aHostnameNotCheckedYetSaysSo() {
    assertThat(CertificateReadiness.describeWaiting(HOST, null)).isEqualTo(HOST + " is not checked yet");
  }

  @Test
  void anAddressKindIsToldFromTheSharedFlagAndTheAddress() {
    assertThat(AppAddresses.kindOf(new IpAssignment("192.0.2.1", "global", "", true, null)))
        .isEqualTo(IpAddressType.SHARED_V4);
    assertThat(AppAddresses.kindOf(new IpAssignment("198.51.100.7", "global", "", false, null)))
        .isEqualTo(IpAddressType.DEDICATED_V4);
    assertThat(AppAddresses.kindOf(new IpAssignment("2001:db8:1::2", "global", "", false, null)))
        .isEqualTo(IpAddressType.V6);
    assertThat(AppAddresses.kindOf(new IpAssignment("FDAA:0:1::3", "global", "", null, null)))
        .isEqualTo(IpAddressType.PRIVATE_V6);
  }
}
