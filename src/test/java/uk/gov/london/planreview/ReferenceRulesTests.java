package uk.gov.london.planreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.testing.Project;

/**
 * Reference files as a reviewer may leave them after an edit in Excel: each mistake is
 * reported before any work starts, as the file, the line, what is wrong and what to do.
 */
class ReferenceRulesTests {

	@TempDir
	Path home;

	Path reference;

	@BeforeEach
	void copyTheReferenceData() throws IOException {
		this.reference = Project.home(this.home).resolve("config").resolve("reference");
	}

	@Test
	void theReferenceDataAsReleasedIsInOrder() {
		assertThat(ReferenceRules.check(new ReferenceData(this.reference))).isEmpty();
	}

	@Test
	void anOnsCodeGivenTwiceIsReportedWithBothLines() throws IOException {
		append("authorities.csv", "E09000007,Newtown,Central North,\n");

		assertThat(ReferenceRules.check(new ReferenceData(this.reference)))
			.containsExactly(this.reference.resolve("authorities.csv")
					+ ", line 35: the ONS code \"E09000007\" is also on line 8. Each has one row: "
					+ "delete or correct one of them.");
	}

	@Test
	void aNameGivenTwiceIsReported() throws IOException {
		append("authorities.csv", "E09000099,Camden,Central North,\n");

		assertThat(ReferenceRules.check(new ReferenceData(this.reference))).singleElement()
			.asString()
			.contains("line 35: \"Camden\" is also the name or a spelling of Camden (line 8)");
	}

	@Test
	void rowsExcelLeavesEmptyAreNotAuthorities() throws IOException {
		append("authorities.csv", ",,,\n,,,\n");

		assertThat(ReferenceRules.check(new ReferenceData(this.reference))).isEmpty();
		assertThat(AuthorityDirectory.load(new ReferenceData(this.reference)).all()).hasSize(33);
	}

	@Test
	void aBlankRequiredValueAnUnknownVersionAndAThemeOfNoVersionAreReported() throws IOException {
		append("authorities.csv", "E09000099,,Central North,\n");
		append("mandatory-actions.csv", "2019,Governance,1.9,Something\n2021,Weapons of war,3.9,Something else\n");

		assertThat(ReferenceRules.check(new ReferenceData(this.reference)))
			.extracting(p -> p.replace(this.reference.toString(), "config/reference"))
			.containsExactly(
					"config/reference/authorities.csv, line 35: the name is blank. Fill it in, or delete the row.",
					"config/reference/mandatory-actions.csv, line 65: \"2019\" is not a template version in "
							+ "template-versions.csv. Add the version there, or correct it.",
					"config/reference/mandatory-actions.csv, line 66: \"Weapons of war\" is not a theme of the 2021 "
							+ "template in themes.csv. Use one of its themes' names.");
	}

	@Test
	void aFileThatIsNotReadableCsvOrIsMissingIsNamed() throws IOException {
		append("partner-categories.csv", "Police,\"police; mps\n");
		Files.delete(this.reference.resolve("themes.csv"));

		assertThat(ReferenceRules.check(new ReferenceData(this.reference)))
			.anySatisfy(p -> assertThat(p)
				.startsWith(this.reference.resolve("partner-categories.csv") + ": it is not a readable CSV file"))
			.anySatisfy(p -> assertThat(p)
				.startsWith(this.reference.resolve("themes.csv") + ": this reference file is missing"));
	}

	@Test
	void aColumnLeftOutIsReported() throws IOException {
		Files.writeString(this.reference.resolve("template-versions.csv"), "version,title\n2021,VVRAP\n");

		assertThat(ReferenceRules.check(new ReferenceData(this.reference)))
			.contains(this.reference.resolve("template-versions.csv")
					+ ", line 1: it has no column signoff_required. The heading row must "
					+ "name its columns: version, title, signoff_required.");
	}

	private void append(String file, String lines) throws IOException {
		Files.writeString(this.reference.resolve(file), lines, StandardOpenOption.APPEND);
	}

}
