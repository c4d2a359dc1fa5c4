package io.github.flyorchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The errors of every call of the four facades are documented where a reader looks for them, read from the sources:
 * a blocking method lists them in {@code @throws} (never under {@code @return}); a reactive method says in its
 * {@code @return} what the {@code Mono} fails with (or which overload's text applies); and the reactive twin names
 * every exception type its blocking twin throws.
 */
class FacadeJavadocTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "flyorchestrator");
  /**
   * A method's Javadoc comment (indented by two spaces: nested types are left out) and the declaration after it; a
   * constant (an {@code =} before the parenthesis) is no method.
   */
  private static final Pattern METHOD = Pattern.compile("\\n  /\\*\\*((?:(?!\\*/).)*)\\*/\\s*\\n  "
      + "((?:default\\s+)?[^;{/=]*?\\b(\\w+)\\s*\\(([^)]*)\\))\\s*[;{]", Pattern.DOTALL);
  /** A block tag: its name, and its text up to the next block tag. */
  private static final Pattern TAG = Pattern.compile("(?m)^\\s*\\*\\s*@(\\w+)\\s((?:(?!\\n\\s*\\*\\s*@).)*)",
      Pattern.DOTALL);
  private static final Pattern REFERENCE = Pattern.compile("fails as \\{@link #(\\w+)\\(([^)]*)\\)}");
  private static final Pattern EXCEPTION = Pattern.compile("\\b(\\w*Exception)\\b");
  private static final Set<String> ARGUMENT_CHECKS = Set.of("IllegalArgumentException", "NullPointerException",
      "RuntimeException");

  @ParameterizedTest
  @CsvSource({"FlyOrchestrator", "FlyMachinesClient"})
  void everyBlockingMethodListsItsExceptionsInThrowsAndNeverUnderReturn(String type) throws IOException {
    Map<String, Doc> methods = read(type);
    assertThat(methods).isNotEmpty();
    methods.forEach((signature, doc) -> {
      assertThat(doc.tags("throws")).as(type + "." + signature + " @throws").isNotEmpty();
      assertThat(doc.tags("return")).as(type + "." + signature + " @return")
          .noneMatch(text -> EXCEPTION.matcher(text).find() || text.contains("fails"));
    });
  }

  @ParameterizedTest
  @CsvSource({"ReactiveFlyOrchestrator, FlyOrchestrator", "ReactiveFlyMachinesClient, FlyMachinesClient"})
  void everyReactiveMethodSaysWhatItsMonoFailsWithAndNamesItsBlockingTwinsExceptions(String reactiveType,
      String blockingType) throws IOException {
    Map<String, Doc> reactive = read(reactiveType);
    Map<String, Doc> blocking = read(blockingType);
    assertThat(reactive.keySet()).isEqualTo(blocking.keySet());
    reactive.forEach((signature, doc) -> {
      String failures = failures(reactive, signature);
      assertThat(failures).as(reactiveType + "." + signature + " says what the Mono fails with")
          .contains("the {@code Mono} fails with");
      Set<String> thrown = blocking.get(signature).tags("throws").stream()
          .map(text -> text.strip().split("\\s+")[0])
          .filter(exception -> !ARGUMENT_CHECKS.contains(exception))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(exceptions(failures)).as(reactiveType + "." + signature + " names the exceptions of its twin")
          .containsAll(thrown);
    });
  }

  /** The {@code @return} text of a method, or of the overload it refers to with "fails as {@link #...}". */
  private static String failures(Map<String, Doc> methods, String signature) {
    String text = String.join(" ", methods.get(signature).tags("return"));
    Matcher reference = REFERENCE.matcher(text.replaceAll("\\s+", " "));
    if (reference.find()) {
      String target = reference.group(1) + "(" + erasures(reference.group(2)) + ")";
      assertThat(methods).as(signature + " refers to " + target).containsKey(target);
      return text + " " + failures(methods, target);
    }
    return text;
  }

  private static Set<String> exceptions(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = EXCEPTION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Map<String, Doc> read(String type) throws IOException {
    String source = Files.readString(SOURCES.resolve(type + ".java"), StandardCharsets.UTF_8);
    Map<String, Doc> methods = new LinkedHashMap<>();
    Matcher matcher = METHOD.matcher(source.substring(source.indexOf("public interface")));
    while (matcher.find()) {
      if (matcher.group(2).startsWith("static") || matcher.group(2).contains(" static ")
          || matcher.group(3).equals("close") && matcher.group(4).isBlank()
          || matcher.group(2).matches("\\w+Service\\s+\\w+\\(\\s*\\)") && matcher.group(4).isBlank()) {
        // factories, close(), which releases resources and calls no API route, and the accessors of the resource
        // groups (e.g. certificates()), which send nothing; the groups' twins are checked by ServiceTwinsTest
        continue;
      }
      methods.put(matcher.group(3) + "(" + erasures(parameterTypes(matcher.group(4))) + ")", new Doc(matcher.group(1)));
    }
    return methods;
  }

  /** The types of a parameter list, e.g. {@code Map<String, String> values, int limit} gives {@code Map, int}. */
  private static String parameterTypes(String parameters) {
    List<String> types = new ArrayList<>();
    for (String parameter : splitTopLevel(parameters)) {
      String trimmed = parameter.strip();
      types.add(trimmed.substring(0, trimmed.lastIndexOf(' ')));
    }
    return String.join(", ", types);
  }

  /** Each type without its type arguments. */
  private static String erasures(String types) {
    return splitTopLevel(types).stream().map(type -> type.strip().replaceAll("<.*", ""))
        .collect(Collectors.joining(", "));
  }

  private static List<String> splitTopLevel(String list) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : list.toCharArray()) {
      depth += c == '<' ? 1 : c == '>' ? -1 : 0;
      if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      parts.add(current.toString());
    }
    return parts;
  }

  /** One method's Javadoc. */
  private record Doc(String text) {

    List<String> tags(String name) {
      List<String> found = new ArrayList<>();
      Matcher matcher = TAG.matcher(text);
      while (matcher.find()) {
        if (matcher.group(1).equals(name)) {
          found.add(matcher.group(2).replaceAll("\\s*\\n\\s*\\*\\s*", " ").strip());
        }
      }
      return found;
    }
  }
}
