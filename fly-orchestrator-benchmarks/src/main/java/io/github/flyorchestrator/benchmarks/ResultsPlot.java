package io.github.flyorchestrator.benchmarks;

import io.github.flyorchestrator.benchmarks.BenchmarkResults.CallRow;
import io.github.flyorchestrator.benchmarks.BenchmarkResults.LatencyRow;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws the detection-latency and API-call bar charts side by side into one PNG. */
public final class ResultsPlot {

  private static final int PANEL_WIDTH = 720;
  private static final int HEIGHT = 480;

  private ResultsPlot() {
  }

  /**
   * Writes the plot.
   *
   * @param results the measurements
   * @param file target PNG
   * @throws IOException when the file cannot be written
   */
  public static void write(BenchmarkResults results, Path file) throws IOException {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      latencyChart(results).draw(g, new Rectangle2D.Double(0, 0, PANEL_WIDTH, HEIGHT));
      callsChart(results).draw(g, new Rectangle2D.Double(PANEL_WIDTH, 0, PANEL_WIDTH, HEIGHT));
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "png", file.toFile());
  }

  private static JFreeChart latencyChart(BenchmarkResults results) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (LatencyRow row : results.latency()) {
      if (row.summary() != null) {
        String strategy = shortLabel(row.strategy());
        data.addValue(Math.max(1, row.summary().p50()), "p50", strategy);
        data.addValue(Math.max(1, row.summary().p95()), "p95", strategy);
        data.addValue(Math.max(1, row.summary().p99()), "p99", strategy);
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("Detection latency (ms, log scale)", null, "ms", data,
        PlotOrientation.VERTICAL, true, false, false);
    logAxis(chart, "ms");
    return chart;
  }

  private static JFreeChart callsChart(BenchmarkResults results) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String strategy : Strategies.ALL) {
      for (CallRow row : results.calls()) {
        if (row.strategy().equals(strategy) && row.machines() > 0) {
          data.addValue(row.meanCalls(), shortLabel(strategy), "ready after " + row.readyAfterSeconds() + " s");
        }
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("API calls per create-and-wait (mean, log scale)", null, "calls",
        data, PlotOrientation.VERTICAL, true, false, false);
    logAxis(chart, "calls");
    return chart;
  }

  private static void logAxis(JFreeChart chart, String label) {
    CategoryPlot plot = chart.getCategoryPlot();
    LogarithmicAxis axis = new LogarithmicAxis(label);
    axis.setAllowNegativesFlag(false);
    axis.setStrictValuesFlag(false);
    plot.setRangeAxis(axis);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.GRAY);
    plot.getDomainAxis().setMaximumCategoryLabelLines(3);
    CategoryItemRenderer renderer = plot.getRenderer();
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.#")));
    renderer.setDefaultItemLabelsVisible(true);
  }

  private static String shortLabel(String strategy) {
    return strategy.replace(DetectionLatencyRun.ALONE_SUFFIX, " alone").replace("orchestrator, ", "")
        .replace(" backoff poller", "").replace(" poller", "");
  }
}
