-- Runs of the stock-take on its own are recorded beside the quarterly reviews: say which job each was.
ALTER TABLE review_run ADD COLUMN job VARCHAR(40) DEFAULT 'quarterlyReview' NOT NULL;
