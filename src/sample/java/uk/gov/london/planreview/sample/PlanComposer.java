package uk.gov.london.planreview.sample;

import java.util.List;

import uk.gov.london.planreview.sample.PlanDocument.Column;
import uk.gov.london.planreview.sample.PlanDocument.Cover;
import uk.gov.london.planreview.sample.PlanDocument.KeyLine;
import uk.gov.london.planreview.sample.PlanDocument.OptionalEntry;
import uk.gov.london.planreview.sample.PlanProfile.Layout;
import uk.gov.london.planreview.sample.ThemeTables.Tables;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * Decides everything a sample plan holds — wording, blanks, dates, ratings, sheet names,
 * headings — from its {@link PlanProfile} and a dice seeded by its first ONS code.
 * Mandatory actions come from the template catalogue, so the sample follows the project's
 * own reference data.
 * <p>
 * Each part of a plan has its own class ({@link Titles}, {@link TableColumns},
 * {@link ThemeTables}, {@link CoverAndSignOff}, {@link OptionalMenu},
 * {@link TableNotes}); all draw from the plan's one dice, so this class calls them in a
 * fixed order: changing the order changes every sample after it.
 */
final class PlanComposer {

	private final TemplateCatalogue catalogue;

	PlanComposer(TemplateCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	PlanDocument compose(PlanProfile profile) {
		Composition plan = new Composition(profile, this.catalogue.version(profile.version()).orElseThrow());
		People people = new People(plan);
		Ratings ratings = new Ratings(plan);
		DateWriting dates = new DateWriting(plan);
		RowFiller rows = new RowFiller(plan, new Wording(plan), people, ratings, dates);
		Titles titles = new Titles(plan);
		TableNotes notes = new TableNotes(plan, titles);
		OptionalMenu menu = new OptionalMenu(plan, people, ratings, dates);

		boolean sheetPerTheme = profile.layout() == Layout.SHEET_PER_THEME;
		String actionSheet = sheetPerTheme ? null : titles.actionSheet();
		List<String> themeSheets = sheetPerTheme ? titles.themeSheets() : List.of();
		String developingSheet = titles.developingSheet();
		List<Column> columns = new TableColumns(plan).columns();
		Tables tables = new ThemeTables(plan, rows, ratings, titles).compose(actionSheet, themeSheets,
				developingSheet);
		String optionalSheet = titles.optionalSheet();
		Cover cover = new CoverAndSignOff(plan, people, titles).cover();
		List<OptionalEntry> optional = menu.entries(optionalSheet);
		List<String> optionalHeadings = menu.headings();
		List<String> titleLines = notes.titleLines();
		List<String> instructions = notes.instructions();
		List<KeyLine> key = notes.key();
		String dateFormat = plan.dice.pick("dd/mm/yyyy", "dd/mm/yyyy", "mmm-yy", "d mmmm yyyy", "dd-mmm-yy");
		boolean sectionsMerged = plan.dice.chance(0.75);
		return new PlanDocument(profile, cover, columns, tables.blocks(), tables.developing(), optional,
				optionalHeadings, actionSheet, developingSheet, optionalSheet, titleLines, instructions, key,
				dateFormat, sectionsMerged, plan.colours, tables.deletedMandatory());
	}

}
