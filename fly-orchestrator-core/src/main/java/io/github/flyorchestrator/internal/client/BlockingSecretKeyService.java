package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.SecretKey;
import io.github.flyorchestrator.model.SecretKeyUpdate;
import io.github.flyorchestrator.param.SecretKeyListOptions;
import io.github.flyorchestrator.service.ReactiveSecretKeyService;
import io.github.flyorchestrator.service.SecretKeyService;
import java.util.List;
import java.util.Objects;

/**
 * {@link SecretKeyService} that blocks on its reactive twin, as {@link BlockingFlyMachinesClient} does: errors reach
 * the caller as {@link BlockingCalls} describes; a paged listing is a lazy stream that fetches a page when it needs
 * one.
 */
final class BlockingSecretKeyService implements SecretKeyService {

  private final ReactiveSecretKeyService reactive;

  BlockingSecretKeyService(ReactiveSecretKeyService reactive) {
    this.reactive = Objects.requireNonNull(reactive, "reactive must not be null");
  }

  @Override
  public List<SecretKey> list(String appName, SecretKeyListOptions options) {
    return BlockingCalls.block(reactive.list(appName, options), "secretKey.list");
  }

  @Override
  public SecretKey get(String appName, String keyName) {
    return BlockingCalls.block(reactive.get(appName, keyName), "secretKey.get");
  }

  @Override
  public SecretKeyUpdate set(String appName, String keyName, String type, byte[] value) {
    return BlockingCalls.block(reactive.set(appName, keyName, type, value), "secretKey.set");
  }

  @Override
  public SecretKeyUpdate generate(String appName, String keyName, String type) {
    return BlockingCalls.block(reactive.generate(appName, keyName, type), "secretKey.generate");
  }

  @Override
  public byte[] sign(String appName, String keyName, byte[] data) {
    return BlockingCalls.block(reactive.sign(appName, keyName, data), "secretKey.sign");
  }

  @Override
  public void verify(String appName, String keyName, byte[] data, byte[] signature) {
    BlockingCalls.block(reactive.verify(appName, keyName, data, signature), "secretKey.verify");
  }

  @Override
  public byte[] encrypt(String appName, String keyName, byte[] plaintext, byte[] associatedData) {
    return BlockingCalls.block(reactive.encrypt(appName, keyName, plaintext, associatedData), "secretKey.encrypt");
  }

  @Override
  public byte[] decrypt(String appName, String keyName, byte[] ciphertext, byte[] associatedData) {
    return BlockingCalls.block(reactive.decrypt(appName, keyName, ciphertext, associatedData), "secretKey.decrypt");
  }

  @Override
  public SecretKeyUpdate delete(String appName, String keyName) {
    return BlockingCalls.block(reactive.delete(appName, keyName), "secretKey.delete");
  }
}
