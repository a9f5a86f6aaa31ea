using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>
/// The scoped region queries every page runs, at district size, and the audit log's append and
/// verification (SQLite). Results: bench/results/foundation.md.
/// </summary>
internal static class FoundationBench
{
    public static async Task RunAsync(int units)
    {
        var folder = Path.Combine(Path.GetTempPath(), "linli-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var encryptor = new FieldEncryptor(new FieldKeyRing("k", new Dictionary<string, byte[]> { ["k"] = RandomNumberGenerator.GetBytes(32) }, RandomNumberGenerator.GetBytes(32)));
        var options = new DbContextOptionsBuilder<SqliteLinliDb>()
            .UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}")
            .ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, LinliModelCacheKeyFactory>().Options;

        SqliteLinliDb Db(AccessScope scope) => new(options, scope, encryptor);
        var system = new AccessScope();
        system.ActAsSystem();

        await using (var db = Db(system)) await db.Database.MigrateAsync();
        var tree = await FoundationSeed.TreeAsync(Db(system), units);

        // Staff of one community: the scope filter is in every query they make.
        var staff = new AccessScope();
        staff.ActAs("bench", "bench", seesAll: false, [tree.CommunityPath]);
        var results = new List<Measure.Result>
        {
            await Measure.RunAsync("children of a building (staff scope)", 200, async () =>
            {
                await using var db = Db(staff);
                await new RegionsService(db, staff, null!, TimeProvider.System).ChildrenAsync(tree.BuildingId, default);
            }),
            await Measure.RunAsync($"figures of a community of {tree.CommunityUnits:N0} units (staff scope)", 20, async () =>
            {
                await using var db = Db(staff);
                var service = new RegionsService(db, staff, null!, TimeProvider.System);
                await service.FiguresAsync(await service.GetAsync(tree.CommunityId, default), default);
            }),
            await Measure.RunAsync("a unit outside the scope (404)", 200, async () =>
            {
                await using var db = Db(staff);
                if (await db.Regions.AnyAsync(r => r.Id == tree.OutsideUnitId)) throw new InvalidOperationException("scope leaked");
            }),
            await Measure.RunAsync("audit append", 500, async () =>
            {
                await using var db = Db(system);
                await new AuditLog(db, system, TimeProvider.System, NullLogger<AuditLog>.Instance).RecordAsync("bench.append", "Bench", "1", "benchmark entry");
            }),
            await Measure.RunAsync("verify the whole audit chain (500+ entries)", 5, async () =>
            {
                await using var db = Db(system);
                if (!(await new AuditVerifier(db).VerifyAsync()).Valid) throw new InvalidOperationException("chain broken");
            }),
        };

        var report = new StringBuilder()
            .AppendLine("# Foundation benchmark (SQLite)")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Linli.Bench -- foundation {units}` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · {tree.TotalNodes:N0} region nodes")
            .AppendLine()
            .Table(results);
        await Measure.WriteResultsAsync("foundation.md", report.ToString());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
