package uk.gov.london.planreview.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.london.planreview.testing.JobTest;
import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.ingest.Fixtures;

/** Scheduled mode, with a clock the test moves on instead of waiting for January. */
@JobTest
class ScheduledReviewsJobTests {

	@TempDir
	static Path work;

	@Autowired
	ScheduledReviews scheduled;

	@Test
	void catchesUpAMissedReviewThenReviewsWhenTheNextOneIsDue() throws Exception {
		Path input = work.resolve("input");
		Fixtures.plan(input, "Camden.xlsx", "Camden");
		Path output = work.resolve("output");
		ZoneId london = ZoneId.of("Europe/London");
		MovableClock clock = new MovableClock(ZonedDateTime.of(2026, 10, 10, 9, 0, 0, 0, london).toInstant(), london);
		List<ZonedDateTime> waitedFor = new ArrayList<>();

		this.scheduled.run(input, output, true, clock, moment -> {
			waitedFor.add(moment);
			clock.instant = moment.toInstant();
		}, 1);

		assertThat(waitedFor).containsExactly(ZonedDateTime.of(2027, 1, 4, 6, 0, 0, 0, london));
		assertThat(Manifest.read(output.resolve("2026-Q3/manifest.json")).reviewDate()).isEqualTo("2026-10-10");
		assertThat(Manifest.read(output.resolve("2026-Q4/manifest.json")).reviewDate()).isEqualTo("2027-01-04");
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
