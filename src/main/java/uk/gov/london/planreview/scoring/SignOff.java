package uk.gov.london.planreview.scoring;

import java.util.ArrayList;
import java.util.List;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.plan.Signatory;
import uk.gov.london.planreview.text.Listing;

/**
 * Whether a plan is signed off: by each covered authority's Chief Executive and Leader or
 * elected Mayor, and by the BCU Commander. Complete when every one of those boxes is
 * signed; partly when some are.
 */
public enum SignOff {

	YES("yes"), PARTLY("partly"), NO("no"), NOT_REQUIRED("not-required");

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

	/**
	 * @param authorities the authorities the plan covers
	 */
	static SignOff of(boolean required, List<Signatory> signatories, List<Authority> authorities) {
		if (!required) {
			return NOT_REQUIRED;
		}
		List<String> missing = missing(signatories, authorities);
		boolean any = signatories.stream().anyMatch(Signatory::complete);
		return missing.isEmpty() ? YES : any ? PARTLY : NO;
	}

	/**
	 * The signatures a plan still needs, as a reader names them ("the Leader or elected
	 * Mayor of Islington"). A box that does not say which authority it is for counts for
	 * one that has none yet.
	 */
	public static List<String> missing(List<Signatory> signatories, List<Authority> authorities) {
		List<String> missing = new ArrayList<>();
		for (String role : List.of(Signatory.CHIEF_EXECUTIVE, Signatory.LEADER)) {
			List<Signatory> signed = signatories.stream().filter(s -> s.role().equals(role) && s.complete()).toList();
			List<Authority> unsigned = new ArrayList<>();
			for (Authority authority : authorities) {
				if (signed.stream().noneMatch(s -> s.authority().equals(authority.onsCode()))) {
					unsigned.add(authority);
				}
			}
			long unattributed = signed.stream().filter(s -> s.authority().isEmpty()).count();
			if (unattributed == 0 || authorities.size() == 1) {
				unsigned.stream()
					.skip(unattributed)
					.forEach(a -> missing.add("the " + role + (authorities.size() > 1 ? " of " + a.name() : "")));
			}
			else if (unattributed < unsigned.size()) {
				// Which authority a signature without one is for cannot be told: say so
				// rather than guess.
				missing.add("the " + role + " of " + Listing.or(unsigned.stream().map(Authority::name).toList())
						+ ", whichever " + (unsigned.size() - unattributed == 1 ? "has" : "have") + " not yet signed ("
						+ (unattributed == 1 ? "one" : Long.toString(unattributed))
						+ " signed without saying for which authority)");
			}
		}
		if (signatories.stream().noneMatch(s -> s.role().equals(Signatory.BCU_COMMANDER) && s.complete())) {
			missing.add("the " + Signatory.BCU_COMMANDER);
		}
		return missing;
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
