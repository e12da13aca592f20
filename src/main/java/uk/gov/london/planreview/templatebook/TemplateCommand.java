package uk.gov.london.planreview.templatebook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.gov.london.planreview.annotate.AnnotationSettings;
import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.report.Prose;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.template.TemplateVersion;

/**
 * {@code ./run.sh template}: the current template as a workbook for partnerships to fill
 * in, blank or pre-filled with one partnership's plan as last reviewed. Mistakes (an
 * unknown version or authority, an authority never reviewed) are answered in plain
 * English.
 */
@Component
public class TemplateCommand {

	/** How the command ended: its exit status and the line the user sees. */
	public record Result(int exitCode, String message) {
	}

	static final int EXIT_USAGE = 2;

	private final TemplateCatalogue catalogue;

	private final AuthorityDirectory authorities;

	private final PlanHistory history;

	private final TemplateInstructions instructions;

	private final String author;

	TemplateCommand(ReferenceData reference, TemplateCatalogue catalogue, AuthorityDirectory authorities,
			PlanHistory history, AnnotationSettings settings) {
		this.catalogue = catalogue;
		this.authorities = authorities;
		this.history = history;
		this.instructions = TemplateInstructions.load(reference);
		this.author = settings.reviewingBody();
	}

	/**
	 * @param version the template version; null for the newest
	 * @param authority the partnership whose last reviewed plan fills it in; null for a
	 * blank template
	 * @param today the date its file is stamped with
	 */
	public Result write(String version, String authority, Path output, LocalDate today) throws IOException {
		Optional<TemplateVersion> chosen = version == null ? Optional.of(this.catalogue.latest())
				: this.catalogue.version(version.trim());
		if (chosen.isEmpty()) {
			return new Result(EXIT_USAGE,
					"There is no template version \"" + version + "\": the versions are "
							+ Prose.list(this.catalogue.versions().stream().map(TemplateVersion::id).toList())
							+ " (config/reference/template-versions.csv).");
		}
		TemplateContent content;
		if (authority == null) {
			content = TemplateContent.blank(chosen.get());
		}
		else {
			AuthorityDirectory.Resolution resolution = this.authorities.resolveAll(authority);
			if (!resolution.complete()) {
				return new Result(EXIT_USAGE, "\"" + authority
						+ "\" is not the name of a London authority this review knows. Give its name as the review "
						+ "writes it (for example Camden, or Kingston upon Thames), or add the spelling to "
						+ "config/reference/authorities.csv.");
			}
			List<Authority> named = resolution.authorities();
			Optional<PlanHistory.Reviewed> reviewed = this.history.lastReviewed(named);
			if (reviewed.isEmpty()) {
				return new Result(EXIT_USAGE, "No plan for " + names(named)
						+ " has been reviewed yet (the history is in this program's database), so there is nothing "
						+ "to fill the template in with. Leave out --authority for a blank template.");
			}
			content = TemplateContent.from(chosen.get(), reviewed.get().plan(), reviewed.get().quarter());
		}
		Path target = output.resolve(fileName(content));
		new TemplateWorkbook(this.instructions, this.author).write(content, target, today);
		String what = content.prefilled()
				? "filled in with the plan of " + names(content.authorities()) + " as reviewed for "
						+ content.reviewed() + " (" + Prose.figures(content.rows().size(), "row", "rows") + ")"
				: "blank but for its " + Prose.figures(content.rows().size(), "mandatory action", "mandatory actions");
		return new Result(0, "Wrote the " + chosen.get().id() + " template, " + what + ": " + target);
	}

	/** "Action plan template 2023.xlsx", or "Camden action plan template 2023.xlsx". */
	static String fileName(TemplateContent content) {
		String who = content.authorities().isEmpty() ? "Action plan" : names(content.authorities()) + " action plan";
		return who + " template " + content.version().id() + ".xlsx";
	}

	private static String names(List<Authority> authorities) {
		return Prose.list(authorities.stream().map(Authority::name).toList());
	}

}
