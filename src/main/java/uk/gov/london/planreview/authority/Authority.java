package uk.gov.london.planreview.authority;

/**
 * One of the 33 London authorities: the 32 boroughs and the City of London.
 *
 * @param onsCode the ONS code, e.g. {@code E09000007}
 * @param name the canonical name, e.g. {@code Camden}
 * @param bcu the police Basic Command Unit that covers it (the City has its own force)
 */
public record Authority(String onsCode, String name, String bcu) implements Comparable<Authority> {

	@Override
	public int compareTo(Authority other) {
		return this.onsCode.compareTo(other.onsCode);
	}

}
