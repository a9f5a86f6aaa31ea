using System.Net;
using Linli.Tests.Infrastructure;
using Npgsql;

namespace Linli.Tests.Platform.Hosting;

/// <summary>
/// The database server restarting under Linli: every open connection is ended by the server (what a restart's
/// shutdown does, SQLSTATE 57P01). Requests that meet a dead connection answer 503 with Retry-After — a page says
/// the data is out of reach, not that something broke — and the next ones succeed on fresh connections, with no
/// restart of Linli. PostgreSQL only (a server to lose); scripts/test.sh leaves it out of the SQLite run.
/// bench/results/hosts.md restarts the whole server under a sign-up rush.
/// </summary>
[Trait("Database", "Server")]
public sealed class DatabaseOutageTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Cut_connections_answer_503_and_the_next_requests_recover()
    {
        var admin = await factory.AdminAsync();
        var page = await BrowserSession.SignInAsync(factory, "admin", LinliFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/regions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/console/audit")).StatusCode);

        await EndEveryConnectionAsync();
        var answers = new List<HttpResponseMessage>();
        do answers.Add(await admin.GetAsync("/api/v1/regions"));
        while (answers[^1].StatusCode != HttpStatusCode.OK && answers.Count < 50);

        Assert.Equal(HttpStatusCode.OK, answers[^1].StatusCode);
        var failed = answers[..^1];
        Assert.NotEmpty(failed);
        Assert.All(failed, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode));
        Assert.All(failed, a => Assert.Equal(TimeSpan.FromSeconds(5), a.Headers.RetryAfter?.Delta));
        var problem = await failed[0].ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("系统暂时无法访问数据，请稍后几秒再试。您刚才的操作没有完成。", problem.GetProperty("title").GetString());

        await EndEveryConnectionAsync();
        var pages = new List<HttpResponseMessage>();
        do pages.Add(await page.GetAsync("/console/audit"));
        while (pages[^1].StatusCode != HttpStatusCode.OK && pages.Count < 50);

        Assert.Equal(HttpStatusCode.OK, pages[^1].StatusCode);
        Assert.NotEmpty(pages[..^1]);
        Assert.All(pages[..^1], p => Assert.Equal(HttpStatusCode.ServiceUnavailable, p.StatusCode));
        Assert.Contains("系统暂时无法访问数据", await pages[0].Content.ReadAsStringAsync());
    }

    /// <summary>Ends every backend of the host's database, as the server does to each when it shuts down for a restart.</summary>
    private async Task EndEveryConnectionAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var end = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @database", connection);
        end.Parameters.AddWithValue("database", database!);
        Assert.True((long)(await end.ExecuteScalarAsync())! > 0);
    }
}
