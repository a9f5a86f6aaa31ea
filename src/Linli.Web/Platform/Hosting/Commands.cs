using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Hosting;

/// <summary>
/// Operator commands run with the same configuration as the server:
/// <c>dotnet Linli.Web.dll audit verify</c>, <c>keys reencrypt</c>, <c>migrate</c>, <c>backup FILE</c> (SQLite) and
/// <c>users reset-password NAME</c> (a lost administrator password).
/// </summary>
public static class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToArray();
        var command = string.Join(' ', words.Take(2));
        if (words is ["backup", _]) command = "backup";
        if (words is ["users", "reset-password", _]) command = "reset-password";
        if (command is not ("audit verify" or "keys reencrypt" or "migrate" or "backup" or "reset-password")) return false;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<AccessScope>().ActAsSystem();
        switch (command)
        {
            case "migrate":
                await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
                Console.WriteLine("Database is up to date.");
                break;
            case "audit verify":
                var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync();
                Console.WriteLine(result.Valid
                    ? $"Audit log intact: {result.CheckedEntries} entries verified."
                    : $"Audit log TAMPERED at entry {result.FirstTamperedSequence}: {result.Problem} ({result.CheckedEntries} entries before it verified).");
                Environment.ExitCode = result.Valid ? 0 : 2;
                break;
            case "backup":
                Environment.ExitCode = await BackupAsync(services.GetRequiredService<LinliDb>(), words[1]);
                break;
            case "reset-password":
                Environment.ExitCode = await ResetPasswordAsync(services, words[2]);
                break;
            case "keys reencrypt":
                var count = await services.GetRequiredService<Privacy.Reencryptor>().ReencryptAllAsync();
                Console.WriteLine($"Re-encrypted {count} value(s) with the active key.");
                break;
        }
        return true;
    }

    /// <summary>For whoever runs the server and has lost the administrator's password: prints a temporary one.</summary>
    private static async Task<int> ResetPasswordAsync(IServiceProvider services, string userName)
    {
        var user = await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Identity.LinliUser>>().FindByNameAsync(userName);
        if (user is null)
        {
            Console.Error.WriteLine($"No account named '{userName}'.");
            return 1;
        }
        var temporary = await services.GetRequiredService<Identity.PasswordsService>().ResetAsync(user.Id, CancellationToken.None);
        Console.WriteLine($"Temporary password for '{userName}': {temporary}");
        Console.WriteLine("It must be changed at the next sign-in; every session of the account has ended.");
        return 0;
    }

    /// <summary>A consistent copy of a live SQLite database (VACUUM INTO); PostgreSQL is backed up with pg_dump.</summary>
    private static async Task<int> BackupAsync(LinliDb db, string file)
    {
        if (!db.Database.IsSqlite())
        {
            Console.Error.WriteLine("backup copies the SQLite database; for PostgreSQL use pg_dump (docs/operations.md).");
            return 1;
        }
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"{target} exists; choose a new file.");
            return 1;
        }
        await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", target);
        Console.WriteLine($"Database copied to {target}. Keep the keys folder (or the configured keys) with it.");
        return 0;
    }
}
