package io.github.flyorchestrator.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README compiles against the published modules, so that no example shows a name
 * that does not exist. It lives in this module because its test classpath holds everything the README shows: the
 * core, the simulator ({@code fly-orchestrator-test}), Spring Boot's test support and Spring's stereotypes.
 *
 * <p>Each block becomes one compilation unit in a package of its own ({@code readme.line<N>}, N being the block's
 * first line in the README), with the imports a reader of the README has: the public packages of fly-orchestrator
 * and its simulator, {@code java.time}, {@code java.util}, Reactor, JUnit, AssertJ and Spring. A block that declares
 * a type is compiled as it is; a block of members (e.g. a test method) goes into a class; any other block is a
 * method body. Members and bodies see the names the README's snippets take as given: {@code fly} (an injected
 * {@link io.github.flyorchestrator.FlyOrchestrator}), {@code reactiveFly}, {@code client}, {@code simulator},
 * {@code app}, {@code machineId} and {@code log}.
 */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum|@interface)\\s+\\w+");
  private static final Pattern MEMBER = Pattern.compile(
      "^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:[\\w<>\\[\\], ?]+\\s+)+\\w+\\s*\\([^)]*\\)\\s*(?:throws [\\w., ]+)?\\{",
      Pattern.DOTALL);
  private static final String IMPORTS = """
      import static org.assertj.core.api.Assertions.*;

      import io.github.flyorchestrator.*;
      import io.github.flyorchestrator.exception.*;
      import io.github.flyorchestrator.model.*;
      import io.github.flyorchestrator.observation.*;
      import io.github.flyorchestrator.param.*;
      import io.github.flyorchestrator.settings.*;
      import io.github.flyorchestrator.test.*;
      import io.micrometer.common.KeyValue;
      import io.micrometer.core.instrument.MeterRegistry;
      import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
      import io.micrometer.observation.ObservationRegistry;
      import java.time.*;
      import java.util.*;
      import java.util.function.*;
      import org.junit.jupiter.api.*;
      import org.junit.jupiter.params.*;
      import org.junit.jupiter.params.provider.*;
      import org.slf4j.Logger;
      import org.springframework.beans.factory.annotation.Autowired;
      import org.springframework.boot.test.context.SpringBootTest;
      import org.springframework.context.annotation.Bean;
      import org.springframework.context.annotation.Configuration;
      import org.springframework.stereotype.Service;
      import reactor.core.publisher.*;
      """;
  private static final String GIVEN = """
        FlyOrchestrator fly;
        ReactiveFlyOrchestrator reactiveFly;
        FlyMachinesClient client;
        FlyApiSimulator simulator;
        String app;
        String machineId;
        Logger log;
      """;

  @Test
  void everyJavaBlockOfTheReadmeCompiles(@TempDir Path classes) throws IOException {
    List<Block> blocks = blocks(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(blocks).as("java blocks in the README").hasSizeGreaterThanOrEqualTo(5);

    assertThat(compile(blocks, classes)).as("README blocks that do not compile").isEmpty();
  }

  @Test
  void aBlockThatDoesNotCompileIsNamedByItsLine(@TempDir Path classes) {
    List<Block> blocks = List.of(new Block(10, "Machine m = fly.startAndWait(\"my-app\", machineId);\n"),
        new Block(20, "Machine m = fly.startAndWaitTypo(\"my-app\", machineId);\n"),
        new Block(30, "@Service\nclass Fine {\n}\n"),
        new Block(40, "@Test\nvoid member() {\n  assertThat(fly.stopAndWait(app, machineId)).isNull();\n}\n"));

    assertThat(compile(blocks, classes)).singleElement().asString()
        .startsWith("README.md block at line 20")
        .contains("startAndWaitTypo");
  }

  @Test
  void blocksAreTypesMembersOrStatements() {
    assertThat(new Block(1, "@Service\nclass Workers {\n}\n").shape()).isEqualTo(Shape.TYPES);
    assertThat(new Block(1, "@ParameterizedTest\nvoid run(ApiVariants v) { }\n").shape()).isEqualTo(Shape.MEMBERS);
    assertThat(new Block(1, "Machine m = fly.startAndWait(app, machineId);\n").shape()).isEqualTo(Shape.STATEMENTS);
  }

  private static List<Block> blocks(String readme) {
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    while (matcher.find()) {
      int line = (int) readme.substring(0, matcher.start(1)).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new Block(line, matcher.group(1)));
    }
    return blocks;
  }

  /** Compiles the blocks together; returns one line per error, naming the block's first line in the README. */
  private static List<String> compile(List<Block> blocks, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK's compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Source> sources = blocks.stream().map(Source::new).toList();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none",
          "-Xlint:none", "-nowarn");
      compiler.getTask(null, files, diagnostics, options, null, sources).call();
    } catch (IOException e) {
      throw new IllegalStateException("cannot close the compiler's file manager", e);
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() instanceof Source source) {
        errors.add("README.md block at line " + source.block.line() + ": " + source.describe(diagnostic));
      }
    }
    return errors;
  }

  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** How a block is wrapped into a compilation unit. */
  enum Shape {
    /** It declares its own types. */
    TYPES,
    /** Fields or methods: they go into a class. */
    MEMBERS,
    /** Statements: they become a method's body. */
    STATEMENTS
  }

  /**
   * One {@code ```java} block.
   *
   * @param line the README line of its first line
   * @param code its text
   */
  record Block(int line, String code) {

    Shape shape() {
      if (TYPE_DECLARATION.matcher(code).find()) {
        return Shape.TYPES;
      }
      return MEMBER.matcher(code.strip()).lookingAt() ? Shape.MEMBERS : Shape.STATEMENTS;
    }
  }

  /** A block as a compilation unit; remembers how many lines come before the block's code. */
  private static final class Source extends SimpleJavaFileObject {

    private final Block block;
    private final String text;
    private final int linesBefore;

    Source(Block block) {
      super(URI.create("string:///readme/line" + block.line() + "/Block.java"), Kind.SOURCE);
      this.block = block;
      String head = "package readme.line" + block.line() + ";\n\n" + IMPORTS + "\n";
      String code = switch (block.shape()) {
        case TYPES -> head + block.code();
        case MEMBERS -> head + "class Block {\n" + GIVEN + block.code() + "}\n";
        case STATEMENTS -> head + "class Block {\n" + GIVEN + "  void snippet() throws Exception {\n" + block.code()
            + "  }\n}\n";
      };
      this.linesBefore = (int) code.substring(0, code.indexOf(block.code())).chars().filter(c -> c == '\n').count();
      this.text = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }

    String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
      long lineInBlock = diagnostic.getLineNumber() - linesBefore;
      String where = lineInBlock >= 1 ? "README line " + (block.line() + lineInBlock - 1) : "around the block";
      return where + ": " + diagnostic.getMessage(Locale.ROOT).replace(File.separatorChar, '/');
    }
  }
}
