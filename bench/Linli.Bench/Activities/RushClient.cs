using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

/// <summary>
/// The HTTP sign-up rush's clients, in a child process of the benchmark (`rush-client`), warmed up over the
/// warm-up rushes as the server is. The parent writes an activity id per line; the child runs the rush against it
/// and answers with one line: seconds, the outcomes, the latencies.
/// </summary>
internal sealed class RushClient(Process child) : IAsyncDisposable
{
    public static RushClient Start(Uri server, string token, IReadOnlyList<int> residents)
    {
        var residentsFile = Path.GetTempFileName();
        File.WriteAllText(residentsFile, string.Join(',', residents));
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true };
        // Started as `dotnet Linli.Bench.dll` or as the apphost (`dotnet run`): only the first needs the assembly named.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(RushClient).Assembly.Location);
        foreach (var arg in new[] { "rush-client", server.ToString(), token, residentsFile }) start.ArgumentList.Add(arg);
        return new RushClient(Process.Start(start)!);
    }

    public async Task<ActivitiesBench.Sample> RushAsync(int activity)
    {
        await child.StandardInput.WriteLineAsync(activity.ToString(CultureInfo.InvariantCulture));
        await child.StandardInput.FlushAsync();
        var answer = await child.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the rush client ended");
        var parts = answer.Split(';');
        return new ActivitiesBench.Sample(parts[1].Split(','), [.. parts[2].Split(',').Select(l => double.Parse(l, CultureInfo.InvariantCulture))],
            double.Parse(parts[0], CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            child.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child ended already; what went wrong was reported where its answer was missing.
        }
        await child.WaitForExitAsync();
        child.Dispose();
    }

    /// <summary>The child's side: rushes until its input closes.</summary>
    public static async Task ServeAsync(string server, string token, string residentsFile)
    {
        var residents = (await File.ReadAllTextAsync(residentsFile)).Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList();
        File.Delete(residentsFile);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = ActivitiesBench.Clients }) { BaseAddress = new Uri(server) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var activity = int.Parse(line, CultureInfo.InvariantCulture);
            var sample = await ActivitiesBench.SampleAsync(residents, resident => ActivitiesBench.HttpSignUpAsync(client, activity, resident));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{sample.Seconds};{string.Join(',', sample.Outcomes)};{string.Join(',', sample.Latencies.Select(l => l.ToString(CultureInfo.InvariantCulture)))}"));
        }
    }
}
