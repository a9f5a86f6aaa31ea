using System.Globalization;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linli.Web.Modules.Activities;

/// <summary>
/// A batch's statements, made once on its connection and run again for every sign-up in it: SQLite keeps a command's
/// compiled statement between runs, and compiling these (parsing, planning the indexes and foreign keys) cost as much
/// as running them. Plain ADO.NET for the same reason: EF builds and compiles a new command for every call.
/// </summary>
internal sealed class SignUpCommands : IAsyncDisposable
{
    private readonly DbCommand takeSeat, insert, savepoint, release, rollBack;

    public SignUpCommands(DatabaseFacade database)
    {
        var connection = database.GetDbConnection();
        var transaction = database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Sign-ups are written inside a transaction.");
        DbCommand Command(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            return command;
        }
        takeSeat = Command(string.Format(CultureInfo.InvariantCulture, Seats.TakeSql, "@activity"), "activity");
        insert = Command("""
            INSERT INTO activities_registrations ("ActivityId", "CommunityId", "ResidentId", "Status", "Role", "RegisteredBy", "CreatedAt")
            VALUES (@activity, @community, @resident, @status, @role, @by, @at)
            RETURNING "Id"
            """, "activity", "community", "resident", "status", "role", "by", "at");
        // Each sign-up's own savepoint: one that fails is undone alone. Rolling back to a savepoint keeps it open, so
        // the undo releases it too, and the next sign-up's savepoint is not nested in it.
        savepoint = Command("SAVEPOINT sign_up");
        release = Command("RELEASE SAVEPOINT sign_up");
        rollBack = Command("ROLLBACK TO SAVEPOINT sign_up; RELEASE SAVEPOINT sign_up");
    }

    public Task BeginAsync() => savepoint.ExecuteNonQueryAsync();

    public Task EndAsync() => release.ExecuteNonQueryAsync();

    public Task UndoAsync() => rollBack.ExecuteNonQueryAsync();

    /// <summary>A seat by <see cref="Seats.TakeSql"/>, or the waitlist when none is left.</summary>
    public async Task<RegistrationStatus> TakeSeatAsync(int activityId)
    {
        takeSeat.Parameters[0].Value = activityId;
        return Seats.Outcome(await takeSeat.ExecuteNonQueryAsync());
    }

    /// <summary>The new registration's id; a second one for the same person fails on the unique (activity, resident) index.</summary>
    public async Task<int> InsertAsync(SignUp s, RegistrationStatus status)
    {
        object[] values = [s.ActivityId, s.CommunityId, s.ResidentId, status.ToString(), s.Role.ToString(), s.RegisteredBy, s.At];
        for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i];
        return Convert.ToInt32(await insert.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { takeSeat, insert, savepoint, release, rollBack }) await command.DisposeAsync();
    }
}
