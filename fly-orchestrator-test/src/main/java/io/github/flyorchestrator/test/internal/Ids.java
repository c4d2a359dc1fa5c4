package io.github.flyorchestrator.test.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Identifier formats that look like Fly's: 14-hex machine ids and 26-char ULID-like versions. */
public final class Ids {

  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {
  }

  /**
   * @param bytes number of random bytes
   * @return lower-case hex of that many random bytes
   */
  public static String hex(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }

  /** @return a 14-character hex machine or volume id */
  public static String machineId() {
    return hex(7);
  }

  /**
   * @param epochMillis time component
   * @return a 26-character ULID-like id: 10 chars of time, 16 random chars, Crockford base32
   */
  public static String ulid(long epochMillis) {
    char[] out = new char[26];
    long time = epochMillis;
    for (int i = 9; i >= 0; i--) {
      out[i] = CROCKFORD[(int) (time & 31)];
      time >>>= 5;
    }
    for (int i = 10; i < 26; i++) {
      out[i] = CROCKFORD[RANDOM.nextInt(32)];
    }
    return new String(out);
  }

  /** @return a private 6PN-like IPv6 address */
  public static String privateIp() {
    String h = hex(6);
    return "fdaa:0:1:a7b:" + h.substring(0, 4) + ":" + h.substring(4, 8) + ":" + h.substring(8, 12) + ":2";
  }
}
