package uk.gov.london.planreview.templatebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.template.TemplateVersion;
import uk.gov.london.planreview.testing.LibreOffice;
import uk.gov.london.planreview.testing.Project;

/**
 * Every template opens in LibreOffice (headless: a file it cannot load is not converted),
 * and its first sheet is the cover as written.
 */
class TemplateInLibreOfficeTests {

	@TempDir
	Path work;

	@Test
	void everyTemplateOpensInLibreOffice() throws Exception {
		LibreOffice.assumeInstalled();
		TemplateWorkbook writer = new TemplateWorkbook(TemplateInstructions.load(TemplateRoundTripTests.REFERENCE),
				"The test review panel");
		List<Path> files = new ArrayList<>();
		List<TemplateVersion> versions = TemplateRoundTripTests.CATALOGUE.versions();
		for (TemplateVersion version : versions) {
			Path file = this.work.resolve("template-" + version.id() + ".xlsx");
			writer.write(TemplateContent.blank(version), file, LocalDate.of(2026, 12, 1));
			files.add(file);
		}
		Plan kingstonAndRichmond = TemplateRoundTripTests.READER
			.read(Project.path("input", "Kingston and Richmond joint VVRAP 2021-22.xlsx"))
			.plan()
			.orElseThrow();
		Path prefilled = this.work.resolve("prefilled.xlsx");
		writer.write(TemplateContent.from(TemplateRoundTripTests.CATALOGUE.latest(), kingstonAndRichmond,
				Quarter.parse("2026-Q3")), prefilled, LocalDate.of(2026, 12, 1));
		files.add(prefilled);

		List<String> covers = LibreOffice.firstSheetsAsCsv(files, this.work);

		for (int i = 0; i < versions.size(); i++) {
			assertThat(covers.get(i)).contains(versions.get(i).title()).contains("Template version");
		}
		assertThat(covers.get(versions.size())).contains("Kingston upon Thames; Richmond upon Thames")
			.contains("Police BCU Commander");
	}

}
