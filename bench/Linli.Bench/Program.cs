using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.EntityFrameworkCore;

// Foundation benchmark: the scoped region queries every page runs, at district size, and the audit
// log's append and verification. Run: dotnet run -c Release --project bench/Linli.Bench [-- units]
// Results go to bench/results/foundation.md.
var units = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
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
var tree = await Seed.TreeAsync(Db(system), units);

// Staff of one community: the scope filter is in every query they make.
var staff = new AccessScope();
staff.ActAs("bench", "bench", seesAll: false, [tree.CommunityPath]);
var results = new List<(string Name, double Median, double P95)>();

results.Add(await Measure.RunAsync("children of a building (staff scope)", 200, async () =>
{
    await using var db = Db(staff);
    await new RegionsService(db, staff, null!, TimeProvider.System).ChildrenAsync(tree.BuildingId, default);
}));
results.Add(await Measure.RunAsync($"figures of a community of {tree.CommunityUnits:N0} units (staff scope)", 20, async () =>
{
    await using var db = Db(staff);
    var service = new RegionsService(db, staff, null!, TimeProvider.System);
    await service.FiguresAsync(await service.GetAsync(tree.CommunityId, default), default);
}));
results.Add(await Measure.RunAsync("a unit outside the scope (404)", 200, async () =>
{
    await using var db = Db(staff);
    if (await db.Regions.AnyAsync(r => r.Id == tree.OutsideUnitId)) throw new InvalidOperationException("scope leaked");
}));
results.Add(await Measure.RunAsync("audit append", 500, async () =>
{
    await using var db = Db(system);
    await new AuditLog(db, system, TimeProvider.System, NullLogger<AuditLog>.Instance).RecordAsync("bench.append", "Bench", "1", "benchmark entry");
}));
results.Add(await Measure.RunAsync("verify the whole audit chain (500+ entries)", 5, async () =>
{
    await using var db = Db(system);
    if (!(await new AuditVerifier(db).VerifyAsync()).Valid) throw new InvalidOperationException("chain broken");
}));

var report = new StringBuilder()
    .AppendLine("# Foundation benchmark (SQLite)")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Command: `dotnet run -c Release --project bench/Linli.Bench -- {units}` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · {tree.TotalNodes:N0} region nodes")
    .AppendLine()
    .AppendLine("| operation | median ms | p95 ms |")
    .AppendLine("| --- | ---: | ---: |");
foreach (var (name, median, p95) in results) report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {median:F2} | {p95:F2} |");
Console.Write(report);
var output = Path.Combine(Measure.RepositoryRoot(), "bench", "results", "foundation.md");
await File.WriteAllTextAsync(output, report.ToString());
Console.WriteLine($"written to {output}");
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);

internal static class Measure
{
    public static async Task<(string, double, double)> RunAsync(string name, int iterations, Func<Task> action)
    {
        for (var i = 0; i < Math.Min(5, iterations); i++) await action();
        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (name, times[times.Count / 2], times[(int)(times.Count * 0.95)]);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linli.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
