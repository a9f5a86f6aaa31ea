using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Platform.Hosting;

/// <summary>A host with the Prometheus scrape turned on (it is off by default: HostingTests finds no /metrics).</summary>
public sealed class PrometheusFactory : LinliFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Linli:Telemetry:Prometheus", "true")];
}

public sealed class TelemetryTests(PrometheusFactory factory) : IClassFixture<PrometheusFactory>
{
    [Fact]
    public async Task The_scrape_shows_requests_and_the_sign_up_writer_and_no_one_by_name()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var activity = await AnActivity("量度讲座").CreateAsync(staff, tree.CommunityA);
        var resident = await AResident("计量王").WithPhone("13912345678").CreateAsync(staff, tree.UnitA);
        await (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/registrations", new { residentId = resident })).ReadJsonAsync(HttpStatusCode.Created);

        var scrape = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        var text = await scrape.Content.ReadAsStringAsync();
        Assert.Contains("linli_signups_batch_size_count", text);
        Assert.Contains("linli_signups_queue_length", text);
        Assert.Contains("http_server_request_duration_seconds_count", text);
        Assert.DoesNotContain("计量王", text);
        Assert.DoesNotContain("13912345678", text);
    }
}
