namespace EngageBot.Infrastructure;

/// <summary>When a SQLite write that would start a commit waits <see cref="StorageOptions.CommitGather"/> for company.</summary>
public enum CommitGatherRule
{
    /// <summary>Whenever the last commit held more than one write.</summary>
    Company,

    /// <summary>
    /// Only when, besides, the process has work waiting for a thread (the cores are busy): then the wait costs no
    /// idle core, and the turns being run meanwhile join the commit. With a core free, the write commits at once.
    /// </summary>
    Busy,
}
