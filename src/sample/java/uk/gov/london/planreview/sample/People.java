package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import uk.gov.london.planreview.sample.PlanProfile.Quality;

/**
 * Who does the work, as a plan names them: leads by role, by name or by police rank, and
 * partner organisations under the names councils use — the police's own, and outside
 * London no London bodies.
 */
final class People {

	private static final String[] RANKS = { "DS", "DI", "DCI", "PS", "Insp", "Ch Insp", "Supt" };

	private final Composition plan;

	private final Dice dice;

	People(Composition plan) {
		this.plan = plan;
		this.dice = plan.dice;
	}

	/** An action's lead: the role, a named officer in it, or a police officer by rank. */
	String lead(String role) {
		if (role == null || role.isEmpty()) {
			return null;
		}
		boolean policeRole = role
			.matches("^(DI|DS|DCI|Sergeant|Inspector|Chief Inspector|Superintendent|BCU)\\b.*");
		if (this.plan.profile.quality() == Quality.POLICE_ONLY || (policeRole && this.dice.chance(0.5))) {
			String name = this.dice.pick(RANKS) + " " + surname();
			return this.dice.chance(0.4) ? name + " (" + this.plan.profile.police().force() + ")" : name;
		}
		double named = this.plan.profile.quality() == Quality.EXEMPLARY ? 0.7 : 0.25;
		if (this.dice.chance(named)) {
			String person = person();
			return this.dice.pick(person + ", " + role, role + " – " + person, person + "\n" + role);
		}
		return role;
	}

	/** A shared lead: the council officer and a police counterpart in one cell. */
	String withPoliceCounterpart(String lead) {
		return lead + (this.plan.orgSeparator.contains("\n") ? "\n" : " / ") + this.dice.pick(RANKS) + " "
				+ surname();
	}

	String person() {
		return this.dice.pick(this.plan.words.phrases("first")) + " " + surname();
	}

	/**
	 * Up to three partners in one cell; a police-only plan names only the police, however
	 * the action reads.
	 */
	String organisations(List<String> keys) {
		if (this.plan.profile.quality() == Quality.POLICE_ONLY) {
			List<String> names = new ArrayList<>(policeNames());
			names.add("Safer Schools Officers");
			List<String> police = this.dice.sample(names, this.dice.chance(0.2) ? 2 : 1);
			return String.join(this.plan.orgSeparator, new LinkedHashSet<>(police));
		}
		List<String> names = new ArrayList<>();
		for (String key : keys.subList(0, Math.min(keys.size(), 3))) {
			names.add("police".equals(key) ? this.dice.pick(policeNames()) : organisation(key));
		}
		return String.join(this.dice.chance(0.85) ? this.plan.orgSeparator : " / ", new LinkedHashSet<>(names));
	}

	String organisation(String key) {
		List<String> names = this.plan.words.organisations.get(key);
		if (names == null) {
			throw new IllegalArgumentException("Unknown partner key " + key);
		}
		String name = this.dice.pick(names);
		if (!this.plan.profile.police().london()) {
			// Partners beyond London are not London's fire brigade, transport body or
			// mayoral office.
			name = switch (name) {
				case "LFB", "London Fire Brigade" -> "Fire and Rescue Service";
				case "TfL" -> "bus operators";
				case "MOPAC" -> "VRU";
				default -> name;
			};
		}
		return name;
	}

	/** The ways a plan names its police force. */
	List<String> policeNames() {
		String force = this.plan.profile.police().force();
		if (this.plan.profile.police().london() && "MPS".equals(force)) {
			return List.of("MPS", "Met Police", "MPS (" + this.plan.profile.police().bcu() + " BCU)", "Police", "BCU");
		}
		return List.of(force, force, "Police", force + " – Neighbourhood Policing");
	}

	private String surname() {
		return this.dice.pick(this.plan.words.phrases("surname"));
	}

}
