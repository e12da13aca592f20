package uk.gov.london.planreview;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.gov.london.planreview.cli.Launcher;

/**
 * plan-review: the quarterly review of London's CSP violence reduction action plans.
 * {@link Launcher} reads the command line before Spring starts, so that {@code --help}
 * and mistakes in the options are answered at once.
 */
@SpringBootApplication
public class PlanReviewApplication {

	public static void main(String[] args) {
		System.exit(Launcher.launch(PlanReviewApplication.class, args));
	}

}
