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

        await EndEveryConnectionAsync(admin);
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

        await EndEveryConnectionAsync(admin);
        var pages = new List<HttpResponseMessage>();
        do pages.Add(await page.GetAsync("/console/audit"));
        while (pages[^1].StatusCode != HttpStatusCode.OK && pages.Count < 50);

        Assert.Equal(HttpStatusCode.OK, pages[^1].StatusCode);
        Assert.NotEmpty(pages[..^1]);
        Assert.All(pages[..^1], p => Assert.Equal(HttpStatusCode.ServiceUnavailable, p.StatusCode));
        Assert.Contains("系统暂时无法访问数据", await pages[0].Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Ends every backend of the host's database, as the server does to each when it shuts down for a restart. After
    /// an outage the host's pool may hold no connection yet (Npgsql closes, on return, those opened while it cleared
    /// the pool), so a request through <paramref name="host"/> first gives it one to lose; a few tries at most.
    /// </summary>
    private async Task EndEveryConnectionAsync(HttpClient host)
    {
        var database = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var end = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @database", connection);
        end.Parameters.AddWithValue("database", database!);
        var ended = 0L;
        for (var attempt = 0; attempt < 10 && ended == 0; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/api/v1/regions")).StatusCode);
            ended = (long)(await end.ExecuteScalarAsync())!;
        }
        Assert.True(ended > 0, "the host kept no connection to end");
    }
}
