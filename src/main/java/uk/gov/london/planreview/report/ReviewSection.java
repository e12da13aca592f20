package uk.gov.london.planreview.report;

import java.util.Optional;

/**
 * A section of the London-wide review. Each is a Spring bean; the review holds them in
 * {@code @Order} (gaps of 100 leave room for a new section between two others without
 * touching them: linking up sits at 850, after areas for development). A section with
 * nothing to say returns empty and is left out, contents and bookmarks included.
 */
public interface ReviewSection {

	Optional<Section> build(ReviewData data);

}
