package io.github.flyorchestrator.test;

import java.util.List;
import java.util.Objects;

/**
 * The behaviours of the Machines API that no source settles (not the docs, the OpenAPI spec, fly-go or flyctl), one
 * named choice each. A client that is correct under every combination does not depend on a guess. Set with
 * {@link SimulatorOptions#withVariants(ApiVariants)} or, on a running simulator, {@link FlyApiSimulator#variants}.
 * Start from {@link #defaults()} and use the {@code with...} copies; {@link #coverage()} gives a few combinations in
 * which every value of every dimension occurs, for parameterised tests.
 *
 * @param eventIds whether machine events carry an {@code id}
 * @param currentVersionMismatch what an update whose {@code current_version} is not the machine's answers
 * @param missingLeaseNonce what a mutation of a leased machine without the nonce header answers
 * @param startWhenStarted what start on a started machine (and stop on a stopped one) answers
 * @param retryAfterOn429 whether 429 answers carry {@code Retry-After}
 * @param tokenCheck how strictly the {@code Authorization} scheme is checked
 * @param byteEncoding how byte fields (secret keys, token nonces) are written in answers
 * @param duplicateCertificate what an ACME request for a hostname the app already has answers
 */
public record ApiVariants(EventIds eventIds, CurrentVersionMismatch currentVersionMismatch,
    MissingLeaseNonce missingLeaseNonce, StartWhenStarted startWhenStarted, RetryAfterOn429 retryAfterOn429,
    TokenCheck tokenCheck, ByteEncoding byteEncoding, DuplicateCertificate duplicateCertificate) {

  /**
   * Whether events carry ids. The spec's {@code MachineEvent} has an {@code id}; the docs' example and fly-go's
   * {@code MachineEvent} ({@code machine_types.go}) have none. Sources disagree, so both are served.
   */
  public enum EventIds {
    /** Events in the machine JSON and {@code /events} carry {@code id}; wait answers carry {@code event_id}. */
    WITH_IDS,
    /**
     * Events carry no {@code id}; the wait endpoint ignores {@code from_event_id} and its answers carry no
     * {@code event_id}.
     */
    WITHOUT_IDS
  }

  /**
   * An update ({@code POST .../machines/{id}}) whose {@code current_version} is not the machine's current version.
   * fly-go and flyctl never send {@code current_version}; no source says what a mismatch answers.
   */
  public enum CurrentVersionMismatch {
    /** The update goes ahead as if no {@code current_version} had been sent. */
    IGNORED,
    /** 400 {@code invalid_argument: current_version does not match the machine version}. */
    REJECTED_400,
    /** 412 {@code failed_precondition: current_version does not match the machine version}. */
    REJECTED_412
  }

  /**
   * A mutation of a leased machine without the {@code fly-machine-lease-nonce} header. The docs only say that such a
   * request "will fail". A wrong nonce answers 409 "lease currently held" under every choice.
   */
  public enum MissingLeaseNonce {
    /** 409 {@code lease currently held}. */
    REJECTED_409,
    /** 412 {@code failed_precondition: machine is leased, send the fly-machine-lease-nonce header}. */
    REJECTED_412
  }

  /** Start on a started machine, and stop on a stopped one. No source says what the API answers. */
  public enum StartWhenStarted {
    /** 200 with {@code previous_state} the current state; nothing changes and no event is recorded. */
    NO_OP,
    /** 412 {@code unable to start machine from current state: started} (for stop: {@code ...stop...stopped}). */
    REJECTED_412
  }

  /**
   * Whether 429 answers carry {@code Retry-After}. The docs do not mention one; neither fly-go nor flyctl reads it.
   */
  public enum RetryAfterOn429 {
    /**
     * The simulator's rate-limit answers carry {@code Retry-After} with the whole seconds (at least 1) of simulated
     * time until the limit lets a request through; an injected 429 fault without that header gets {@code 1}.
     */
    SENT,
    /** No 429 answer carries {@code Retry-After} unless an injected fault adds it. */
    ABSENT
  }

  /**
   * How the {@code Authorization} scheme is checked. Fly refuses a macaroon sent as {@code Bearer} with 401
   * {@code verify: invalid token: no tokens found in header} (OpenRouterLabs/spawn#1552); whether every deployment
   * does is not documented, so both are served.
   */
  public enum TokenCheck {
    /** {@code Bearer} and {@code FlyV1} are accepted with any token. */
    LENIENT,
    /**
     * A macaroon token ({@code fm1r_}, {@code fm1a_}, {@code fm2_}, also in a comma-joined list) sent with
     * {@code Bearer} is refused with 401 {@value #MACAROON_AS_BEARER_ERROR}; {@code FlyV1 <macaroons>} and
     * {@code Bearer <non-macaroon>} are accepted.
     */
    STRICT;

    /** The error text of a macaroon sent as {@code Bearer} under {@link #STRICT}. */
    public static final String MACAROON_AS_BEARER_ERROR = "verify: invalid token: no tokens found in header";
  }

  /**
   * How byte fields are written: the secret keys' {@code value}, {@code plaintext}, {@code ciphertext},
   * {@code signature}, {@code public_key}, and the verified tokens' nonce and permission token. The spec types them as
   * arrays of integers; fly-go declares them {@code []byte}, which Go's JSON writes as a base64 string. The simulator
   * reads either form in requests under both choices.
   */
  public enum ByteEncoding {
    /** Arrays of integers 0..255, as the spec describes them. */
    INTEGER_ARRAYS,
    /** Standard base64 strings, as fly-go's {@code []byte} fields read and write them. */
    BASE64
  }

  /**
   * An ACME request ({@code POST .../certificates/acme}) for a hostname the app already has. The spec lists 201 and
   * 422; no source says which a repeated request gets.
   */
  public enum DuplicateCertificate {
    /** 422 {@code hostname "<h>" already has a certificate request on app "<app>"}. */
    REJECTED_422,
    /** 201 with the existing certificate's details, unchanged (its issuance clock keeps running). */
    RETURNS_EXISTING
  }

  /** Validates. */
  public ApiVariants {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(currentVersionMismatch, "currentVersionMismatch");
    Objects.requireNonNull(missingLeaseNonce, "missingLeaseNonce");
    Objects.requireNonNull(startWhenStarted, "startWhenStarted");
    Objects.requireNonNull(retryAfterOn429, "retryAfterOn429");
    Objects.requireNonNull(tokenCheck, "tokenCheck");
    Objects.requireNonNull(byteEncoding, "byteEncoding");
    Objects.requireNonNull(duplicateCertificate, "duplicateCertificate");
  }

  /**
   * @return the simulator's long-standing behaviour: events with ids, a {@code current_version} mismatch rejected
   *     with 400, a missing nonce rejected with 409, start on started a no-op, no {@code Retry-After}, lenient tokens,
   *     bytes as the spec's integer arrays, a repeated ACME request rejected with 422
   */
  public static ApiVariants defaults() {
    return new ApiVariants(EventIds.WITH_IDS, CurrentVersionMismatch.REJECTED_400, MissingLeaseNonce.REJECTED_409,
        StartWhenStarted.NO_OP, RetryAfterOn429.ABSENT, TokenCheck.LENIENT, ByteEncoding.INTEGER_ARRAYS,
        DuplicateCertificate.REJECTED_422);
  }

  /**
   * @return three combinations, {@link #defaults()} first, in which every value of every dimension occurs at least
   *     once: run a test under each to show it does not depend on any of the unsettled behaviours
   */
  public static List<ApiVariants> coverage() {
    ApiVariants defaults = defaults();
    ApiVariants opposite = new ApiVariants(EventIds.WITHOUT_IDS, CurrentVersionMismatch.IGNORED,
        MissingLeaseNonce.REJECTED_412, StartWhenStarted.REJECTED_412, RetryAfterOn429.SENT, TokenCheck.STRICT,
        ByteEncoding.BASE64, DuplicateCertificate.RETURNS_EXISTING);
    ApiVariants mixed = defaults.withEventIds(EventIds.WITHOUT_IDS)
        .withCurrentVersionMismatch(CurrentVersionMismatch.REJECTED_412).withRetryAfterOn429(RetryAfterOn429.SENT);
    return List.of(defaults, opposite, mixed);
  }

  /**
   * @param value whether events carry ids
   * @return a copy
   */
  public ApiVariants withEventIds(EventIds value) {
    return new ApiVariants(value, currentVersionMismatch, missingLeaseNonce, startWhenStarted, retryAfterOn429,
        tokenCheck, byteEncoding, duplicateCertificate);
  }

  /**
   * @param value what a {@code current_version} mismatch answers
   * @return a copy
   */
  public ApiVariants withCurrentVersionMismatch(CurrentVersionMismatch value) {
    return new ApiVariants(eventIds, value, missingLeaseNonce, startWhenStarted, retryAfterOn429, tokenCheck,
        byteEncoding, duplicateCertificate);
  }

  /**
   * @param value what a mutation without the lease nonce answers
   * @return a copy
   */
  public ApiVariants withMissingLeaseNonce(MissingLeaseNonce value) {
    return new ApiVariants(eventIds, currentVersionMismatch, value, startWhenStarted, retryAfterOn429, tokenCheck,
        byteEncoding, duplicateCertificate);
  }

  /**
   * @param value what start on started (stop on stopped) answers
   * @return a copy
   */
  public ApiVariants withStartWhenStarted(StartWhenStarted value) {
    return new ApiVariants(eventIds, currentVersionMismatch, missingLeaseNonce, value, retryAfterOn429, tokenCheck,
        byteEncoding, duplicateCertificate);
  }

  /**
   * @param value whether 429 answers carry {@code Retry-After}
   * @return a copy
   */
  public ApiVariants withRetryAfterOn429(RetryAfterOn429 value) {
    return new ApiVariants(eventIds, currentVersionMismatch, missingLeaseNonce, startWhenStarted, value, tokenCheck,
        byteEncoding, duplicateCertificate);
  }

  /**
   * @param value how strictly tokens are checked
   * @return a copy
   */
  public ApiVariants withTokenCheck(TokenCheck value) {
    return new ApiVariants(eventIds, currentVersionMismatch, missingLeaseNonce, startWhenStarted, retryAfterOn429,
        value, byteEncoding, duplicateCertificate);
  }

  /**
   * @param value how byte fields are written
   * @return a copy
   */
  public ApiVariants withByteEncoding(ByteEncoding value) {
    return new ApiVariants(eventIds, currentVersionMismatch, missingLeaseNonce, startWhenStarted, retryAfterOn429,
        tokenCheck, value, duplicateCertificate);
  }

  /**
   * @param value what a repeated ACME request answers
   * @return a copy
   */
  public ApiVariants withDuplicateCertificate(DuplicateCertificate value) {
    return new ApiVariants(eventIds, currentVersionMismatch, missingLeaseNonce, startWhenStarted, retryAfterOn429,
        tokenCheck, byteEncoding, value);
  }

  /**
   * @return a short readable form for test names, e.g.
   *     {@code ids=without, version-mismatch=412, no-nonce=409, start-started=no-op, retry-after=sent, token=lenient,
   *     bytes=integers, duplicate-certificate=422}
   */
  @Override
  public String toString() {
    return "ids=" + (eventIds == EventIds.WITH_IDS ? "with" : "without")
        + ", version-mismatch=" + switch (currentVersionMismatch) {
          case IGNORED -> "ignored";
          case REJECTED_400 -> "400";
          case REJECTED_412 -> "412";
        }
        + ", no-nonce=" + (missingLeaseNonce == MissingLeaseNonce.REJECTED_409 ? "409" : "412")
        + ", start-started=" + (startWhenStarted == StartWhenStarted.NO_OP ? "no-op" : "412")
        + ", retry-after=" + (retryAfterOn429 == RetryAfterOn429.SENT ? "sent" : "absent")
        + ", token=" + (tokenCheck == TokenCheck.LENIENT ? "lenient" : "strict")
        + ", bytes=" + (byteEncoding == ByteEncoding.INTEGER_ARRAYS ? "integers" : "base64")
        + ", duplicate-certificate=" + (duplicateCertificate == DuplicateCertificate.REJECTED_422 ? "422" : "existing");
  }
}
