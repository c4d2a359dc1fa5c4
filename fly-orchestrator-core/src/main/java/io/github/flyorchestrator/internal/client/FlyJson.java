package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.Lease;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own JSON mapping of Fly's wire format (independent of any application-wide mapper): unknown fields are
 * ignored, and lease responses are unwrapped from their {@code {"status","data"}} envelope. Its configuration is the
 * same for every client, so clients share {@link #shared() one instance} and with it Jackson's caches of readers and
 * writers (the client's warm-up fills those of the calls a workflow makes; the others are built at first use).
 */
final class FlyJson {

  /** Decodes a response body. */
  @FunctionalInterface
  interface Decoder<T> {
    /**
     * @param body non-blank body, UTF-8
     * @return the value
     * @throws JacksonException when the body is not the expected JSON
     */
    T decode(byte[] body);
  }

  /** Reads a plain-text answer (a token) as UTF-8, without its surrounding whitespace. */
  static final Decoder<String> TEXT = body -> new String(body, StandardCharsets.UTF_8).strip();

  private static final FlyJson SHARED = new FlyJson();

  private final JsonMapper mapper;
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  private FlyJson() {
    this.mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
  }

  /** @return the instance every client uses */
  static FlyJson shared() {
    return SHARED;
  }

  JsonMapper mapper() {
    return mapper;
  }

  byte[] write(Object body) {
    return mapper.writeValueAsBytes(body);
  }

  <T> Decoder<T> decoder(Class<T> type) {
    ObjectReader reader = reader(type);
    return reader::readValue;
  }

  <T> Decoder<T> decoder(TypeReference<T> type) {
    ObjectReader reader = reader(type.getType());
    return reader::readValue;
  }

  /** The reader of a type, built once: building one per call costs a lookup and a context each time. */
  private ObjectReader reader(Type type) {
    return readers.computeIfAbsent(type, key -> mapper.readerFor(mapper.getTypeFactory().constructType(key)));
  }

  /**
   * Reads a lease answer, see {@link FlyResponseEnvelopes#readLease}.
   *
   * @return the decoder
   */
  Decoder<Lease> leaseDecoder() {
    return body -> FlyResponseEnvelopes.readLease(mapper, new String(body, StandardCharsets.UTF_8));
  }
}
