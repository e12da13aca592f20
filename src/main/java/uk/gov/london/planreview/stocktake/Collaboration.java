package uk.gov.london.planreview.stocktake;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Question 3's ticks: collaboration with the police, across agencies, across boroughs.
 */
public enum Collaboration {

	POLICE("with the police"), CROSS_AGENCY("cross-agency"), CROSS_BOROUGH("cross-borough");

	private final String words;

	Collaboration(String words) {
		this.words = words;
	}

	public String words() {
		return this.words;
	}

	static Set<Collaboration> of(String text) {
		String key = text == null ? "" : text.toLowerCase(Locale.ROOT);
		Set<Collaboration> ticked = EnumSet.noneOf(Collaboration.class);
		if (key.matches("\\s*(all|all three|all of (the|these|them|the above)|yes,? all( three)?)\\b.*")) {
			return EnumSet.allOf(Collaboration.class);
		}
		if (key.matches(".*\\b(police|mps|bcu|met)\\b.*")) {
			ticked.add(POLICE);
		}
		if (key.matches(".*(agency|agencies|partners|partnership).*")) {
			ticked.add(CROSS_AGENCY);
		}
		if (key.matches(".*(borough|border|neighbouring|pan-london|regional).*")) {
			ticked.add(CROSS_BOROUGH);
		}
		return ticked;
	}

}
