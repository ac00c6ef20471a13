-- QR check-in: the unguessable token an activity's QR code carries (the member page's ?checkin=…), so the URL
-- never holds the bare activity id. Replacing it (a leaked photo of the code) makes old QR codes stop working.
CREATE TABLE activity_checkin_tokens (
    activity_id TEXT   PRIMARY KEY REFERENCES activities (id),
    token       TEXT   NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL
);
