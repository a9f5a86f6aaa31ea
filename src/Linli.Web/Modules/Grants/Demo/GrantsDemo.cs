using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Activities.Attendance;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Casebook;
using Linli.Web.Modules.Grants.Evaluation;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Modules.Partners;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.Demo;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Demo;

/// <summary>
/// 武侯区's 2019 second batch (seed 002) as the foundation's platform would hold it: the program, 45 applications
/// entered by the district from the stamped forms and five that lost, two reviewers' scores, the awards, and each
/// project's activities with their sign-in sheets, monthly reports (a few late, one returned and sent again),
/// milestones and spending; 新南路's doctors' sessions as partner contributions. The 30 communities beyond the demo's
/// three hold invented people (<see cref="InventedResidents"/>); everything is written through the modules' services.
/// </summary>
public sealed partial class GrantsDemo(LinliDb db, IServiceProvider services, InventedResidents invented, ResidentDirectory residents, AttendanceSheets sheets,
    PartnerDirectory partners, TimeProvider clock) : IDemoContributor
{
    private const int PeoplePerCommunity = 700;
    private const string Invented = "（演示数据，编造）";

    public int Order => 95;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var district = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.District, cancellationToken);
        var wuhou = await DemoUsers.PrincipalAsync(db, "wuhou", cancellationToken);
        var foundation = await DemoUsers.PrincipalAsync(db, "jijinhui", cancellationToken);
        if (district is null || wuhou is null || foundation is null) return;
        var carriers = await partners.IdsByNameAsync(Partners.Demo.PartnersDemo.Carriers, cancellationToken);
        var communities = await CommunitiesAsync(cancellationToken);
        var people = new Dictionary<string, IReadOnlyList<int>>();
        var random = new Random(2020);
        foreach (var (name, id) in communities)
        {
            var living = await residents.LivingInAsync(id, cancellationToken);
            people[name] = living.Count > 0 ? [.. living.Select(r => r.Id)] : await invented.AddAsync(id, PeoplePerCommunity, random, cancellationToken);
        }
        var plan = GrantsDemoPlan.Build([.. communities.Keys], Partners.Demo.PartnersDemo.Carriers, c => people[c].Count);

        var program = await At(new DateTime(2019, 11, 5)).Service<ProgramsService>().CreateAsync(new NewProgram(district.Id, "武侯区2019年第二批社区发展治理公益创投项目",
            GrantsDemoPlan.BudgetFen / 100m, GrantsDemoPlan.Categories, "武侯区委社治委", "成都市武侯社区发展基金会（第三方综合管理平台）",
            "利用公益创投“小杠杆”，撬动社会组织、社工与社区居民参与社区发展治理。每个项目由社区与社会组织联合申报，匹配一名专业社工。",
            CallClosesOn: new DateOnly(2019, 12, 10), StartsOn: GrantsDemoPlan.StartsOn, MidtermOn: new DateOnly(2020, 9, 30), ClosesOn: GrantsDemoPlan.EndsOn, ReportDay: 10),
            cancellationToken);

        var reviewers = new[] { wuhou, foundation };
        var shortlisted = new List<(PlannedProject Plan, int Application)>();
        foreach (var planned in plan)
        {
            var application = await ApplyAsync(program, planned, communities[planned.Community], carriers[planned.Carrier], wuhou, cancellationToken);
            await ReviewAsync(application, reviewers, random, 78, cancellationToken);
            shortlisted.Add((planned, application));
            // One context writes the whole batch: let go of what is written, or every save compares thousands of entities.
            db.ChangeTracker.Clear();
        }
        foreach (var (title, n) in new[] { "楼道文化墙", "社区记忆馆", "宠物友好社区", "青少年夏令营", "智慧养老探索" }.Select((t, n) => (t, n)))
        {
            var community = communities.Keys.ElementAt(DemoRegions.CaseCommunities.Length + 3 + n);
            var loser = await ApplyAsync(program, new PlannedProject(community, Partners.Demo.PartnersDemo.Carriers[n + 6], GrantsDemoPlan.Categories[n], $"{title}{Invented}",
                6_000_000, []), communities[community], carriers[Partners.Demo.PartnersDemo.Carriers[n + 6]], wuhou, cancellationToken);
            await ReviewAsync(loser, reviewers, random, 60, cancellationToken);
        }
        await PublishShortlistAsync(program, shortlisted, cancellationToken);
        var projects = new List<(PlannedProject Plan, int Id)>();
        foreach (var (planned, application) in shortlisted)
        {
            projects.Add((planned, await At(new DateTime(2020, 1, 15)).Service<ApplicationsService>().AwardAsync(application,
                new NewAward(planned.AmountFen / 100m, GrantsDemoPlan.StartsOn, GrantsDemoPlan.EndsOn), cancellationToken)));
            db.ChangeTracker.Clear();
        }

        foreach (var (planned, project) in projects)
        {
            await HoldAsync(planned, project, communities[planned.Community], people[planned.Community], random, cancellationToken);
            db.ChangeTracker.Clear();
        }
        foreach (var (planned, project) in projects)
        {
            await ReportAsync(planned, project, foundation, cancellationToken);
            db.ChangeTracker.Clear();
        }
        await OverseeAsync(projects, cancellationToken);
        await ContributionsAsync(projects.First(p => p.Plan.Community == "新南路社区").Id, communities["新南路社区"], cancellationToken);
        await CasesAsync(projects, cancellationToken);
        await EvaluationsAsync(projects, random, cancellationToken);
    }

    /// <summary>
    /// The workers scored most activities right after them (a few were missed, so coverage is not 100%), and the
    /// third party evaluated the nine cases' projects at the end (invented figures).
    /// </summary>
    private async Task EvaluationsAsync(IReadOnlyList<(PlannedProject Plan, int Id)> projects, Random random, CancellationToken cancellationToken)
    {
        var evaluations = At(new DateTime(2021, 7, 15)).Service<EvaluationService>();
        foreach (var (planned, project) in projects.Where(p => DemoRegions.CaseCommunities.Contains(p.Plan.Community)))
        {
            foreach (var activity in (await evaluations.ReadAsync(project, cancellationToken)).ActivityLevel.Activities.Where(_ => random.Next(10) < 8))
                await evaluations.EvaluateActivityAsync(project, new NewActivityEvaluation(activity.Id, random.Next(4, 6), random.Next(3, 6), random.Next(4, 6)), cancellationToken);
            await evaluations.FinishAsync(project, new NewFinalEvaluation(random.Next(30, 80), 85 + random.Next(0, 120) / 10m, 70 + random.Next(0, 250) / 10m,
                $"问卷调查与小组面谈：居民对{planned.Category}服务认可度高，建议延续骨干培育。{Invented}"), cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The seed's cases written up after the batch closed, and chosen for the program's book.</summary>
    private async Task CasesAsync(IReadOnlyList<(PlannedProject Plan, int Id)> projects, CancellationToken cancellationToken)
    {
        var casebook = At(new DateTime(2021, 7, 1)).Service<CasebookService>();
        foreach (var (community, story) in GrantsDemoCases.ByCommunity)
        {
            var project = projects.First(p => p.Plan.Community == community).Id;
            await casebook.WriteAsync(project, story, cancellationToken);
            await casebook.SelectAsync(project, true, cancellationToken);
        }
    }

    /// <summary>
    /// The batch's 33 communities: the nine cases' (in the tree from the start, some with people of their own), the
    /// demo's other communities that have people (青桐, 安康), and invented ones added to the cases' street up to 33.
    /// </summary>
    private async Task<Dictionary<string, int>> CommunitiesAsync(CancellationToken cancellationToken)
    {
        var street = await db.Regions.FirstAsync(r => r.Kind == RegionKind.Street && r.Code == DemoRegions.GrantStreetCode, cancellationToken);
        var cases = await db.Regions.Where(r => r.ParentId == street.Id).ToDictionaryAsync(r => r.Name, cancellationToken);
        var own = new List<RegionNode>();
        foreach (var community in await db.Regions.Where(r => r.Kind == RegionKind.Community && r.ParentId != street.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken))
            if ((await residents.LivingInAsync(community.Id, cancellationToken)).Count >= 10) own.Add(community);
        var created = await DemoRegions.CommunitiesAsync(db, street,
            GrantsDemoPlan.InventedCommunities(GrantsDemoPlan.Communities - DemoRegions.CaseCommunities.Length - own.Count), clock.GetUtcNow().UtcDateTime, cancellationToken);
        return DemoRegions.CaseCommunities.Select(c => cases[c]).Concat(own).Concat(created).ToDictionary(r => r.Name, r => r.Id);
    }

    private async Task<int> ApplyAsync(int program, PlannedProject planned, int community, int carrier, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var personTimes = planned.Activities.Sum(a => a.PersonTimes);
        var yuan = planned.AmountFen / 100m;
        NewIndicator[] indicators = planned.Activities.Count == 0 ? [new(IndicatorKey.Services, 10)]
            : [new(IndicatorKey.Services, planned.Activities.Count), new(IndicatorKey.PersonTimes, Math.Max(10, personTimes / 100 * 100)),
               .. planned.Community == "新南路社区" ? new[] { new NewIndicator(IndicatorKey.Custom, 300, "健康档案") } : []];
        return await At(new DateTime(2019, 12, 1)).Service<ApplicationsService>().ApplyAsync(program, new NewApplication(carrier, community, planned.Title, planned.Category,
            yuan, indicators, Summary: $"{planned.Title}：问需把脉、宣传动员、示范打造、分享成果。{Invented}",
            Background: "前期走访和问卷显示居民对该主题需求集中（见社区需求清单）。" + Invented, TargetGroups: "社区居民，重点为老年人和儿童家庭",
            TargetPopulation: Math.Max(50, personTimes), ServicePlan: string.Join("；", planned.Activities.Select(a => a.Title).Distinct()),
            LogicModel: "投入：资金、社工、志愿者 → 活动：" + string.Join("、", planned.Activities.Select(a => a.Title).Distinct().Take(3)) + " → 产出：服务场次、参与人次 → 成效：居民参与和互助",
            SocialWorker: "项目社工（编造）", Supervisor: "机构督导（编造）",
            BudgetLines: [new("活动物资", yuan * 0.4m), new("人员劳务", yuan * 0.6m)],
            Milestones: [new("需求调研完成", new DateOnly(2020, 3, 31)), new("示范点位打造完成", new DateOnly(2020, 5, 31)), new("中期总结", new DateOnly(2020, 9, 30))]),
            officer, cancellationToken);
    }

    private async Task ReviewAsync(int application, IEnumerable<ClaimsPrincipal> reviewers, Random random, int around, CancellationToken cancellationToken)
    {
        foreach (var reviewer in reviewers)
            await At(new DateTime(2019, 12, 20)).Service<ApplicationsService>().ReviewAsync(application, new NewReview(around + random.Next(0, 180) / 10m, false), reviewer,
                cancellationToken);
    }

    /// <summary>Each planned activity created in the project after the fact, and its sign-in sheet typed in.</summary>
    private async Task HoldAsync(PlannedProject planned, int project, int community, IReadOnlyList<int> people, Random random, CancellationToken cancellationToken)
    {
        var activities = services.GetRequiredService<ActivityDirectory>();
        var held = new List<AttendanceSheet>();
        foreach (var activity in planned.Activities)
        {
            var start = ChinaTime.ToUtc(activity.On.ToDateTime(new TimeOnly(random.Next(2) == 0 ? 9 : 14, 30)));
            var created = await activities.CreateAsync(new NewActivity(community, activity.Title, Invented, "社区活动室", start, start.AddHours(2),
                Math.Max(activity.PersonTimes, 1), ActivityStatus.Published, null, true, Category: planned.Category, GrantProjectId: project), cancellationToken);
            var came = people.OrderBy(_ => random.Next()).Take(activity.PersonTimes).ToList();
            held.Add(new AttendanceSheet(created.Id, came));
        }
        if (held.Count > 0) await sheets.RecordAsync(held, "纸质签到表补录", "jijinhui", cancellationToken);
    }

    /// <summary>
    /// Every month's report on the 5th of the next (a few on the 14th, after the 10th: late), milestones reached (the
    /// demonstration site late in some), two payments against the lines; one report returned by the foundation and
    /// sent again.
    /// </summary>
    private async Task ReportAsync(PlannedProject planned, int project, ClaimsPrincipal foundation, CancellationToken cancellationToken)
    {
        var late = project % 5 == 0;
        for (var month = GrantsDemoPlan.StartsOn; month <= GrantsDemoPlan.EndsOn; month = month.AddMonths(1))
        {
            var submitted = month.AddMonths(1).AddDays(late && month.Month % 4 == 0 ? 13 : 4).ToDateTime(new TimeOnly(10, 0));
            var reports = At(submitted).Service<ReportsService>();
            var created = await reports.SubmitAsync(project, new NewReport(MonthKey.Key(month),
                $"本月按计划推进，详见活动记录。{Invented}"), cancellationToken);
            var returnIt = planned.Community == "七里社区" && month == new DateOnly(2020, 6, 1);
            await At(submitted.AddDays(3)).Service<ReportsService>().ReviewAsync(created.Id, new ReportReview(!returnIt, returnIt ? "请补充工作坊的照片和签到表。" : null),
                cancellationToken);
            if (returnIt)
            {
                await At(submitted.AddDays(5)).Service<ReportsService>().ResubmitAsync(created.Id, new NewReport(null, $"已补充工作坊照片和签到表。{Invented}"), cancellationToken);
                await At(submitted.AddDays(6)).Service<ReportsService>().ReviewAsync(created.Id, new ReportReview(true, null), cancellationToken);
            }
        }
        var projectsService = At(new DateTime(2021, 7, 15)).Service<ProjectsService>();
        var view = await projectsService.ReadAsync(project, cancellationToken);
        foreach (var milestone in view.Milestones)
            await projectsService.CompleteMilestoneAsync(project, milestone.Id, new MilestoneDone(late && milestone.Name.StartsWith("示范", StringComparison.Ordinal)
                ? milestone.DueOn.AddDays(20) : milestone.DueOn.AddDays(-3), "见活动记录与照片" + Invented), cancellationToken);
        foreach (var line in view.BudgetLines)
            await projectsService.SpendAsync(project, new NewExpenditure(line.Id, decimal.Round(line.Amount * 0.9m, 2), new DateOnly(2020, 12, 15), "项目执行支出" + Invented),
                cancellationToken);
    }

    /// <summary>新南路's five medical partners: 38 Wednesday sessions between them, valued by the settings' rate per session.</summary>
    private async Task ContributionsAsync(int project, int community, CancellationToken cancellationToken)
    {
        var contributions = At(new DateTime(2021, 2, 1)).Service<ContributionsService>();
        var medical = await partners.IdsByNameAsync(["成都医大医院", "华西附二院儿童康复中心", "四川省人工晶体研究所", "善眸堂", "御瞳府中医馆"], cancellationToken);
        foreach (var ((_, id), sessions) in medical.OrderBy(m => m.Key, StringComparer.Ordinal).Zip(new[] { 8, 8, 8, 7, 7 }))
            await contributions.RecordAsync(id, new NewContribution(community, ContributionKind.Sessions, sessions, On: new DateOnly(2021, 1, 31), GrantProjectId: project,
                Note: "周三义诊坐诊医生"), cancellationToken);
    }

    /// <summary>The grants services as they ran at <paramref name="chinaTime"/>.</summary>
    private ServicesAt At(DateTime chinaTime) => ServicesAt.When(services, clock, chinaTime);
}
