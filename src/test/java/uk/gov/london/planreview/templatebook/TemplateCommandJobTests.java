package uk.gov.london.planreview.templatebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
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
 * authority, or one never reviewed.
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

	@Autowired
	AuthorityDirectory authorities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTemplateForAPartnershipIsFilledInWithItsPlanAsLastReviewed() throws Exception {
		Object[][] later = Fixtures.standardActions();
		later[11][2] = "Run a mediation scheme for young people in dispute, now in every secondary school";
		later[0][4] = "";
		Fixtures.plan(work.resolve("q1"), "Sutton.xlsx", "Sutton");
		Fixtures.plan(work.resolve("q2"), "Sutton.xlsx", "Sutton", later);
		Path output = work.resolve("output");
		assertThat(this.review
			.review(ReviewRequest.of(work.resolve("q1"), output, Quarter.parse("2026-Q1")).withoutDocuments())
			.exitCode()).isZero();
		assertThat(this.review
			.review(ReviewRequest.of(work.resolve("q2"), output, Quarter.parse("2026-Q2")).withoutDocuments())
			.exitCode()).isZero();
		assertThat(output.resolve("2026-Q2/feedback")).as("--no-documents writes no annotated copies").doesNotExist();

		TemplateCommand.Result result = this.template.write(null, "LB Sutton", work.resolve("templates"), TODAY);

		assertThat(result.exitCode()).as(result.message()).isZero();
		Path file = work.resolve("templates/Sutton action plan template 2023.xlsx");
		assertThat(result.message()).contains("plan of Sutton as reviewed for 2026-Q2").endsWith(file.toString());
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

	@Test
	void mistakesAreAnsweredInPlainEnglishAndWriteNothing() throws Exception {
		Path folder = work.resolve("mistakes");

		TemplateCommand.Result version = this.template.write("2019", null, folder, TODAY);
		TemplateCommand.Result authority = this.template.write(null, "Gotham", folder, TODAY);
		Authority unreviewed = neverReviewed();
		TemplateCommand.Result history = this.template.write("2021", unreviewed.name(), folder, TODAY);

		assertThat(version.exitCode()).isEqualTo(2);
		assertThat(version.message())
			.isEqualTo("There is no template version \"2019\": the versions are 2017, 2021 and 2023 "
					+ "(config/reference/template-versions.csv).");
		assertThat(authority.exitCode()).isEqualTo(2);
		assertThat(authority.message())
			.startsWith("\"Gotham\" is not the name of a London authority this review knows.");
		assertThat(history.exitCode()).isEqualTo(2);
		assertThat(history.message()).startsWith("No plan for " + unreviewed.name() + " has been reviewed yet")
			.endsWith("Leave out --authority for a blank template.");
		assertThat(Files.exists(folder)).isFalse();
	}

	/**
	 * An authority no review in the shared database has a plan for (the job tests each
	 * review a few).
	 */
	private Authority neverReviewed() {
		List<String> reviewed = this.jdbc.sql("SELECT authorities FROM submission WHERE status = 'ACCEPTED'")
			.query(String.class)
			.list();
		try (Stream<Authority> all = this.authorities.all().stream()) {
			return all.filter(a -> reviewed.stream().noneMatch(codes -> codes != null && codes.contains(a.onsCode())))
				.findFirst()
				.orElseThrow();
		}
	}

}
