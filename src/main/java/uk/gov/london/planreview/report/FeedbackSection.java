package uk.gov.london.planreview.report;

import java.util.Optional;

/**
 * A section of one plan's feedback. Each is a Spring bean, held in {@code @Order} as
 * {@link ReviewSection}s are; a section with nothing to say for this plan returns empty.
 */
public interface FeedbackSection {

	Optional<Section> build(FeedbackData data);

}
