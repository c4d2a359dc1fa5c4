package io.github.flyorchestrator.settings;

/**
 * Which HTTP versions the Machines API client speaks. Under HTTP/1.1 each in-flight request (a long-poll wait for up to
 * a minute) holds a connection of its own; under HTTP/2 many requests share one connection as streams, up to the
 * server's limit of concurrent streams, so 10,000 waits need tens of connections instead of 10,000.
 */
public enum HttpVersionPolicy {

  /** HTTP/1.1 only, over {@code https://} and {@code http://} alike. */
  HTTP1_1,

  /**
   * HTTP/2 where it can be negotiated: over {@code https://} the TLS handshake offers HTTP/2 and HTTP/1.1 (ALPN) and
   * the server picks; over plain {@code http://} (such as Fly's private endpoint {@code http://_api.internal:4280})
   * HTTP/1.1, as nothing negotiates the version there and an HTTP/1.1-only server would refuse HTTP/2.
   */
  HTTP2_PREFERRED,

  /**
   * As {@link #HTTP2_PREFERRED} over {@code https://}; over plain {@code http://} HTTP/2 from the first byte without
   * negotiation ("h2c with prior knowledge"), with no fall-back: only for a server known to speak it, such as the
   * project's Fly API simulator on loopback.
   */
  H2C
}
