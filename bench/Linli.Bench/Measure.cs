using System.Diagnostics;
using System.Globalization;
using System.Text;

/// <summary>Timing, the results table and where the results files live.</summary>
internal static class Measure
{
    public sealed record Result(string Name, double Median, double P95);

    /// <summary>Runs the action a few times to warm up, then times each iteration.</summary>
    public static async Task<Result> RunAsync(string name, int iterations, Func<Task> action)
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
        var result = new Result(name, times[times.Count / 2], times[(int)(times.Count * 0.95)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: median {result.Median:F2} ms, p95 {result.P95:F2} ms"));
        return result;
    }

    public static StringBuilder Table(this StringBuilder report, IEnumerable<Result> results)
    {
        report.AppendLine("| operation | median ms | p95 ms |").AppendLine("| --- | ---: | ---: |");
        foreach (var r in results) report.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Median:F2} | {r.P95:F2} |");
        return report;
    }

    public static async Task WriteResultsAsync(string fileName, string report)
    {
        var output = Path.Combine(RepositoryRoot(), "bench", "results", fileName);
        await File.WriteAllTextAsync(output, report);
        Console.WriteLine($"written to {output}");
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linli.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
