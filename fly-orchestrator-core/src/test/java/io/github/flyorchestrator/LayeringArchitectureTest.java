package io.github.flyorchestrator;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.flyorchestrator.param.CreateMachineRequest;
import io.github.flyorchestrator.param.PollOptions;

/**
 * The layering of the core module: models at the bottom, then the client, the waiting engine, the lifecycle
 * collaborators and the facades. Requests, settings and exceptions never need the engine (they may use the small
 * helpers of {@code internal.util} and the token check of {@code internal.client}); a facade's static factory may
 * build its default implementation.
 */
@AnalyzeClasses(packages = "io.github.flyorchestrator", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringArchitectureTest {

  private static final String FACADES_IMPL = "io.github.flyorchestrator.internal";

  @ArchTest
  static final ArchRule clientDoesNotKnowWaitingObservationOrOrchestrators = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.internal.client..")
      .should().dependOnClassesThat(resideInAnyPackage("io.github.flyorchestrator.internal.wait..",
          "io.github.flyorchestrator.internal.lifecycle..", "io.github.flyorchestrator.internal.observation..",
          "io.github.flyorchestrator.observation..", FACADES_IMPL)
          .or(belongToAnyOf(FlyOrchestrator.class, ReactiveFlyOrchestrator.class, CreateMachineRequest.class,
              PollResult.class, PollOptions.class)));

  @ArchTest
  static final ArchRule waitingEngineDoesNotKnowTheOrchestratorFacadeOrTelemetry = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.internal.wait..")
      .should().dependOnClassesThat(resideInAnyPackage("io.github.flyorchestrator.observation..",
          "io.github.flyorchestrator.internal.observation..", "io.github.flyorchestrator.internal.lifecycle..",
          FACADES_IMPL)
          .or(belongToAnyOf(FlyOrchestrator.class, ReactiveFlyOrchestrator.class)));

  @ArchTest
  static final ArchRule modelDependsOnNothingElseInTheProject = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.model..")
      .should().dependOnClassesThat(resideInAPackage("io.github.flyorchestrator..")
          .and(not(resideInAPackage("io.github.flyorchestrator.model.."))));

  @ArchTest
  static final ArchRule parametersSettingsAndExceptionsDoNotKnowTheEngine = noClasses()
      .that().resideInAnyPackage("io.github.flyorchestrator.param..", "io.github.flyorchestrator.settings..",
          "io.github.flyorchestrator.exception..")
      .should().dependOnClassesThat(resideInAnyPackage("io.github.flyorchestrator.internal.wait..",
          "io.github.flyorchestrator.internal.lifecycle..", "io.github.flyorchestrator.internal.observation..",
          "io.github.flyorchestrator.observation..", FACADES_IMPL)
          .or(belongToAnyOf(FlyOrchestrator.class, ReactiveFlyOrchestrator.class)));

  @ArchTest
  static final ArchRule collaboratorsDoNotKnowTheFacadesThatDelegateToThem = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.internal.lifecycle..")
      .should().dependOnClassesThat(resideInAPackage(FACADES_IMPL)
          .or(belongToAnyOf(FlyOrchestrator.class, ReactiveFlyOrchestrator.class)));
}
