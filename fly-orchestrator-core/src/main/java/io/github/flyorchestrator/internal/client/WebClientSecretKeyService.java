package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.SecretKey;
import io.github.flyorchestrator.model.SecretKeyUpdate;
import io.github.flyorchestrator.param.SecretKeyListOptions;
import io.github.flyorchestrator.service.ReactiveSecretKeyService;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * {@link ReactiveSecretKeyService} over the client's {@link FlyExchange}: one short method per route. The byte bodies
 * are {@link FlyServiceEnvelopes.SecretKeyOperation}s, whose {@code toString} shows nothing.
 */
final class WebClientSecretKeyService implements ReactiveSecretKeyService {

  private final FlyExchange exchange;

  WebClientSecretKeyService(FlyExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Mono<List<SecretKey>> list(String appName, SecretKeyListOptions options) {
    SecretKeyListOptions filters = options == null ? SecretKeyListOptions.ALL : options;
    return exchange.read(FlyCall.of(HttpMethod.GET, FlyRoutes.SECRET_KEYS).path("app", appName)
            .query("min_version", filters.minVersion())
            .query("types", filters.types().isEmpty() ? null : String.join(",", filters.types())),
        FlyServiceEnvelopes.SecretKeyList.class).map(FlyServiceEnvelopes.SecretKeyList::keysOrEmpty);
  }

  @Override
  public Mono<SecretKey> get(String appName, String keyName) {
    return exchange.read(key(HttpMethod.GET, FlyRoutes.SECRET_KEY, appName, keyName), SecretKey.class);
  }

  @Override
  public Mono<SecretKeyUpdate> set(String appName, String keyName, String type, byte[] value) {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(value, "value must not be null");
    return exchange.read(key(HttpMethod.POST, FlyRoutes.SECRET_KEY, appName, keyName)
        .body(new FlyServiceEnvelopes.SetSecretKeyBody(type, value.clone())), SecretKeyUpdate.class);
  }

  @Override
  public Mono<SecretKeyUpdate> generate(String appName, String keyName, String type) {
    Objects.requireNonNull(type, "type must not be null");
    return exchange.read(key(HttpMethod.POST, FlyRoutes.SECRET_KEY_GENERATE, appName, keyName)
        .body(new FlyServiceEnvelopes.SetSecretKeyBody(type, null)), SecretKeyUpdate.class);
  }

  @Override
  public Mono<byte[]> sign(String appName, String keyName, byte[] data) {
    Objects.requireNonNull(data, "data must not be null");
    return operation(FlyRoutes.SECRET_KEY_SIGN, appName, keyName, new FlyServiceEnvelopes.SecretKeyOperation(
        data.clone(), null, null, null)).mapNotNull(FlyServiceEnvelopes.SecretKeyResult::signature);
  }

  @Override
  public Mono<Void> verify(String appName, String keyName, byte[] data, byte[] signature) {
    Objects.requireNonNull(data, "data must not be null");
    Objects.requireNonNull(signature, "signature must not be null");
    return exchange.send(key(HttpMethod.POST, FlyRoutes.SECRET_KEY_VERIFY, appName, keyName).retryable()
        .body(new FlyServiceEnvelopes.SecretKeyOperation(data.clone(), null, signature.clone(), null)));
  }

  @Override
  public Mono<byte[]> encrypt(String appName, String keyName, byte[] plaintext, byte[] associatedData) {
    Objects.requireNonNull(plaintext, "plaintext must not be null");
    FlyCall.Builder call = key(HttpMethod.POST, FlyRoutes.SECRET_KEY_ENCRYPT, appName, keyName)
        .body(new FlyServiceEnvelopes.SecretKeyOperation(plaintext.clone(), null, null, copy(associatedData)));
    return exchange.read(call, FlyServiceEnvelopes.SecretKeyResult.class)
        .mapNotNull(FlyServiceEnvelopes.SecretKeyResult::ciphertext);
  }

  @Override
  public Mono<byte[]> decrypt(String appName, String keyName, byte[] ciphertext, byte[] associatedData) {
    Objects.requireNonNull(ciphertext, "ciphertext must not be null");
    return operation(FlyRoutes.SECRET_KEY_DECRYPT, appName, keyName, new FlyServiceEnvelopes.SecretKeyOperation(
        null, ciphertext.clone(), null, copy(associatedData)))
        .mapNotNull(FlyServiceEnvelopes.SecretKeyResult::plaintext);
  }

  @Override
  public Mono<SecretKeyUpdate> delete(String appName, String keyName) {
    return exchange.read(key(HttpMethod.DELETE, FlyRoutes.SECRET_KEY, appName, keyName), SecretKeyUpdate.class);
  }

  /** Sign and decrypt change nothing on the server, so they are retried like reads. */
  private Mono<FlyServiceEnvelopes.SecretKeyResult> operation(String route, String appName, String keyName,
      FlyServiceEnvelopes.SecretKeyOperation body) {
    return exchange.read(key(HttpMethod.POST, route, appName, keyName).retryable().body(body),
        FlyServiceEnvelopes.SecretKeyResult.class);
  }

  private static byte[] copy(byte[] bytes) {
    return bytes == null ? null : bytes.clone();
  }

  private static FlyCall.Builder key(HttpMethod method, String route, String appName, String keyName) {
    return FlyCall.of(method, route).path("app", appName).path("secretkey", keyName);
  }
}
