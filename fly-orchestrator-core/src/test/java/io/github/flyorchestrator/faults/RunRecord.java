package io.github.flyorchestrator.faults;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.exception.FlyTimeoutException;
import io.github.flyorchestrator.test.ApiVariants;
import java.time.Duration;
import java.util.Locale;

/**
 * What one run of an orchestration under one fault did.
 *
 * @param variants the simulator's choices where no source settles the API's behaviour
 * @param orchestration the row
 * @param fault the column
 * @param error what the orchestration failed with, or {@code null} when it succeeded
 * @param elapsed from subscription to its end
 * @param deadline the orchestration's timeout
 * @param requests requests for the run's app the simulator received during the run
 * @param machinesCreated machines of the app created during the run (destroyed ones included)
 * @param machinesLeased machines of the app still leased after the run
 * @param faultsConsumed how many of the queued faults the run's requests met
 * @param faultsQueued how many faults were queued
 */
record RunRecord(ApiVariants variants, Orchestration orchestration, FaultCase fault, Throwable error,
    Duration elapsed, Duration deadline, int requests, int machinesCreated, int machinesLeased, int faultsConsumed,
    int faultsQueued) {

  /** @return whether the orchestration succeeded */
  boolean succeeded() {
    return error == null;
  }

  /** @return whether it ended in success or in one of the library's typed errors */
  boolean endedTyped() {
    return error == null || error instanceof FlyException || error instanceof RolloutFailedException;
  }

  /** @return {@code ok}, or the error's simple class name and HTTP status when it has one */
  String outcome() {
    if (error == null) {
      return "ok";
    }
    if (error instanceof RolloutFailedException) {
      return "rollout failed";
    }
    String name = error.getClass().getSimpleName();
    if (error instanceof FlyException fly && !(error instanceof FlyTimeoutException) && fly.getHttpStatus() != null) {
      return name + " " + fly.getHttpStatus();
    }
    return name;
  }

  /** @return a matrix cell such as {@code ok 0.4s/5s 5req 1m} */
  String cell() {
    return String.format(Locale.ROOT, "%s %.1fs/%ds %dreq %dm", outcome(), elapsed.toMillis() / 1000.0,
        deadline.toSeconds(), requests, machinesCreated);
  }
}
