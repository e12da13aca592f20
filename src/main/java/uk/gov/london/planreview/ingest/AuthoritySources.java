package uk.gov.london.planreview.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.CoverDetails.Located;
import uk.gov.london.planreview.text.Listing;

/**
 * Which authorities a plan is for, looked for where a person would look, in this order:
 * the cover sheet's authority cell; the partnership's name on the cover; the title rows
 * above the plan ("Bromley Community Safety Partnership – Knife Crime Action Plan"); the
 * sheets' names ("Hackney VVRAP"); the file's name ("bromley kc plan 2017.xls", "lbth
 * action plan q4.xlsx") and then its folders'. Taken from anywhere but the cover, it is
 * reported with where it was found; a place that names another authority is reported as a
 * disagreement. A name that resolves to no authority is reported, never guessed.
 */
final class AuthoritySources {

	/**
	 * A place an authority may be named.
	 *
	 * @param where how a finding points a person at it
	 * @param location the sheet and cell, if it is one
	 */
	record Place(String where, String location, String text) {
	}

	private final AuthorityDirectory directory;

	AuthoritySources(AuthorityDirectory directory) {
		this.directory = directory;
	}

	/**
	 * @param titles cells of the title rows, in workbook order
	 * @param sheets the names of the sheets
	 */
	List<Authority> find(String sourceFile, CoverDetails cover, List<Place> titles, List<String> sheets,
			List<Finding> findings) {
		List<Place> others = new ArrayList<>(titles);
		sheets.forEach(name -> others.add(new Place("the sheet name ‘" + name.strip() + "’", "", name)));
		String[] path = sourceFile.split("/");
		String file = path[path.length - 1];
		others.add(new Place("the file name", "", file.replaceAll("\\.[^.]+$", "").replace('_', ' ')));
		for (int folder = path.length - 2; folder >= 0; folder--) {
			others.add(new Place("the folder name ‘" + path[folder] + "’", "", path[folder]));
		}
		Located stated = cover.authorities();
		if (stated.present()) {
			List<Authority> found = fromCoverCell(sourceFile, stated, findings);
			if (!found.isEmpty()) {
				disagreements(sourceFile, "the cover sheet", found, others, findings);
			}
			return found;
		}
		Located csp = cover.cspName();
		if (csp.present()) {
			AuthorityDirectory.Resolution resolution = this.directory.resolveAll(csp.value());
			List<Authority> found = resolution.complete() ? resolution.authorities()
					: this.directory.mentioned(csp.value());
			if (!found.isEmpty()) {
				disagreements(sourceFile, "the partnership's name on the cover", found, others, findings);
				return found;
			}
		}
		for (int i = 0; i < others.size(); i++) {
			Place place = others.get(i);
			List<Authority> found = this.directory.mentioned(place.text());
			if (!found.isEmpty()) {
				findings.add(Finding.warning(sourceFile, place.location(),
						"The workbook has no cover sheet saying which authority the plan is for; it was taken from "
								+ place.where() + (place.location().isEmpty() ? "" : " (" + place.location() + ")")
								+ ", which names " + names(found)
								+ ". Ask the CSP to state the authority on a cover sheet."));
				disagreements(sourceFile, place.where(), found, others.subList(i + 1, others.size()), findings);
				return found;
			}
		}
		findings.add(Finding.error(sourceFile, csp.present() ? csp.location() : "",
				"The plan does not say which authority it is for"
						+ (csp.present() ? " (\"" + csp.value() + "\" is not an authority's name)" : "")
						+ ", and neither its title, its sheets nor its file name names one, so it was not reviewed. "
						+ "Ask the CSP to fill in the authority on the cover sheet, or add the spelling they use to "
						+ "config/reference/authorities.csv."));
		return List.of();
	}

	private List<Authority> fromCoverCell(String sourceFile, Located stated, List<Finding> findings) {
		AuthorityDirectory.Resolution resolution = this.directory.resolveAll(stated.value());
		if (!resolution.unresolved().isEmpty()) {
			findings.add(new Finding(sourceFile, "", resolution.authorities()
				.isEmpty() ? Severity.ERROR : Severity.WARNING, stated.location(), "\""
						+ String.join("\", \"", resolution.unresolved())
						+ "\" is not the name of a London authority this review knows. "
						+ (resolution.authorities().isEmpty()
								? "The plan could not be attributed and was not reviewed. "
								: "The plan was reviewed for " + names(resolution.authorities()) + " only. ")
						+ "Correct the name on the cover sheet, or add the spelling to config/reference/authorities.csv."));
		}
		return resolution.authorities();
	}

	/** A later place that names an authority the plan is not taken to cover. */
	private void disagreements(String sourceFile, String chosen, List<Authority> found, List<Place> others,
			List<Finding> findings) {
		for (Place place : others) {
			List<Authority> named = this.directory.mentioned(place.text());
			Optional<Authority> other = named.stream().filter(a -> !found.contains(a)).findFirst();
			if (other.isPresent()) {
				findings.add(Finding.warning(sourceFile, place.location(),
						chosen.substring(0, 1).toUpperCase() + chosen.substring(1) + " names " + names(found) + " but "
								+ place.where() + (place.location().isEmpty() ? "" : " (" + place.location() + ")")
								+ " names " + names(named) + "; the plan was reviewed for " + names(found)
								+ ". Check with the CSP which authority the plan is for."));
				return;
			}
		}
	}

	private static String names(List<Authority> authorities) {
		return Listing.and(authorities.stream().map(Authority::name).toList());
	}

}
