-- Sign-up forms: the fields an activity asks for (部门, 家属人数, 尺码…) as one JSON list per activity, and each
-- sign-up's answers as one JSON object keyed by field key. Answers may hold phone numbers: personal data, exported
-- and erased with the member (SignUpsPersonalData), never logged.
CREATE TABLE activity_forms (
    activity_id TEXT   PRIMARY KEY REFERENCES activities (id),
    fields      TEXT   NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE signup_answers (
    signup_id  INTEGER PRIMARY KEY REFERENCES signups (id),
    answers    TEXT    NOT NULL,
    updated_at BIGINT  NOT NULL
);
