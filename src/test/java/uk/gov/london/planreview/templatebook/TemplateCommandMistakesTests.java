package uk.gov.london.planreview.templatebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.london.planreview.testing.Project;

/**
 * Mistakes in ./run.sh template are answered in plain English and write nothing: an
 * unknown version or authority, or a partnership never reviewed. On a database of its
 * own, in which nothing has been reviewed (the job tests' shared one holds the whole
 * sample).
 */
@SpringBootTest(properties = { "planreview.progress=false",
		"spring.datasource.url=jdbc:h2:mem:never-reviewed;DB_CLOSE_DELAY=-1" })
class TemplateCommandMistakesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@TempDir
	Path work;

	@Autowired
	TemplateCommand template;

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		registry.add("planreview.home", () -> Project.dir().toString());
	}

	@Test
	void mistakesAreAnsweredInPlainEnglishAndWriteNothing() throws Exception {
		Path folder = this.work.resolve("mistakes");

		TemplateCommand.Result version = this.template.write("2019", null, folder, TODAY);
		TemplateCommand.Result authority = this.template.write(null, "Gotham", folder, TODAY);
		TemplateCommand.Result history = this.template.write("2021", "Camden", folder, TODAY);

		assertThat(version.exitCode()).isEqualTo(2);
		assertThat(version.message())
			.isEqualTo("There is no template version \"2019\": the versions are 2017, 2021 and 2023 "
					+ "(config/reference/template-versions.csv).");
		assertThat(authority.exitCode()).isEqualTo(2);
		assertThat(authority.message())
			.startsWith("\"Gotham\" is not the name of a London authority this review knows.");
		assertThat(history.exitCode()).isEqualTo(2);
		assertThat(history.message()).startsWith("No plan for Camden has been reviewed yet")
			.endsWith("Leave out --authority for a blank template.");
		assertThat(Files.exists(folder)).isFalse();
	}

}
