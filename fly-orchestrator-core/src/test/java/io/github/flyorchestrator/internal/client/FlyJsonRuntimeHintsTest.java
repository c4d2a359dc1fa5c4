package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The native-image hints: derived from the packages, so that a new model record or a new type Jackson binds fails
 * here until {@link FlyJsonRuntimeHints} lists it.
 */
class FlyJsonRuntimeHintsTest {

  private static final String ROOT = "io.github.flyorchestrator";
  private static final ReflectionHintsPredicates REFLECTION = RuntimeHintsPredicates.reflection();

  /** The core module's main classes only (not the other modules' classes on the test class path). */
  private static final JavaClasses CORE_CLASSES = new ClassFileImporter()
      .importUrl(FlyJson.class.getProtectionDomain().getCodeSource().getLocation());

  private final RuntimeHints hints = hintsFromAotFactories();

  @Test
  void everyRecordAndEnumOfTheModelCanBeBoundByJacksonInANativeImage() {
    List<Class<?>> model = mainClasses(ROOT + ".model").filter(type -> type.isRecord() || type.isEnum()).toList();

    assertThat(model).hasSizeGreaterThan(20).allSatisfy(this::assertBindable);
  }

  @Test
  void everyTypeThatCarriesAJacksonAnnotationCanBeBoundInANativeImage() {
    List<Class<?>> annotated = mainClasses(ROOT).filter(FlyJsonRuntimeHintsTest::carriesJacksonAnnotation).toList();

    assertThat(annotated).contains(FlyResponseEnvelopes.LeaseEnvelope.class, FlyResponseEnvelopes.AppList.class,
        io.github.flyorchestrator.param.MachineSpec.class, io.github.flyorchestrator.param.CreateAppRequest.class)
        .allSatisfy(this::assertBindable);
  }

  @Test
  void typesMentionedByABoundRecordAreBindableToo() {
    assertBindable(io.github.flyorchestrator.model.GuestConfig.class);
    assertThat(REFLECTION.onType(io.github.flyorchestrator.model.MachineConfig.class)).accepts(hints);
  }

  @Test
  void aTypeOutsideTheListHasNoHint() {
    assertThat(REFLECTION.onType(FlyJson.class)).rejects(hints);
  }

  private void assertBindable(Class<?> type) {
    assertThat(REFLECTION.onType(type)).as("type hint of %s", type.getName()).accepts(hints);
    if (!type.isRecord()) {
      return;
    }
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical;
    try {
      canonical = type.getDeclaredConstructor(parameterTypes);
    }
    catch (NoSuchMethodException ex) {
      throw new AssertionError(ex);
    }
    assertThat(REFLECTION.onConstructorInvocation(canonical)).as("canonical constructor of %s", type.getName())
        .accepts(hints);
    for (RecordComponent component : components) {
      assertThat(REFLECTION.onMethodInvocation(component.getAccessor()))
          .as("accessor %s of %s", component.getName(), type.getName()).accepts(hints);
    }
  }

  private static RuntimeHints hintsFromAotFactories() {
    RuntimeHints hints = new RuntimeHints();
    List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader.forResourceLocation(
        "META-INF/spring/aot.factories").load(RuntimeHintsRegistrar.class);
    assertThat(registrars).hasAtLeastOneElementOfType(FlyJsonRuntimeHints.class);
    registrars.forEach(registrar -> registrar.registerHints(hints, FlyJsonRuntimeHintsTest.class.getClassLoader()));
    return hints;
  }

  private static Stream<Class<?>> mainClasses(String packageName) {
    return CORE_CLASSES.stream()
        .filter(type -> type.getPackageName().startsWith(packageName))
        .filter(type -> !type.isAnonymousClass())
        .map(JavaClass::reflect);
  }

  private static boolean carriesJacksonAnnotation(Class<?> type) {
    Stream<AnnotatedElement> elements = Stream.of(Stream.<AnnotatedElement>of(type),
        Arrays.stream(type.getDeclaredFields()), Arrays.stream(type.getDeclaredMethods()),
        Arrays.stream(type.getDeclaredConstructors())).flatMap(s -> s);
    return elements.anyMatch(element -> Arrays.stream(element.getDeclaredAnnotations())
        .anyMatch(annotation -> annotation.annotationType().getPackageName()
            .startsWith("com.fasterxml.jackson.annotation")));
  }
}
