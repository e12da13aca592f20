package uk.gov.london.planreview.review;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

/**
 * Progress lines for the person running the review ("Reading plans 12/33: Camden.xlsx"),
 * on standard output, separate from the log. Turned off with
 * {@code planreview.progress=false}.
 */
@Component
public class Progress {

	private final PrintStream out;

	private final boolean enabled;

	Progress(RunSettings settings) {
		this.out = System.out;
		this.enabled = settings.progress();
	}

	public void say(String line) {
		if (this.enabled) {
			this.out.println(line);
			this.out.flush();
		}
	}

	public void count(String activity, int done, int total, String detail) {
		say(activity + " " + done + "/" + total + (detail == null || detail.isEmpty() ? "" : ": " + detail));
	}

}
