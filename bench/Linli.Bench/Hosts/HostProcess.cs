using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>
/// A Linli host as production runs one: the web app's build (`dotnet Linli.Web.dll`) in a process of its own,
/// configured by environment variables, answering on a loopback port once /health/ready says so.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly string folder;
    private Process? process;

    private HostProcess(string name, int port, IReadOnlyDictionary<string, string> settings, string folder)
    {
        Name = name;
        Port = port;
        this.settings = settings;
        this.folder = folder;
    }

    public string Name { get; }
    public int Port { get; }

    public static async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"linli-host-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var host = new HostProcess(name, FreePort(), settings, folder);
        File.Delete(host.LogPath);
        await host.StartAgainAsync();
        return host;
    }

    /// <summary>Starts the process (again, after <see cref="Kill"/>) and waits until it is ready.</summary>
    public async Task StartAgainAsync()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Linli.Web", "bin", "Release", "net10.0");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(web, "Linli.Web.dll"));
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Linli__DataDirectory"] = folder;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        process = Process.Start(start)!;
        // The host's log (warnings and errors) is kept beside the temp folders, and read so a full pipe never blocks it.
        var log = TextWriter.Synchronized(new StreamWriter(LogPath, append: true) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitReadyAsync(Port, TimeSpan.FromSeconds(90));
    }

    /// <summary>Where the host's log goes: kept after the benchmark, for what the results file only counts.</summary>
    public string LogPath => Path.Combine(Path.GetTempPath(), $"linli-bench-host-{Name}.log");

    /// <summary>kill -9: no shutdown, no flushing, whatever was in flight is cut.</summary>
    public void Kill() => process!.Kill();

    public static async Task WaitReadyAsync(int port, TimeSpan within)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = Stopwatch.StartNew();
        while (until.Elapsed < within)
        {
            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{port}/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"nothing ready on port {port} within {within}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linli.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("run from a checkout of Linli");
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
