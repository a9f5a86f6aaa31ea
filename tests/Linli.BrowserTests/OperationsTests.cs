using System.Net;

namespace Linli.BrowserTests;

/// <summary>What an operator sees of the running process: proxies, addresses and commands.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Cookies_are_secure_when_the_proxy_says_the_request_was_https()
    {
        Assert.Contains("secure", await SignInCookieAsync(forwardedProto: "https"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await SignInCookieAsync(forwardedProto: null), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Plain_http_is_served_without_a_redirect_to_https()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var response = await http.GetAsync($"{fixture.Linli.BaseUrl}/signin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_audit_verify_command_checks_the_chain_of_the_running_instance()
    {
        var (exitCode, output) = await fixture.Linli.RunCommandAsync("audit", "verify");
        Assert.True(exitCode == 0, output);
        Assert.Contains("Audit log intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_backup_command_copies_the_live_database()
    {
        var file = Path.Combine(Path.GetTempPath(), $"linli-backup-{Guid.NewGuid():N}.db");
        try
        {
            var (exitCode, output) = await fixture.Linli.RunCommandAsync("backup", file);
            Assert.True(exitCode == 0, output);
            await using var copy = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
            await copy.OpenAsync();
            await using var count = copy.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM platform_regions WHERE \"Name\" = '锦华社区'";
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_first_start_printed_its_address_and_how_to_sign_in() =>
        Assert.Contains($"Linli 邻里 is running at {fixture.Linli.BaseUrl}/console", fixture.Linli.Output, StringComparison.Ordinal);

    private async Task<string> SignInCookieAsync(string? forwardedProto)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });
        var form = await http.GetStringAsync($"{fixture.Linli.BaseUrl}/signin");
        const string marker = "name=\"__RequestVerificationToken\" value=\"";
        var start = form.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{fixture.Linli.BaseUrl}/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "signin",
                ["__RequestVerificationToken"] = form[start..form.IndexOf('"', start)],
                ["Input.Login"] = "ankang",
                ["Input.Password"] = LinliProcess.DemoPassword,
            }),
        };
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("linli.auth", StringComparison.Ordinal));
    }
}
