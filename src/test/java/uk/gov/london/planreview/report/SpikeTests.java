package uk.gov.london.planreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.report.chart.DataTable;
import uk.gov.london.planreview.report.chart.SvgCharts;
import uk.gov.london.planreview.report.chart.Chart;

class SpikeTests {

	@Test
	void spike() throws Exception {
		TemplateEngine engine = new TemplateEngine(Path.of("templates"));
		PdfRenderer renderer = new PdfRenderer();
		DocumentWriter writer = new DocumentWriter(engine, renderer);
		SvgCharts charts = new SvgCharts();
		String svg = charts.horizontalBars("c1", "Completeness by plan: Camden 92.1, Hackney 80.0", List.of(
				new SvgCharts.Bar("Camden", 92.1, "92.1", null), new SvgCharts.Bar("Kingston upon Thames and Richmond upon Thames", 80, "80.0", null),
				new SvgCharts.Bar("Hackney", 55, "55.0", null)), "Completeness, out of 100", 100, SvgCharts.WIDTH);
		DataTable table = new DataTable("Completeness by plan", "Plan", List.of("Completeness"),
				List.of(new DataTable.Row("Camden", List.of("92.1")), new DataTable.Row("Hackney <script>", List.of("55.0"))), List.of(true));
		Chart chart = new Chart("c1", svg, "Completeness by plan", table);
		List<List<String>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 80; i++) rows.add(List.of("Row " + i + " £ – ’ ✓ 👍 中 \u000b", "x"));
		DocumentModel doc = new DocumentModel("London-wide review of CSP violence reduction action plans", "Review and summary of key findings",
				"For CSP boards", "London-wide review, 2026-Q3", "subject", "2026-Q3", "July to September 2026", "10 October 2026",
				List.of(Section.of("intro", "Introduction", "spike/section.ftl", Map.of("chart", chart, "rows", rows)),
						Section.of("wide", "Partnership breadth", "spike/section.ftl", Map.of("chart", chart, "rows", rows)).inLandscape(),
						Section.of("method", "Method", "spike/section.ftl", Map.of("chart", chart, "rows", List.of())).asAppendix()));
		Path out = Path.of("target/spike/review.pdf");
		Files.createDirectories(out.getParent());
		long t = System.currentTimeMillis();
		writer.write("spike/doc.ftl", Map.of("doc", doc), Instant.parse("2026-10-10T09:00:00Z"), out);
		System.out.println("render ms " + (System.currentTimeMillis() - t));
		t = System.currentTimeMillis();
		List<VeraPdf.Failure> failures = VeraPdf.failures(out);
		System.out.println("validate ms " + (System.currentTimeMillis() - t));
		failures.forEach(System.out::println);
		assertThat(failures).isEmpty();
	}

}
