package io.github.flyorchestrator.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyMachinesClient;
import io.github.flyorchestrator.ReactiveFlyMachinesClient;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every reactive resource group has a blocking twin with the same methods, each answering what the reactive one
 * emits: {@code Mono<T>} becomes {@code T} ({@code void} for {@code Mono<Void>}), {@code Flux<T>} a lazy
 * {@code Stream<T>}; and the blocking client hands out the blocking twin of each group the reactive client has.
 */
class ServiceTwinsTest {

  static Stream<Arguments> twins() {
    return Stream.of(Arguments.of(ReactiveCertificateService.class, CertificateService.class),
        Arguments.of(ReactiveIpAssignmentService.class, IpAssignmentService.class),
        Arguments.of(ReactiveSecretKeyService.class, SecretKeyService.class),
        Arguments.of(ReactiveOrganizationService.class, OrganizationService.class),
        Arguments.of(ReactivePlatformService.class, PlatformService.class),
        Arguments.of(ReactiveTokenService.class, TokenService.class));
  }

  @ParameterizedTest
  @MethodSource("twins")
  void everyReactiveMethodHasABlockingTwinAnsweringWhatItEmits(Class<?> reactive, Class<?> blocking) {
    Map<String, Method> reactiveMethods = methods(reactive);
    Map<String, Method> blockingMethods = methods(blocking);

    assertThat(blockingMethods.keySet()).isEqualTo(reactiveMethods.keySet()).isNotEmpty();
    reactiveMethods.forEach((signature, method) -> {
      Type emitted = method.getGenericReturnType();
      assertThat(emitted).as(signature).isInstanceOf(ParameterizedType.class);
      ParameterizedType publisher = (ParameterizedType) emitted;
      Type item = publisher.getActualTypeArguments()[0];
      Type answered = blockingMethods.get(signature).getGenericReturnType();
      if (publisher.getRawType() == Flux.class) {
        assertThat(answered).as(signature).isInstanceOf(ParameterizedType.class);
        assertThat(((ParameterizedType) answered).getRawType()).as(signature).isEqualTo(Stream.class);
        assertThat(((ParameterizedType) answered).getActualTypeArguments()[0]).as(signature).isEqualTo(item);
      } else {
        assertThat(publisher.getRawType()).as(signature).isEqualTo(Mono.class);
        assertThat(answered).as(signature).isEqualTo(item == Void.class ? void.class : item);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("twins")
  void theBlockingClientHandsOutTheBlockingTwinOfEachGroup(Class<?> reactive, Class<?> blocking) {
    Method reactiveAccessor = accessorReturning(ReactiveFlyMachinesClient.class, reactive);
    Method blockingAccessor = accessorReturning(FlyMachinesClient.class, blocking);

    assertThat(blockingAccessor.getName()).isEqualTo(reactiveAccessor.getName());
  }

  private static Method accessorReturning(Class<?> client, Class<?> group) {
    return Arrays.stream(client.getMethods())
        .filter(method -> method.getParameterCount() == 0 && method.getReturnType() == group)
        .findFirst().orElseThrow(() -> new AssertionError(client.getSimpleName() + " has no accessor of " + group));
  }

  private static Map<String, Method> methods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .collect(Collectors.toMap(method -> method.getName() + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")")), method -> method,
            (a, b) -> a, TreeMap::new));
  }
}
