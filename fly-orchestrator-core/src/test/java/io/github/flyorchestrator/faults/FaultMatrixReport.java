package io.github.flyorchestrator.faults;

import io.github.flyorchestrator.test.ApiVariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders the fault matrices as markdown tables (one per choice of API variants; rows orchestrations, columns faults)
 * and writes them to a file.
 */
final class FaultMatrixReport {

  private FaultMatrixReport() {
  }

  /**
   * @param records every run, by variants, orchestration and fault
   * @param setup one line describing the settings the runs used
   * @return one markdown table per choice of variants, each under a heading naming it, then the settings line
   */
  static String render(Map<ApiVariants, Map<Orchestration, Map<FaultCase, RunRecord>>> records, String setup) {
    StringBuilder text = new StringBuilder();
    records.forEach((variants, matrix) -> text.append("Variants: ").append(variants).append("\n\n")
        .append(table(matrix)).append('\n'));
    return text.append(setup).append('\n').toString();
  }

  private static String table(Map<Orchestration, Map<FaultCase, RunRecord>> records) {
    StringBuilder table = new StringBuilder("| orchestration \\ fault |");
    for (FaultCase fault : FaultCase.values()) {
      table.append(' ').append(fault.label()).append(" |");
    }
    table.append("\n|---|");
    table.append("---|".repeat(FaultCase.values().length)).append('\n');
    for (Orchestration orchestration : Orchestration.values()) {
      table.append("| ").append(orchestration.label()).append(" |");
      Map<FaultCase, RunRecord> row = records.getOrDefault(orchestration, Map.of());
      for (FaultCase fault : FaultCase.values()) {
        RunRecord run = row.get(fault);
        table.append(' ').append(run == null ? "not run" : run.cell()).append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  /**
   * @param markdown the rendered matrix
   * @param file where to write it (its directory is created)
   */
  static void write(String markdown, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, markdown);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
