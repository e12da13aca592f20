package uk.gov.london.planreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.ingest.SubmissionStore.Submission;
import uk.gov.london.planreview.reference.ReferenceData;

class SubmissionConsolidatorTests {

	private final AuthorityDirectory authorities = AuthorityDirectory.load(ReferenceData.packaged());

	@Test
	void laterSubmissionDateStandsAndTheFindingSaysWhy() {
		SubmissionConsolidator.Outcome outcome = SubmissionConsolidator.consolidate(
				List.of(accepted("Camden.xlsx", LocalDate.of(2026, 9, 1), "Camden"),
						accepted("Camden revised.xlsx", LocalDate.of(2026, 10, 2), "Camden")),
				List.of(authority("Camden")), file -> List.of());

		assertThat(outcome.superseded()).singleElement().satisfies(s -> {
			assertThat(s.sourceFile()).isEqualTo("Camden.xlsx");
			assertThat(s.reason())
				.isEqualTo("Two submissions cover Camden: Camden revised.xlsx was used because it was "
						+ "submitted later (2026-10-02, against 2026-09-01); Camden.xlsx was set aside.");
		});
		assertThat(outcome.findings()).extracting(Finding::sourceFile).containsExactly("Camden.xlsx");
	}

	@Test
	void withoutDatesTheLaterFileNameStands() {
		SubmissionConsolidator.Outcome outcome = SubmissionConsolidator.consolidate(
				List.of(accepted("Hackney v1.xlsx", null, "Hackney"), accepted("Hackney v2.xlsx", null, "Hackney")),
				List.of(authority("Hackney")), file -> List.of());

		assertThat(outcome.superseded()).extracting(SubmissionConsolidator.Superseded::sourceFile)
			.containsExactly("Hackney v1.xlsx");
		assertThat(outcome.superseded().get(0).reason()).contains("later file name");
	}

	@Test
	void aJointPlanOverlappingASinglePlanIsADuplicate() {
		SubmissionConsolidator.Outcome outcome = SubmissionConsolidator.consolidate(
				List.of(accepted("SW BCU.xlsx", LocalDate.of(2026, 10, 5), "Kingston", "Richmond"),
						accepted("Richmond.xlsx", LocalDate.of(2026, 9, 5), "Richmond")),
				List.of(authority("Kingston"), authority("Richmond")), file -> List.of());

		assertThat(outcome.superseded()).singleElement()
			.satisfies(s -> assertThat(s.reason())
				.startsWith("Two submissions cover Richmond upon Thames: SW BCU.xlsx was used"));
		assertThat(outcome.findings()).hasSize(1);
	}

	@Test
	void authoritiesWithoutAPlanAreListedSayingWhetherTheirFileWasUnreadable() {
		Submission unreadable = new Submission("Bexley.xlsx", "00", "E09000004", List.of(authority("Bexley")),
				SubmissionStatus.REJECTED, "could not be read", null, null, null);

		SubmissionConsolidator.Outcome outcome = SubmissionConsolidator.consolidate(
				List.of(accepted("Brent.xlsx", null, "Brent"), unreadable),
				List.of(authority("Brent"), authority("Bexley"), authority("Barnet")), file -> List.of());

		assertThat(outcome.findings()).extracting(Finding::message)
			.containsExactly(
					"No plan for Bexley was reviewed this quarter: its submission could not be read (see its other findings).",
					"No plan for Barnet was reviewed this quarter: none was received.");
	}

	private Submission accepted(String file, LocalDate submitted, String... names) {
		List<Authority> covered = java.util.Arrays.stream(names).map(this::authority).sorted().toList();
		return new Submission(file, "00", AuthorityDirectory.planId(covered), covered, SubmissionStatus.ACCEPTED, null,
				"", "2021", submitted);
	}

	private Authority authority(String name) {
		return this.authorities.resolve(name).orElseThrow();
	}

}
