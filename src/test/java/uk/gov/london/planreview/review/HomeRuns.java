package uk.gov.london.planreview.review;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.london.planreview.PlanReviewApplication;
import uk.gov.london.planreview.cli.Launcher;

/**
 * A review run as ./run.sh runs it, from a home folder of its own: that folder's
 * config/application.yml and templates/ apply, in an application started for the run.
 */
final class HomeRuns {

	private HomeRuns() {
	}

	static ReviewCommand.Outcome review(Path home, ReviewRequest request) throws Exception {
		System.setProperty("planreview.progress", "false");
		try (ConfigurableApplicationContext context = Launcher.start(PlanReviewApplication.class, home)) {
			return context.getBean(ReviewCommand.class).review(request);
		}
		finally {
			System.clearProperty("planreview.progress");
		}
	}

}
