package io.github.flyorchestrator.test.spring;

import io.github.flyorchestrator.test.EnableFlyApiSimulator;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered in {@code META-INF/spring.factories}: gives test classes annotated with {@link EnableFlyApiSimulator}
 * a {@link FlyApiSimulatorContextCustomizer}.
 */
public final class FlyApiSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

  /** Creates the factory (Spring instantiates it). */
  public FlyApiSimulatorContextCustomizerFactory() {
  }

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    EnableFlyApiSimulator annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, EnableFlyApiSimulator.class);
    if (annotation == null) {
      return null;
    }
    return new FlyApiSimulatorContextCustomizer(annotation.token(), annotation.timeScale(), annotation.rateLimits());
  }
}
