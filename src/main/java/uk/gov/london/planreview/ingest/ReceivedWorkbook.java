package uk.gov.london.planreview.ingest;

/** A workbook as received: its fingerprint for the manifest, and what reading it gave. */
public record ReceivedWorkbook(String sha256, WorkbookReading reading) {
}
