package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.Manifest;
import uk.gov.london.planreview.archive.OutputLayout;
import uk.gov.london.planreview.archive.Publisher;
import uk.gov.london.planreview.archive.RevisionIndex;
import uk.gov.london.planreview.export.TableExport;

/**
 * The job's last step: findings.csv and the manifest, then the staged outputs moved into
 * place, the quarter's revisions.json, and the run recorded as complete.
 */
@Component
class Publication {

	private final TableExport tables;

	private final ReviewRunStore runs;

	private final String version;

	private final Checkpoints checkpoints;

	Publication(TableExport tables, ReviewRunStore runs, ObjectProvider<BuildProperties> build,
			Checkpoints checkpoints) {
		this.tables = tables;
		this.runs = runs;
		this.checkpoints = checkpoints;
		BuildProperties properties = build.getIfAvailable();
		this.version = properties != null ? properties.getVersion() : "development";
	}

	/**
	 * @param started when the run started, for the manifest
	 * @return where the outputs were published
	 */
	Path publish(ReviewRun run, Instant started) throws IOException {
		OutputLayout layout = run.layout();
		// The manifest is written before anything moves and moves last: if it is already
		// staged, or already in place, an earlier attempt was interrupted while
		// publishing, and what remains only needs finishing.
		Path staging = run.staging();
		if (Files.isDirectory(staging) && !Files.exists(staging.resolve(OutputLayout.MANIFEST))
				&& !layout.published(run.revision())) {
			this.tables.writeFindings(run.runId(), staging.resolve("findings.csv"));
			List<Manifest.Entry> inputs = this.runs.inputs(run.runId())
				.stream()
				.map(i -> new Manifest.Entry(i.name(), i.sha256()))
				.toList();
			Manifest
				.published(run.quarter(), run.revision(), started,
						run.runDate().atZone(ReviewRequest.LONDON).toLocalDate(), this.version, inputs,
						Manifest.outputsOf(staging))
				.write(staging.resolve(OutputLayout.MANIFEST));
		}
		Publisher.publish(layout, run.revision(), file -> this.checkpoints.reached("publish: moved " + file));
		RevisionIndex.update(layout);
		this.checkpoints.reached("publish: revisions.json written");
		this.runs.complete(run, Instant.now());
		this.checkpoints.reached("publish: recorded as complete");
		return layout.publishedDir(run.revision());
	}

}
