using Linli.Web.Platform.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Linli.Web.Platform.Hosting;

public static class StartupExtensions
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    /// <summary>Prints where Linli listens and how to sign in, once the server is up.</summary>
    public static void AnnounceAddressOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses) Console.WriteLine($"Linli 邻里 is running at {address}/console");
            Console.WriteLine("Sign in as 'admin' (password: Linli__Admin__Password, or the one printed at the first start); demo accounts: docs/demo.md");
        });
}
