package uk.gov.london.planreview.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.testing.Project;

/**
 * ReferenceData.FILES is what a resumed run fingerprints and what the sample copies for a
 * scaled run: it must name every reference file a reviewer may edit.
 */
class ReferenceDataTests {

	@Test
	void everyFileInConfigReferenceIsListed() throws Exception {
		try (Stream<Path> files = Files.list(Project.path("config", "reference"))) {
			assertThat(files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".csv")))
				.containsExactlyInAnyOrderElementsOf(ReferenceData.FILES);
		}
	}

}
