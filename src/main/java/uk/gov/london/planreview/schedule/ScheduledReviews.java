package uk.gov.london.planreview.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.review.Progress;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewRequest;

/**
 * {@code ./run.sh --schedule}: stays running and reviews the quarter just ended when the
 * schedule says, saying each time when the next review is due. A quarter whose review was
 * due while the program was not running is reviewed as soon as it starts; a quarter
 * already reviewed is left as it is.
 */
@Component
public class ScheduledReviews {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReviews.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

	/** Waits until a moment; tests replace it so that no time passes. */
	@FunctionalInterface
	public interface Waiter {

		void waitUntil(ZonedDateTime moment) throws InterruptedException;

	}

	private final QuarterlySchedule schedule;

	private final ReviewCommand command;

	private final Progress progress;

	ScheduledReviews(ScheduleProperties properties, ReviewCommand command, Progress progress) {
		this.schedule = properties.schedule();
		this.command = command;
		this.progress = progress;
	}

	/**
	 * Runs until interrupted, or for {@code runs} scheduled reviews when that is not
	 * negative.
	 * @return the exit status
	 */
	public int run(Path input, Path output, boolean documents, Clock clock, Waiter waiter, int runs) throws Exception {
		Optional<ZonedDateTime> missed = this.schedule.dueThisQuarter(ZonedDateTime.now(clock));
		if (missed.isPresent() && !published(output, this.schedule.quarterFor(missed.get()))) {
			this.progress.say("The review of " + this.schedule.quarterFor(missed.get()) + " was due at "
					+ WHEN.format(missed.get()) + " and has not been done: reviewing it now.");
			review(input, output, documents, this.schedule.quarterFor(missed.get()), clock);
		}
		for (int done = 0; runs < 0 || done < runs; done++) {
			ZonedDateTime next = this.schedule.next(ZonedDateTime.now(clock));
			Quarter quarter = this.schedule.quarterFor(next);
			this.progress
				.say("Next review: " + quarter + " at " + WHEN.format(next) + " (" + this.schedule.zone() + ").");
			log.info("Next scheduled review of {} is due at {}", quarter, next);
			waiter.waitUntil(next);
			review(input, output, documents, quarter, clock);
		}
		return 0;
	}

	/** Waits on the system clock. */
	public static Waiter sleeping(Clock clock) {
		return moment -> {
			Duration remaining = Duration.between(ZonedDateTime.now(clock), moment);
			while (!remaining.isNegative() && !remaining.isZero()) {
				Thread.sleep(Math.min(remaining.toMillis() + 1, Duration.ofMinutes(10).toMillis()));
				remaining = Duration.between(ZonedDateTime.now(clock), moment);
			}
		};
	}

	private void review(Path input, Path output, boolean documents, Quarter quarter, Clock clock) throws Exception {
		if (published(output, quarter)) {
			this.progress.say(quarter + " has already been reviewed; its published outputs are left as they are.");
			return;
		}
		ReviewCommand.Outcome outcome = this.command.review(new ReviewRequest(input, output, quarter, false, documents,
				ZonedDateTime.now(clock).toLocalDate(), false));
		this.progress.say(outcome.message());
		if (outcome.exitCode() != 0) {
			log.warn("Scheduled review of {} did not complete: {}", quarter, outcome.message());
		}
	}

	private static boolean published(Path output, Quarter quarter) {
		return new OutputLayout(output.toAbsolutePath().normalize(), quarter).latestPublished().isPresent();
	}

}
