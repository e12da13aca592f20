package uk.gov.london.planreview.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.PlanReviewApplication;
import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.cli.Launcher;
import uk.gov.london.planreview.ingest.Fixtures;
import uk.gov.london.planreview.review.ReviewCsv;
import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.testing.Project;

/** Scheduled mode, with a clock the test moves on instead of waiting for January. */
@JobTest
class ScheduledReviewsJobTests {

	@TempDir
	static Path work;

	@Autowired
	ScheduledReviews scheduled;

	/** Sessions on the tests' one application, which stays running between them. */
	ScheduleLoop.Sessions shared() {
		return () -> new ScheduleLoop.Session() {
			@Override
			public ScheduledReviews reviews() {
				return ScheduledReviewsJobTests.this.scheduled;
			}

			@Override
			public void close() {
			}
		};
	}

	@Test
	void catchesUpAMissedReviewThenReviewsWhenTheNextOneIsDue() throws Exception {
		Path input = work.resolve("input");
		Fixtures.plan(input, "Camden.xlsx", "Camden");
		Path output = work.resolve("output");
		ZoneId london = ZoneId.of("Europe/London");
		MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 10, 10, 9, 0, 0, 0, london).toInstant(), london);
		List<ZonedDateTime> waitedFor = new ArrayList<>();

		ScheduleLoop.run(shared(), input, output, true, clock, moment -> {
			waitedFor.add(moment);
			clock.instant = moment.toInstant();
		}, 1);

		assertThat(waitedFor).containsExactly(ZonedDateTime.of(2027, 1, 4, 6, 0, 0, 0, london));
		assertThat(Manifest.read(output.resolve("2026-Q3/manifest.json")).reviewDate()).isEqualTo("2026-10-10");
		assertThat(Manifest.read(output.resolve("2026-Q4/manifest.json")).reviewDate()).isEqualTo("2027-01-04");
	}

	@Test
	void eachScheduledReviewReadsTheSettingsAsTheyAreThen() throws Exception {
		Path home = Project.home(work.resolve("home"));
		Path input = work.resolve("weights-input");
		Fixtures.plan(input, "Camden.xlsx", "Camden");
		Path output = work.resolve("weights-output");
		ZoneId london = ZoneId.of("Europe/London");
		MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 10, 10, 9, 0, 0, 0, london).toInstant(), london);
		ScheduleLoop.Sessions fresh = () -> {
			ConfigurableApplicationContext context = Launcher.start(PlanReviewApplication.class, home);
			return new ScheduleLoop.Session() {
				@Override
				public ScheduledReviews reviews() {
					return context.getBean(ScheduledReviews.class);
				}

				@Override
				public void close() {
					context.close();
				}
			};
		};

		ScheduleLoop.run(fresh, input, output, false, clock, moment -> {
			// A reviewer edits a weight while the schedule waits.
			try {
				Files.writeString(home.resolve("config/application.yml"),
						"planreview:\n  progress: false\n  scoring:\n"
								+ "    overall:\n      completeness: 100\n      mandatory-coverage: 0\n"
								+ "      partnership-breadth: 0\n      sign-off: 0\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			clock.instant = moment.toInstant();
		}, 1);

		CSVRecord before = ReviewCsv.read(output.resolve("2026-Q3/scores.csv")).get(0);
		CSVRecord after = ReviewCsv.read(output.resolve("2026-Q4/scores.csv")).get(0);
		assertThat(before.get("overall")).isNotEqualTo(before.get("completeness"));
		assertThat(after.get("overall")).isEqualTo(after.get("completeness"));
	}

	static final class MovableClock extends Clock {

		Instant instant;

		private final ZoneId zone;

		MovableClock(Instant instant, ZoneId zone) {
			this.instant = instant;
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new MovableClock(this.instant, zone);
		}

		@Override
		public Instant instant() {
			return this.instant;
		}

	}

}
