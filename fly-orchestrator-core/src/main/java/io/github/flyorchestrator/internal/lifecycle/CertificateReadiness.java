package io.github.flyorchestrator.internal.lifecycle;

import io.github.flyorchestrator.model.AcmeChallenge;
import io.github.flyorchestrator.model.CertificateCheck;
import io.github.flyorchestrator.model.CertificateEntry;
import io.github.flyorchestrator.model.DnsRecords;
import io.github.flyorchestrator.model.DnsRequirements;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a {@code check} answer ({@code CertificateCheckResponse}) says about a hostname's certificate: whether it is
 * issued, and when it is not, which DNS records the user still has to add.
 *
 * <p>Issued: no source defines it for this API, so every reading that means "issued" counts (see
 * {@code docs/fly-api-assumptions.md}): the top-level {@code status} is {@code active}, {@code ready} or
 * {@code issued} in any case (flyctl's GraphQL client treats {@code ClientStatus == "Ready"} as done; the simulator
 * answers {@code active}), or one of {@code certificates[]} is {@code active} (the spec's enum
 * {@code active/pending_ownership/pending_validation}), or has no status but issued key types ({@code issued[]}).
 * {@code configured} alone does not count: it says DNS is set up, not that a certificate exists.
 *
 * <p>Missing records: each address of {@code dns_requirements.a}/{@code aaaa} that neither {@code dns_records.a}/
 * {@code aaaa} nor {@code resolved_addresses} holds; with the CNAME alternative when the requirements name one. When
 * no address is missing, the ACME challenge CNAME when {@code dns_records} lacks it.
 */
final class CertificateReadiness {

  private static final Set<String> ISSUED_STATUSES = Set.of("active", "ready", "issued");

  private CertificateReadiness() {
  }

  /**
   * @param check a {@code check} answer
   * @return whether it shows an issued certificate
   */
  static boolean isIssued(CertificateCheck check) {
    if (isIssuedStatus(check.status())) {
      return true;
    }
    for (CertificateEntry entry : check.certificates()) {
      if (isIssuedStatus(entry.status()) || entry.status() == null && !entry.issued().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A hostname still waiting, in the words of a timeout: {@code www.example.com is pending_validation (add
   * A www.example.com → 192.0.2.1, AAAA www.example.com → 2001:db8::1, or CNAME www.example.com → my-app.fly.dev)}.
   *
   * @param hostname the hostname
   * @param check its last {@code check} answer, or {@code null} when none came yet
   * @return the description
   */
  static String describeWaiting(String hostname, CertificateCheck check) {
    if (check == null) {
      return hostname + " is not checked yet";
    }
    String status = check.status() != null ? check.status() : "pending";
    return hostname + " is " + status + " (" + missingRecords(hostname, check) + ")";
  }

  private static String missingRecords(String hostname, CertificateCheck check) {
    DnsRequirements required = check.dnsRequirements();
    if (required == null) {
      return "the answer names no DNS requirement";
    }
    DnsRecords found = check.dnsRecords();
    Set<String> present = new HashSet<>();
    if (found != null) {
      found.a().forEach(address -> present.add(normalized(address)));
      found.aaaa().forEach(address -> present.add(normalized(address)));
      found.resolvedAddresses().forEach(address -> present.add(normalized(address)));
    }
    List<String> missing = new ArrayList<>();
    addMissing(missing, "A", hostname, required.a(), present);
    addMissing(missing, "AAAA", hostname, required.aaaa(), present);
    if (!missing.isEmpty()) {
      String records = "add " + String.join(", ", missing);
      return required.cname() != null ? records + ", or CNAME " + hostname + " → " + required.cname() : records;
    }
    AcmeChallenge challenge = required.acmeChallenge();
    String foundChallenge = found != null ? found.acmeChallengeCname() : null;
    if (challenge != null && challenge.name() != null && challenge.target() != null
        && !challenge.target().equalsIgnoreCase(foundChallenge)) {
      return "add CNAME " + challenge.name() + " → " + challenge.target();
    }
    return "DNS records in place, waiting for issuance";
  }

  private static void addMissing(List<String> missing, String type, String hostname, List<String> required,
      Set<String> present) {
    required.stream().filter(address -> !present.contains(normalized(address)))
        .forEach(address -> missing.add(type + " " + hostname + " → " + address));
  }

  private static boolean isIssuedStatus(String status) {
    return status != null && ISSUED_STATUSES.contains(status.toLowerCase(Locale.ROOT));
  }

  private static String normalized(String address) {
    return address.trim().toLowerCase(Locale.ROOT);
  }
}
