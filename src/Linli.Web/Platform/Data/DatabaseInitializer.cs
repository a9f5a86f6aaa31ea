using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Hosting;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Scoping;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Platform.Data;

/// <summary>
/// Brings the database to the current schema with the versioned migrations, then makes sure the
/// roles and the first administrator exist, and seeds the demo street when asked on an empty database.
/// </summary>
public sealed class DatabaseInitializer(LinliDb db, AccessScope scope, RoleManager<IdentityRole> roles, UserManager<LinliUser> users,
    DemoSeeder demo, IOptions<LinliOptions> options, ILogger<DatabaseInitializer> logger, TimeProvider clock)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        scope.ActAsSystem();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
            await roles.CreateAsync(new IdentityRole(role));

        var firstRun = !await db.Users.AnyAsync(cancellationToken);
        if (firstRun) await CreateAdministratorAsync();
        if (options.Value.Demo && !await db.Regions.AnyAsync(cancellationToken))
            await demo.SeedAsync(cancellationToken);
    }

    private async Task CreateAdministratorAsync()
    {
        var admin = options.Value.Admin;
        var password = admin.Password;
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = PasswordsService.Generate();
        var user = new LinliUser { UserName = admin.UserName, DisplayName = "平台管理员", CreatedAt = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
            throw new InvalidOperationException("The administrator could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.PlatformAdmin);
        if (generated)
        {
            // Printed once, to the console only: it is not stored anywhere in clear.
            Console.WriteLine($"Linli: administrator '{admin.UserName}' created with the generated password: {password}");
            Console.WriteLine("Linli: sign in and change it (修改密码, top right of the console). Keep it safe: it is not shown again.");
            Console.WriteLine("Linli: lost it? On this server run `dotnet run --project src/Linli.Web -- users reset-password "
                + admin.UserName + "` (or `dotnet Linli.Web.dll users reset-password " + admin.UserName + "`) for a temporary one.");
        }
    }

}
