package io.github.flyorchestrator.service;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.SecretKey;
import io.github.flyorchestrator.model.SecretKeyUpdate;
import io.github.flyorchestrator.param.SecretKeyListOptions;
import java.util.List;

/**
 * An app's secret keys ({@code /v1/apps/{app}/secretkeys}): keys that stay on Fly and sign, verify, encrypt and decrypt
 * for the app. Reached as {@code client.secretKeys()}; the reactive twin is {@link ReactiveSecretKeyService}. Key
 * material, plaintexts and ciphertexts are sent as base64 (what Fly's Go client sends) and appear in no log or message.
 * Key names are checked when a method is called (letters, digits, {@code -}, {@code _}, {@code .}; at most 256).
 */
public interface SecretKeyService {

  /**
   * {@code GET /v1/apps/{app}/secretkeys}, without filters.
   *
   * @param appName app name
   * @return the keys (no private material)
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  default List<SecretKey> list(String appName) {
    return list(appName, SecretKeyListOptions.ALL);
  }

  /**
   * {@code GET /v1/apps/{app}/secretkeys?min_version=&types=}.
   *
   * @param appName app name
   * @param options filters ({@link SecretKeyListOptions#ALL} for none)
   * @return the keys (no private material)
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  List<SecretKey> list(String appName, SecretKeyListOptions options);

  /**
   * {@code GET /v1/apps/{app}/secretkeys/{name}}.
   *
   * @param appName app name
   * @param keyName key name
   * @return the key (no private material)
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404)
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   */
  SecretKey get(String appName, String keyName);

  /**
   * {@code POST /v1/apps/{app}/secretkeys/{name}}: stores key material the caller brings. Never retried.
   *
   * @param appName app name
   * @param keyName key name
   * @param type key type, e.g. {@code hs256}, {@code ed25519}, {@code nacl_secretbox}
   * @param value the key material (sent as base64; never logged)
   * @return the stored key and the new secrets version
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 400 for material of the
   *     wrong size)
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code type} or {@code value} is {@code null}
   */
  SecretKeyUpdate set(String appName, String keyName, String type, byte[] value);

  /**
   * {@code POST /v1/apps/{app}/secretkeys/{name}/generate}: has Fly generate the key material. Never retried.
   *
   * @param appName app name
   * @param keyName key name
   * @param type key type
   * @return the generated key (its public key for asymmetric types) and the new secrets version
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code type} is {@code null}
   */
  SecretKeyUpdate generate(String appName, String keyName, String type);

  /**
   * {@code POST /v1/apps/{app}/secretkeys/{name}/sign}. Retried like a read: signing changes nothing.
   *
   * @param appName app name
   * @param keyName key name
   * @param data the bytes to sign
   * @return the signature
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code data} is {@code null}
   */
  byte[] sign(String appName, String keyName, byte[] data);

  /**
   * {@code POST /v1/apps/{app}/secretkeys/{name}/verify} (204 when the signature is valid). Retried like a read.
   *
   * @param appName app name
   * @param keyName key name
   * @param data the signed bytes
   * @param signature the signature
   * @throws FlyException when the API answers with an error (e.g. 400 for an invalid signature) or no complete answer
   *     comes
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code data} or {@code signature} is {@code null}
   */
  void verify(String appName, String keyName, byte[] data, byte[] signature);

  /**
   * {@code POST /v1/apps/{app}/secretkeys/{name}/encrypt}. Never retried (each answer is a fresh ciphertext).
   *
   * @param appName app name
   * @param keyName key name
   * @param plaintext the bytes to encrypt (never logged)
   * @param associatedData authenticated but unencrypted data, or {@code null}
   * @return the ciphertext
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code plaintext} is {@code null}
   */
  byte[] encrypt(String appName, String keyName, byte[] plaintext, byte[] associatedData);

  /**
   * {@code POST /v1/apps/{app}/secretkeys/{name}/decrypt}. Retried like a read: decrypting changes nothing.
   *
   * @param appName app name
   * @param keyName key name
   * @param ciphertext the bytes to decrypt
   * @param associatedData the associated data given to encrypt, or {@code null}
   * @return the plaintext (never logged)
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code ciphertext} is {@code null}
   */
  byte[] decrypt(String appName, String keyName, byte[] ciphertext, byte[] associatedData);

  /**
   * {@code DELETE /v1/apps/{app}/secretkeys/{name}}.
   *
   * @param appName app name
   * @param keyName key name
   * @return the new secrets version (only {@code version} is set)
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} or {@code keyName} is not valid (nothing is sent)
   */
  SecretKeyUpdate delete(String appName, String keyName);
}
