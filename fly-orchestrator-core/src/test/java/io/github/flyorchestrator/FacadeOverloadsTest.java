package io.github.flyorchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.model.App;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.param.LifecycleOptions;
import io.github.flyorchestrator.param.MachineListOptions;
import io.github.flyorchestrator.param.MachineSpec;
import io.github.flyorchestrator.param.StopOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The overloads of the four facades: each one that leaves out an optional argument passes its own arguments
 * unchanged to the full form and the documented default for the rest ({@link LifecycleOptions#DEFAULTS},
 * {@link StopOptions#DEFAULT}, {@link MachineListOptions#ALL}, no lease nonce, no description), and the blocking and
 * reactive twins offer the same methods.
 */
class FacadeOverloadsTest {

  /** What a left-out argument of each type becomes; a type not listed here (a nonce, a description) is not sent. */
  private static final Map<Class<?>, Object> DEFAULTS = Map.of(
      LifecycleOptions.class, LifecycleOptions.DEFAULTS,
      StopOptions.class, StopOptions.DEFAULT,
      MachineListOptions.class, MachineListOptions.ALL);

  static Stream<Class<?>> facades() {
    return Stream.of(FlyOrchestrator.class, ReactiveFlyOrchestrator.class, FlyMachinesClient.class,
        ReactiveFlyMachinesClient.class);
  }

  static Stream<Arguments> twins() {
    return Stream.of(Arguments.of(FlyOrchestrator.class, ReactiveFlyOrchestrator.class),
        Arguments.of(FlyMachinesClient.class, ReactiveFlyMachinesClient.class));
  }

  @ParameterizedTest
  @MethodSource("twins")
  void theBlockingAndTheReactiveTwinOfferTheSameMethods(Class<?> blocking, Class<?> reactive) {
    assertThat(signatures(blocking)).isEqualTo(signatures(reactive));
  }

  @ParameterizedTest
  @MethodSource("facades")
  void everyOverloadPassesItsArgumentsAndTheDefaultsForTheRest(Class<?> facade) {
    List<Method> overloads = Arrays.stream(facade.getMethods()).filter(Method::isDefault)
        .filter(method -> !isClose(method)).toList();
    assertThat(overloads).isNotEmpty();
    for (Method overload : overloads) {
      List<Object[]> calls = new ArrayList<>();
      List<Method> called = new ArrayList<>();
      Object recorder = Proxy.newProxyInstance(facade.getClassLoader(), new Class<?>[] {facade},
          (proxy, method, args) -> {
            if (method.isDefault()) {
              return InvocationHandler.invokeDefault(proxy, method, args);
            }
            called.add(method);
            calls.add(args);
            return null;
          });
      Object[] arguments = samples(overload.getParameterTypes());

      invoke(overload, recorder, arguments);

      assertThat(called).as(overload.toString()).singleElement()
          .satisfies(full -> assertThat(full.getName()).isEqualTo(overload.getName()));
      assertThat(Arrays.asList(calls.get(0))).as(overload.toString())
          .containsExactlyElementsOf(expectedArguments(called.get(0), arguments));
    }
  }

  /** The overload's arguments in order where the full form has a parameter of their type, defaults elsewhere. */
  private static List<Object> expectedArguments(Method full, Object[] given) {
    List<Object> expected = new ArrayList<>();
    int next = 0;
    for (Class<?> type : full.getParameterTypes()) {
      if (next < given.length && (type == boolean.class ? Boolean.class : type).isInstance(given[next])) {
        expected.add(given[next++]);
      } else {
        expected.add(DEFAULTS.get(type));
      }
    }
    assertThat(next).as("every argument of the overload reaches " + full).isEqualTo(given.length);
    return expected;
  }

  private static Object[] samples(Class<?>[] types) {
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      values[i] = sample(types[i], i);
    }
    return values;
  }

  private static Object sample(Class<?> type, int position) {
    if (type == String.class) {
      return "value-" + position;
    }
    if (type == boolean.class) {
      return Boolean.TRUE;
    }
    Map<Class<?>, Object> samples = Map.of(
        Duration.class, Duration.ofSeconds(7),
        LifecycleOptions.class, LifecycleOptions.DEFAULTS.withTimeout(Duration.ofSeconds(9)),
        StopOptions.class, StopOptions.DEFAULT.withSignal("SIGINT"),
        MachineListOptions.class, MachineListOptions.ALL.withRegion("ams"),
        MachineSpec.class, MachineSpec.of(MachineConfig.ofImage("nginx")),
        MachineConfig.class, MachineConfig.ofImage("nginx"),
        Predicate.class, (Predicate<App>) App::isDeployed);
    assertThat(samples).as("a sample value of " + type).containsKey(type);
    return samples.get(type);
  }

  private static void invoke(Method method, Object target, Object[] arguments) {
    try {
      method.invoke(target, arguments);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(method + " failed", e);
    }
  }

  /** {@code close()} releases the client's resources; it is no call to the API and has no arguments to pass on. */
  private static boolean isClose(Method method) {
    return method.getName().equals("close") && method.getParameterCount() == 0;
  }

  private static Set<String> signatures(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .map(method -> method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")")))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
