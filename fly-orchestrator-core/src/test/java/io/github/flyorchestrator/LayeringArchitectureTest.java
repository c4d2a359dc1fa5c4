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

/** The layering of the core module: models at the bottom, then the client, the waiting engine, the orchestrators. */
@AnalyzeClasses(packages = "io.github.flyorchestrator", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringArchitectureTest {

  @ArchTest
  static final ArchRule clientDoesNotKnowWaitingObservationOrOrchestrators = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.client..")
      .should().dependOnClassesThat(resideInAnyPackage("io.github.flyorchestrator.wait..",
          "io.github.flyorchestrator.observation..")
          .or(belongToAnyOf(FlyOrchestrator.class, ReactiveFlyOrchestrator.class,
              DefaultReactiveFlyOrchestrator.class, BlockingFlyOrchestrator.class, CreateMachineRequest.class,
              PollResult.class, PollOptions.class)));

  @ArchTest
  static final ArchRule waitingEngineDoesNotKnowTheOrchestratorFacadeOrTelemetry = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.wait..")
      .should().dependOnClassesThat(resideInAPackage("io.github.flyorchestrator.observation..")
          .or(belongToAnyOf(FlyOrchestrator.class, ReactiveFlyOrchestrator.class,
              DefaultReactiveFlyOrchestrator.class, BlockingFlyOrchestrator.class)));

  @ArchTest
  static final ArchRule modelDependsOnNothingElseInTheProject = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.model..")
      .should().dependOnClassesThat(resideInAPackage("io.github.flyorchestrator..")
          .and(not(resideInAPackage("io.github.flyorchestrator.model.."))));

  @ArchTest
  static final ArchRule collaboratorsDoNotKnowTheFacadesThatDelegateToThem = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.lifecycle..")
      .should().dependOnClassesThat(belongToAnyOf(FlyOrchestrator.class, ReactiveFlyOrchestrator.class,
          DefaultReactiveFlyOrchestrator.class, BlockingFlyOrchestrator.class));

  @ArchTest
  static final ArchRule rolloutValuesDependOnlyOnTheModel = noClasses()
      .that().resideInAPackage("io.github.flyorchestrator.rollout..")
      .should().dependOnClassesThat(resideInAPackage("io.github.flyorchestrator..")
          .and(not(resideInAnyPackage("io.github.flyorchestrator.rollout..", "io.github.flyorchestrator.model.."))));
}
