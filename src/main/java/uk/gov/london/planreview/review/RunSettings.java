package uk.gov.london.planreview.review;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planreview} in application.yml: where the program lives and what it prints.
 *
 * @param home the program's folder (run.sh sets it): config/, templates/ and data/ are
 * found there
 * @param referenceDir the reference data a reviewer edits; empty for config/reference/
 * under the home folder
 * @param progress print progress lines while a run works
 * @param timings end a run with a line of step timings, for the benchmark
 */
@ConfigurationProperties("planreview")
public record RunSettings(@DefaultValue(".") Path home, Path referenceDir, @DefaultValue("true") boolean progress,
		@DefaultValue("false") boolean timings) {

	/** The reference data's folder. */
	public Path reference() {
		return this.referenceDir != null ? this.referenceDir : this.home.resolve("config").resolve("reference");
	}

}
