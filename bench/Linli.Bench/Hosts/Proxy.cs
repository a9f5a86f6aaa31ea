using System.Diagnostics;
using System.Globalization;

/// <summary>
/// nginx from Debian in front of the hosts, configured as docs/operations.md tells an operator: round robin over
/// keep-alive connections, forwarded headers, a request that could not reach a host (refused, reset before an
/// answer) passed to the next one. Two listeners: one over both hosts, one over the first host only (what the
/// proxy itself costs).
/// </summary>
internal sealed class Proxy : IAsyncDisposable
{
    private readonly Process nginx;
    private readonly string folder;

    private Proxy(Process nginx, string folder, int both, int first)
    {
        this.nginx = nginx;
        this.folder = folder;
        BothPort = both;
        FirstPort = first;
    }

    public int BothPort { get; }
    public int FirstPort { get; }

    public static async Task<Proxy> StartAsync(HostProcess a, HostProcess b)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"linli-nginx-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var (both, first) = (HostProcess.FreePort(), HostProcess.FreePort());
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            worker_processes auto;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream both { server 127.0.0.1:{{a.Port}} max_fails=1 fail_timeout=10s; server 127.0.0.1:{{b.Port}} max_fails=1 fail_timeout=10s; keepalive 64; }
                upstream first { server 127.0.0.1:{{a.Port}}; keepalive 64; }
                proxy_http_version 1.1;
                proxy_set_header Connection "";
                proxy_set_header Host $host;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
                proxy_next_upstream error timeout;
                server { listen 127.0.0.1:{{both}}; location / { proxy_pass http://both; } }
                server { listen 127.0.0.1:{{first}}; location / { proxy_pass http://first; } }
            }
            """));
        var start = new ProcessStartInfo("nginx") { RedirectStandardError = true };
        foreach (var arg in new[] { "-p", folder, "-c", config }) start.ArgumentList.Add(arg);
        var proxy = new Proxy(Process.Start(start)!, folder, both, first);
        await HostProcess.WaitReadyAsync(both, TimeSpan.FromSeconds(30));
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        // SIGQUIT: nginx's graceful stop, which takes its workers with it (a SIGKILL of the master would leave them).
        using (var quit = Process.Start("kill", ["-QUIT", nginx.Id.ToString(CultureInfo.InvariantCulture)])) await quit.WaitForExitAsync();
        await nginx.WaitForExitAsync();
        nginx.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
