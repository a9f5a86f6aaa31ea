using System.Diagnostics;
using System.Globalization;
using System.Text;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.Import;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The register at street size. On each database: import a community's sheet of 100,000 residents
/// through <see cref="ResidentImporter"/> (time and memory), fill nine more communities to reach
/// 1,000,000 residents, then time the list queries the console runs, through <see cref="ResidentsService"/>
/// with the staff scope filter in every one. Results: bench/results/residents.md.
/// </summary>
internal static class ResidentsBench
{
    private const int ImportRows = 100_000, Communities = 10, PerCommunity = 100_000, Iterations = 200;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task RunAsync(string? postgresServer)
    {
        var report = new StringBuilder()
            .AppendLine("# Residents register benchmark")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Command: `bash scripts/bench.sh residents` · {DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · .NET {Environment.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Data: {Communities} communities of {ResidentsSeed.Compounds * ResidentsSeed.BuildingsPerCompound * ResidentsSeed.UnitsPerBuilding:N0} units and {PerCommunity:N0} residents each ({Communities * PerCommunity:N0} in all); the first community's residents come from the imported sheet, the others are seeded straight into the tables. Every list query is a fresh scope acting as a community's staff (or the street officer), returning a page of 50 with masked ID numbers and phones, tags and unit labels — what the console and `GET /api/v1/residents` serve, without HTTP. Targets: import ≤ 30 s and ≤ 500 MB; list p95 ≤ 50 ms.")
            .AppendLine();
        await RunOnAsync(null, report);
        if (postgresServer is not null) await RunOnAsync(postgresServer, report);
        else report.AppendLine("PostgreSQL: not run (no server given).");
        await Measure.WriteResultsAsync("residents.md", report.ToString());
    }

    private static async Task RunOnAsync(string? postgresServer, StringBuilder report)
    {
        var provider = postgresServer is null ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== {provider}");
        await using var host = await BenchHost.StartAsync(postgresServer);
        await using var connection = host.Service<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<LinliDb>().Database.GetDbConnection();
        await connection.OpenAsync();
        var seed = new ResidentsSeed(connection, host.IsPostgres, host.Service<FieldEncryptor>());
        var communities = await seed.TreeAsync(Communities);
        var imported = communities[0];
        var importStaff = new BenchUser("import-staff", [imported.Path], [imported.Id]);

        var sheet = Path.Combine(Path.GetTempPath(), $"linli-bench-{Guid.NewGuid():N}.xlsx");
        WriteSheet(sheet, imported);
        var import = await ImportAsync(host, importStaff, imported, sheet);
        File.Delete(sheet);

        var watch = Stopwatch.StartNew();
        for (var c = 1; c < Communities; c++)
        {
            var (maxResident, maxHousehold) = await MaxIdsAsync(connection);
            await seed.ResidentsAsync(communities[c], new SyntheticPeople(c, Today), PerCommunity, maxResident + 1, maxHousehold);
        }
        await AnalyzeAsync(connection, host.IsPostgres);
        Console.WriteLine($"  seeded {Communities - 1} more communities in {watch.Elapsed.TotalSeconds:F0} s");

        var results = await QueriesAsync(host, communities);
        report.AppendLine(CultureInfo.InvariantCulture, $"## {provider}")
            .AppendLine()
            .AppendLine("| import of the sheet | rows | seconds | process MB before | peak process MB during | allocated MB |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |")
            .AppendLine(CultureInfo.InvariantCulture, $"| {import.FileMegabytes:F1} MB xlsx, all-or-nothing, one transaction | {import.Rows:N0} | {import.Seconds:F1} | {import.BaselineMegabytes:N0} | {import.PeakWorkingSetMegabytes:N0} | {import.AllocatedMegabytes:N0} |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"List queries at {Communities * PerCommunity:N0} residents, {Iterations} runs each:")
            .AppendLine()
            .Table(results)
            .AppendLine();
    }

    private sealed record ImportFigures(int Rows, double FileMegabytes, double Seconds, double BaselineMegabytes, double PeakWorkingSetMegabytes, double AllocatedMegabytes);

    /// <summary>Imports the sheet as the endpoint does, sampling the process's working set meanwhile.</summary>
    private static async Task<ImportFigures> ImportAsync(BenchHost host, BenchUser staff, SeededCommunity community, string sheet)
    {
        // The seeding before leaves garbage; start the import from a compacted heap, as a server between requests would be.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = Environment.WorkingSet;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Environment.WorkingSet);
                await Task.Delay(20, CancellationToken.None);
            }
        });
        var watch = Stopwatch.StartNew();
        var length = new FileInfo(sheet).Length;
        var result = await host.AsUserAsync(staff, async services =>
        {
            await using var file = File.OpenRead(sheet);
            return await services.GetRequiredService<ResidentImporter>().ImportAsync(community.Id, file, length, default);
        });
        var seconds = watch.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        if (!result.Succeeded || result.Imported != ImportRows)
            throw new InvalidOperationException($"import refused: {string.Join("; ", result.Errors.Take(5).Select(e => $"{e.Row} {e.Column} {e.Message}"))}");
        var figures = new ImportFigures(result.Imported, length / 1048576.0, seconds, baseline / 1048576.0, peak / 1048576.0,
            (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  import: {figures.Rows:N0} rows in {figures.Seconds:F1} s, process {figures.BaselineMegabytes:N0} MB before, peak {figures.PeakWorkingSetMegabytes:N0} MB"));
        return figures;
    }

    private static void WriteSheet(string path, SeededCommunity community)
    {
        var people = new SyntheticPeople(0, Today);
        var headers = new ResidentSheet([Linli.Web.Platform.Regions.RegionKind.Compound, Linli.Web.Platform.Regions.RegionKind.Building, Linli.Web.Platform.Regions.RegionKind.Unit]).Headers;
        IEnumerable<IReadOnlyList<object?>> Rows()
        {
            foreach (var (_, unitIndex, startsHousehold) in ResidentsSeed.Households(ImportRows, community.Units.Count))
            {
                var person = people.Next();
                var unit = community.Units[unitIndex];
                yield return [person.Name, person.Gender == Gender.Male ? "男" : "女", person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    person.IdNumber, person.Phone, unit.Compound, unit.Building, unit.Unit, startsHousehold ? "户主" : "", "", string.Join("、", person.Tags), ""];
            }
        }
        using var file = File.Create(path);
        Xlsx.Write(file, "居民", headers, Rows());
    }

    private static async Task<List<Measure.Result>> QueriesAsync(BenchHost host, IReadOnlyList<SeededCommunity> communities)
    {
        var community = communities[0];
        var staff = new BenchUser("staff", [community.Path], [community.Id]);
        var street = new BenchUser("street", [community.Path[..community.Path.TrimEnd('/').LastIndexOf('/')] + "/"], [.. communities.Select(c => c.Id)]);
        var sample = await host.AsUserAsync(staff, s => s.GetRequiredService<ResidentsService>().SearchAsync(new ResidentQuery(community.Id, Limit: 200, After: "30000"), false, default));
        var someone = sample.Items.First(i => i.PhoneMasked is not null);
        var middle = sample.Items[100].Id.ToString(CultureInfo.InvariantCulture);

        Task<Measure.Result> Time(string name, BenchUser user, ResidentQuery query, bool sensitive = false) =>
            Measure.RunAsync(name, Iterations, async () =>
            {
                var page = await host.AsUserAsync(user, s => s.GetRequiredService<ResidentsService>().SearchAsync(query, sensitive, default));
                if (page.Items.Count == 0) throw new InvalidOperationException($"{name}: no rows");
            });
        return
        [
            await Time("first page of a community (100,000 residents)", staff, new ResidentQuery(community.Id)),
            await Time("next page from the middle of the list", staff, new ResidentQuery(community.Id, After: middle)),
            await Time("search: a common surname (王)", staff, new ResidentQuery(community.Id, Q: "王")),
            await Time($"search: a full name ({someone.Name})", staff, new ResidentQuery(community.Id, Q: someone.Name)),
            await Time("search: phone tail (4 digits)", staff, new ResidentQuery(community.Id, Q: someone.PhoneMasked![^4..])),
            await Time("tag: empty-nest (recorded)", staff, new ResidentQuery(community.Id, Tag: "EmptyNest")),
            await Time("tag: 80+ (derived from birth date)", staff, new ResidentQuery(community.Id, Tag: "Elderly80Plus")),
            await Time("tag: living alone (derived from household)", staff, new ResidentQuery(community.Id, Tag: "LivingAlone")),
            await Time("tag: low income (sensitive, audited)", staff, new ResidentQuery(community.Id, Tag: "LowIncomeHousehold"), sensitive: true),
            await Time("compound filter (a quarter of the community)", staff, new ResidentQuery(community.Id, RegionId: community.CompoundId)),
            await Time("street officer: first page across 1,000,000", street, new ResidentQuery()),
            await Time("street officer: a full name across the street", street, new ResidentQuery(Q: someone.Name)),
        ];
    }

    internal static async Task<(int Resident, int Household)> MaxIdsAsync(System.Data.Common.DbConnection connection)
    {
        async Task<int> MaxAsync(string table)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM {table}";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        return (await MaxAsync("residents_residents"), await MaxAsync("residents_households"));
    }

    /// <summary>Planner statistics, as a production database has them after autovacuum (or SQLite's ANALYZE).</summary>
    internal static async Task AnalyzeAsync(System.Data.Common.DbConnection connection, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 600;
        command.CommandText = postgres
            ? "SELECT setval(pg_get_serial_sequence('residents_residents', 'Id'), (SELECT MAX(\"Id\") FROM residents_residents)); " +
              "SELECT setval(pg_get_serial_sequence('residents_households', 'Id'), (SELECT MAX(\"Id\") FROM residents_households)); ANALYZE;"
            : "ANALYZE;";
        await command.ExecuteNonQueryAsync();
    }
}
