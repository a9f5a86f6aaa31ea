using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;
using static Linli.Tests.Modules.Grants.GrantsSetup;

namespace Linli.Tests.Modules.Grants;

/// <summary>
/// A program from call to monthly report: an organization applies with a community, reviewers score (a conflict
/// cannot), the award stays within the budget, the project's activities are checked in, and its indicators and
/// monthly report come from those check-ins, never typed.
/// </summary>
public sealed class GrantsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task An_award_after_review_counts_the_projects_checked_in_activities_in_its_indicators_summary_and_report()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);

        var wrong = await (await district.PostAsJsonAsync("/api/v1/partners", new { regionId = tree.District, name = "朗力社工中心", kind = "SocialOrganization",
            creditCode = CreditCodes.WrongCheck(1) })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("统一社会信用代码不正确（18位，末位校验码不符）。", wrong.GetProperty("errors").GetProperty("creditCode")[0].GetString());
        var organization = await APartner().CreateAsync(district, tree.District);
        var program = await AProgram().With("budget", "100000.00").CreateAsync(district, tree.District);
        var application = await AnApplication(organization, tree.CommunityA).With("targetPopulation", 40)
            .With("indicators", new object[] { new { key = "PersonTimes", target = 300 }, new { key = "UniquePeople", target = 30 }, new { key = "Custom", label = "健康档案", target = 300 } })
            .CreateAsync(district, program);

        var unreviewed = await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{application}/award",
            new { amount = "54000.00", startsOn = Day(MonthsAgo(3)), endsOn = Day(ChinaToday.AddMonths(6)) })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("尚无有效评分，不能立项。", unreviewed.GetProperty("detail").GetString());
        var conflicted = await (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{application}/reviews", new { score = 90, conflictOfInterest = true }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("已申明利益冲突，不能打分。", conflicted.GetProperty("errors").GetProperty("score")[0].GetString());
        (await (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{application}/reviews", new { conflictOfInterest = true })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{application}/award",
            new { amount = "54000.00", startsOn = Day(MonthsAgo(3)), endsOn = Day(ChinaToday.AddMonths(6)) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await district.PostAsJsonAsync($"/api/v1/grants/applications/{application}/reviews",
            new { score = 85, conflictOfInterest = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostAsJsonAsync($"/api/v1/grants/applications/{application}/reviews",
            new { score = 80, conflictOfInterest = false })).StatusCode);

        var above = await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{application}/award",
            new { amount = "60000.00", startsOn = Day(MonthsAgo(3)), endsOn = Day(ChinaToday.AddMonths(6)) })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("立项金额不能超过申请金额 54000.00 元。", above.GetProperty("errors").GetProperty("amount")[0].GetString());
        var project = (await (await district.PostAsJsonAsync($"/api/v1/grants/applications/{application}/award",
            new { amount = "54000.00", startsOn = Day(MonthsAgo(3)), endsOn = Day(ChinaToday.AddMonths(6)) })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("projectId").GetInt32();

        // Held two months ago, recorded afterwards: three people checked in from the paper sheet.
        var heldOn = MonthsAgo(2).AddDays(14).AddHours(9 - 8);
        var activity = await AnActivity("健康小屋义诊").StartingAt(heldOn).With("grantProjectId", project).WithCapacity(50).CreateAsync(staff, tree.CommunityA);
        foreach (var name in new[] { "王秀英", "李桂兰", "张德明" })
        {
            var resident = await AResident(name).CreateAsync(staff, tree.UnitA);
            (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident, reason = "纸质签到表补录" })).EnsureSuccessStatusCode();
        }
        var outside = await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "项目前的活动", capacity = 10, status = "Published",
            grantProjectId = project, startsAt = Day(MonthsAgo(4)) + "T09:00:00", endsAt = Day(MonthsAgo(4)) + "T11:00:00" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期须在项目周期内。", outside.GetProperty("errors").GetProperty("grantProjectId")[0].GetString());
        var elsewhere = await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, title = "别处的项目", capacity = 10, status = "Published",
            grantProjectId = 999999, startsAt = Day(ChinaToday.AddDays(3)) + "T09:00:00", endsAt = Day(ChinaToday.AddDays(3)) + "T11:00:00" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(elsewhere.GetProperty("errors").TryGetProperty("grantProjectId", out _));

        var indicators = await (await staff.GetAsync($"/api/v1/grants/projects/{project}/indicators")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 3, 3), (indicators.GetProperty("services").GetInt32(), indicators.GetProperty("personTimes").GetInt32(), indicators.GetProperty("uniquePeople").GetInt32()));
        var targets = indicators.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(("PersonTimes", 3m, 0.01m, "Computed"), (targets[0].GetProperty("key").GetString(), targets[0].GetProperty("actual").GetDecimal(),
            targets[0].GetProperty("attainment").GetDecimal(), targets[0].GetProperty("source").GetString()));
        Assert.Equal(("Custom", "健康档案", "Evidenced"), (targets[2].GetProperty("key").GetString(), targets[2].GetProperty("label").GetString(),
            targets[2].GetProperty("source").GetString()));
        Assert.Equal(0.075m, indicators.GetProperty("participationRate").GetDecimal());

        var summary = await (await district.GetAsync($"/api/v1/grants/programs/{program}/summary")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 54000.00m, 1, 3), (summary.GetProperty("projects").GetInt32(), summary.GetProperty("communities").GetInt32(),
            summary.GetProperty("awarded").GetDecimal(), summary.GetProperty("services").GetInt32(), summary.GetProperty("personTimes").GetInt32()));

        var month = MonthsAgo(2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var report = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reports", new { month, narrative = "完成健康小屋首次义诊。" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((1, 3), (report.GetProperty("services").GetInt32(), report.GetProperty("personTimes").GetInt32()));
        Assert.True(report.GetProperty("late").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reports", new { month, narrative = "再交一次" })).StatusCode);
        var current = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reports",
            new { month = ChinaToday.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), narrative = "本月还没过完" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("只能为已结束的月份填报月报。", current.GetProperty("errors").GetProperty("month")[0].GetString());
        var quiet = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reports",
            new { month = MonthsAgo(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), narrative = "本月筹备下一阶段。" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal((0, 0), (quiet.GetProperty("services").GetInt32(), quiet.GetProperty("personTimes").GetInt32()));
    }

    [Fact]
    public async Task Awards_never_pass_the_budget_even_when_two_are_made_at_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var district = await OfficerAsync(factory, admin, tree.District);
        var organization = await APartner().CreateAsync(district, tree.District);
        var program = await AProgram().With("budget", "100000.00").CreateAsync(district, tree.District);
        var applications = new List<int>();
        foreach (var title in new[] { "邻里守望", "楼道美化" })
        {
            var id = await AnApplication(organization, tree.CommunityA, title).With("requested", "60000.00").CreateAsync(district, program);
            (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{id}/reviews", new { score = 80 })).EnsureSuccessStatusCode();
            applications.Add(id);
        }
        var other = await factory.AdminAsync();
        var responses = await Task.WhenAll(applications.Select((id, n) => (n == 0 ? admin : other).PostAsJsonAsync($"/api/v1/grants/applications/{id}/award",
            new { amount = "60000.00", startsOn = Day(ChinaToday), endsOn = Day(ChinaToday.AddMonths(12)) })));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var refused = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("超出本批次剩余预算。", refused.GetProperty("detail").GetString());
        var view = await (await district.GetAsync($"/api/v1/grants/programs/{program}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(60000.00m, view.GetProperty("awarded").GetDecimal());
        var ranking = (await (await district.GetAsync($"/api/v1/grants/programs/{program}/applications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["Awarded", "Submitted"], ranking.Select(a => a.GetProperty("status").GetString()).Order());
    }

    [Fact]
    public async Task An_organization_applies_on_its_own_waits_for_the_community_and_never_reviews_itself_or_sees_residents()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var organization = await APartner("爱馨广福社工中心").CreateAsync(district, tree.District);
        var rival = await APartner("耕新社工").CreateAsync(district, tree.District);
        var program = await AProgram().CreateAsync(district, tree.District);
        var account = $"aixin{Guid.NewGuid():N}"[..12];
        (await (await district.PostAsJsonAsync($"/api/v1/partners/{organization}/accounts", new { userName = account, password = "Org-pass-2026" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("userId").GetString();
        var org = await factory.ClientForAsync(account, "Org-pass-2026");

        var notOurs = await (await org.PostAsJsonAsync($"/api/v1/grants/programs/{program}/applications", new { organizationId = rival, communityId = tree.CommunityA,
            title = "冒名申报", category = "志愿服务", requested = "30000.00" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("只能以本机构名义申报。", notOurs.GetProperty("errors").GetProperty("organizationId")[0].GetString());
        var own = await AnApplication(organization, tree.CommunityA, "三无小区自治").With("category", "小区营造").CreateAsync(org, program);
        var rivals = await AnApplication(rival, tree.CommunityA, "最美阳台").With("category", "最美阳台").CreateAsync(staff, program);

        var waiting = await (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{own}/reviews", new { score = 88 })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("社区尚未确认联合申报。", waiting.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/grants/applications/{own}/endorsement", new { endorse = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/grants/applications/{own}/reviews", new { score = 88 })).StatusCode);

        // The organization's own account is no reviewer: by role it is refused, and a staff account it links to would be too.
        Assert.Equal(HttpStatusCode.Forbidden, (await org.PostAsJsonAsync($"/api/v1/grants/applications/{own}/reviews", new { score = 100 })).StatusCode);
        var ownView = await (await org.GetAsync($"/api/v1/grants/applications/{own}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ownView.GetProperty("reviews").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await org.GetAsync($"/api/v1/grants/applications/{rivals}")).StatusCode);
        var listed = (await (await org.GetAsync($"/api/v1/grants/programs/{program}/applications")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([own], listed.Select(a => a.GetProperty("id").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed[0].GetProperty("meanScore").ValueKind);

        Assert.Equal(HttpStatusCode.Forbidden, (await org.GetAsync("/api/v1/residents")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await org.GetAsync($"/api/v1/regions/{tree.CommunityA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await org.GetAsync($"/api/v1/activities/999999")).StatusCode);
    }

    [Fact]
    public async Task The_foundation_returns_a_report_with_a_comment_and_the_resubmission_takes_the_figures_again()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(3));
        var month = MonthsAgo(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var report = (await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/reports", new { month, narrative = "开展了两次院落茶话会。" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/grants/reports/{report}/review", new { accept = true })).StatusCode);
        var bare = await (await district.PostAsJsonAsync($"/api/v1/grants/reports/{report}/review", new { accept = false })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(bare.GetProperty("errors").TryGetProperty("comment", out _));
        var returned = await (await district.PostAsJsonAsync($"/api/v1/grants/reports/{report}/review", new { accept = false, comment = "茶话会没有签到记录，请补录。" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Returned", "茶话会没有签到记录，请补录。"), (returned.GetProperty("status").GetString(), returned.GetProperty("reviewComment").GetString()));

        var heldOn = MonthsAgo(1).AddDays(9).AddHours(1);
        var activity = await AnActivity("院落茶话会").StartingAt(heldOn).With("grantProjectId", project).CreateAsync(staff, tree.CommunityA);
        var resident = await AResident("何素珍").CreateAsync(staff, tree.UnitA);
        (await staff.PostAsJsonAsync($"/api/v1/activities/{activity}/checkins", new { residentId = resident, reason = "纸质签到表补录" })).EnsureSuccessStatusCode();
        var before = await (await district.GetAsync($"/api/v1/grants/reports/{report}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 1), (before.GetProperty("personTimes").GetInt32(), before.GetProperty("now").GetProperty("personTimes").GetInt32()));

        var again = await (await staff.PutAsJsonAsync($"/api/v1/grants/reports/{report}", new { narrative = "开展了两次院落茶话会，签到已补录。" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1), (again.GetProperty("services").GetInt32(), again.GetProperty("personTimes").GetInt32()));
        Assert.Equal("Accepted", (await (await district.PostAsJsonAsync($"/api/v1/grants/reports/{report}/review", new { accept = true })).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutAsJsonAsync($"/api/v1/grants/reports/{report}", new { narrative = "改一下" })).StatusCode);
    }

    [Fact]
    public async Task A_payments_voucher_is_a_document_attached_once_and_the_foundation_reads_it()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(1));
        var line = (await (await staff.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("budgetLines")[0].GetProperty("id").GetInt32();
        var payment = (await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures",
            new { budgetLineId = line, amount = "368.50", on = Day(ChinaToday), payee = "社区超市" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        static MultipartFormDataContent Upload(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };
        var voucherUrl = $"/api/v1/grants/projects/{project}/expenditures/{payment}/voucher";

        var text = await (await staff.PostAsync(voucherUrl, Upload("收据"u8.ToArray(), "receipt.txt"))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请上传 PDF、Word、Excel 文件或照片", text.GetProperty("errors").GetProperty("voucher")[0].GetString());
        var receipt = Linli.Web.Platform.Qr.QrCode.Png("社区超市收据 368.50");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync(voucherUrl, Upload(receipt, "receipt.png"))).StatusCode);
        var again = await (await staff.PostAsync(voucherUrl, Upload(receipt, "receipt.png"))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这笔支出已附凭证。", again.GetProperty("detail").GetString());

        var listed = Assert.Single((await (await district.GetAsync($"/api/v1/grants/projects/{project}/expenditures")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(("社区超市", 368.50m, true), (listed.GetProperty("payee").GetString(), listed.GetProperty("amount").GetDecimal(), listed.GetProperty("hasVoucher").GetBoolean()));
        var read = await district.GetAsync(voucherUrl);
        Assert.Equal("image/png", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(receipt, await read.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Spending_beyond_a_budget_line_is_refused_and_nothing_is_written()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(1));
        var lines = (await (await staff.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("budgetLines").EnumerateArray().ToList();
        var materials = lines.Single(l => l.GetProperty("name").GetString() == "活动物资").GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures",
            new { budgetLineId = materials, amount = "3000.00", on = Day(ChinaToday), payee = "社区超市" })).StatusCode);
        var beyond = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures",
            new { budgetLineId = materials, amount = "1000.01", on = Day(ChinaToday), payee = "社区超市" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("超出该预算科目，剩余 1000.00 元。", beyond.GetProperty("errors").GetProperty("amount")[0].GetString());
        var view = await (await staff.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3000.00m, view.GetProperty("spent").GetDecimal());
        var lateMilestone = view.GetProperty("milestones").EnumerateArray().Single();
        Assert.True(lateMilestone.GetProperty("late").GetBoolean());

        // An approved budget change moves 1,000 yuan from 人员劳务 to 活动物资; then the payment goes through.
        var wages = lines.Single(l => l.GetProperty("name").GetString() == "人员劳务").GetProperty("id").GetInt32();
        var tooMuch = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/budget-changes",
            new { fromLineId = wages, toLineId = materials, amount = "16000.01", reason = "物资涨价" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("超出调出科目未支出的金额，最多 16000.00 元。", tooMuch.GetProperty("errors").GetProperty("amount")[0].GetString());
        var change = (await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/budget-changes",
            new { fromLineId = wages, toLineId = materials, amount = "1000.00", reason = "物资涨价，活动人数超过预期" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/grants/budget-changes/{change}/decision", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures",
            new { budgetLineId = materials, amount = "1000.01", on = Day(ChinaToday), payee = "社区超市" })).StatusCode);
        var approved = await (await district.PostAsJsonAsync($"/api/v1/grants/budget-changes/{change}/decision", new { approve = true })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostAsJsonAsync($"/api/v1/grants/budget-changes/{change}/decision", new { approve = false, comment = "再议" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/expenditures",
            new { budgetLineId = materials, amount = "1000.01", on = Day(ChinaToday), payee = "社区超市" })).StatusCode);
        var after = (await (await staff.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("budgetLines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("name").GetString()!, l => l.GetProperty("amount").GetDecimal());
        Assert.Equal(5000.00m, after["活动物资"]);
        Assert.Equal(15000.00m, after["人员劳务"]);
        var refusal = await (await district.PostAsJsonAsync($"/api/v1/grants/budget-changes/{(await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/budget-changes",
            new { fromLineId = wages, toLineId = materials, amount = "500.00", reason = "再买些物资" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32()}/decision",
            new { approve = false })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(refusal.GetProperty("errors").TryGetProperty("comment", out _));
    }

    [Fact]
    public async Task A_chosen_case_with_consent_and_a_photo_prints_in_the_book_with_its_recorded_figures()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(1));
        var program = (await (await staff.GetAsync($"/api/v1/grants/projects/{project}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("programId").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await district.GetAsync($"/api/v1/grants/programs/{program}/casebook.docx")).StatusCode);

        var story = new Dictionary<string, string?>
        {
            ["background"] = "小区老人多，子女白天上班，独居老人缺少陪伴。",
            ["approach"] = "以邻里互助为主线，培育楼栋志愿者。",
            ["process"] = "需求调研。\n组建互助小组。\n每周探访。",
            ["outcomes"] = "建立互助小组 3 个。",
            ["reflection"] = "志愿者的持续激励还需加强。",
            ["story"] = "王阿姨从被探访的人，变成了探访别人的人。",
        };
        var noConsent = await (await staff.PutAsJsonAsync($"/api/v1/grants/projects/{project}/case", story)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("写入服务对象的故事，须注明其本人（或监护人）如何同意。", noConsent.GetProperty("errors").GetProperty("storyConsent")[0].GetString());
        story["storyConsent"] = "本人签署知情同意书（2024年5月）";
        await (await staff.PutAsJsonAsync($"/api/v1/grants/projects/{project}/case", story)).ReadJsonAsync(HttpStatusCode.OK);
        using var photo = new MultipartFormDataContent
        {
            { new ByteArrayContent(Linli.Web.Platform.Qr.QrCode.Png("探访")) { Headers = { ContentType = new("image/png") } }, "file", "visit.png" },
            { new StringContent("志愿者入户探访"), "caption" },
        };
        await (await staff.PostAsync($"/api/v1/grants/projects/{project}/case/photos", photo)).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"/api/v1/grants/projects/{project}/case/selection", new { selected = true })).StatusCode);
        var chosen = await (await district.PutAsJsonAsync($"/api/v1/grants/projects/{project}/case/selection", new { selected = true })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(chosen.GetProperty("selected").GetBoolean());

        var book = await district.GetAsync($"/api/v1/grants/programs/{program}/casebook.docx");
        Assert.Equal(HttpStatusCode.OK, book.StatusCode);
        var bytes = await book.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(await LibreOffice.ConvertAsync(bytes, "casebook.docx", "txt:Text (encoded):UTF8"));
        Assert.Contains("优秀案例集", text);
        Assert.Contains("目录", text);
        Assert.Contains("案例1　健康新南 共筑家园", text);
        Assert.Contains("服务人次\n0 人次（签到记录）", text);
        foreach (var section in new[] { "项目背景", "服务思路", "实施过程", "项目成效", "反思与展望", "服务故事", "每周探访。", "王阿姨从被探访的人", "志愿者入户探访" })
            Assert.Contains(section, text);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>().Select(f => f.Instruction!.Value!));
        // The contents: one line per heading, its page number a PAGEREF to the heading's bookmark (laid out by the office suite).
        var body = document.MainDocumentPart.Document!.Body!;
        var headings = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>().ToDictionary(b => b.Name!.Value!, b => b.Parent!.InnerText);
        var entries = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>().Select(f => f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[0] == "PAGEREF").Select(f => headings[f[1]]).ToList();
        Assert.Equal(["案例1　健康新南 共筑家园", "项目背景", "服务思路", "实施过程", "项目成效", "反思与展望", "服务故事"], entries);
    }

    [Fact]
    public async Task Three_levels_of_evaluation_and_the_third_party_reads_the_project_but_no_resident()
    {
        var tree = await TestTree.CreateAsync(factory);
        var admin = await factory.AdminAsync();
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var district = await OfficerAsync(factory, admin, tree.District);
        var project = await AwardedAsync(district, admin, tree, MonthsAgo(2));
        var held = await AnActivity("院落茶话会").StartingAt(MonthsAgo(1).AddDays(3).AddHours(1)).With("grantProjectId", project).WithCapacity(20).CreateAsync(staff, tree.CommunityA);
        await AnActivity("读书会").StartingAt(MonthsAgo(1).AddDays(10).AddHours(1)).With("grantProjectId", project).WithCapacity(20).CreateAsync(staff, tree.CommunityA);
        var coming = await AnActivity("下月的活动").StartingAt(ChinaToday.AddDays(20).AddHours(1)).With("grantProjectId", project).WithCapacity(20).CreateAsync(staff, tree.CommunityA);
        var resident = await AResident("王秀英").CreateAsync(staff, tree.UnitA);
        (await staff.PostAsJsonAsync($"/api/v1/activities/{held}/checkins", new { residentId = resident, reason = "纸质签到表补录" })).EnsureSuccessStatusCode();

        var notYet = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/activity-evaluations",
            new { activityId = coming, feasibility = 5, effect = 4, satisfaction = 5 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请选择本项目中已举办的活动。", notYet.GetProperty("errors").GetProperty("activityId")[0].GetString());
        var outOfRange = await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/activity-evaluations",
            new { activityId = held, feasibility = 6, effect = 0, satisfaction = 5 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["effect", "feasibility"], outOfRange.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        await (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/activity-evaluations",
            new { activityId = held, feasibility = 5, effect = 4, satisfaction = 4, note = "老人们很投入" })).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/activity-evaluations",
            new { activityId = held, feasibility = 3, effect = 3, satisfaction = 3 })).StatusCode);

        // The evaluator is assigned to the district: it reads the project's evidence, never a resident or an activity.
        var name = $"eval{Guid.NewGuid():N}"[..12];
        await TestTree.CreateUserAsync(admin, name, "Evaluator", tree.District);
        var evaluator = await factory.ClientForAsync(name, TestTree.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.GetAsync($"/api/v1/residents/{resident}")).StatusCode);
        // Activities answer anyone signed in about their own community's; the evaluator has none, so the project's activity is not there.
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync($"/api/v1/activities/{held}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.PostAsJsonAsync($"/api/v1/grants/projects/{project}/activity-evaluations",
            new { activityId = held, feasibility = 1, effect = 1, satisfaction = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/grants/projects/{project}/final-evaluation",
            new { respondents = 30, satisfaction = "90", influence = "80", findings = "自评" })).StatusCode);
        await (await evaluator.PostAsJsonAsync($"/api/v1/grants/projects/{project}/final-evaluation",
            new { respondents = 30, satisfaction = 92.5, influence = 85, findings = "问卷 30 份，小组面谈 2 场。" })).ReadJsonAsync(HttpStatusCode.Created);

        var evaluation = await (await evaluator.GetAsync($"/api/v1/grants/projects/{project}/evaluation")).ReadJsonAsync(HttpStatusCode.OK);
        var activities = evaluation.GetProperty("activityLevel");
        Assert.Equal((2, 1, 0.5m, 5.00m), (activities.GetProperty("held").GetInt32(), activities.GetProperty("evaluated").GetInt32(),
            activities.GetProperty("coverage").GetDecimal(), activities.GetProperty("meanFeasibility").GetDecimal()));
        var final = evaluation.GetProperty("final");
        // 1 person checked in of the application's target population of 200 (the builder's).
        Assert.Equal((1, 200, 0.005m, 92.5m, 85m), (final.GetProperty("peopleServed").GetInt32(), final.GetProperty("targetPopulation").GetInt32(),
            final.GetProperty("participationRate").GetDecimal(), final.GetProperty("satisfaction").GetDecimal(), final.GetProperty("influence").GetDecimal()));
        Assert.Equal(HttpStatusCode.Conflict, (await evaluator.PostAsJsonAsync($"/api/v1/grants/projects/{project}/final-evaluation",
            new { respondents = 1, satisfaction = 1, influence = 1, findings = "再评" })).StatusCode);
        var stage = evaluation.GetProperty("stageLevel");
        Assert.Equal((0, 1, 0), (stage.GetProperty("reports").GetInt32(), stage.GetProperty("milestones").GetInt32(), stage.GetProperty("milestonesReached").GetInt32()));
    }

    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350100m000100y43", true)]
    [InlineData("91350100M000100Y42", false)]
    [InlineData("91350100M000100I43", false)]
    [InlineData("91350100M000100Y4", false)]
    public void The_credit_code_check_follows_GB_32100(string code, bool valid) =>
        Assert.Equal(valid, Linli.Web.Modules.Partners.CreditCode.Normalize(code) is not null);
}
