using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Linli.BrowserTests;

/// <summary>
/// Linli as an operator runs it: the built Linli.Web.dll in its own process, Production settings,
/// SQLite in a fresh data folder, demo data on, listening on a free loopback port.
/// </summary>
public sealed class LinliProcess : IAsyncDisposable
{
    public const string AdminPassword = "Admin-pass-2026";
    public const string DemoPassword = "Linli@2026";

    private readonly Process process;
    private readonly StringBuilder output = new();

    public string BaseUrl { get; }
    public string DataDirectory { get; }
    public string Output { get { lock (output) return output.ToString(); } }

    private LinliProcess(Process process, string baseUrl, string dataDirectory)
    {
        this.process = process;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    public static async Task<LinliProcess> StartAsync()
    {
        var port = FreePort();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "linli-browser", Guid.NewGuid().ToString("N"));
        var baseUrl = $"http://127.0.0.1:{port}";
        var process = new Process { StartInfo = StartInfo(dataDirectory, "--urls", baseUrl) };
        var linli = new LinliProcess(process, baseUrl, dataDirectory);
        process.OutputDataReceived += (_, e) => linli.Append(e.Data);
        process.ErrorDataReceived += (_, e) => linli.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await linli.WaitUntilHealthyAsync();
        return linli;
    }

    /// <summary>Runs an operator command (e.g. "audit verify") against the same data folder.</summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] arguments)
    {
        using var command = new Process { StartInfo = StartInfo(DataDirectory, arguments) };
        command.Start();
        var stdout = await command.StandardOutput.ReadToEndAsync();
        var stderr = await command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        return (command.ExitCode, stdout + stderr);
    }

    private static ProcessStartInfo StartInfo(string dataDirectory, params string[] arguments)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Linli.Web");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(web, "bin", Configuration(), "net10.0", "Linli.Web.dll"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Linli__DataDirectory"] = dataDirectory;
        info.Environment["Linli__Demo"] = "true";
        info.Environment["Linli__Admin__Password"] = AdminPassword;
        // Every test signs in from 127.0.0.1; the throttle itself is tested in Linli.Tests (SignInTests).
        info.Environment["Linli__SignIn__AttemptsPerMinute"] = "1000";
        return info;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"Linli exited with {process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Linli did not become healthy:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linli.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Linli.slnx not found above the test folder.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Leaves a temp folder at worst.
        }
    }
}
