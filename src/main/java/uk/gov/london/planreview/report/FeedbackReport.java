package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.document.DocumentRendering;
import uk.gov.london.planreview.document.DocumentWriter;

/**
 * Each plan's feedback to its CSP board (feedback/&lt;plan_id&gt;.pdf and .html): a
 * cover, contents, and the {@link FeedbackSection}s the plan's data supports.
 *
 * <p>
 * Each document is written whole, so a run that dies part-way and restarts simply renders
 * them all again ({@link DocumentRendering}) and gets the same bytes.
 */
@Component
public class FeedbackReport {

	private final List<FeedbackSection> sections;

	private final DocumentWriter writer;

	FeedbackReport(List<FeedbackSection> sections, DocumentWriter writer) {
		this.sections = List.copyOf(sections);
		this.writer = writer;
	}

	/** Where a plan's feedback goes, in the run's folder. */
	public static Path target(Path folder, String planId) {
		return folder.resolve(OutputLayout.feedbackPdf(planId));
	}

	public DocumentModel model(ReviewData data, PlanView plan) {
		FeedbackData feedback = new FeedbackData(data, plan);
		List<Section> present = new ArrayList<>();
		for (FeedbackSection section : this.sections) {
			section.build(feedback).ifPresent(present::add);
		}
		String csp = plan.plan().cspName().isBlank() ? "the Community Safety Partnership"
				: plan.plan().cspName().trim();
		return new DocumentModel(DocumentModel.PARTNERS,
				"Feedback on the violence reduction action plan: " + plan.name(),
				"The review panel’s feedback to the board of " + csp,
				"For the board of " + csp + " (" + plan.name() + ")",
				"Feedback on the action plan of " + plan.name() + ", " + data.quarter(),
				"Feedback from " + DocumentModel.PARTNERS + " on the violence reduction action plan of " + plan.name()
						+ " for " + data.quarter(),
				data.quarter().toString(), data.period(), data.date(), DocumentModel.frontOf(present),
				DocumentModel.bodyOf(present));
	}

	public void write(ReviewData data, PlanView plan, Path target) throws IOException {
		this.writer.write("feedback.ftl", Map.of("doc", model(data, plan), "settings", data.settings()), data.runDate(),
				target);
	}

	/** The plan's feedback as its HTML file holds it. */
	public String html(ReviewData data, PlanView plan) {
		return this.writer.html("feedback.ftl", Map.of("doc", model(data, plan), "settings", data.settings()));
	}

}
