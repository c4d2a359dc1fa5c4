package io.github.flyorchestrator.internal.wait;

import java.time.Duration;

/**
 * The result of a wait that succeeded.
 *
 * @param value the response that matched a success acceptor, or {@code null} when an error matched one (e.g. a 404
 *     while waiting for a machine to be destroyed)
 * @param matchedError the error that matched a success acceptor, or {@code null} when a response matched
 * @param attempts how many attempts the whole wait made, counting this one
 * @param elapsed time from the start of the wait's deadline to the match
 * @param <T> the response type
 */
public record WaitOutcome<T>(T value, Throwable matchedError, int attempts, Duration elapsed) {
}
