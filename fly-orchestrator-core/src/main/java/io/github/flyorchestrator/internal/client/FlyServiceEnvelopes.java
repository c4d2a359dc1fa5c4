package io.github.flyorchestrator.internal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flyorchestrator.model.CertificateSummary;
import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.model.OrgMachine;
import io.github.flyorchestrator.model.OrgVolume;
import io.github.flyorchestrator.model.RegionPlacement;
import io.github.flyorchestrator.model.SecretKey;
import java.util.List;

/**
 * Wrapper objects of the resource groups' answers that the client unwraps (pages and lists), and the byte-carrying
 * bodies of the secret-key routes. Bytes are written as base64 (what Fly's Go client sends: Go encodes {@code []byte}
 * so) and read from base64 or an integer array. The bodies holding key material or plaintext redact it in
 * {@code toString}.
 */
final class FlyServiceEnvelopes {

  private FlyServiceEnvelopes() {
  }

  /**
   * {@code listCertificatesResponse}.
   *
   * @param certificates this page's hostnames
   * @param nextCursor the next page's cursor
   * @param totalCount hostnames in all pages
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CertificatePage(@JsonProperty("certificates") List<CertificateSummary> certificates,
      @JsonProperty("next_cursor") String nextCursor, @JsonProperty("total_count") Integer totalCount)
      implements CursorPages.Page<CertificateSummary> {

    @Override
    public List<CertificateSummary> items() {
      return certificates == null ? List.of() : certificates;
    }
  }

  /**
   * {@code OrgMachinesResponse}.
   *
   * @param machines this page's machines
   * @param nextCursor the next page's cursor
   * @param errorRegions regions that did not answer (their machines are missing from the page)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrgMachinePage(@JsonProperty("machines") List<OrgMachine> machines,
      @JsonProperty("next_cursor") String nextCursor, @JsonProperty("error_regions") List<String> errorRegions)
      implements CursorPages.Page<OrgMachine> {

    @Override
    public List<OrgMachine> items() {
      return machines == null ? List.of() : machines;
    }
  }

  /**
   * {@code OrgVolumesResponse}.
   *
   * @param volumes this page's volumes
   * @param nextCursor the next page's cursor
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrgVolumePage(@JsonProperty("volumes") List<OrgVolume> volumes,
      @JsonProperty("next_cursor") String nextCursor) implements CursorPages.Page<OrgVolume> {

    @Override
    public List<OrgVolume> items() {
      return volumes == null ? List.of() : volumes;
    }
  }

  /**
   * {@code listIPAssignmentsResponse}.
   *
   * @param ips the addresses
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record IpList(@JsonProperty("ips") List<IpAssignment> ips) {

    List<IpAssignment> ipsOrEmpty() {
      return ips == null ? List.of() : List.copyOf(ips);
    }
  }

  /**
   * {@code SecretKeys}.
   *
   * @param secretKeys the keys
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SecretKeyList(@JsonProperty("secret_keys") List<SecretKey> secretKeys) {

    List<SecretKey> keysOrEmpty() {
      return secretKeys == null ? List.of() : List.copyOf(secretKeys);
    }
  }

  /**
   * {@code main.getPlacementsResponse}.
   *
   * @param regions one entry per region
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PlacementList(@JsonProperty("regions") List<RegionPlacement> regions) {

    List<RegionPlacement> regionsOrEmpty() {
      return regions == null ? List.of() : List.copyOf(regions);
    }
  }

  /**
   * {@code SetSecretkeyRequest}: the key type and, for a set, the material.
   *
   * @param type key type
   * @param value key material, or {@code null} to generate
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SetSecretKeyBody(@JsonProperty("type") String type, @JsonProperty("value") byte[] value) {

    @Override
    public String toString() {
      return "SetSecretKeyBody[type=" + type + ", value=<redacted>]";
    }
  }

  /**
   * {@code EncryptSecretkeyRequest}, {@code DecryptSecretkeyRequest}, {@code SignSecretkeyRequest} and
   * {@code VerifySecretkeyRequest} in one: the parts a route does not take stay {@code null} and are not sent.
   *
   * @param plaintext bytes to encrypt, sign or verify
   * @param ciphertext bytes to decrypt
   * @param signature signature to verify
   * @param associatedData associated data of encrypt and decrypt
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SecretKeyOperation(@JsonProperty("plaintext") byte[] plaintext,
      @JsonProperty("ciphertext") byte[] ciphertext, @JsonProperty("signature") byte[] signature,
      @JsonProperty("associated_data") byte[] associatedData) {

    @Override
    public String toString() {
      return "SecretKeyOperation[<redacted>]";
    }
  }

  /**
   * The answers of encrypt, decrypt and sign ({@code EncryptSecretkeyResponse}, {@code DecryptSecretkeyResponse},
   * {@code SignSecretkeyResponse}): each sets one part.
   *
   * @param ciphertext the ciphertext of encrypt
   * @param plaintext the plaintext of decrypt
   * @param signature the signature of sign
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SecretKeyResult(@JsonProperty("ciphertext") byte[] ciphertext, @JsonProperty("plaintext") byte[] plaintext,
      @JsonProperty("signature") byte[] signature) {

    @Override
    public String toString() {
      return "SecretKeyResult[<redacted>]";
    }
  }
}
