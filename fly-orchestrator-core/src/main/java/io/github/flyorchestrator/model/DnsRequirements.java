package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The DNS records a hostname needs for its certificate ({@code DNSRequirements}).
 *
 * @param a A record values
 * @param aaaa AAAA record values
 * @param cname CNAME target
 * @param acmeChallenge the ACME DNS-01 challenge record
 * @param ownership the ownership TXT record
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DnsRequirements(
    @JsonProperty("a") List<String> a,
    @JsonProperty("aaaa") List<String> aaaa,
    @JsonProperty("cname") String cname,
    @JsonProperty("acme_challenge") AcmeChallenge acmeChallenge,
    @JsonProperty("ownership") OwnershipVerification ownership) {

  /** Copies the collections ({@code null} becomes empty). */
  public DnsRequirements {
    a = a == null ? List.of() : List.copyOf(a);
    aaaa = aaaa == null ? List.of() : List.copyOf(aaaa);
  }
}
