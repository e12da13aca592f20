package uk.gov.london.planreview.ingest;

import java.nio.file.Path;

/**
 * A workbook the run recorded among its inputs.
 *
 * @param name its name in findings, the tables and the manifest
 * @param sha256 its fingerprint when the run recorded it
 */
public record InputWorkbook(Path path, String name, String sha256) {
}
