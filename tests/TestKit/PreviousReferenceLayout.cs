namespace EngageBot.TestKit;

/// <summary>
/// Statements that turn a migrated database back into the schema before layout E (313-315): the conversation
/// references as JSON documents keyed by their conversation, with the channel + user index, and no reference member
/// beside the outbox's and sign-ups' conversations. For migration tests that seed old-shape rows; both engines.
/// </summary>
public static class PreviousReferenceLayout
{
    public static readonly string[] Statements =
    [
        "DROP TABLE conversation_references",
        "DROP TABLE reference_routes",
        """
        CREATE TABLE conversation_references (key TEXT PRIMARY KEY, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL,
            user_id TEXT, service_url TEXT, is_group INTEGER NOT NULL, json TEXT NOT NULL, updated_at BIGINT NOT NULL)
        """,
        "CREATE INDEX ix_conversation_references_user ON conversation_references (channel_id, user_id)",
        "ALTER TABLE outbox DROP COLUMN reference_member",
        "ALTER TABLE signups DROP COLUMN conversation_member",
        "DELETE FROM schema_version WHERE version IN (313, 314, 315)",
    ];
}
