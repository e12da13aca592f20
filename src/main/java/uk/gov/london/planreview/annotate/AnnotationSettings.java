package uk.gov.london.planreview.annotate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planreview.annotation} in application.yml: the comments the review puts in each
 * partnership's own workbook (the annotated copy, and the notes in a pre-filled
 * template).
 *
 * @param reviewingBody who the comments are from, as Excel shows a comment's author
 */
@ConfigurationProperties("planreview.annotation")
public record AnnotationSettings(
		@DefaultValue("MOPAC, the Metropolitan Police Service and London Councils") String reviewingBody) {

}
