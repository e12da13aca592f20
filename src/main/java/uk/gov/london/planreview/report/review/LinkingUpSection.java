package uk.gov.london.planreview.report.review;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.report.Links;
import uk.gov.london.planreview.report.ReviewData;
import uk.gov.london.planreview.report.ReviewSection;
import uk.gov.london.planreview.report.Section;

/**
 * Linking up: MOPAC's convening role. Area by area, how many partnerships have a gap
 * there (counted: each finds its own in its feedback) and which partnerships, strong
 * there and with no gap of their own there, could help; who convenes.
 */
@Component
@Order(850)
public class LinkingUpSection implements ReviewSection {

	/**
	 * @param withGaps the partnerships with at least one gap
	 */
	public record Model(Links links, long withGaps, int plans, String convener) {
	}

	@Override
	public Optional<Section> build(ReviewData data) {
		if (data.weakAreas().isEmpty()) {
			return Optional.empty();
		}
		Links links = Links.of(data);
		long withGaps = data.weakAreas().stream().map(a -> a.planId()).distinct().count();
		return Optional.of(
				Section
					.of("linking-up", "Linking up", "review/linking-up.ftl",
							new Model(links, withGaps, data.plans().size(), data.settings().convener()))
					.runOn());
	}

}
