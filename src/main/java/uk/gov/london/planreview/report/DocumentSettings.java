package uk.gov.london.planreview.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planreview.documents} in application.yml.
 *
 * @param threads how many documents are rendered at once; 0 for one per processor core
 */
@ConfigurationProperties("planreview.documents")
public record DocumentSettings(@DefaultValue("0") int threads) {

	public int threadCount() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
