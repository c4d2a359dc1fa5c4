package io.github.flyorchestrator.test.internal.state;

/**
 * One hostname of an app with its certificates: an ACME request and/or an imported (custom) certificate. Whether it
 * is issued is decided by the caller from the clock and the issuance setting, and remembered once seen.
 */
public final class SimCertificate {

  private final String hostname;
  private final long createdAtMillis;
  private long requestedAtMillis;
  private long updatedAtMillis;
  private boolean acmeRequested;
  private boolean custom;
  private long issuedAtMillis = -1;

  /**
   * @param hostname the hostname
   * @param nowMillis simulated now
   */
  public SimCertificate(String hostname, long nowMillis) {
    this.hostname = hostname;
    this.createdAtMillis = nowMillis;
    this.requestedAtMillis = nowMillis;
    this.updatedAtMillis = nowMillis;
  }

  /** @return the hostname */
  public String hostname() {
    return hostname;
  }

  /** @return when the hostname was added, epoch ms */
  public long createdAtMillis() {
    return createdAtMillis;
  }

  /** @return when issuance was last requested (ACME request or import), epoch ms */
  public synchronized long requestedAtMillis() {
    return requestedAtMillis;
  }

  /** @return when it last changed, epoch ms */
  public synchronized long updatedAtMillis() {
    return updatedAtMillis;
  }

  /** @return whether ACME issuance is requested */
  public synchronized boolean acmeRequested() {
    return acmeRequested;
  }

  /** @return whether a custom certificate is imported */
  public synchronized boolean custom() {
    return custom;
  }

  /**
   * @param requested whether ACME issuance is requested
   * @param nowMillis simulated now
   */
  public synchronized void acmeRequested(boolean requested, long nowMillis) {
    if (requested && !acmeRequested && !custom) {
      requestedAtMillis = nowMillis;
    }
    acmeRequested = requested;
    updatedAtMillis = nowMillis;
  }

  /**
   * @param imported whether a custom certificate is imported
   * @param nowMillis simulated now
   */
  public synchronized void custom(boolean imported, long nowMillis) {
    if (imported && !custom && !acmeRequested) {
      requestedAtMillis = nowMillis;
    }
    custom = imported;
    updatedAtMillis = nowMillis;
  }

  /** @return when it was issued (epoch ms), or -1 while it is not */
  public synchronized long issuedAtMillis() {
    return issuedAtMillis;
  }

  /** @param atMillis when it was issued, epoch ms (kept from the first call on) */
  public synchronized void issued(long atMillis) {
    if (issuedAtMillis < 0) {
      issuedAtMillis = atMillis;
      updatedAtMillis = atMillis;
    }
  }
}
