using System.Net;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linli.Tests.Platform.Hosting;

public sealed class HostingTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Health_answers_for_load_balancers()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        var ready = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());

        // A host whose scheduler stopped is alive but not ready: the balancer takes it out of the pool.
        var scheduler = await factory.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.CreateClient().GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health")).StatusCode);
        await scheduler.Start();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready")).StatusCode);
        // Metrics are scraped only where configured (TelemetryTests).
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/auth/token", paths);
        Assert.Contains("/api/v1/regions/{id}", paths);
        Assert.Contains("/api/v1/users", paths);
    }

    [Fact]
    public async Task With_nothing_configured_keys_are_generated_beside_the_data_with_a_warning()
    {
        await factory.AdminAsync();
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "keys", "field-keys.json")));
        // The cookie and token key ring: a folder beside the data on SQLite, sealed rows of the database on PostgreSQL.
        if (TestDatabase.IsPostgres)
            Assert.All(await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync()), xml =>
            {
                Assert.Contains("enc:v1:", xml);
                Assert.DoesNotContain("<masterKey", xml);
            });
        else
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "keys", "dataprotection")));
        Assert.Contains(factory.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Field encryption keys are not configured", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Console_pages_send_strangers_to_the_sign_in_form_and_unknown_pages_are_404()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var console = await client.GetAsync("/console/regions");
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        Assert.StartsWith("/signin", console.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var missing = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("页面不存在", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()));
    }
}
