package io.github.flyorchestrator.internal.wait;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.internal.client.FlyErrors;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the texts of the wait endpoint's error answers. Fly documents none of them as codes, so they are matched on
 * the words Fly's answers and Fly's own clients use.
 *
 * <ul>
 *   <li>A 400 about the request's own parameters means the wait endpoint cannot be used for this machine and the
 *       waiter polls instead: a timeout outside 1..60 s ({@code invalid WaitMachineRequest.Timeout: value must be
 *       inside range [1s, 1m0s]}), an unknown {@code version}/{@code instance_id}, or a {@code state} the server does
 *       not know (older servers have no {@code failed}). Any other 400 is the answer.</li>
 *   <li>A 408 "machine failed to reach desired state, started, currently stopped" names the state the machine is
 *       in when the long poll ended (flyctl {@code internal/machine/wait.go} matches the same words).</li>
 * </ul>
 */
final class WaitEndpointErrors {

  private static final Pattern CURRENTLY = Pattern.compile("failed to reach desired state.*currently ([a-z_]+)");

  private WaitEndpointErrors() {
  }

  /**
   * @param error an error answer of the wait endpoint
   * @return whether it is a 400 refusing a parameter of the request (timeout, version, instance id or state)
   */
  static boolean isUnusableRequest(Throwable error) {
    if (!FlyErrors.hasStatus(error, 400)) {
      return false;
    }
    String text = text((FlyException) error);
    return text.contains("waitmachinerequest.timeout") || text.contains("timeout") && text.contains("range")
        || text.contains("version") || text.contains("instance")
        || text.contains("waitmachinerequest.state");
  }

  /**
   * @param error an error answer of the wait endpoint
   * @return for a 408 "machine failed to reach desired state, ..., currently X": X
   */
  static Optional<String> currentStateOf408(Throwable error) {
    if (!FlyErrors.hasStatus(error, 408)) {
      return Optional.empty();
    }
    Matcher matcher = CURRENTLY.matcher(text((FlyException) error));
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String text(FlyException error) {
    String text = error.getError() != null ? error.getError() : String.valueOf(error.getMessage());
    return text.toLowerCase(Locale.ROOT);
  }
}
