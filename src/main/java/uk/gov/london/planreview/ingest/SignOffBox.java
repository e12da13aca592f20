package uk.gov.london.planreview.ingest;

import java.time.LocalDate;

/**
 * A sign-off box as the cover sheet has it.
 *
 * @param role Chief Executive, Leader or elected Mayor, or BCU Commander
 * @param organisation the body it signs for, as written ("Royal Borough of Kingston upon
 * Thames"), empty when not written
 */
record SignOffBox(String role, String organisation, String name, LocalDate date, boolean signed) {
}
