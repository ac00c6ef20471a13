using System.Reflection;

namespace EngageBot.Infrastructure;

/// <summary>
/// An assembly whose embedded Sqlite/NNN_name.sql and Postgres/NNN_name.sql scripts the <see cref="SchemaMigrator"/>
/// applies. Each owner registers its assembly; the version number orders the scripts across owners.
/// </summary>
public sealed record SchemaScripts(Assembly Assembly);
