-- Text that comes from a workbook has no length limit of its own: a cell may hold 32,767 characters and
-- several cells may be joined. Unbounded VARCHAR (H2 and PostgreSQL alike) so that no legal workbook can
-- overflow storage and stop the review.
-- review_run.settings_sha256 fingerprints the settings and reference data a run started with, so that an
-- interrupted run is only resumed with the same.

ALTER TABLE plan_action ALTER COLUMN action_ref SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN action_text SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN outcome SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN baseline SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN lead SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN lead_organisations SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN timescale_text SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN progress SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN comments SET DATA TYPE VARCHAR;
ALTER TABLE plan_action ALTER COLUMN supporting_documents SET DATA TYPE VARCHAR;

ALTER TABLE submission ALTER COLUMN csp_name SET DATA TYPE VARCHAR;
ALTER TABLE submission ALTER COLUMN status_reason SET DATA TYPE VARCHAR;
ALTER TABLE submission ALTER COLUMN board_partners SET DATA TYPE VARCHAR;

ALTER TABLE signatory ALTER COLUMN name SET DATA TYPE VARCHAR;

ALTER TABLE finding ALTER COLUMN message SET DATA TYPE VARCHAR;

ALTER TABLE good_practice ALTER COLUMN action_ref SET DATA TYPE VARCHAR;
ALTER TABLE good_practice ALTER COLUMN action_text SET DATA TYPE VARCHAR;
ALTER TABLE good_practice ALTER COLUMN outcome SET DATA TYPE VARCHAR;
ALTER TABLE good_practice ALTER COLUMN lead SET DATA TYPE VARCHAR;
ALTER TABLE good_practice ALTER COLUMN lead_organisations SET DATA TYPE VARCHAR;
ALTER TABLE good_practice ALTER COLUMN matched_words SET DATA TYPE VARCHAR;
ALTER TABLE good_practice ALTER COLUMN why SET DATA TYPE VARCHAR;

ALTER TABLE weak_area ALTER COLUMN reasons SET DATA TYPE VARCHAR;

ALTER TABLE linking_offer ALTER COLUMN action_ref SET DATA TYPE VARCHAR;
ALTER TABLE linking_offer ALTER COLUMN action_text SET DATA TYPE VARCHAR;
ALTER TABLE linking_offer ALTER COLUMN contact SET DATA TYPE VARCHAR;

ALTER TABLE action_movement ALTER COLUMN action_ref SET DATA TYPE VARCHAR;
ALTER TABLE action_movement ALTER COLUMN action_text SET DATA TYPE VARCHAR;

ALTER TABLE review_run ADD COLUMN settings_sha256 VARCHAR(64);

-- A joint plan is signed by each authority's Chief Executive and Leader: which one a box is for.
ALTER TABLE signatory ADD COLUMN authority VARCHAR(20) DEFAULT '' NOT NULL;
