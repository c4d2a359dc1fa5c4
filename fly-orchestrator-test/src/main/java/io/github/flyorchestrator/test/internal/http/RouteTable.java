package io.github.flyorchestrator.test.internal.http;

import io.github.flyorchestrator.test.ApiVariants;
import io.github.flyorchestrator.test.SimRoute;
import io.github.flyorchestrator.test.internal.SimulatorClock;
import io.github.flyorchestrator.test.internal.state.LeaseManager;
import io.github.flyorchestrator.test.internal.state.MachineTransitions;
import io.github.flyorchestrator.test.internal.state.SimulatorState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which handler answers each {@link SimRoute}: every resource's handler class registers its routes here. Building it
 * fails when a route has no handler, so a simulator that starts serves every route it names.
 */
final class RouteTable {

  private final Map<SimRoute, RouteHandler> handlers = new EnumMap<>(SimRoute.class);

  /**
   * @throws IllegalStateException when a route is left without a handler
   */
  RouteTable(SimulatorClock clock, SimulatorState state, MachineTransitions transitions, LeaseManager leases,
      Supplier<ApiVariants> variants) {
    MachineView view = new MachineView(state, clock, variants);
    new AppHandlers(state).register(handlers);
    new MachineHandlers(state, transitions, leases, clock, view, variants).register(handlers);
    handlers.put(SimRoute.MACHINES_WAIT, new WaitHandler(state, clock, variants));
    new LeaseHandlers(state, leases).register(handlers);
    new MachineInspectionHandlers(state).register(handlers);
    new VolumeHandlers(state, clock).register(handlers);
    new SecretHandlers(state, clock).register(handlers);
    new SecretKeyHandlers(state, clock, variants).register(handlers);
    new MetadataHandlers(state).register(handlers);
    new CertificateHandlers(state, clock, variants).register(handlers);
    new IpAssignmentHandlers(state, clock).register(handlers);
    new OrgHandlers(state, view).register(handlers);
    new PlatformHandlers().register(handlers);
    new TokenHandlers(state, clock, variants).register(handlers);
    Set<SimRoute> unhandled = EnumSet.complementOf(EnumSet.copyOf(handlers.keySet()));
    if (!unhandled.isEmpty()) {
      throw new IllegalStateException("simulator routes without a handler: " + unhandled);
    }
  }

  /**
   * @param route a route
   * @return its handler
   */
  RouteHandler handler(SimRoute route) {
    return handlers.get(route);
  }
}
