package io.github.flyorchestrator.test.internal.state;

/**
 * A machine lease.
 *
 * @param nonce the nonce
 * @param expiresAtMillis expiry in simulated epoch ms
 * @param owner owner
 * @param description description
 * @param version machine version when acquired
 */
public record SimLease(String nonce, long expiresAtMillis, String owner, String description, String version) {

  /**
   * @param nowMillis simulated now
   * @return whether the lease still holds
   */
  public boolean activeAt(long nowMillis) {
    return nowMillis < expiresAtMillis;
  }

  @Override
  public String toString() {
    return "SimLease[nonce=****, expiresAtMillis=" + expiresAtMillis + ", owner=" + owner + "]";
  }
}
