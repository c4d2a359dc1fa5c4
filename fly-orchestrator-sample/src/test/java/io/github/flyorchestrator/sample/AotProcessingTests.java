package io.github.flyorchestrator.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.aot.AbstractAotProcessor;

/** AOT processing of the sample, as {@code spring-boot:process-aot} runs it. */
@ExtendWith(OutputCaptureExtension.class)
class AotProcessingTests {

  @Test
  void aotProcessingGeneratesTheContextWithoutStartingTheEmbeddedSimulator(@TempDir Path output,
      CapturedOutput captured) {
    AbstractAotProcessor.Settings settings = AbstractAotProcessor.Settings.builder()
        .sourceOutput(output.resolve("sources")).resourceOutput(output.resolve("resources"))
        .classOutput(output.resolve("classes")).groupId("io.github.flyorchestrator")
        .artifactId("fly-orchestrator-sample").build();

    new SpringApplicationAotProcessor(SampleApplication.class, settings, new String[0]).process();

    assertThat(output.resolve("sources/io/github/flyorchestrator/sample"
        + "/SampleApplication__ApplicationContextInitializer.java")).exists();
    assertThat(captured.getOut()).doesNotContain("embedded Fly API simulator");
  }
}
