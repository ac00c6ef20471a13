using EngageBot.Infrastructure;

namespace EngageBot.Core.State;

/// <summary>A write presented an ETag that no longer matches: someone else saved first.</summary>
public sealed class ETagConflictException(string key)
    : Exception($"State '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}
