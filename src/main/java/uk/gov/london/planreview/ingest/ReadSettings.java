package uk.gov.london.planreview.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planreview.read} in application.yml.
 *
 * @param threads how many workbooks are read at once; 0 for one per processor core
 * @param mostActions a workbook with more rows that read as actions is set aside as not a
 * plan (a data extract pasted in, say), so that it cannot hold up London's review
 */
@ConfigurationProperties("planreview.read")
public record ReadSettings(@DefaultValue("0") int threads, @DefaultValue("2000") int mostActions) {

	public int threadCount() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}

}
