using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Volunteers;

/// <summary>Recognition rounds ranked by services, hours and performance from the records, decided once, and certified by two issuers.</summary>
public sealed class RecognitionRoundsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static string Day(int plusDays) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(plusDays).ToString("yyyy-MM-dd");

    private static async Task ServeAsync(HttpClient staff, int volunteer, int times, decimal hours, int startingDaysAgo)
    {
        for (var i = 0; i < times; i++)
            await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{volunteer}/service-records", new
            {
                activityName = "助残服务", date = Day(-startingDaysAgo - i), place = "社区活动室", content = "陪伴、引导", hours, organizer = "甲社区", personInCharge = "王社工",
            })).ReadJsonAsync(HttpStatusCode.Created);
    }

    private static async Task<int> RoundAsync(HttpClient staff, int community, object weights, int places, string title = "2026年度助残志愿者表彰") =>
        (await (await staff.PostAsJsonAsync("/api/v1/volunteers/recognition-rounds", new { communityId = community, title, from = Day(-60), to = Day(0), weights, places }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static string[] Names(JsonElement lines) => [.. lines.EnumerateArray().Select(l => l.GetProperty("name").GetString()!)];

    [Fact]
    public async Task A_round_ranks_by_its_weights_freezes_its_awardees_and_certifies_them_with_two_issuers()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var zhou = await AVolunteerAsync(staff, tree.UnitA, "周阿姨");
        var wu = await AVolunteerAsync(staff, tree.UnitA, "吴大叔");
        var zheng = await AVolunteerAsync(staff, tree.UnitA, "郑小妹");
        await ServeAsync(staff, zhou, 5, 1m, 1);
        await ServeAsync(staff, wu, 2, 4m, 1);
        await ServeAsync(staff, zheng, 4, 1.5m, 1);
        await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{zhou}/evaluations", new { rating = "Excellent", date = Day(-1) })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/volunteers/{wu}/evaluations", new { rating = "Fair", date = Day(-1) })).ReadJsonAsync(HttpStatusCode.Created);

        // By count alone, as the seed's round: 5, 4 and 2 services.
        var byCount = await RoundAsync(staff, tree.CommunityA, new { services = 100, hours = 0, performance = 0 }, 2);
        var counted = await (await staff.GetAsync($"/api/v1/volunteers/recognition-rounds/{byCount}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["周阿姨", "郑小妹", "吴大叔"], Names(counted.GetProperty("ranking")));
        Assert.Equal([100m, 80m, 40m], counted.GetProperty("ranking").EnumerateArray().Select(l => l.GetProperty("score").GetDecimal()).ToArray());
        Assert.Equal(JsonValueKind.Null, counted.GetProperty("reproduced").ValueKind);

        // Services 40, hours 40, performance 20: 周 40·100+40·62.5+20·100 = 85; 吴 40·40+40·100+20·60 = 68; 郑 40·80+40·75+0 = 62.
        var mixed = await RoundAsync(staff, tree.CommunityA, new { services = 40, hours = 40, performance = 20 }, 3, "综合表彰");
        var weighed = (await (await staff.GetAsync($"/api/v1/volunteers/recognition-rounds/{mixed}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("ranking");
        Assert.Equal(["周阿姨", "吴大叔", "郑小妹"], Names(weighed));
        Assert.Equal([85m, 68m, 62m], weighed.EnumerateArray().Select(l => l.GetProperty("score").GetDecimal()).ToArray());
        Assert.Equal(JsonValueKind.Null, weighed[2].GetProperty("performance").ValueKind);
        Assert.Equal(60m, weighed[1].GetProperty("performance").GetDecimal());

        await (await staff.PostAsJsonAsync($"/api/v1/volunteers/recognition-rounds/{byCount}/certificates", new { coIssuer = "阳光社工服务中心" }))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        var decided = await (await staff.PostAsync($"/api/v1/volunteers/recognition-rounds/{byCount}/decide", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["周阿姨", "郑小妹"], Names(decided.GetProperty("awarded")));
        Assert.True(decided.GetProperty("reproduced").GetBoolean());
        await (await staff.PostAsync($"/api/v1/volunteers/recognition-rounds/{byCount}/decide", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        var awards = (await (await staff.GetAsync($"/api/v1/volunteers/{zheng}/profile")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("awards");
        Assert.Equal("2026年度助残志愿者表彰", awards[0].GetProperty("name").GetString());
        Assert.Equal("甲社区", awards[0].GetProperty("awardingUnit").GetString());

        // Service recorded late for the period moves 吴大叔 to the top of a recomputation; the decided list stands, and says it no longer matches.
        await ServeAsync(staff, wu, 3, 1m, 10);
        var drifted = await (await staff.GetAsync($"/api/v1/volunteers/recognition-rounds/{byCount}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("吴大叔", drifted.GetProperty("ranking")[0].GetProperty("name").GetString());
        Assert.Equal(["周阿姨", "郑小妹"], Names(drifted.GetProperty("awarded")));
        Assert.False(drifted.GetProperty("reproduced").GetBoolean());

        var certified = await (await staff.PostAsJsonAsync($"/api/v1/volunteers/recognition-rounds/{byCount}/certificates", new { coIssuer = "阳光社工服务中心", @sealed = true }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var numbers = certified.GetProperty("awarded").EnumerateArray().Select(a => a.GetProperty("certificateNumber").GetString()!).ToList();
        Assert.Equal(2, numbers.Distinct().Count());
        await (await staff.PostAsJsonAsync($"/api/v1/volunteers/recognition-rounds/{byCount}/certificates", new { coIssuer = "阳光社工服务中心" }))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        var check = await (await factory.CreateClient().GetAsync($"/api/v1/certificates/{numbers[1]}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("阳光社工服务中心", check.GetProperty("coIssuer").GetString());
        Assert.Equal("甲社区", check.GetProperty("recordingUnit").GetString());
        Assert.Equal(4, check.GetProperty("services").GetInt32());
        var bytes = await staff.GetByteArrayAsync($"/api/v1/certificates/{numbers[1]}/document");
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("执行机构：阳光社工服务中心（盖章）", paragraphs);
        Assert.Contains("社区：甲社区（盖章）", paragraphs);
    }

    [Fact]
    public async Task A_round_refuses_weights_that_do_not_add_up_and_another_communitys_staff_do_not_see_it()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var bad = await (await staff.PostAsJsonAsync("/api/v1/volunteers/recognition-rounds", new
        {
            communityId = tree.CommunityA, title = "表彰", from = Day(0), to = Day(-1), weights = new { services = 50, hours = 40, performance = 0 }, places = 0,
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["places", "weights"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToArray());
        var backwards = await (await staff.PostAsJsonAsync("/api/v1/volunteers/recognition-rounds", new
        {
            communityId = tree.CommunityA, title = "表彰", from = Day(0), to = Day(-1), weights = new { services = 50, hours = 50, performance = 0 }, places = 3,
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["to"], backwards.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray());

        var empty = await RoundAsync(staff, tree.CommunityA, new { services = 50, hours = 50, performance = 0 }, 3);
        await (await staff.PostAsync($"/api/v1/volunteers/recognition-rounds/{empty}/decide", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/volunteers/recognition-rounds/{empty}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/volunteers/recognition-rounds/{empty}/decide", null)).StatusCode);
        Assert.Empty((await (await other.GetAsync($"/api/v1/volunteers/recognition-rounds?communityId={tree.CommunityB}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/volunteers/recognition-rounds?communityId={tree.CommunityA}")).StatusCode);
    }
}
