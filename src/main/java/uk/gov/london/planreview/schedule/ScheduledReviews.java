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
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.review.Progress;
import uk.gov.london.planreview.review.ReviewCommand;
import uk.gov.london.planreview.review.ReviewRequest;

/**
 * What a scheduled review does, in an application started for it: reviews the quarter
 * whose review is due (or was due while the program was not running) unless it is already
 * reviewed, and says when the next review is due. {@link ScheduleLoop} waits between them
 * with no application running.
 */
@Component
public class ScheduledReviews {

	private static final Logger log = LoggerFactory.getLogger(ScheduledReviews.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

	/** A review started within this of its due time is on time, not a catch-up. */
	private static final Duration ON_TIME = Duration.ofMinutes(5);

	private final QuarterlySchedule schedule;

	private final ReviewCommand command;

	private final Progress progress;

	ScheduledReviews(ScheduleProperties properties, ReviewCommand command, Progress progress) {
		this.schedule = properties.schedule();
		this.command = command;
		this.progress = progress;
	}

	/** Reviews the quarter whose review is due now, if it has not been reviewed. */
	public void reviewWhatIsDue(Path input, Path output, boolean documents, Clock clock) throws Exception {
		ZonedDateTime now = ZonedDateTime.now(clock);
		Optional<ZonedDateTime> due = this.schedule.dueThisQuarter(now);
		if (due.isEmpty()) {
			return;
		}
		Quarter quarter = this.schedule.quarterFor(due.get());
		if (new OutputLayout(output.toAbsolutePath().normalize(), quarter).latestPublished().isPresent()) {
			return;
		}
		this.progress.say(Duration.between(due.get(), now).compareTo(ON_TIME) > 0
				? "The review of " + quarter + " was due at " + WHEN.format(due.get())
						+ " and has not been done: reviewing it now."
				: "Reviewing " + quarter + ", due at " + WHEN.format(due.get()) + ".");
		ReviewCommand.Outcome outcome = this.command
			.review(new ReviewRequest(input, output, quarter, false, documents, now.toLocalDate(), false));
		this.progress.say(outcome.message());
		if (outcome.exitCode() != 0) {
			log.warn("Scheduled review of {} did not complete: {}", quarter, outcome.message());
		}
	}

	/** When the next review is due, said to the person running the schedule. */
	public ZonedDateTime next(Clock clock) {
		ZonedDateTime next = this.schedule.next(ZonedDateTime.now(clock));
		Quarter quarter = this.schedule.quarterFor(next);
		this.progress.say("Next review: " + quarter + " at " + WHEN.format(next) + " (" + this.schedule.zone()
				+ "). Nothing is held open until then: other commands can run meanwhile.");
		log.info("Next scheduled review of {} is due at {}", quarter, next);
		return next;
	}

}
