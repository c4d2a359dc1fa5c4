package io.github.flyorchestrator.internal.client;

import io.github.flyorchestrator.model.IpAssignment;
import io.github.flyorchestrator.param.AllocateIpRequest;
import io.github.flyorchestrator.service.IpAssignmentService;
import io.github.flyorchestrator.service.ReactiveIpAssignmentService;
import java.util.List;
import java.util.Objects;

/**
 * {@link IpAssignmentService} that blocks on its reactive twin, as {@link BlockingFlyMachinesClient} does: errors reach
 * the caller as {@link BlockingCalls} describes; a paged listing is a lazy stream that fetches a page when it needs
 * one.
 */
final class BlockingIpAssignmentService implements IpAssignmentService {

  private final ReactiveIpAssignmentService reactive;

  BlockingIpAssignmentService(ReactiveIpAssignmentService reactive) {
    this.reactive = Objects.requireNonNull(reactive, "reactive must not be null");
  }

  @Override
  public List<IpAssignment> list(String appName) {
    return BlockingCalls.block(reactive.list(appName), "ipAssignment.list");
  }

  @Override
  public IpAssignment allocate(String appName, AllocateIpRequest request) {
    return BlockingCalls.block(reactive.allocate(appName, request), "ipAssignment.allocate");
  }

  @Override
  public void release(String appName, String ip) {
    BlockingCalls.block(reactive.release(appName, ip), "ipAssignment.release");
  }
}
