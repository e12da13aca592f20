package uk.gov.london.planreview.report.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.FeedbackData;
import uk.gov.london.planreview.report.FeedbackSection;
import uk.gov.london.planreview.report.Section;

/**
 * Precisely what to improve, most important first, with the actions concerned by
 * reference.
 */
@Component
@Order(500)
public class ImproveSection implements FeedbackSection {

	public record Model(List<Improvement> improvements, boolean appendix) {
	}

	@Override
	public Optional<Section> build(FeedbackData data) {
		List<Improvement> improvements = Improvements.of(data.plan(), data.london());
		if (improvements.isEmpty()) {
			return Optional.empty();
		}
		boolean appendix = data.plan().checks().stream().anyMatch(c -> !c.missing().isEmpty());
		return Optional.of(Section
			.of("improve", "What to improve", "feedback/improve.ftl", new Model(improvements, appendix))
			.withHeadings(
					improvements.stream().map(i -> new Section.Heading("improve-" + i.id(), i.headline())).toList()));
	}

}
