using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Linli.Web.Platform.Data;

/// <summary>
/// A PostgreSQL restart ends every connection at once, but the pool hands out idle connections without checking
/// them, so each dead one would fail one more request after the server is back. The first command that meets a dead
/// connection empties the pool (idle connections closed, busy ones closed when returned): the next requests open
/// fresh ones. bench/results/hosts.md shows when the sign-ups that failed in a restart under load were sent.
/// </summary>
public sealed class PoolResetOnOutage : DbCommandInterceptor
{
    public static readonly PoolResetOnOutage Instance = new();

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ResetAfter(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ResetAfter(command, eventData.Exception);
        return Task.CompletedTask;
    }

    private static void ResetAfter(DbCommand command, Exception exception)
    {
        if (command.Connection is NpgsqlConnection connection && DatabaseUnavailable.Caused(exception)) NpgsqlConnection.ClearPool(connection);
    }
}
