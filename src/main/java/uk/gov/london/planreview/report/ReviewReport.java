package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.document.DocumentWriter;

/**
 * The London-wide review (review.pdf and review.html): a front page of key messages and
 * asks, contents, and the {@link ReviewSection}s the run's data supports, in their order.
 */
@Component
public class ReviewReport {

	private final List<ReviewSection> sections;

	private final DocumentWriter writer;

	ReviewReport(List<ReviewSection> sections, DocumentWriter writer) {
		this.sections = List.copyOf(sections);
		this.writer = writer;
	}

	public DocumentModel model(ReviewData data) {
		List<Section> present = new ArrayList<>();
		for (ReviewSection section : this.sections) {
			section.build(data).ifPresent(present::add);
		}
		return new DocumentModel(DocumentModel.PARTNERS, "London-wide review of CSP violence reduction action plans",
				"Review and summary of key findings from " + (data.plans().size() == 1 ? "the one action plan"
						: "the " + Prose.count(data.plans().size()) + " action plans") + " received",
				"For Community Safety Partnership boards, MOPAC, the Metropolitan Police Service and London Councils",
				"London-wide review of CSP action plans, " + data.quarter(),
				"Review and summary of key findings from the CSP violence reduction action plans for " + data.quarter(),
				data.quarter().toString(), data.period(), data.date(), DocumentModel.frontOf(present),
				DocumentModel.bodyOf(present));
	}

	public void write(ReviewData data, Path target) throws IOException {
		this.writer.write("review.ftl", templateModel(data), data.runDate(), target);
	}

	/** The review as its HTML file holds it. */
	public String html(ReviewData data) {
		return this.writer.html("review.ftl", templateModel(data));
	}

	private Map<String, Object> templateModel(ReviewData data) {
		return Map.of("doc", model(data), "settings", data.settings());
	}

}
