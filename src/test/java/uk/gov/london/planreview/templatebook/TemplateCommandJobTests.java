package uk.gov.london.planreview.templatebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.ingest.PlanWorkbookReader;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewRequest;
import uk.gov.london.planreview.testing.JobTest;

/**
 * {@code ./run.sh template} against the review history in the database: pre-filled from a
 * partnership's last reviewed plan, and a plain-English refusal for an unknown version or
 * authority (TemplateCommandMistakesTests has the mistakes).
 */
@JobTest
class TemplateCommandJobTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@TempDir
	static Path work;

	@Autowired
	ReviewCommand review;

	@Autowired
	TemplateCommand template;

	@Autowired
	PlanWorkbookReader reader;

	@Test
	void aTemplateForAPartnershipIsFilledInWithItsPlanAsLastReviewed() throws Exception {
		Object[][] later = Fixtures.standardActions();
		later[11][2] = "Run a mediation scheme for young people in dispute, now in every secondary school";
		later[0][4] = "";
		Fixtures.plan(work.resolve("q1"), "Sutton.xlsx", "Sutton");
		Fixtures.plan(work.resolve("q2"), "Sutton.xlsx", "Sutton", later);
		Path output = work.resolve("output");
		// Later than any quarter the other job tests review in the shared database (the
		// bundled sample's is 2026-Q4), so that these are Sutton's last reviews.
		assertThat(this.review
			.review(ReviewRequest.of(work.resolve("q1"), output, Quarter.parse("2031-Q1")).withoutDocuments())
			.exitCode()).isZero();
		assertThat(this.review
			.review(ReviewRequest.of(work.resolve("q2"), output, Quarter.parse("2031-Q2")).withoutDocuments())
			.exitCode()).isZero();
		assertThat(output.resolve("2031-Q2/feedback")).as("--no-documents writes no annotated copies").doesNotExist();

		TemplateCommand.Result result = this.template.write(null, "LB Sutton", work.resolve("templates"), TODAY);

		assertThat(result.exitCode()).as(result.message()).isZero();
		Path file = work.resolve("templates/Sutton action plan template 2023.xlsx");
		assertThat(result.message()).contains("plan of Sutton as reviewed for 2031-Q2").endsWith(file.toString());
		Plan plan = this.reader.read(file).plan().orElseThrow();
		assertThat(plan.actions()).extracting(Action::text)
			.contains("Run a mediation scheme for young people in dispute, now in every secondary school");
		assertThat(plan.actions()).filteredOn(a -> a.templateRef().equals("1.1"))
			.singleElement()
			.satisfies(a -> assertThat(a.lead()).isEmpty());
		assertThat(plan.actions()).allSatisfy(a -> assertThat(a.progress()).isEmpty());
	}

	@Test
	void aBlankTemplateOfTheNewestVersion() throws Exception {
		TemplateCommand.Result result = this.template.write(null, null, work.resolve("blank"), TODAY);

		assertThat(result.exitCode()).as(result.message()).isZero();
		assertThat(result.message()).startsWith("Wrote the 2023 template, blank but for its 24 mandatory actions");
		assertThat(work.resolve("blank/Action plan template 2023.xlsx")).isRegularFile();
	}

}
