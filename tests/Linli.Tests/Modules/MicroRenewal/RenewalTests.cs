using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.MicroRenewal;

/// <summary>
/// Seed 002 cases 6–7: a micro-renewal by 一图三会 through its nine steps — the hearing, the coordination meeting and
/// the review gate theirs; the households of the place state a non-binding preference once each; the plan item by
/// item; quotes compared and the choice explained; before beside after, all public.
/// </summary>
public sealed class RenewalTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mP4z8AAAAMBAQD3A0FDAAAAAElFTkSuQmCC");

    [Fact]
    public async Task A_micro_renewal_passes_its_three_meetings_a_households_poll_quotes_and_photos_on_its_way_through_nine_steps()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var admin = await factory.AdminAsync();
        var otherBuilding = await TestTree.CreateAsync(admin, tree.CompoundA, "Building", "2栋", "2");
        var otherUnit = await TestTree.CreateAsync(admin, otherBuilding, "Unit", "201", "201", 70m);
        var units = (await (await admin.GetAsync($"/api/v1/regions/{tree.BuildingA}/children")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(u => u.GetProperty("id").GetInt32()).Where(u => u != tree.UnitA).ToList();
        var residents = new[]
        {
            await ResidentAsync(staff, "刘建国", tree.UnitA), await ResidentAsync(staff, "刘小禾", tree.UnitA),
            await ResidentAsync(staff, "王秀英", units.Single()), await ResidentAsync(staff, "赵先生", otherUnit),
        };

        var id = await ARenewal("1栋闲置地块共享花园").With("regionId", tree.BuildingA).With("budget", "30000").With("fundedBy", "公益创投").CreateAsync(staff, tree.CommunityA);
        Assert.Equal("PilotSurvey", await NextAsync(staff, id));
        Assert.Equal("Screening", await NextAsync(staff, id));
        await GateAsync(staff, id, "进入意见征询前，须先召开项目选点听证会并选定点位。");
        var console = await BrowserSession.SignInAsync(factory, tree.StaffA, TestTree.Password);
        Assert.Contains("1 个微更新项目的关口会议待登记", await console.GetStringAsync("/console"));

        var plot = await PartAsync(staff, $"/api/v1/renewal/projects/{id}/sites", new { name = "1栋旁闲置地块", evidence = "问卷中多数住户希望改为花园" });
        var forum = (await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings",
            new { communityId = tree.CommunityA, kind = "OwnersForum", title = "业主大讲堂", startsAt = Local(-3), place = "活动室" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var wrongKind = await (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/meetings", new { stage = "SiteHearing", meetingId = forum }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("会议类型与这一环节不符。", wrongKind.GetProperty("errors").GetProperty("meetingId")[0].GetString());
        var hearing = await MeetingAsync(staff, id, "SiteHearing", -2);
        Assert.DoesNotContain("个微更新项目的关口会议待登记", await console.GetStringAsync("/console"));
        var recorded = await (await staff.GetAsync($"/api/v1/deliberation/meetings/{hearing}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Hearing", "1栋闲置地块共享花园项目选点听证会"), (recorded.GetProperty("kind").GetString(), recorded.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/meetings",
            new { stage = "SiteHearing", startsAt = Local(-1), place = "院坝" })).StatusCode);
        await ChooseAsync(staff, id, "site", plot, "听证会上住户一致同意");
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutAsJsonAsync($"/api/v1/renewal/projects/{id}/site", new { id = plot, reason = "再选一次" })).StatusCode);
        Assert.Equal("Consultation", await NextAsync(staff, id));
        Assert.Equal("Design", await NextAsync(staff, id));

        var tyres = await PartAsync(staff, $"/api/v1/renewal/projects/{id}/options", new { title = "方案一：轮胎花坛", description = "旧轮胎彩绘成花坛" });
        var alone = await (await staff.PostAsync($"/api/v1/renewal/projects/{id}/poll", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("至少要有两版方案才能征询意向。", alone.GetProperty("detail").GetString());
        await PartAsync(staff, $"/api/v1/renewal/projects/{id}/options", new { title = "方案二：种植园", description = "分块认养" });
        var survey = (await (await staff.PostAsync($"/api/v1/renewal/projects/{id}/poll", null)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("surveyId").GetInt32();
        var late = await (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/options", new { title = "方案三", description = "晚来的" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("意向征询已经开始，方案不能再增加。", late.GetProperty("detail").GetString());

        // One answer per household, from the households of the place only; the portal lists the poll to them alone.
        var inside = await (await BrowserSession.SignInAsync(factory, residents[2].UserName, ResidentPassword)).GetStringAsync("/portal/surveys");
        Assert.Contains("1栋闲置地块共享花园：设计方案意向征询", inside);
        var elsewhere = await (await BrowserSession.SignInAsync(factory, residents[3].UserName, ResidentPassword)).GetStringAsync("/portal/surveys");
        Assert.DoesNotContain("设计方案意向征询", elsewhere);
        Assert.Equal(HttpStatusCode.Created, (await AnswerAsync(residents[0].Api, survey, "方案一：轮胎花坛")).StatusCode);
        var twice = await (await AnswerAsync(residents[1].Api, survey, "方案二：种植园")).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这一户已经填写过这份问卷", twice.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await AnswerAsync(residents[2].Api, survey, "方案一：轮胎花坛")).StatusCode);
        var outside = await (await AnswerAsync(residents[3].Api, survey, "方案二：种植园")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("这份问卷只请所针对小区（院落）的住户填写。", outside.GetProperty("errors").GetProperty("answers")[0].GetString());
        var polling = await ViewAsync(staff, id);
        var poll = polling.GetProperty("poll");
        Assert.Equal((true, 2, 2, 100m), (poll.GetProperty("open").GetBoolean(), poll.GetProperty("answered").GetInt32(), poll.GetProperty("households").GetInt32(),
            poll.GetProperty("share").GetDecimal()));
        Assert.Equal([2, 0], polling.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("preferences").GetInt32()));

        Assert.Equal("Selection", await NextAsync(staff, id));
        await GateAsync(staff, id, "进入改造实施前，须先召开设计方案协调会、选定方案并列出实施事项。");
        var first = await (await staff.PutAsJsonAsync($"/api/v1/renewal/projects/{id}/option", new { id = tyres, reason = "住户意向" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("请先登记设计方案协调会，再选定方案。", first.GetProperty("detail").GetString());
        await MeetingAsync(staff, id, "DesignCoordination", -1);
        await ChooseAsync(staff, id, "option", tyres, "三方共商，结合住户意向");
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/items",
            new { what = "清理杂物、平整地块", responsible = "社区两委", dimensions = "约 20 m × 20 m", budget = "6000" })).StatusCode);
        var cheaper = await PartAsync(staff, $"/api/v1/renewal/projects/{id}/quotes", new { contractor = "青禾园艺", scope = "平整、花坛", price = "8600" });
        await PartAsync(staff, $"/api/v1/renewal/projects/{id}/quotes", new { contractor = "蓉城园林", scope = "平整、花坛", price = "9800.50" });
        await GateAsync(staff, id, "已有报价的，须先选定施工方并说明理由。");
        await ChooseAsync(staff, id, "quote", cheaper, "实地测量后比价，报价最低且含亲子种植活动");
        Assert.Equal("Implementation", await NextAsync(staff, id));
        var closed = await ViewAsync(staff, id);
        Assert.False(closed.GetProperty("poll").GetProperty("open").GetBoolean());
        Assert.Equal(["2 True", "0 False"], closed.GetProperty("options").EnumerateArray().Select(o => $"{o.GetProperty("preferences").GetInt32()} {o.GetProperty("adopted").GetBoolean()}"));

        await GateAsync(staff, id, "进入成果展示前，须至少有一组改造前后对比照片。");
        var before = await PhotoAsync(staff, id, ("kind", "Before"), ("caption", "闲置地块"));
        await PhotoAsync(staff, id, ("kind", "After"), ("beforeId", before.ToString()));
        var again = await staff.PostAsync($"/api/v1/renewal/projects/{id}/photos", Form(("kind", "After"), ("beforeId", before.ToString())));
        Assert.Equal("这张改造前照片已经有对应的改造后照片了。", (await again.ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal("Showcase", await NextAsync(staff, id));
        await MeetingAsync(staff, id, "ResultReview", 1);
        await GateAsync(staff, id, "进入后期反馈前，须先召开实施效果评议会。");

        factory.Clock.Advance(TimeSpan.FromDays(2));
        staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        Assert.Equal("Feedback", await NextAsync(staff, id));
        var done = await (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/next", new { note = "花园交由住户认养维护" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.String, done.GetProperty("completedOn").ValueKind);
        await GateAsync(staff, id, "项目已完成。");

        var sheet = await staff.GetAsync($"/api/v1/renewal/projects/{id}/quotes.xlsx");
        var csv = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await sheet.Content.ReadAsByteArrayAsync(), "quotes.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76"));
        Assert.Contains("青禾园艺,平整、花坛,8600,,选定,实地测量后比价，报价最低且含亲子种植活动", csv.Replace("\r", ""));
        Assert.Contains("蓉城园林,平整、花坛,9800.5,", csv);

        var anyone = factory.CreateClient();
        var shown = (await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityA}/renewal")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Single();
        Assert.Equal(("1栋", 9, 3), (shown.GetProperty("place").GetString(), shown.GetProperty("steps").GetArrayLength(), shown.GetProperty("meetings").GetArrayLength()));
        var pair = shown.GetProperty("pairs")[0];
        Assert.Equal("闲置地块", pair.GetProperty("caption").GetString());
        var after = await anyone.GetAsync(pair.GetProperty("after").GetProperty("url").GetString());
        Assert.Equal(("image/png", Png.Length), (after.Content.Headers.ContentType?.MediaType, (await after.Content.ReadAsByteArrayAsync()).Length));
        Assert.DoesNotContain("刘建国", shown.ToString());
        Assert.Empty((await (await anyone.GetAsync($"/api/v1/public/communities/{tree.CommunityB}/renewal")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }

    private string Local(int days) => factory.Clock.GetUtcNow().UtcDateTime.AddHours(8).AddDays(days).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private const string ResidentPassword = "Resident-pass-2026";

    private async Task<(HttpClient Api, string UserName)> ResidentAsync(HttpClient staff, string name, int unit)
    {
        var id = await AResident(name).CreateAsync(staff, unit);
        var userName = $"r{Guid.NewGuid():N}"[..12];
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName, password = ResidentPassword })).StatusCode);
        return (await factory.ClientForAsync(userName, ResidentPassword), userName);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient resident, int survey, string choice) =>
        resident.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { answers = new { choice } });

    private static async Task<string?> NextAsync(HttpClient staff, int id) =>
        (await (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/next", new { })).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("step").GetString();

    private static async Task GateAsync(HttpClient staff, int id, string message) =>
        Assert.Equal(message, (await (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/next", new { })).ReadJsonAsync(HttpStatusCode.Conflict))
            .GetProperty("detail").GetString());

    private static async Task<int> PartAsync(HttpClient staff, string path, object body) =>
        (await (await staff.PostAsJsonAsync(path, body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private async Task<int> MeetingAsync(HttpClient staff, int id, string stage, int days) =>
        (await (await staff.PostAsJsonAsync($"/api/v1/renewal/projects/{id}/meetings", new { stage, startsAt = Local(days), place = "1栋院坝" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("meetingId").GetInt32();

    private static async Task ChooseAsync(HttpClient staff, int id, string what, int choice, string reason) =>
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/renewal/projects/{id}/{what}", new { id = choice, reason })).StatusCode);

    private static async Task<JsonElement> ViewAsync(HttpClient staff, int id) => await (await staff.GetAsync($"/api/v1/renewal/projects/{id}")).ReadJsonAsync(HttpStatusCode.OK);

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "photo.png");
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    private static async Task<int> PhotoAsync(HttpClient staff, int id, params (string Name, string Value)[] fields)
    {
        using var form = Form(fields);
        return (await (await staff.PostAsync($"/api/v1/renewal/projects/{id}/photos", form)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}
