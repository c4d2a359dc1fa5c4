package io.github.flyorchestrator.test.internal.state;

import io.github.flyorchestrator.test.CertificateIssuance;
import io.github.flyorchestrator.test.ExecAnswer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Settings of a running simulator for the resources beyond machines: when certificates are issued (for every app,
 * per app, per hostname; the most specific wins), the largest page a cursor-paginated list answers, and what
 * {@code exec} answers per app. Kept by app name, so a setting may precede the app and survives a reset.
 */
public final class SimulatorSettings {

  /** The page size when none is set: the spec allows {@code limit} up to 1000 and names no default. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final Map<String, CertificateIssuance> issuanceByApp = new ConcurrentHashMap<>();
  private final Map<String, CertificateIssuance> issuanceByHostname = new ConcurrentHashMap<>();
  private final Map<String, Function<List<String>, ExecAnswer>> execByApp = new ConcurrentHashMap<>();
  private volatile CertificateIssuance defaultIssuance = CertificateIssuance.defaults();
  private volatile int pageSize = DEFAULT_PAGE_SIZE;

  /** @param issuance when certificates of apps without a setting of their own are issued */
  public void certificates(CertificateIssuance issuance) {
    defaultIssuance = Objects.requireNonNull(issuance, "issuance");
  }

  /**
   * @param app app name
   * @param issuance when its certificates without a hostname setting are issued
   */
  public void certificates(String app, CertificateIssuance issuance) {
    issuanceByApp.put(Objects.requireNonNull(app, "app"), Objects.requireNonNull(issuance, "issuance"));
  }

  /**
   * @param app app name
   * @param hostname hostname
   * @param issuance when that hostname's certificate is issued
   */
  public void certificate(String app, String hostname, CertificateIssuance issuance) {
    issuanceByHostname.put(key(app, hostname), Objects.requireNonNull(issuance, "issuance"));
  }

  /**
   * @param app app name
   * @param hostname hostname
   * @return the issuance in force for it: the hostname's, else the app's, else the default
   */
  public CertificateIssuance issuance(String app, String hostname) {
    CertificateIssuance byHost = issuanceByHostname.get(key(app, hostname));
    return byHost != null ? byHost : issuanceByApp.getOrDefault(app, defaultIssuance);
  }

  private static String key(String app, String hostname) {
    return Objects.requireNonNull(app, "app") + "/" + Objects.requireNonNull(hostname, "hostname");
  }

  /**
   * @param size the largest page a cursor-paginated list answers, whatever {@code limit} asks
   * @throws IllegalArgumentException when it is not positive
   */
  public void pageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("the page size must be at least 1, was " + size);
    }
    pageSize = size;
  }

  /** @return the largest page a cursor-paginated list answers */
  public int pageSize() {
    return pageSize;
  }

  /**
   * @param app app name
   * @param answer what {@code exec} on its machines answers for a command
   */
  public void exec(String app, Function<List<String>, ExecAnswer> answer) {
    execByApp.put(Objects.requireNonNull(app, "app"), Objects.requireNonNull(answer, "answer"));
  }

  /**
   * @param app app name
   * @param command the command
   * @return the app's answer, {@link ExecAnswer#echo(List)} when unset
   */
  public ExecAnswer exec(String app, List<String> command) {
    return execByApp.getOrDefault(app, ExecAnswer::echo).apply(command);
  }
}
