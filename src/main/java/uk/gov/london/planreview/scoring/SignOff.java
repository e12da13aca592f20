package uk.gov.london.planreview.scoring;

import java.util.List;

import uk.gov.london.planreview.plan.Signatory;

/**
 * Whether a plan is signed off by its Chief Executive, Leader or elected Mayor, and BCU
 * Commander.
 */
public enum SignOff {

	YES("yes"), PARTLY("partly"), NO("no"), NOT_REQUIRED("not-required");

	/** The three signatures the 2021 template asks for. */
	static final int REQUIRED_SIGNATURES = 3;

	private final String csv;

	SignOff(String csv) {
		this.csv = csv;
	}

	public String csv() {
		return this.csv;
	}

	public static SignOff fromCsv(String value) {
		for (SignOff signOff : values()) {
			if (signOff.csv.equals(value)) {
				return signOff;
			}
		}
		throw new IllegalArgumentException(value);
	}

	static SignOff of(boolean required, List<Signatory> signatories) {
		if (!required) {
			return NOT_REQUIRED;
		}
		long complete = signatories.stream().filter(Signatory::complete).count();
		return complete >= REQUIRED_SIGNATURES ? YES : complete > 0 ? PARTLY : NO;
	}

	/** Its score out of 100; not meaningful for {@link #NOT_REQUIRED}. */
	double score() {
		return switch (this) {
			case YES -> 100;
			case PARTLY -> 100.0 * 1 / 2;
			default -> 0;
		};
	}

}
