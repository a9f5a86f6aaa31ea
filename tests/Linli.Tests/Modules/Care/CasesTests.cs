using System.Net;
using System.Net.Http.Json;
using System.Text;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Care;

/// <summary>
/// Seed 002 case 5's shape: a social worker opens a case from a home visit, works it in sessions, refers a need with
/// the client's consent and asks to close; the supervisor signs the closing off. The file opens only for its worker,
/// its supervisor and whom the supervisor adds, and every read is on the file's own access list.
/// </summary>
public sealed class CasesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_case_opens_for_its_worker_and_supervisor_only_and_every_read_is_on_its_access_list()
    {
        var team = await CareTeam.CreateAsync(factory);
        var client = await AResident("侯女士").BornOn("1974-03-01").CreateAsync(team.Supervisor, team.Tree.UnitA);
        var id = await ACase(client).CreateAsync(team.Worker, team.SupervisorId);

        var read = await (await team.Worker.GetAsync($"/api/v1/care/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("侯女士", team.WorkerId, team.SupervisorId, "Open"), (read.GetProperty("client").GetString(), read.GetProperty("workerId").GetString(),
            read.GetProperty("supervisorId").GetString(), read.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await team.Supervisor.GetAsync($"/api/v1/care/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Colleague.GetAsync($"/api/v1/care/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.Outsider.GetAsync($"/api/v1/care/cases/{id}")).StatusCode);

        // The colleague sees that the case exists and who holds it — not whose it is.
        var seen = (await (await team.Colleague.GetAsync($"/api/v1/care/cases?communityId={team.Tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
        Assert.Equal((false, team.WorkerName), (seen.GetProperty("canRead").GetBoolean(), seen.GetProperty("worker").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seen.GetProperty("client").ValueKind);
        Assert.DoesNotContain("侯女士", seen.ToString());

        var reads = (await (await team.Supervisor.GetAsync($"/api/v1/care/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("reads").EnumerateArray()
            .Select(r => r.GetProperty("reason").GetString()).ToList();
        Assert.Equal(["supervisor", "supervisor", "worker"], reads);
        Assert.Equal(3, await factory.WithDbAsync(db => db.AccessRecords.CountAsync(a => a.SubjectType == "CareCase" && a.SubjectId == id.ToString())));
        var stored = await factory.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"PresentingProblem\" AS \"Value\" FROM care_cases WHERE \"Id\" = {id}").SingleAsync());
        Assert.StartsWith("enc:v1:", stored);

        // The supervisor lets the colleague read: reading, not working.
        Assert.Equal(HttpStatusCode.NoContent, (await team.Supervisor.PostAsJsonAsync($"/api/v1/care/cases/{id}/readers", new { userId = team.ColleagueId })).StatusCode);
        Assert.Equal("reader", (await (await team.Colleague.GetAsync($"/api/v1/care/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("reads")[0].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Colleague.PostAsJsonAsync($"/api/v1/care/cases/{id}/sessions",
            new { on = Today.ToString("yyyy-MM-dd"), mode = "Phone", content = "电话" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/readers", new { userId = team.ColleagueId })).StatusCode);
    }

    [Fact]
    public async Task Sessions_a_referral_with_consent_and_a_closing_signed_off_by_the_supervisor()
    {
        var team = await CareTeam.CreateAsync(factory);
        var client = await AResident("侯女士").BornOn("1974-03-01").CreateAsync(team.Supervisor, team.Tree.UnitA);
        var id = await ACase(client).With("openedOn", Today.AddDays(-14).ToString("yyyy-MM-dd")).CreateAsync(team.Worker, team.SupervisorId);

        var session = await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/sessions",
            new { on = Today.AddDays(-7).ToString("yyyy-MM-dd"), mode = "Home", content = "第二次入户，介绍项目活动，她同意试一试。" });
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        var future = await (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/sessions",
            new { on = Today.AddDays(1).ToString("yyyy-MM-dd"), mode = "Home", content = "明天" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期不能晚于今天。", future.GetProperty("errors").GetProperty("on")[0].GetString());
        var before = await (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/sessions",
            new { on = Today.AddDays(-20).ToString("yyyy-MM-dd"), mode = "Home", content = "开案前" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal($"日期不能早于开案日期 {Today.AddDays(-14):yyyy-MM-dd}。", before.GetProperty("errors").GetProperty("on")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Supervisor.PostAsJsonAsync($"/api/v1/care/cases/{id}/sessions",
            new { on = Today.ToString("yyyy-MM-dd"), mode = "Office", content = "督导代记" })).StatusCode);

        var refused = await (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/referrals", new { to = "街道残联", need = "了解帮扶政策", consent = false }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("本个案以服务对象同意为依据：转介共享个人信息须先取得其同意。", refused.GetProperty("errors").GetProperty("consent")[0].GetString());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM care_referrals WHERE \"CaseId\" = {id}").SingleAsync()));
        var referral = (await (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/referrals",
            new { to = "街道残联", contact = "残联专干", need = "了解家庭变故后可申请的临时救助", consent = true })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var letter = await team.Worker.GetAsync($"/api/v1/care/cases/{id}/referrals/{referral}/letter.docx");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var text = Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(await letter.Content.ReadAsByteArrayAsync(), "referral.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains("转介函", text);
        Assert.Contains("街道残联（残联专干）", text);
        Assert.Contains("侯女士", text);
        Assert.Contains("了解家庭变故后可申请的临时救助", text);
        Assert.Contains("本转介已征得服务对象（或其监护人）的单独同意。", text);
        Assert.True(await factory.WithDbAsync(db => db.AccessRecords.AnyAsync(a => a.SubjectType == "CareCase" && a.SubjectId == id.ToString() && a.Field == "referral letter")));
        var served = await (await team.Worker.PutAsJsonAsync($"/api/v1/care/cases/{id}/referrals/{referral}", new { status = "Served", feedback = "已办理临时救助" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Served", System.Text.Json.JsonValueKind.Null), (served.GetProperty("status").GetString(), served.GetProperty("chaseOn").ValueKind));

        var closing = await (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/closing", new { reason = "目标达成", summary = "从被动到主动，成为志愿者。" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("ClosingRequested", closing.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Worker.PostAsync($"/api/v1/care/cases/{id}/closing/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/sessions",
            new { on = Today.ToString("yyyy-MM-dd"), mode = "Phone", content = "结案前电话" })).StatusCode);
        var closed = await (await team.Supervisor.PostAsync($"/api/v1/care/cases/{id}/closing/approve", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var file = await (await team.Worker.GetAsync($"/api/v1/care/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Closed", "目标达成", Today.ToString("yyyy-MM-dd")), (file.GetProperty("status").GetString(), file.GetProperty("closingReason").GetString(),
            file.GetProperty("closedOn").GetString()));
    }

    [Fact]
    public async Task A_statutory_case_refers_without_consent_and_a_transfer_hands_the_file_to_another_worker()
    {
        var team = await CareTeam.CreateAsync(factory);
        var client = await AResident("张德明").BornOn("1936-05-12").CreateAsync(team.Supervisor, team.Tree.UnitA);
        var id = await ACase(client).With("basis", "Statutory").With("source", "ReferralIn").CreateAsync(team.Worker, team.SupervisorId);
        var opened = await (await team.Worker.GetAsync($"/api/v1/care/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(Today.AddDays(3).ToString("yyyy-MM-dd"), opened.GetProperty("firstContactDue").GetString());
        Assert.Equal(HttpStatusCode.Created, (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/referrals",
            new { to = "民政所", need = "特困供养资格复核", consent = false })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/transfer",
            new { workerId = team.ColleagueId, note = "休假" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await team.Supervisor.PostAsJsonAsync($"/api/v1/care/cases/{id}/transfer",
            new { workerId = team.ColleagueId, note = "原社工休产假" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Worker.GetAsync($"/api/v1/care/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await team.Colleague.PostAsJsonAsync($"/api/v1/care/cases/{id}/sessions",
            new { on = Today.ToString("yyyy-MM-dd"), mode = "Phone", content = "接手后首次电话联系" })).StatusCode);
        var file = await (await team.Colleague.GetAsync($"/api/v1/care/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((team.ColleagueId, Today.ToString("yyyy-MM-dd")), (file.GetProperty("workerId").GetString(), file.GetProperty("firstContactOn").GetString()));
        Assert.Equal(["Transfer", "Session"], file.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList());
    }

    [Fact]
    public async Task Bad_cases_are_refused_field_by_field_and_nothing_is_written()
    {
        var team = await CareTeam.CreateAsync(factory);
        var client = await AResident("侯女士").CreateAsync(team.Supervisor, team.Tree.UnitA);
        var child = await AResident("小禾").BornOn(Today.AddYears(-9).ToString("yyyy-MM-dd")).CreateAsync(team.Supervisor, team.Tree.UnitA);
        var elsewhere = await AResident("乙居民").CreateAsync(team.Outsider, team.Tree.UnitB);
        var count = () => factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM care_cases").SingleAsync());
        var before = await count();

        async Task<string> ErrorAsync(object body, string field) =>
            (await (await team.Worker.PostAsJsonAsync("/api/v1/care/cases", body)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").GetProperty(field)[0].GetString()!;

        Assert.Equal("找不到这位居民，或其不在你负责的社区。", await ErrorAsync(new { residentId = elsewhere, source = "WalkIn", basis = "Consent",
            presentingProblem = "求助", supervisorId = team.SupervisorId }, "residentId"));
        Assert.Equal("督导不能是负责社工本人。", await ErrorAsync(new { residentId = client, source = "WalkIn", basis = "Consent",
            presentingProblem = "求助", supervisorId = team.WorkerId }, "supervisorId"));
        Assert.Equal("督导须是本社区的工作人员或社工。", await ErrorAsync(new { residentId = client, source = "WalkIn", basis = "Consent",
            presentingProblem = "求助", supervisorId = "no-such-user" }, "supervisorId"));
        Assert.Equal("未满14周岁的儿童须由监护人同意。", await ErrorAsync(new { residentId = child, source = "WalkIn", basis = "Consent", consentBy = "Resident",
            presentingProblem = "求助", supervisorId = team.SupervisorId }, "consentBy"));
        Assert.Equal("此项必填。", await ErrorAsync(new { residentId = client, basis = "Consent", presentingProblem = "求助", supervisorId = team.SupervisorId }, "source"));
        Assert.Equal(before, await count());
        Assert.Equal(HttpStatusCode.Created, (await team.Worker.PostAsJsonAsync("/api/v1/care/cases", new { residentId = child, source = "WalkIn", basis = "Consent",
            consentBy = "Guardian", presentingProblem = "监护人带来求助", supervisorId = team.SupervisorId })).StatusCode);
    }

    [Fact]
    public async Task A_referral_to_a_registered_partner_is_named_after_it_and_only_counted_on_the_partners_page()
    {
        var team = await CareTeam.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var hospital = await APartner("成都医大医院").With("kind", "Hospital").CreateAsync(admin, team.Tree.District);
        var client = await AResident("侯女士").BornOn("1974-03-01").CreateAsync(team.Supervisor, team.Tree.UnitA);
        var id = await ACase(client).CreateAsync(team.Worker, team.SupervisorId);

        var unknown = await (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/referrals", new { partnerId = 999_999, need = "眼科复查", consent = true }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("没有这个共建单位。", unknown.GetProperty("errors").GetProperty("partnerId")[0].GetString());
        await (await team.Worker.PostAsJsonAsync($"/api/v1/care/cases/{id}/referrals", new { partnerId = hospital, need = "白内障术后复查，需要陪诊", consent = true }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var referral = Assert.Single((await (await team.Worker.GetAsync($"/api/v1/care/cases/{id}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("referrals").EnumerateArray());
        Assert.Equal(("成都医大医院", hospital), (referral.GetProperty("to").GetString(), referral.GetProperty("partnerId").GetInt32()));

        // The worker sees the count on the partner's page; the need stays in the case.
        var page = WebUtility.HtmlDecode(await (await BrowserSession.SignInAsync(factory, team.WorkerName, TestTree.Password)).GetStringAsync($"/console/partners/{hospital}"));
        Assert.Contains("个案转介：1 件，已服务 0 件", page, StringComparison.Ordinal);
        Assert.DoesNotContain("白内障术后复查", page, StringComparison.Ordinal);
    }
}
