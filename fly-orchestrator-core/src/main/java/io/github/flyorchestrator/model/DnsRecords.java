package io.github.flyorchestrator.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The DNS records Fly resolved for a hostname ({@code DNSRecords}).
 *
 * @param a A records
 * @param aaaa AAAA records
 * @param cname CNAME records
 * @param acmeChallengeCname the ACME challenge CNAME
 * @param ownershipTxt the ownership TXT value
 * @param resolvedAddresses addresses the hostname resolves to
 * @param soa SOA record
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DnsRecords(
    @JsonProperty("a") List<String> a,
    @JsonProperty("aaaa") List<String> aaaa,
    @JsonProperty("cname") List<String> cname,
    @JsonProperty("acme_challenge_cname") String acmeChallengeCname,
    @JsonProperty("ownership_txt") String ownershipTxt,
    @JsonProperty("resolved_addresses") List<String> resolvedAddresses,
    @JsonProperty("soa") String soa) {

  /** Copies the collections ({@code null} becomes empty). */
  public DnsRecords {
    a = a == null ? List.of() : List.copyOf(a);
    aaaa = aaaa == null ? List.of() : List.copyOf(aaaa);
    cname = cname == null ? List.of() : List.copyOf(cname);
    resolvedAddresses = resolvedAddresses == null ? List.of() : List.copyOf(resolvedAddresses);
  }
}
