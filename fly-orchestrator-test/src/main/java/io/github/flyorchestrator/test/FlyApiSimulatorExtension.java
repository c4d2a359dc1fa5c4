package io.github.flyorchestrator.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension: one {@link FlyApiSimulator} per test class (shared with {@code @Nested} classes), started
 * before all tests and stopped after them. It is injected into parameters of type {@link FlyApiSimulator} and
 * into fields of that type that are still {@code null}. Options come from {@link WithFlyApiSimulator} when present.
 * State, journal and faults are kept across the tests of the class; call {@link FlyApiSimulator#reset()} to clear.
 */
public final class FlyApiSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FlyApiSimulatorExtension.class);
  private static final String KEY = "simulator";

  /** Creates the extension (JUnit instantiates it). */
  public FlyApiSimulatorExtension() {
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    FlyApiSimulator simulator = store.get(KEY, FlyApiSimulator.class);
    if (simulator == null) {
      simulator = FlyApiSimulator.start(options(context));
      store.put(KEY, simulator);
      store.put(ownerKey(context), Boolean.TRUE);
    }
    injectFields(context.getRequiredTestClass(), null, simulator, true);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.remove(ownerKey(context)) != null) {
      FlyApiSimulator simulator = store.remove(KEY, FlyApiSimulator.class);
      if (simulator != null) {
        simulator.close();
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    FlyApiSimulator simulator = simulator(context);
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      injectFields(instance.getClass(), instance, simulator, false);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FlyApiSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return simulator(extensionContext);
  }

  private static FlyApiSimulator simulator(ExtensionContext context) {
    FlyApiSimulator simulator = context.getStore(NAMESPACE).get(KEY, FlyApiSimulator.class);
    if (simulator == null) {
      throw new IllegalStateException("FlyApiSimulatorExtension must be registered on the test class");
    }
    return simulator;
  }

  private static String ownerKey(ExtensionContext context) {
    return "owner:" + context.getUniqueId();
  }

  private static SimulatorOptions options(ExtensionContext context) {
    Optional<WithFlyApiSimulator> annotation =
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), WithFlyApiSimulator.class);
    SimulatorOptions options = SimulatorOptions.defaults();
    if (annotation.isPresent()) {
      WithFlyApiSimulator config = annotation.get();
      options = options.withToken(config.token().isEmpty() ? null : config.token())
          .withTimeScale(config.timeScale())
          .withRateLimits(config.rateLimits());
    }
    return options;
  }

  private static void injectFields(Class<?> type, Object instance, FlyApiSimulator simulator, boolean statics)
      throws IllegalAccessException {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (field.getType() != FlyApiSimulator.class || isStatic != statics
            || Modifier.isFinal(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        if (field.get(instance) == null) {
          field.set(instance, simulator);
        }
      }
    }
  }
}
