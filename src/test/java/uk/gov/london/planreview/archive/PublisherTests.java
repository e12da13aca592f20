package uk.gov.london.planreview.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.quarter.Quarter;

/**
 * Publishing a staged revision: the manifest moves last, so its presence means a complete
 * set; publishing again after an interruption finishes without changing what moved.
 */
class PublisherTests {

	@TempDir
	Path output;

	OutputLayout layout() {
		return new OutputLayout(this.output, Quarter.parse("2026-Q4"));
	}

	Path stage(int revision, String... files) throws Exception {
		Path staging = Files.createDirectories(layout().stagingDir(revision));
		for (String file : files) {
			Files.createDirectories(staging.resolve(file).getParent());
			Files.writeString(staging.resolve(file), file);
		}
		return staging;
	}

	@Test
	void theFirstRevisionsFilesMoveOneByOneWithTheManifestLast() throws Exception {
		stage(1, "scores.csv", "actions.csv", "feedback/E09000007.pdf", OutputLayout.MANIFEST);
		List<String> moved = new ArrayList<>();

		Publisher.publish(layout(), 1, moved::add);

		assertThat(moved).containsExactly("actions.csv", "feedback/E09000007.pdf", "scores.csv", OutputLayout.MANIFEST);
		assertThat(layout().published(1)).isTrue();
		assertThat(layout().stagingDir(1)).doesNotExist();
	}

	@Test
	void publishingAgainAfterAnInterruptionMovesOnlyWhatIsLeft() throws Exception {
		stage(1, "actions.csv", "scores.csv", OutputLayout.MANIFEST);
		Files.createDirectories(layout().publishedDir(1));
		Files.move(layout().stagingDir(1).resolve("actions.csv"), layout().publishedDir(1).resolve("actions.csv"));
		List<String> moved = new ArrayList<>();

		Publisher.publish(layout(), 1, moved::add);

		assertThat(moved).containsExactly("scores.csv", OutputLayout.MANIFEST);
		assertThat(layout().publishedDir(1).resolve("actions.csv")).hasContent("actions.csv");
		assertThat(layout().stagingDir(1)).doesNotExist();
	}

	@Test
	void aLaterRevisionMovesAsAFolderAndTheIndexNamesItCurrent() throws Exception {
		stage(1, "actions.csv", OutputLayout.MANIFEST);
		Publisher.publish(layout(), 1, name -> {
		});
		stage(2, "actions.csv", OutputLayout.MANIFEST);
		List<String> moved = new ArrayList<>();

		Publisher.publish(layout(), 2, moved::add);
		RevisionIndex index = RevisionIndex.update(layout());

		assertThat(moved).containsExactly("revision-2");
		assertThat(layout().latestPublished()).hasValue(2);
		assertThat(index.current()).isEqualTo(2);
		assertThat(index.revisions()).extracting(RevisionIndex.Revision::folder).containsExactly(".", "revision-2");
	}

}
