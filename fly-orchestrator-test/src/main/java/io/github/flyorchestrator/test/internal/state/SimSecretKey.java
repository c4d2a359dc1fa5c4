package io.github.flyorchestrator.test.internal.state;

/**
 * One secret key of an app: its KMS type and its key material (never answered; only used for crypto).
 *
 * @param name the key's name
 * @param type its type, e.g. {@code SECRET_TYPE_KMS_HS256}
 * @param material the key bytes
 * @param createdAt when first set (ISO-8601)
 * @param updatedAt when last set (ISO-8601)
 */
public record SimSecretKey(String name, String type, byte[] material, String createdAt, String updatedAt) {

  /** Copies the key bytes. */
  public SimSecretKey {
    material = material.clone();
  }

  /** @return a copy of the key bytes */
  @Override
  public byte[] material() {
    return material.clone();
  }

  /** @return the name and type only: the key material stays out of logs */
  @Override
  public String toString() {
    return "SimSecretKey[" + name + ", " + type + "]";
  }
}
