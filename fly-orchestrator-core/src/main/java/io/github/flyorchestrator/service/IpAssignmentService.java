package io.github.flyorchestrator.service;

import io.github.flyorchestrator.exception.FlyException;
import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.param.AllocateIpRequest;
import java.util.List;

/**
 * IP addresses of an app ({@code /v1/apps/{app}/ip_assignments}), reached as {@code client.ipAssignments()}. The
 * blocking twin is {@link IpAssignmentService}.
 */
public interface IpAssignmentService {

  /**
   * {@code GET /v1/apps/{app}/ip_assignments}.
   *
   * @param appName app name
   * @return the app's addresses
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   */
  List<IpAssignment> list(String appName);

  /**
   * {@code POST /v1/apps/{app}/ip_assignments}: allocates an address, e.g. {@link AllocateIpRequest#sharedV4()}.
   * Never retried (a repeated allocation could allocate twice).
   *
   * @param appName app name
   * @param request the kind of address and where
   * @return the allocated address
   * @throws FlyException when the API answers with an error or no complete answer comes
   * @throws IllegalArgumentException when {@code appName} is not valid (nothing is sent)
   * @throws NullPointerException when {@code request} is {@code null}
   */
  IpAssignment allocate(String appName, AllocateIpRequest request);

  /**
   * {@code DELETE /v1/apps/{app}/ip_assignments/{ip}} (204): releases an address.
   *
   * @param appName app name
   * @param ip the address, IPv4 or IPv6
   * @throws FlyException when the API answers with an error or no complete answer comes (e.g. 404 when the app has no
   *     such address)
   * @throws IllegalArgumentException when {@code appName} or {@code ip} is not valid (nothing is sent)
   */
  void release(String appName, String ip);
}
