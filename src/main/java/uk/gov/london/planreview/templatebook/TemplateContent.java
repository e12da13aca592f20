package uk.gov.london.planreview.templatebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.template.MandatoryAction;
import uk.gov.london.planreview.template.TemplateVersion;
import uk.gov.london.planreview.template.Theme;

/**
 * What a template holds: a version's mandatory actions, theme by theme, for any
 * partnership; or one partnership's plan as it was last reviewed, its actions placed
 * under the version's themes, with any mandatory action it lacks added.
 *
 * @param authorities the partnership's authorities; empty for a blank template
 * @param reviewed the quarter whose review the plan comes from; null for a blank template
 */
record TemplateContent(TemplateVersion version, List<Authority> authorities, String cspName, List<String> boardPartners,
		List<Row> rows, Quarter reviewed) {

	/**
	 * One row of the table.
	 *
	 * @param theme the theme as the version names it
	 * @param mandatory whether it is one of the version's mandatory actions (its theme,
	 * reference, type and wording are then locked)
	 * @param from the action as last reviewed, when pre-filled
	 */
	record Row(String theme, String ref, String type, String text, boolean mandatory, Optional<Action> from) {
	}

	TemplateContent {
		authorities = List.copyOf(authorities);
		boardPartners = List.copyOf(boardPartners);
		rows = List.copyOf(rows);
	}

	boolean prefilled() {
		return this.reviewed != null;
	}

	/** The version's mandatory actions, theme by theme, and nothing else. */
	static TemplateContent blank(TemplateVersion version) {
		List<Row> rows = new ArrayList<>();
		for (Theme theme : version.themes()) {
			for (MandatoryAction mandatory : mandatory(version, theme)) {
				rows.add(new Row(theme.name(), mandatory.ref(), type(ActionType.MANDATORY), mandatory.text(), true,
						Optional.empty()));
			}
		}
		return new TemplateContent(version, List.of(), "", List.of(), rows, null);
	}

	/**
	 * A plan's actions under the version's themes, in the plan's order: first each
	 * mandatory action (the plan's own row for it, or the template's wording where the
	 * plan has none), then the plan's other actions; actions of a theme the version does
	 * not have come last.
	 */
	static TemplateContent from(TemplateVersion version, Plan plan, Quarter reviewed) {
		List<Row> rows = new ArrayList<>();
		Set<Action> placed = new LinkedHashSet<>();
		for (Theme theme : version.themes()) {
			for (MandatoryAction mandatory : mandatory(version, theme)) {
				Optional<Action> own = plan.actions()
					.stream()
					.filter(a -> a.templateRef().equalsIgnoreCase(mandatory.ref()) && !placed.contains(a))
					.findFirst();
				own.ifPresent(placed::add);
				rows.add(new Row(theme.name(), mandatory.ref(), type(ActionType.MANDATORY),
						own.map(Action::text).orElse(mandatory.text()), true, own));
			}
			for (Action action : plan.actions()) {
				if (action.theme().equals(theme.reportedAs()) && placed.add(action)) {
					rows.add(new Row(theme.name(), action.ref(), type(action.type()), action.text(), false,
							Optional.of(action)));
				}
			}
		}
		for (Action action : plan.actions()) {
			if (placed.add(action)) {
				rows.add(new Row(action.theme(), action.ref(), type(action.type()), action.text(), false,
						Optional.of(action)));
			}
		}
		return new TemplateContent(version, plan.authorities(), plan.cspName(), plan.boardPartners(), rows, reviewed);
	}

	/**
	 * A theme's mandatory actions (the reference data names a theme as its version does,
	 * or as it is reported).
	 */
	static List<MandatoryAction> mandatory(TemplateVersion version, Theme theme) {
		return version.mandatoryActions()
			.stream()
			.filter(m -> m.theme().equals(theme.name()) || m.theme().equals(theme.reportedAs()))
			.toList();
	}

	/** "Mandatory", as the type list offers it. */
	static String type(ActionType type) {
		String csv = type.csv();
		return Character.toUpperCase(csv.charAt(0)) + csv.substring(1);
	}

}
