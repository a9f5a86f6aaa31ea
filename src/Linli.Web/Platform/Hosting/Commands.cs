using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Platform.Hosting;

/// <summary>
/// Operator commands run with the same configuration as the server:
/// <c>dotnet Linli.Web.dll audit verify</c>, <c>dotnet Linli.Web.dll keys reencrypt</c>, <c>dotnet Linli.Web.dll migrate</c>.
/// </summary>
public static class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')));
        if (command is not ("audit verify" or "keys reencrypt" or "migrate")) return false;
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
            case "keys reencrypt":
                var count = await services.GetRequiredService<Privacy.Reencryptor>().ReencryptAllAsync();
                Console.WriteLine($"Re-encrypted {count} value(s) with the active key.");
                break;
        }
        return true;
    }
}
