package io.github.flyorchestrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.FlyOrchestrator;
import io.github.flyorchestrator.model.Machine;
import io.github.flyorchestrator.model.MachineConfig;
import io.github.flyorchestrator.model.MachineState;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.test.EnableFlyApiSimulator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * With {@code spring.threads.virtual.enabled=true} Boot's task executor runs tasks on virtual threads, and the
 * blocking facade works there: a workflow called from such a task blocks its virtual thread, not a carrier or an
 * event loop. Virtual threads need Java 21: the build runs this class on a second JDK where the machine has one
 * (see the autoconfigure pom).
 */
@SpringBootTest(classes = VirtualThreadsTests.App.class, properties = "spring.threads.virtual.enabled=true")
@EnableFlyApiSimulator(timeScale = 0.01)
@EnabledForJreRange(min = JRE.JAVA_21)
class VirtualThreadsTests {

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({ TaskExecutionAutoConfiguration.class, FlyOrchestratorAutoConfiguration.class })
  static class App {
  }

  @Autowired
  @Qualifier("applicationTaskExecutor")
  AsyncTaskExecutor executor;

  @Autowired
  FlyOrchestrator fly;

  @Test
  void aWorkflowCalledFromTheVirtualThreadTaskExecutorRunsToItsEndOnAVirtualThread() throws Exception {
    Outcome outcome = executor.submit(() -> {
      fly.createAppAndWait("virtual-app", "personal");
      Machine machine = fly.createMachineAndWait(CreateMachineRequest.builder("virtual-app",
          MachineConfig.builder("flyio/hellofly:latest").build()).build());
      return new Outcome(machine, isVirtual(Thread.currentThread()));
    }).get(30, TimeUnit.SECONDS);

    assertThat(outcome.virtualThread()).as("the task ran on a virtual thread").isTrue();
    assertThat(outcome.machine().state()).isEqualTo(MachineState.STARTED);
  }

  /** {@code Thread.isVirtual()} is Java 21 API; the module compiles for Java 17. */
  private static boolean isVirtual(Thread thread) throws ReflectiveOperationException {
    return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
  }

  /** What the task saw. */
  private record Outcome(Machine machine, boolean virtualThread) {
  }
}
