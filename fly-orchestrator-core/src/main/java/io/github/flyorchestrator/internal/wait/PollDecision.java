package io.github.flyorchestrator.internal.wait;

/** What an {@link Acceptor} decides when it matches an attempt. */
public enum PollDecision {
  /** The goal is reached: stop and return the matched value. */
  SUCCESS,
  /** The goal can no longer be reached: stop with an error. */
  FAILURE,
  /** Not yet: pause and try again before the deadline. */
  RETRY
}
