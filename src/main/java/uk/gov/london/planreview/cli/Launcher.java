package uk.gov.london.planreview.cli;

/** Placeholder replaced below. */
public final class Launcher {

	private Launcher() {
	}

	public static int launch(Class<?> application, String[] args) {
		return 0;
	}

}
