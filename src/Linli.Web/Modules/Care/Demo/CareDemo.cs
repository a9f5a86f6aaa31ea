using System.Security.Claims;
using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Care.Health;
using Linli.Web.Modules.Care.Requests;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Demo;

/// <summary>
/// 青桐社区's care work. A case shaped like seed 002 case 5 (侯培萍's, with an invented client from the register):
/// found on a home visit, assessed with her parents, a plan of small steps, sessions, a family crisis she now
/// confides — held by the community's social worker 周老师 under 李社工. Requests on the 365 line: 刘建国's (jumin)
/// answered and rated, a call about a broken stair light past its target. Wednesday free clinics in the 新南路 manner
/// with five elders' records, values invented and marked so — one blood pressure urgent, so the follow-up list has work.
/// </summary>
public sealed class CareDemo(LinliDb db, IServiceProvider services, ResidentDirectory residents, TimeProvider clock) : IDemoContributor
{
    public const string Invented = "演示数据·数值虚构";

    public int Order => 85;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var ids = await residents.IdsByNameAsync(community.Id, cancellationToken);
        var worker = await UserAsync("qtshegong", cancellationToken);
        var supervisor = await UserAsync("qingtong", cancellationToken);
        if (worker is null || supervisor is null || !ids.ContainsKey("马海燕")) return;
        await SeedCaseAsync(ids["马海燕"], worker, supervisor, cancellationToken);
        await SeedRequestsAsync(community.Id, ids, supervisor, cancellationToken);
        await SeedClinicsAsync(community.Id, ids, supervisor, cancellationToken);
        await SeedSupportAsync(community.Id, ids, cancellationToken);
    }

    /// <summary>
    /// 何素珍 (93, her children away) paired with her neighbour 李桂兰 who looks in every two days (郑婆婆 and 腾婆婆's
    /// story); a Spring Festival cleaning paid by a donor; a diabetes club with her in it and a doctor's talk next week.
    /// </summary>
    private async Task SeedSupportAsync(int communityId, IReadOnlyDictionary<string, int> ids, CancellationToken ct)
    {
        if (!ids.TryGetValue("何素珍", out var he)) return;
        var pairing = await Days(-20).Service<Support.SupportService>().PairAsync(new Support.NewPairing(he, Support.PairingPartner.Neighbour, "李桂兰",
            Support.PairingPurpose.Accompany, 2), ct);
        await Days(-4).Service<Support.SupportService>().ContactAsync(pairing, new Support.PairingContact(null, "送了饺子，陪她聊了一会儿，说腿有点疼。"), ct);
        await Days(-10).Service<Support.SupportService>().RecordServiceAsync(new Support.NewHomeService(he, Support.HomeServiceKind.Cleaning, "爱心家政服务队", null,
            "辖区爱心企业", 1, "春节前免费居家保洁"), ct);
        var support = services.GetRequiredService<Support.SupportService>();
        var club = await support.FoundClubAsync(new Support.NewClub(communityId, "糖友俱乐部", "糖尿病"), ct);
        await support.JoinAsync(club, new Support.ClubMembership(he), ct);
        var talk = ChinaTime.Today(clock).AddDays(7).ToDateTime(new TimeOnly(14, 30));
        await support.AddSessionAsync(club, new Support.NewClubSession("控糖饮食讲座", talk, talk.AddHours(1), "青桐社区活动室", "社区卫生服务中心 刘医生"), ct);
    }

    private async Task SeedCaseAsync(int client, ClaimsPrincipal worker, ClaimsPrincipal supervisor, CancellationToken ct)
    {
        var opened = Days(-70);
        var id = await opened.Service<CasesService>().OpenAsync(new NewCase(client, CaseSource.HomeVisit, LegalBasis.Consent,
            "入户走访时第一次接触：智力二级残疾，丧偶，与父母同住，女儿刚毕业；享受低保。性格胆小，不愿与人交流。", supervisor.UserId()), worker, ct);
        await Days(-70).Service<CasesService>().IntakeAsync(id, new CaseIntake("与父母同住，女儿刚毕业在外地工作。", "身体状况一般。", "智力残疾二级。", "享受低保。",
            "主要依靠父母照顾，与邻居来往很少。", "长期封闭，情绪低落时无人倾诉。"), worker, ct);
        await Days(-63).Service<CasesService>().AssessAsync(id, new NewAssessment("建立信任关系；改善人际交往；参与社区活动。", "父母支持；愿意尝试手工。", RiskLevel.Medium),
            worker, ct);
        await Days(-63).Service<CasesService>().PlanAsync(id, new NewPlan("由浅入深地沟通，逐步建立关系，动员其参与项目活动，改善人际交往能力。",
            "每周一次入户或电话；邀请参加手工小组。", "每周一次", null), worker, ct);
        await Days(-56).Service<CasesService>().AddSessionAsync(id, new NewSession(null, SessionMode.Home, "第二次入户，介绍项目活动，她同意试一试。", "有些拘谨，但答应参加。",
            "下周手工小组活动前电话提醒。"), worker, ct);
        await Days(-35).Service<CasesService>().AddSessionAsync(id, new NewSession(null, SessionMode.Office, "参加手工小组后个别交流，询问家庭生活。", "主动讲起女儿的工作。",
            "继续邀请参加活动。"), worker, ct);
        await Days(-14).Service<CasesService>().AddCrisisAsync(id, new NewCrisis(null, "家庭发生巨大变故，她主动向社工倾诉。", "当天电话陪伴，次日入户，联系残联专干了解帮扶政策。"),
            worker, ct);
        await Days(-13).Service<ReferralsService>().SendAsync(id, new NewReferral("街道残联", "了解家庭变故后可申请的临时救助和残疾人帮扶政策。", true, "残联专干"), worker, ct);
    }

    private async Task SeedRequestsAsync(int communityId, IReadOnlyDictionary<string, int> ids, ClaimsPrincipal staff, CancellationToken ct)
    {
        var account = await db.Users.Where(u => u.UserName == Residents.Demo.ResidentsDemo.ResidentAccount).Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (account is not null)
        {
            var filed = await Days(-6).Service<RequestsService>().FileOwnAsync(account, new NewOwnRequest(RequestCategory.PublicAffairs,
                "想给母亲办理老年证，需要带哪些材料？"), ct);
            await Days(-5.85).Service<RequestsService>().UpdateAsync(filed.Id, new RequestUpdate(RequestStatus.Answered,
                "请带老人身份证原件及复印件、户口本、一寸照片两张，工作日到社区党群服务中心一楼窗口办理，也可由社工上门代办。"), staff, ct);
            await Days(-5).Service<RequestsService>().ConfirmAsync(account, filed.Id, new RequestConfirmation(true, 5, "很清楚，谢谢！"), ct);
        }
        await Days(-3).Service<RequestsService>().FileForAsync(new NewStaffRequest(communityId, RequestCategory.Property, RequestChannel.Phone,
            "1号院2栋三楼楼道灯坏了，老人晚上上下楼看不见。", ids.GetValueOrDefault("何素珍") is > 0 and var h ? h : null), ct);
        await Days(0).Service<RequestsService>().FileForAsync(new NewStaffRequest(communityId, RequestCategory.ElderlyServices, RequestChannel.WalkIn,
            "王奶奶想报名助餐服务，每天中午送一份软食。", ids.GetValueOrDefault("王秀英") is > 0 and var w ? w : null), ct);
    }

    /// <summary>
    /// 周三义诊 in the 新南路 manner, rotating through 1号院–3号院: three Wednesdays held, the next one ahead. Five elders
    /// consent and are measured at each held session by a named volunteer (which checks them in); every value invented.
    /// </summary>
    private async Task SeedClinicsAsync(int communityId, IReadOnlyDictionary<string, int> ids, ClaimsPrincipal staff, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        // The last Wednesday before today, so no reading lies in the future whatever the hour.
        var back = ((int)today.DayOfWeek - (int)DayOfWeek.Wednesday + 7) % 7;
        var last = today.AddDays(back == 0 ? -7 : -back);
        var courtyards = await db.Regions.Where(r => r.Kind == RegionKind.Courtyard && r.Path.StartsWith(db.Regions.Where(c => c.Id == communityId).Select(c => c.Path).First()))
            .OrderBy(r => r.Id).Select(r => r.Id).Take(3).ToListAsync(ct);
        var sessions = (await Days(-30).Service<Clinics.ClinicsService>().PlanAsync(new Clinics.NewClinicSeries(communityId, "周三义诊（新南路做法）",
            last.AddDays(-14).ToDateTime(new TimeOnly(9, 0)), 4, courtyards, Clinics.ClinicTheme.CheckUp, "社区卫生服务中心", "刘医生（全科）、王医生（中医）", 60), ct)).Ids;
        var health = services.GetRequiredService<HealthService>();
        (string Name, int[] Systolic, int[] Diastolic, decimal? Glucose, string? Chronic)[] people =
        [
            ("周文华", [150, 146, 184], [92, 90, 112], 6.1m, "高血压"),
            ("王秀英", [128, 132, 126], [78, 80, 76], 5.4m, null),
            ("何素珍", [138, 142, 136], [84, 88, 82], 7.4m, "2型糖尿病"),
            ("张德明", [122, 118, 124], [76, 74, 78], null, null),
            ("刘建国", [134, 130, 128], [82, 80, 80], 5.9m, null),
        ];
        foreach (var p in people.Where(p => ids.ContainsKey(p.Name)))
        {
            await health.ConsentAsync(ids[p.Name], new HealthConsentRequest(ConsentGiver.Resident), ct);
            await health.BaselineAsync(ids[p.Name], new HealthBaseline(p.Chronic is null ? "无特殊" : $"{p.Chronic}多年", p.Chronic, p.Chronic is null ? null : "遵医嘱服药", null), ct);
        }
        var clinics = services.GetRequiredService<Clinics.ClinicsService>();
        for (var i = 0; i < 3; i++)
            foreach (var p in people.Where(p => ids.ContainsKey(p.Name)))
                await clinics.MeasureAsync(sessions[i], new Clinics.SessionMeasurement(ids[p.Name], new NewMeasurement(p.Systolic[i], p.Diastolic[i], 72 + i,
                    i == 2 ? p.Glucose : null, "健康志愿者 林阿姨", Device: Invented)), staff, ct);
        if (ids.TryGetValue("周文华", out var zhou))
            await health.NoteAsync(zhou, new NewHealthNote(HealthNoteKind.Advice, "社区卫生服务中心 刘医生", "血压偏高，按时服药，少盐；如头晕胸闷及时就医。（" + Invented + "）",
                last), ct);
    }

    private Task<ClaimsPrincipal?> UserAsync(string userName, CancellationToken ct) => DemoUsers.PrincipalAsync(db, userName, ct);

    /// <summary>The care services as they would have run that many days ago (negative: in the past).</summary>
    private ServicesAt Days(double days) => ServicesAt.Shifted(services, clock, TimeSpan.FromDays(days));
}
