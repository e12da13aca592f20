package uk.gov.london.planreview.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.reference.ReferenceData;

/**
 * One fingerprint of the settings and reference data a run reads (config/application.yml
 * and every reference file): an interrupted run is resumed only when they are as they
 * were, since what it has read and scored depends on them. The document templates are not
 * in it: documents are rendered afresh whenever a run resumes.
 */
@Component
class SettingsFingerprint {

	private final RunSettings settings;

	SettingsFingerprint(RunSettings settings) {
		this.settings = settings;
	}

	String now() {
		List<String> parts = new ArrayList<>();
		Path yml = this.settings.home().resolve("config").resolve("application.yml");
		parts.add(Files.isRegularFile(yml) ? Sha256.of(yml) : "");
		for (String file : ReferenceData.FILES) {
			Path path = this.settings.reference().resolve(file);
			parts.add(file + "=" + (Files.isRegularFile(path) ? Sha256.of(path) : ""));
		}
		return Sha256.ofTexts(parts);
	}

}
