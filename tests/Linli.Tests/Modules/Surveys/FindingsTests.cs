using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Linli.Web.Platform.Exports;
using Microsoft.EntityFrameworkCore;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Surveys;

/// <summary>From answers to findings: cross-tabs that hide small groups, exports that open in LibreOffice, needs ranked and answered, rounds compared.</summary>
public sealed class FindingsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly object[] Questions =
    [
        new { key = "want", type = "Single", text = "最希望增设的设施", options = new[] { "老年活动室", "儿童阅读角", "停车位" }, required = true },
        new { key = "health", type = "Text", text = "家人的健康状况" },
    ];

    private static async Task<int> OpenAsync(HttpClient staff, int community, bool sensitive = false, string title = "住户需求调查")
    {
        var id = (await (await staff.PostAsJsonAsync("/api/v1/surveys", new { communityId = community, title, targetCount = 40, sensitive, questions = Questions }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsync($"/api/v1/surveys/{id}/open", null)).ReadJsonAsync(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task Cross_tabs_hide_cells_and_columns_of_fewer_than_five_people()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var survey = await OpenAsync(staff, tree.CommunityA);
        // Six elders (80+) in compound A: five want the elders' room, one parking; three younger people want the reading corner.
        for (var i = 0; i < 6; i++)
        {
            var elder = await AResident($"长者{i}").Male().BornOn("1940-01-01").CreateAsync(staff, tree.UnitA);
            await (await staff.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { channel = "Visit", residentId = elder, answers = new { want = i < 5 ? "老年活动室" : "停车位" } }))
                .ReadJsonAsync(HttpStatusCode.Created);
        }
        for (var i = 0; i < 3; i++)
        {
            var young = await AResident($"青年{i}").Male().BornOn("1995-01-01").CreateAsync(staff, tree.UnitA);
            await (await staff.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { channel = "Paper", residentId = young, answers = new { want = "儿童阅读角" } }))
                .ReadJsonAsync(HttpStatusCode.Created);
        }

        var byAge = await (await staff.GetAsync($"/api/v1/surveys/{survey}/crosstab?question=want&by=ageBand")).ReadJsonAsync(HttpStatusCode.OK);
        var columns = byAge.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("label").GetString()!);
        var elders = columns["80+"].GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("option").GetString()!);
        Assert.Equal(5, elders["老年活动室"].GetProperty("count").GetInt32());
        Assert.Equal(83.33m, elders["老年活动室"].GetProperty("percent").GetDecimal());
        Assert.Equal(JsonValueKind.Null, elders["停车位"].GetProperty("count").ValueKind);
        Assert.Equal(0, elders["儿童阅读角"].GetProperty("count").GetInt32());
        Assert.True(columns["18-34"].GetProperty("suppressed").GetBoolean());
        Assert.All(columns["18-34"].GetProperty("cells").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("count").ValueKind));

        var byCompound = await (await staff.GetAsync($"/api/v1/surveys/{survey}/crosstab?question=want&by=compound")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(9, Assert.Single(byCompound.GetProperty("columns").EnumerateArray()).GetProperty("respondents").GetInt32());
        await (await staff.GetAsync($"/api/v1/surveys/{survey}/crosstab?question=want&by=shoeSize")).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Exports_open_in_LibreOffice_and_a_sensitive_survey_s_raw_answers_are_guarded_and_recorded()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var survey = await OpenAsync(staff, tree.CommunityA, sensitive: true, title: "健康状况调查");
        await (await staff.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { channel = "Paper", answers = new { want = "停车位", health = "老伴有高血压" } })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { channel = "Online", answers = new { want = "儿童阅读角" } })).ReadJsonAsync(HttpStatusCode.Created);

        // The open answer is sealed at rest.
        var raw = await factory.WithDbAsync(async db =>
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            await db.Database.OpenConnectionAsync();
            command.CommandText = $"SELECT \"Text\" FROM surveys_answers WHERE \"SurveyId\" = {survey} AND \"QuestionKey\" = 'health'";
            return (string)(await command.ExecuteScalarAsync())!;
        });
        Assert.DoesNotContain("高血压", raw, StringComparison.Ordinal);

        var admin = await factory.AdminAsync();
        var streetOfficer = "street" + Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(admin, streetOfficer, "StreetOfficer", tree.Street);
        var officer = await factory.ClientForAsync(streetOfficer, TestTree.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/surveys/{survey}/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/surveys/{survey}/open-answers/health")).StatusCode);

        var xlsx = await staff.GetAsync($"/api/v1/surveys/{survey}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var sheet = Xlsx.ReadFirstSheet(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["序号", "渠道", "提交时间", "小区", "年龄段", "录入人", "want 最希望增设的设施", "health 家人的健康状况"], sheet[0].Cells);
        Assert.Equal("老伴有高血压", sheet[1][7]);
        // The channel in the sheet's language; the submission time a date and time (China time) a spreadsheet sorts by.
        Assert.All(sheet.Skip(1), row => Assert.Contains(row[1], new[] { "线上", "纸质", "入户" }));
        var (submitted, format) = XlsxDates.DateAt(await xlsx.Content.ReadAsByteArrayAsync(), "C2");
        Assert.Equal("yyyy-mm-dd hh:mm", format);
        Assert.InRange(submitted, DateTime.UtcNow.AddHours(8).AddMinutes(-10), DateTime.UtcNow.AddHours(8).AddMinutes(1));
        var csv = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await xlsx.Content.ReadAsByteArrayAsync(), "answers.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76"));
        Assert.Contains("儿童阅读角", csv, StringComparison.Ordinal);
        var records = await factory.WithDbAsync(db => db.AccessRecords.CountAsync(r => r.SubjectType == "Survey" && r.SubjectId == survey.ToString()));
        Assert.Equal(1, records);

        var docx = await staff.GetAsync($"/api/v1/surveys/{survey}/summary.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false))
            Assert.Single(document.MainDocumentPart!.ChartParts);
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(bytes, "summary.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains("健康状况调查", text, StringComparison.Ordinal);
        Assert.Contains("回收问卷 2 份，目标 40 份，回收率 5.00%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("高血压", text, StringComparison.Ordinal);
        Assert.True((await LibreOffice.ConvertAsync(bytes, "summary.docx", "pdf")).Length > 1000);
    }

    [Fact]
    public async Task Top_results_become_ranked_needs_answered_by_activities_and_the_next_round_shows_the_change()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var first = await OpenAsync(staff, tree.CommunityA, title: "2025 年需求调查");
        string[] wants = ["老年活动室", "老年活动室", "老年活动室", "儿童阅读角", "停车位"];
        foreach (var want in wants)
            await (await staff.PostAsJsonAsync($"/api/v1/surveys/{first}/responses", new { channel = "Paper", answers = new { want } })).ReadJsonAsync(HttpStatusCode.Created);

        var room = (await (await staff.PostAsJsonAsync($"/api/v1/surveys/{first}/needs", new { questionKey = "want", option = "老年活动室" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/surveys/{first}/needs", new { questionKey = "want", option = "游泳池" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var parking = (await (await staff.PostAsJsonAsync($"/api/v1/surveys/{first}/needs", new { questionKey = "want", option = "停车位" })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var meeting = (await (await staff.PostAsJsonAsync("/api/v1/needs", new { communityId = tree.CommunityA, title = "电动车充电桩", source = "Meeting", households = 2, priority = 1 }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var ranked = await (await staff.GetAsync($"/api/v1/needs?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([meeting, room, parking], ranked.EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(3, ranked[1].GetProperty("households").GetInt32());

        var activity = (await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "长者活动室开放日", capacity = 30, status = "Published",
            startsAt = "2030-03-01T09:00:00", endsAt = "2030-03-01T11:00:00" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsync($"/api/v1/needs/{room}/activities/{activity}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/needs/{meeting}/status", new { status = "Answered" })).StatusCode);
        ranked = await (await staff.GetAsync($"/api/v1/needs?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([room, parking, meeting], ranked.EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal("BeingAnswered", ranked[0].GetProperty("status").GetString());
        Assert.Equal("长者活动室开放日", ranked[0].GetProperty("activities")[0].GetProperty("title").GetString());

        // A year on, the same questions again: the elders' room is asked for less.
        var second = (await (await staff.PostAsJsonAsync($"/api/v1/surveys/{first}/copy", new { })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await staff.PostAsync($"/api/v1/surveys/{second}/open", null);
        foreach (var want in new[] { "老年活动室", "停车位", "停车位", "停车位" })
            await (await staff.PostAsJsonAsync($"/api/v1/surveys/{second}/responses", new { channel = "Online", answers = new { want } })).ReadJsonAsync(HttpStatusCode.Created);
        var change = await (await staff.GetAsync($"/api/v1/surveys/{second}/compare")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(first, change.GetProperty("beforeId").GetInt32());
        var options = change.GetProperty("questions")[0].GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("text").GetString()!);
        Assert.Equal(60m, options["老年活动室"].GetProperty("percentBefore").GetDecimal());
        Assert.Equal(25m, options["老年活动室"].GetProperty("percentAfter").GetDecimal());
        Assert.Equal(-35m, options["老年活动室"].GetProperty("change").GetDecimal());
        Assert.Equal(55m, options["停车位"].GetProperty("change").GetDecimal());
    }
}
