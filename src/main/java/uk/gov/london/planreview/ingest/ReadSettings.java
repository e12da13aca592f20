package uk.gov.london.planreview.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planreview.read} in application.yml.
 *
 * @param threads how many workbooks are read at once; 0 for one per processor core
 */
@ConfigurationProperties("planreview.read")
public record ReadSettings(@DefaultValue("0") int threads) {

	public int threadCount() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
