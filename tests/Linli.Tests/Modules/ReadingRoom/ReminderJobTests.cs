using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.ReadingRoom;

/// <summary>A host whose reminder job runs every three seconds instead of every hour.</summary>
public sealed class FastReminderFactory : LinliFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Linli:Jobs:IntervalMinutes", "0.05")];
}

public sealed class ReminderJobTests(FastReminderFactory factory) : IClassFixture<FastReminderFactory>
{
    [Fact]
    public async Task The_background_job_sends_the_overdue_reminder_without_anyone_pressing_a_button()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        await CirculationTests.BookAsync(staff, tree.CommunityA, "边城", "J-1");
        var reader = (await (await staff.PostAsJsonAsync("/api/v1/residents", new { unitId = tree.UnitA, name = "忘还者", gender = "Male", birthDate = "1970-01-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var userName = "j" + Guid.NewGuid().ToString("N")[..10];
        (await staff.PostAsJsonAsync($"/api/v1/residents/{reader}/account", new { userName, password = "Resident-pass-2026" })).EnsureSuccessStatusCode();
        var resident = await factory.ClientForAsync(userName, "Resident-pass-2026");
        var loanedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-32);
        await (await staff.PostAsJsonAsync("/api/v1/reading-room/loans", new { communityId = tree.CommunityA, barcode = "J-1", borrowerId = reader, loanedOn = loanedOn.ToString("yyyy-MM-dd") }))
            .ReadJsonAsync(HttpStatusCode.Created);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var texts = new List<string>();
        while (texts.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            texts = [.. (await (await resident.GetAsync("/api/v1/notifications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(n => n.GetProperty("text").GetString()!)];
        }
        Assert.Equal("您借阅的《边城》已于" + loanedOn.AddDays(30).ToString("yyyy-MM-dd") + "到期，请尽快归还（第1次提醒）。", Assert.Single(texts));
    }
}
