package uk.gov.london.planreview.report;

import java.util.Optional;

/**
 * A section of the London-wide review. Each is a Spring bean; the review holds them in {@code @Order}
 * (gaps of 100 leave room: good practice, linking up and movement since last quarter slot in between
 * without touching the others). A section with nothing to say returns empty and is left out, contents
 * and bookmarks included.
 */
public interface ReviewSection {

	Optional<Section> build(ReviewData data);

}
