using System.Data.Common;
using EngageBot.Core.Privacy;
using EngageBot.Infrastructure;

namespace EngageBot.Features.Channels.WeChat;

/// <summary>
/// A 公众号 table whose rows belong to one openid (<c>open_id</c> column): exported for a WeChat subject, deleted on
/// erasure. Subclasses name the table, the columns shown and the labels; other subjects have no rows here.
/// </summary>
public abstract class OpenIdRowsPersonalData(PersonalDataSetName set, string table, string columns, string? timeColumn) : IPersonalData
{
    public async Task<IReadOnlyList<PersonalDataSet>> ExportAsync(DataSubject subject, DbConnection connection, CancellationToken cancellationToken)
    {
        if (subject.Member.ChannelId != WeChatActivityMapper.ChannelId)
        {
            return [];
        }

        // The table and column names are this class's constants, never input; the openid is a parameter.
        await using var rows = connection.Command($"SELECT {columns} FROM {table} WHERE open_id = @o ORDER BY 1, 2").With("@o", subject.UserId);
        return [new(set.Name, set.LabelZh, set.LabelEn, await PersonalRows.ReadAsync(rows, cancellationToken), timeColumn)];
    }

    public async Task<IReadOnlyList<ErasedRows>> EraseAsync(
        DataSubject subject, DbConnection connection, DbTransaction transaction, long nowUnixMs, CancellationToken cancellationToken)
    {
        if (subject.Member.ChannelId != WeChatActivityMapper.ChannelId)
        {
            return [];
        }

        await using var rows = connection.Command($"DELETE FROM {table} WHERE open_id = @o", transaction).With("@o", subject.UserId);
        return [new(set.Name, await rows.ExecuteNonQueryAsync(cancellationToken), 0)];
    }
}

/// <summary>The name and labels of one exported set.</summary>
public sealed record PersonalDataSetName(string Name, string LabelZh, string LabelEn);
