package io.github.flyorchestrator.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.flyorchestrator.internal.client.FlyRouteLimits.LimitClass;
import io.github.flyorchestrator.internal.client.FlyRouteLimits.RouteLimit;
import io.github.flyorchestrator.internal.client.FlyRouteLimits.Scope;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The one rate-limit table: Fly's documented classes, every route listed once, and the README shows it. */
class FlyRouteLimitsTest {

  private static RouteLimit rowOf(HttpMethod method, String route, String app, String machine) {
    FlyCall.Builder call = FlyCall.of(method, route);
    if (app != null) {
      call.path("app", app);
    }
    if (machine != null) {
      call.path("machine", machine);
    }
    return FlyRouteLimits.of(call.build());
  }

  @Test
  void getMachineAndAppDeletionHaveTheirOwnLimitsAndEverythingElseIsAnAction() {
    assertThat(rowOf(HttpMethod.GET, FlyRoutes.MACHINE, "a", "m1"))
        .extracting(RouteLimit::limitClass, RouteLimit::scope).containsExactly(LimitClass.GET_MACHINE, Scope.MACHINE);
    assertThat(rowOf(HttpMethod.DELETE, FlyRoutes.APP, "a", null))
        .extracting(RouteLimit::limitClass, RouteLimit::scope).containsExactly(LimitClass.APP_DELETION, Scope.CLIENT);
    assertThat(rowOf(HttpMethod.GET, FlyRoutes.APP, "a", null))
        .extracting(RouteLimit::limitClass, RouteLimit::scope).containsExactly(LimitClass.ACTION, Scope.APP);
    assertThat(rowOf(HttpMethod.GET, FlyRoutes.MACHINE_WAIT, "a", "m1"))
        .extracting(RouteLimit::limitClass, RouteLimit::scope).containsExactly(LimitClass.ACTION, Scope.MACHINE);
    assertThat(FlyRouteLimits.TABLE.stream().filter(row -> row.limitClass() != LimitClass.ACTION)
        .map(RouteLimit::operation)).containsExactlyInAnyOrder("get machine", "delete app");
  }

  @Test
  void aCallCountsPerTheIdentifierItsRowNames() {
    FlyCall start = FlyCall.of(HttpMethod.POST, FlyRoutes.MACHINE_START).path("app", "a").path("machine", "m1")
        .build();
    FlyCall createApp = FlyCall.of(HttpMethod.POST, FlyRoutes.APPS).build();

    assertThat(FlyRouteLimits.identifier(FlyRouteLimits.of(start), start)).isEqualTo("a/m1");
    assertThat(FlyRouteLimits.identifier(FlyRouteLimits.of(createApp), createApp)).isEmpty();
  }

  @Test
  void everyRouteOfTheClientIsInTheTable() throws IllegalAccessException {
    List<String> routes = new ArrayList<>();
    for (Field field : FlyRoutes.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        routes.add((String) field.get(null));
      }
    }

    assertThat(FlyRouteLimits.TABLE.stream().map(RouteLimit::route).distinct()).containsExactlyInAnyOrderElementsOf(
        routes);
  }

  /** The README's table is this table; regenerate it from {@link #markdown()} when a row changes. */
  @Test
  void theReadmeShowsThisTable() throws IOException {
    Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");

    assertThat(Files.readString(readme, StandardCharsets.UTF_8)).contains(markdown());
  }

  private static String markdown() {
    String header = "| route | operation | limit | counted per |\n|---|---|---|---|\n";
    return header + FlyRouteLimits.TABLE.stream()
        .map(row -> "| `" + row.method().name() + " /v1" + row.route() + "` | " + row.operation() + " | "
            + FlyRouteLimits.label(row.limitClass()) + " | " + FlyRouteLimits.label(row.scope()) + " |")
        .collect(Collectors.joining("\n")) + "\n";
  }
}
