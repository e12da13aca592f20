package uk.gov.london.planreview.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.gov.london.planreview.sample.PlanProfile.Quirk;
import uk.gov.london.planreview.template.Theme;

/**
 * What a plan calls itself, its sheets and its themes — each council in its own words,
 * trailing spaces included where the plan has them.
 */
final class Titles {

	/**
	 * Short theme names councils give sheets, by theme order; the 2017 template's differ.
	 */
	private static final List<List<String>> SHEET_NAMES = List.of(List.of("Governance"),
			List.of("Analysis & Enforcement", "Enforcement", "Analysis and enforcement"),
			List.of("Weapons", "Reducing access to weapons"),
			List.of("Young People", "Young people", "Safeguarding young people"),
			List.of("Communities", "Communities & Neighbourhoods"), List.of("Victims", "Supporting victims"),
			List.of("Diversion", "Positive diversion"), List.of("VAWG"));

	private static final List<List<String>> SHEET_NAMES_2017 = List.of(List.of("Governance"),
			List.of("Lawbreakers", "Targeting lawbreakers"), List.of("Weapons", "Deadly weapons"),
			List.of("Young people", "Protecting young people"), List.of("Communities", "Communities and families"),
			List.of("Victims", "Supporting victims"), List.of("Ways out of crime", "Ways out"));

	private final Composition plan;

	private final Dice dice;

	Titles(Composition plan) {
		this.plan = plan;
		this.dice = plan.dice;
	}

	String actionSheet() {
		String name = this.plan.is("2017") ? this.dice.pick("Action Plan", "Knife Crime Action Plan", "Actions")
				: this.dice.pick("Action Plan", "Action plan", "VVRAP", "Actions", "Plan", "Action Plan 2021-22")
					.replace("2021-22", this.plan.is("2021") ? "2021-22" : "2023-24");
		return this.plan.has(Quirk.SHEET_NAME_SPACES) ? name + " " : name;
	}

	/** One sheet name per theme, numbered in one of the ways councils number them. */
	List<String> themeSheets() {
		List<List<String>> names = this.plan.is("2017") ? SHEET_NAMES_2017 : SHEET_NAMES;
		int pattern = this.dice.between(0, 3);
		int variant = this.dice.between(0, 2);
		List<String> sheets = new ArrayList<>();
		for (Theme theme : this.plan.version.themes()) {
			List<String> options = names.get(theme.order() - 1);
			String name = options.get(Math.min(variant, options.size() - 1));
			String sheet = switch (pattern) {
				case 0 -> theme.order() + ". " + name;
				case 1 -> theme.order() + " " + name;
				case 2 -> name;
				default -> "Theme " + theme.order() + " - " + name;
			};
			if (this.plan.has(Quirk.SHEET_NAME_SPACES) && (theme.order() == 2 || this.dice.chance(0.3))) {
				sheet = sheet + " ";
			}
			sheets.add(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
		}
		return sheets;
	}

	/**
	 * The developing actions' own sheet: 2023 plans have one when asked to, or when they
	 * have no type column to mark such actions in the table. Null otherwise.
	 */
	String developingSheet() {
		boolean ownSheet = this.plan.is("2023")
				&& (this.plan.has(Quirk.DEVELOPING_SHEET) || !this.plan.has(Quirk.TYPE_COLUMN));
		return ownSheet ? this.dice.pick("Developing actions", "Developing Actions ", "Developing") : null;
	}

	/** The optional actions tab, or null: 2017 had no optional menu. */
	String optionalSheet() {
		if (this.plan.is("2017") || this.plan.has(Quirk.NO_OPTIONAL_TAB)) {
			return null;
		}
		return this.dice.pick("Optional actions", "Optional Actions ", "Menu of optional actions",
				"Optional actions");
	}

	String themeHeading(int order, String name) {
		return switch (this.plan.headingStyle) {
			case 0 -> name;
			case 1 -> "Theme " + order + ": " + name;
			case 2 -> order + ". " + name;
			case 3 -> name.toUpperCase(Locale.UK);
			default -> order + " – " + name.replace(" and ", " & ");
		};
	}

	String planTitle() {
		String place = this.plan.profile.place();
		return switch (this.plan.profile.version()) {
			case "2017" -> this.dice.pick(place + " Knife Crime Action Plan 2017/18", "Knife Crime Action Plan 2017–18",
					"Local Knife Crime Action Plan 2017/18");
			case "2021" -> this.dice.pick("Violence and Vulnerability Reduction Action Plan 2021/22",
					place + " Violence & Vulnerability Reduction Action Plan 2021-22",
					"Violence and Vulnerability Reduction Action Plan 2021");
			default -> this.dice.pick("Violence and Vulnerability Reduction Action Plan 2023–24",
					place + " Violence and Vulnerability Reduction Action Plan 2023/24",
					"Serious Violence Duty delivery plan 2023/24");
		};
	}

}
