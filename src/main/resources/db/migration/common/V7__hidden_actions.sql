-- An action read from a row hidden in its workbook: counted like any other (hiding a row does not remove
-- it from the plan), and its feedback says which, so that the board can see why the review counts more
-- actions than its own sheet shows.
ALTER TABLE plan_action ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
