package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.internal.ApiError;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The KMS key types fly-go names, backed by the JDK's own crypto so that a sign/verify or encrypt/decrypt round trip
 * works: {@code HS256/384/512} are HMAC-SHA-2, {@code NACL_AUTH} is HMAC-SHA-512 cut to 32 bytes (NaCl's
 * {@code crypto_auth}), {@code XAES256GCM} is AES-256-GCM and {@code NACL_SECRETBOX} ChaCha20-Poly1305 (the JDK has
 * neither XAES nor XSalsa20: the simulator's ciphertexts are its own, only the round trip is promised). A ciphertext is
 * a random 12-byte nonce followed by the sealed bytes. The public-key types ({@code NACL_BOX}, {@code NACL_SIGN}) are
 * refused with 400.
 */
enum SecretKeyCrypto {
  /** HMAC-SHA-256. */
  SECRET_TYPE_KMS_HS256("HmacSHA256", 32, true),
  /** HMAC-SHA-384. */
  SECRET_TYPE_KMS_HS384("HmacSHA384", 48, true),
  /** HMAC-SHA-512. */
  SECRET_TYPE_KMS_HS512("HmacSHA512", 64, true),
  /** HMAC-SHA-512-256, as NaCl's crypto_auth. */
  SECRET_TYPE_KMS_NACL_AUTH("HmacSHA512", 32, true),
  /** AES-256-GCM standing in for XAES-256-GCM. */
  SECRET_TYPE_KMS_XAES256GCM("AES/GCM/NoPadding", 32, false),
  /** ChaCha20-Poly1305 standing in for XSalsa20-Poly1305. */
  SECRET_TYPE_KMS_NACL_SECRETBOX("ChaCha20-Poly1305", 32, false);

  /** The types fly-go knows that the simulator does not serve. */
  static final List<String> UNSUPPORTED = List.of("SECRET_TYPE_KMS_NACL_BOX", "SECRET_TYPE_KMS_NACL_SIGN");

  private static final int NONCE_BYTES = 12;
  private static final int NACL_AUTH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String algorithm;
  private final int keyBytes;
  private final boolean signing;

  SecretKeyCrypto(String algorithm, int keyBytes, boolean signing) {
    this.algorithm = algorithm;
    this.keyBytes = keyBytes;
    this.signing = signing;
  }

  /**
   * @param type a type name as sent
   * @return the type
   * @throws ApiError 400 for a type the simulator does not serve
   */
  static SecretKeyCrypto of(String type) {
    if (type == null) {
      throw ApiError.badRequest("invalid_argument: type is required");
    }
    for (SecretKeyCrypto candidate : values()) {
      if (candidate.name().equals(type)) {
        return candidate;
      }
    }
    throw ApiError.badRequest("invalid_argument: unsupported secret key type " + type
        + (UNSUPPORTED.contains(type) ? " (public-key types are not simulated)" : ""));
  }

  /** @return fresh random key material of the type's size */
  byte[] generate() {
    byte[] key = new byte[keyBytes];
    RANDOM.nextBytes(key);
    return key;
  }

  /**
   * @param key key material a client sent
   * @throws ApiError 400 when its size does not fit the type
   */
  void checkKey(byte[] key) {
    boolean fits = signing && this != SECRET_TYPE_KMS_NACL_AUTH ? key.length > 0 : key.length == keyBytes;
    if (!fits) {
      throw ApiError.badRequest("invalid_argument: a " + name() + " key must be "
          + (signing && this != SECRET_TYPE_KMS_NACL_AUTH ? "non-empty" : keyBytes + " bytes") + ", was "
          + key.length + " bytes");
    }
  }

  /**
   * @param key key material
   * @param message bytes to sign
   * @return the signature
   * @throws ApiError 400 when the type does not sign
   */
  byte[] sign(byte[] key, byte[] message) {
    requireSigning(true);
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      byte[] signature = mac.doFinal(message);
      return this == SECRET_TYPE_KMS_NACL_AUTH ? Arrays.copyOf(signature, NACL_AUTH_BYTES) : signature;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot compute " + algorithm, e);
    }
  }

  /**
   * @param key key material
   * @param message the signed bytes
   * @param signature the signature to check
   * @return whether it matches
   */
  boolean verify(byte[] key, byte[] message, byte[] signature) {
    return MessageDigest.isEqual(sign(key, message), signature);
  }

  /**
   * @param key key material
   * @param plaintext bytes to seal
   * @param associated associated data (authenticated, not encrypted)
   * @return nonce followed by the sealed bytes
   * @throws ApiError 400 when the type does not encrypt
   */
  byte[] encrypt(byte[] key, byte[] plaintext, byte[] associated) {
    requireSigning(false);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, associated, plaintext);
    byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
    System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
    return out;
  }

  /**
   * @param key key material
   * @param ciphertext what {@link #encrypt} gave
   * @param associated the associated data given to encrypt
   * @return the plaintext
   * @throws ApiError 400 when the type does not encrypt or the ciphertext does not open
   */
  byte[] decrypt(byte[] key, byte[] ciphertext, byte[] associated) {
    requireSigning(false);
    if (ciphertext.length <= NONCE_BYTES) {
      throw ApiError.badRequest("invalid_argument: ciphertext is too short");
    }
    try {
      return cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(ciphertext, NONCE_BYTES), associated,
          Arrays.copyOfRange(ciphertext, NONCE_BYTES, ciphertext.length));
    } catch (IllegalStateException e) {
      throw ApiError.badRequest("invalid_argument: decryption failed: the ciphertext or associated data was altered");
    }
  }

  private byte[] cipher(int mode, byte[] key, byte[] nonce, byte[] associated, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance(algorithm);
      AlgorithmParameterSpec parameters = this == SECRET_TYPE_KMS_XAES256GCM
          ? new GCMParameterSpec(128, nonce) : new IvParameterSpec(nonce);
      cipher.init(mode, new SecretKeySpec(key, this == SECRET_TYPE_KMS_XAES256GCM ? "AES" : "ChaCha20"), parameters);
      cipher.updateAAD(associated);
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cipher failed: " + e.getMessage(), e);
    }
  }

  private void requireSigning(boolean wanted) {
    if (signing != wanted) {
      throw ApiError.badRequest("invalid_argument: a " + name() + " key cannot "
          + (wanted ? "sign or verify" : "encrypt or decrypt"));
    }
  }
}
