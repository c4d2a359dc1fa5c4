package io.github.flyorchestrator.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Renders the fault matrix as a markdown table (rows orchestrations, columns faults) and writes it to a file. */
final class FaultMatrixReport {

  private FaultMatrixReport() {
  }

  /**
   * @param records every run, by orchestration and fault
   * @param setup one line describing the settings the runs used
   * @return the markdown table followed by the settings line
   */
  static String render(Map<Orchestration, Map<FaultCase, RunRecord>> records, String setup) {
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
    return table.append('\n').append(setup).append('\n').toString();
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
