package uk.gov.london.planreview.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * {@code ./run.sh --schedule}: stays running for as long as it is left, reviewing each
 * quarter when its review falls due. Each piece of work — a review, or working out when
 * the next is due — runs in an application started for it, so it reads the settings,
 * reference data and templates as they are then; between them nothing is running, and no
 * database connection is held, so that checks, manual reviews and stock-takes can run
 * beside the schedule for months.
 */
public final class ScheduleLoop {

	/** An application started for one piece of work, and stopped after it. */
	public interface Session extends AutoCloseable {

		ScheduledReviews reviews();

		@Override
		void close();

	}

	/** Starts a session. */
	@FunctionalInterface
	public interface Sessions {

		Session open();

	}

	/** Waits until a moment; tests replace it so that no time passes. */
	@FunctionalInterface
	public interface Waiter {

		void waitUntil(ZonedDateTime moment) throws InterruptedException;

	}

	private ScheduleLoop() {
	}

	/**
	 * Runs until stopped, or until it has waited for {@code waits} reviews when that is
	 * not negative.
	 * @return the exit status
	 */
	public static int run(Sessions sessions, Path input, Path output, boolean documents, Clock clock, Waiter waiter,
			int waits) throws Exception {
		for (int waited = 0;; waited++) {
			ZonedDateTime next;
			try (Session session = sessions.open()) {
				session.reviews().reviewWhatIsDue(input, output, documents, clock);
				if (waits >= 0 && waited >= waits) {
					return 0;
				}
				next = session.reviews().next(clock);
			}
			waiter.waitUntil(next);
		}
	}

	/**
	 * Waits on the system clock, waking now and then so that a changed clock is noticed.
	 */
	public static Waiter sleeping(Clock clock) {
		return moment -> {
			Duration remaining = Duration.between(ZonedDateTime.now(clock), moment);
			while (!remaining.isNegative() && !remaining.isZero()) {
				Thread.sleep(Math.min(remaining.toMillis() + 1, Duration.ofMinutes(10).toMillis()));
				remaining = Duration.between(ZonedDateTime.now(clock), moment);
			}
		};
	}

}
